using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Pdf;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Evaluation;

/// <summary>What restoration did to text that was already right.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Pages">Pages whose text was not OCR'd (text layers, text files).</param>
/// <param name="Words">Words on those pages.</param>
/// <param name="Changed">Words restoration changed (must be 0).</param>
/// <param name="Examples">Some changes, "before → after".</param>
public sealed record CleanTextFigures(int Files, int Pages, int Words, int Changed, IReadOnlyList<string> Examples)
{
    /// <summary>
    /// Files whose text lost its marked letters (damage, not clean text, so not counted above) and
    /// what the pipeline did: PDF pages sent to OCR of their image, a text file's pages kept as they
    /// are ("35.2024.txt: 9 text-file pages kept as they are, 0 words changed").
    /// </summary>
    public IReadOnlyList<string> LostLetters { get; init; } = [];
}

/// <summary>
/// Clean born-digital text through the product's own path — the PDF's text layer kept by
/// triage, or a UTF-8 text file, then <see cref="PageRestorer"/> — counting the words that
/// come out different (issue 15: "lần thứ II" came out "lần thứ Vi"). Text that is right must
/// come out byte for byte as it went in.
/// </summary>
/// <param name="pool">The OCR engines (triage may OCR an image-only page; its words are not counted).</param>
/// <param name="models">The restoration models the pipeline would restore with.</param>
public sealed class CleanTextCheck(EnginePool pool, RestorationModels models)
{
    private readonly PageRestorer _restorer = new(models);

    /// <summary>The real born-digital material: Hà Nội's PDFs (the one image-only scan is skipped by triage) and their pdftotext layers.</summary>
    public static IReadOnlyList<string> BornDigitalPdfs(string sharedReal)
    {
        var dir = Path.Combine(sharedReal, "hanoi-decisions");
        return [.. Directory.EnumerateFiles(Path.Combine(dir, "pdf_subset"), "*.pdf").Concat(Directory.EnumerateFiles(Path.Combine(dir, "pdftotext"), "*.txt")).Order(StringComparer.Ordinal)];
    }

    /// <summary>Reads and restores each file as <c>ingest add</c> would, and compares.</summary>
    public async Task<CleanTextFigures> RunAsync(IReadOnlyList<string> files, CancellationToken cancel = default)
    {
        var reader = new DocumentReader(pool);
        var pages = 0;
        var tally = new ChangeTally();
        var lost = new List<string>();
        foreach (var file in files)
        {
            var read = await reader.ReadAsync(file, Path.GetFileName(file), cancel: cancel).ConfigureAwait(false);
            var restored = _restorer.Restore(read);
            // Lost letters are damage, not clean text: a PDF's such pages were OCR'd (triage's
            // reason says why), a text file's are kept as they are — must be unchanged as well.
            var lostOcr = read.Count(p => p.IsOcr && p.Note?.Contains(MissingGlyphs.Reason, StringComparison.Ordinal) == true);
            var lostKept = new ChangeTally();
            for (var i = 0; i < read.Count; i++)
            {
                if (read[i].IsOcr)
                {
                    continue;
                }
                if (read[i].Note?.Contains(MissingGlyphs.Reason, StringComparison.Ordinal) == true)
                {
                    lostKept.Add(read[i].Text, restored[i]);
                    continue;
                }
                pages++;
                tally.Add(read[i].Text, restored[i]);
            }
            if (lostOcr > 0)
            {
                lost.Add($"{Path.GetFileName(file)}: {lostOcr} pages sent to OCR");
            }
            if (lostKept.Pages > 0)
            {
                lost.Add($"{Path.GetFileName(file)}: {lostKept.Pages} text-file pages kept as they are (no image to OCR), {lostKept.Changed} of {lostKept.Words:N0} words changed");
            }
        }
        return new CleanTextFigures(files.Count, pages, tally.Words, tally.Changed, tally.Examples) { LostLetters = lost };
    }

    /// <summary>
    /// The decoder's own no-harm: clean text files restored as if they were OCR with
    /// <paramref name="restorer"/>'s channel, bypassing the pipeline's pass-through.
    /// </summary>
    public static CleanTextFigures RestorerAlone(IEnumerable<string> textFiles, DiacriticRestorer restorer)
    {
        var files = 0;
        var tally = new ChangeTally();
        foreach (var file in textFiles)
        {
            var text = Text.VietnameseText.Nfc(File.ReadAllText(file));
            if (!TextQuality.ReadsAsVietnamese(text) || MissingGlyphs.Found(text))
            {
                continue;
            }
            files++;
            tally.Add(text, restorer.Restore(text));
        }
        return new CleanTextFigures(files, files, tally.Words, tally.Changed, tally.Examples);
    }

    // Words of clean text and how many restoration changed. Restoration keeps the tokens one for
    // one (n lines in, n lines out), so a position-wise count is exact; an aligned count covers
    // a text whose token count changed.
    private sealed class ChangeTally
    {
        private readonly List<string> _examples = [];

        public int Words { get; private set; }

        public int Changed { get; private set; }

        public int Pages { get; private set; }

        public IReadOnlyList<string> Examples => [.. _examples.Distinct().Take(40)];

        public void Add(string before, string after)
        {
            Pages++;
            var a = TextAccuracy.Tokens(before);
            var b = TextAccuracy.Tokens(after);
            Words += a.Length;
            if (a.Length != b.Length)
            {
                var measured = TextAccuracy.Measure(before, after);
                Changed += measured.Syllables - measured.CorrectSyllables;
                return;
            }
            var differ = a.Zip(b).Where(p => p.First != p.Second).ToList();
            Changed += differ.Count;
            _examples.AddRange(differ.Select(p => $"{p.First} → {p.Second}"));
        }
    }
}
