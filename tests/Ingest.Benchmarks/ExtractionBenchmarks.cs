using BenchmarkDotNet.Attributes;
using Ingest.Extraction;

namespace Ingest.Benchmarks;

/// <summary>
/// Extraction of the corpus texts; the figure of interest is pages per second. The target:
/// 1,000 pages of text extracted in under 1 s (<see cref="ExtractThousandPages"/> under 1 s).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    /// <summary>Characters of an A4 page of a plan (about 400 syllables).</summary>
    private const int PageChars = 2_500;

    private List<(string Name, string Text)> _files = [];
    private List<(string Name, string[] Pages)> _thousandPages = [];

    private PlanExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _extractor = new PlanExtractor(Ingest.Extraction.Rules.RuleBook.LoadEmbedded());
        var corpus = CorpusLocator.Corpus;
        _files = Directory.EnumerateFiles(Path.Combine(corpus, "seeds"), "*.txt")
            .Concat(Directory.Exists(Path.Combine(corpus, "plans")) ? Directory.EnumerateFiles(Path.Combine(corpus, "plans"), "*.txt") : [])
            .Where(f => !f.EndsWith(".true.txt", StringComparison.Ordinal))
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();

        // The corpus files cut into page-sized pieces at line ends, repeated to 1,000 pages.
        var files = _files.Select(f => (f.Name, Pages: Paginate(f.Text))).ToList();
        var pages = 0;
        _thousandPages = [];
        for (var i = 0; pages < 1_000; i = (i + 1) % files.Count)
        {
            var take = files[i].Pages.Take(1_000 - pages).ToArray();
            _thousandPages.Add((files[i].Name, take));
            pages += take.Length;
        }
    }

    /// <summary>Every corpus file once (about two pages each).</summary>
    [Benchmark]
    public int ExtractCorpus()
    {
        var n = 0;
        foreach (var (name, text) in _files)
        {
            n += _extractor.Extract(name, text).Documents.Count;
        }
        return n;
    }

    /// <summary>1,000 pages of plan text; pages/s = 1,000 / the mean time in seconds.</summary>
    [Benchmark(OperationsPerInvoke = 1)]
    public int ExtractThousandPages()
    {
        var n = 0;
        foreach (var (name, pages) in _thousandPages)
        {
            n += _extractor.Extract(name, pages).Documents.Count;
        }
        return n;
    }

    private static string[] Paginate(string text)
    {
        var pages = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + PageChars);
            var nl = end < text.Length ? text.IndexOf('\n', end) : -1;
            end = nl < 0 ? text.Length : nl;
            pages.Add(text[start..end]);
            start = end;
        }
        return [.. pages];
    }
}
