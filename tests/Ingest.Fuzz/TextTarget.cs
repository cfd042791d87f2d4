using Ingest.Extraction;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Fuzz;

/// <summary>
/// Damaged plan text through the restorer (as OCR'd pages and as a text file) and the
/// extractor. Besides not throwing, the restorer must keep its promise of n lines in, n lines
/// out, and every document the extractor finds must be placed on a page of the input.
/// </summary>
/// <param name="corpus">The corpus folder whose plans and seeds the mutations start from.</param>
/// <param name="models">The restoration models, loaded once for the run.</param>
public sealed class TextTarget(string corpus, RestorationModels models) : FuzzTarget
{
    private readonly PageRestorer _restorer = new(models);
    private readonly PlanExtractor _extractor = new(Ingest.Extraction.Rules.RuleBook.LoadEmbedded());
    private readonly List<string> _seeds = Directory.GetFiles(Path.Combine(corpus, "plans"), "*.txt")
        .Concat(Directory.GetFiles(Path.Combine(corpus, "seeds"), "*.txt").Where(f => !f.EndsWith(".true.txt", StringComparison.Ordinal)))
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToList();

    /// <summary>How many seed texts the mutations start from.</summary>
    public int SeedCount => _seeds.Count;

    public override string Name => "text";
    public override string Extension => ".txt";
    public override TimeSpan Watchdog => TimeSpan.FromSeconds(30);

    public override byte[] MakeInput(Random random) => System.Text.Encoding.UTF8.GetBytes(TextMutator.Mutate(random, _seeds[random.Next(_seeds.Count)]));

    public override Task<RunResult> RunAsync(byte[] input, CancellationToken cancel)
    {
        var text = System.Text.Encoding.UTF8.GetString(input);
        var pages = text.Split('\f');
        var asOcr = pages.Select((t, i) => new PageText(i + 1, t, TextSource.Ocr, 80, TimeSpan.Zero) { OcrLanguage = i % 2 == 0 ? OcrLanguage.Vie : OcrLanguage.Eng }).ToList();
        var asText = pages.Select((t, i) => new PageText(i + 1, t, TextSource.PlainText, null, TimeSpan.Zero)).ToList();
        foreach (var read in new[] { asOcr, asText })
        {
            cancel.ThrowIfCancellationRequested();
            var restored = _restorer.Restore(read);
            for (var i = 0; i < read.Count; i++)
            {
                var before = read[i].Text.Split('\n').Length;
                var after = restored[i].Split('\n').Length;
                if (before != after)
                {
                    throw new InvalidOperationException($"restorer broke its line promise on page {i + 1}: {before} lines in, {after} out");
                }
            }
            var record = _extractor.Extract("fuzz.txt", restored);
            foreach (var d in record.Documents)
            {
                if (d.Page < 1 || d.Page > pages.Length)
                {
                    throw new InvalidOperationException($"document '{d.Number}' placed on page {d.Page} of {pages.Length}");
                }
            }
        }
        return Task.FromResult(RunResult.Accepted);
    }
}
