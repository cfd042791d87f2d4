using Ingest.Corpus;
using Ingest.Jobs;
using Ingest.Ocr;

namespace Ingest.Fuzz;

/// <summary>
/// Damaged PDFs through <see cref="DocumentReader"/> under tight <see cref="IngestLimits"/>, OCR
/// included: PdfPig's parser and filters, our triage and image extraction, Leptonica's
/// decoders, pdftoppm and Tesseract all see the damage. Seeds: the corpus' born-digital PDFs
/// and corpus/bad, a CCITT scan, and one-page JPEG and Flate scans rendered at start.
/// </summary>
public sealed class PdfTarget(EnginePool pool, string corpus, string scratch) : FuzzTarget
{
    // Small enough that a hostile input cannot make one run long: 8 pages of at most 2 s OCR.
    private static readonly IngestLimits Limits = new()
    {
        MaxPages = 8,
        MaxPixelsPerPage = 20_000_000,
        PageTimeout = TimeSpan.FromSeconds(2),
        MaxFileBytes = 8L * 1024 * 1024,
    };

    private readonly DocumentReader _reader = new(pool, Limits);
    private readonly List<byte[]> _seeds = LoadSeeds(corpus);

    /// <summary>How many seed files the mutations start from.</summary>
    public int SeedCount => _seeds.Count;

    public override string Name => "pdf";
    public override string Extension => ".pdf";
    public override TimeSpan Watchdog => TimeSpan.FromSeconds(60);

    private static List<byte[]> LoadSeeds(string corpus)
    {
        var files = Directory.GetFiles(Path.Combine(corpus, "pdf"), "*.pdf")
            .Concat(Directory.GetFiles(Path.Combine(corpus, "bad"), "*.pdf"))
            .Append(Path.Combine(corpus, "scans", "a01-200.pdf"))
            .Order(StringComparer.Ordinal);
        var seeds = files.Select(File.ReadAllBytes).Where(b => b.Length > 0).ToList();
        var page = string.Join('\n', File.ReadAllLines(Path.Combine(corpus, "plans", "a01.txt")).Take(10));
        seeds.Add(ScanRenderer.Render(page, 100, 5, ScanEncoding.Jpeg));
        seeds.Add(ScanRenderer.Render(page, 100, 6, ScanEncoding.Flate));
        return seeds;
    }

    public override byte[] MakeInput(Random random) =>
        ByteMutator.Mutate(random, _seeds[random.Next(_seeds.Count)], _seeds[random.Next(_seeds.Count)]);

    public override async Task<RunResult> RunAsync(byte[] input, CancellationToken cancel)
    {
        // The reader takes a path (pdftoppm renders from the file): one scratch file per run.
        var path = Path.Combine(scratch, "input.pdf");
        await File.WriteAllBytesAsync(path, input, cancel);
        try
        {
            await _reader.ReadAsync(path, "fuzz.pdf", cancel: cancel);
            return RunResult.Accepted;
        }
        catch (BadInputException e) when (!e.Message.Contains('\n', StringComparison.Ordinal) && e.Message.StartsWith("fuzz.pdf: ", StringComparison.Ordinal))
        {
            return RunResult.Rejected;
        }
    }
}
