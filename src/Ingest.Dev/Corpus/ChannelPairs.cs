using Ingest.Corpus.Official;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;

namespace Ingest.Corpus;

/// <summary>
/// Makes (true syllable, OCR token) pairs in bulk for <see cref="ChannelTrainer"/>: training texts
/// rendered as scans of varied resolution, compression and degradation (<see cref="ScanRenderer"/>),
/// read by the pipeline's <see cref="DocumentReader"/> with the OCR model whose damage is learned,
/// and aligned with their truth (<see cref="PairAligner"/>). Only training texts are given
/// (corpus/lm and law excerpts, <see cref="TrainingText.ChannelDocuments"/>), never the evaluation corpus.
/// It lives with the corpus tools, not in Restoration: the restorer depends on Text alone, and
/// making pairs renders scans and runs OCR and the reader.
/// </summary>
public static class ChannelPairs
{
    /// <summary>
    /// The pairs of <paramref name="docs"/> OCR'd with <paramref name="language"/>, and the pages
    /// read. With <paramref name="pairsFile"/>: read from it instead when it exists (0 pages), or
    /// written to it after the OCR, so the channel's estimation can change without OCR'ing again.
    /// </summary>
    public static async Task<(List<(string Truth, string Seen)> Pairs, int Pages)> ReadOrMakeAsync(string language, IReadOnlyList<string> docs, string? pairsFile,
        IProgress<ChannelPairProgress>? progress = null, bool officialLayout = false, CancellationToken cancel = default)
    {
        if (pairsFile is not null && File.Exists(pairsFile))
        {
            return (Read(pairsFile), 0);
        }
        var made = await MakeAsync(language, docs, progress, officialLayout, cancel).ConfigureAwait(false);
        if (pairsFile is not null)
        {
            await File.WriteAllLinesAsync(pairsFile, made.Pairs.Select(p => $"{p.Truth}\t{p.Seen}"), cancel).ConfigureAwait(false);
        }
        return made;
    }

    /// <summary>Pairs saved as TSV (true syllable, OCR token), one a line.</summary>
    public static List<(string Truth, string Seen)> Read(string pairsFile) =>
        File.ReadLines(pairsFile).Select(l => l.Split('\t')).Where(c => c.Length == 2).Select(c => (c[0], c[1])).ToList();

    /// <summary>
    /// Renders, OCRs and aligns every document; progress is reported after each. With
    /// <paramref name="officialLayout"/>, every other document is typeset in the official layout
    /// with a seal, stamps and handwriting (<see cref="OfficialScanRenderer"/>), mostly 1-bit G4 at
    /// 200 dpi, mild, office and harsh in turn — what real office scans look like (issue 15) —
    /// and its truth is the printed text in reading order; a text the layout cannot typeset (a
    /// law excerpt with no header) is rendered plain.
    /// </summary>
    public static async Task<(List<(string Truth, string Seen)> Pairs, int Pages)> MakeAsync(string language, IReadOnlyList<string> docs,
        IProgress<ChannelPairProgress>? progress = null, bool officialLayout = false, CancellationToken cancel = default)
    {
        using var pool = new EnginePool(new OcrOptions { Language = language });
        var reader = new DocumentReader(pool);
        var all = new List<(string, string)>();
        var pages = 0;
        var tmp = Directory.CreateTempSubdirectory("ingest-channel-").FullName;
        try
        {
            // One document per core: rendering a scan is single-threaded, so one document alone
            // leaves a core idle while it is drawn. Edit counts do not depend on the order (the
            // pairs file's order does).
            var done = 0;
            await Parallel.ForEachAsync(Enumerable.Range(0, docs.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, async (i, ct) =>
            {
                var path = Path.Combine(tmp, $"{i}.pdf");
                var (pdf, truth) = officialLayout && i % 2 == 0 && Official(docs[i], i) is { } official ? official : Plain(docs[i], i);
                await File.WriteAllBytesAsync(path, pdf, ct).ConfigureAwait(false);
                var read = await reader.ReadAsync(path, $"train-{i}.pdf", cancel: ct).ConfigureAwait(false);
                var docPairs = PairAligner.Pairs(truth, string.Join('\n', read.Select(p => p.Text)));
                File.Delete(path);
                lock (all)
                {
                    pages += read.Count;
                    all.AddRange(docPairs);
                    progress?.Report(new ChannelPairProgress(++done, docs.Count, all.Count));
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
        return (all, pages);
    }

    private static (byte[] Pdf, string Truth) Plain(string doc, int i)
    {
        var dpi = i % 3 == 0 ? 300 : 200;
        var encoding = i % 4 == 1 ? ScanEncoding.CcittG4 : ScanEncoding.Jpeg;
        return (ScanRenderer.Render(doc, dpi, 1000 + i, encoding), doc);
    }

    private static (byte[] Pdf, string Truth)? Official(string doc, int i)
    {
        var severity = (i / 2 % 3) switch { 0 => ScanSeverity.Mild, 1 => ScanSeverity.Office, _ => ScanSeverity.Harsh };
        var (dpi, encoding) = (i / 2 % 4) switch { 3 => (200, ScanEncoding.Jpeg), 2 when i % 8 == 4 => (300, ScanEncoding.CcittG4), _ => (200, ScanEncoding.CcittG4) };
        try
        {
            var scan = OfficialScanRenderer.Render(doc, dpi, 2000 + i, encoding, severity);
            return (scan.Pdf, scan.TrueText);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            return null; // no header the layout can set: rendered plain instead
        }
    }
}
