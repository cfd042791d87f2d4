using BenchmarkDotNet.Attributes;
using Ingest.Extraction;

namespace Ingest.Benchmarks;

/// <summary>Extraction of the corpus texts; the figure of interest is pages per second.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private List<(string Name, string Text)> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusLocator.Corpus;
        _files = Directory.EnumerateFiles(Path.Combine(corpus, "seeds"), "*.txt")
            .Concat(Directory.Exists(Path.Combine(corpus, "plans")) ? Directory.EnumerateFiles(Path.Combine(corpus, "plans"), "*.txt") : [])
            .Where(f => !f.EndsWith(".true.txt", StringComparison.Ordinal))
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
    }

    /// <summary>Every corpus file once (about two pages each).</summary>
    [Benchmark]
    public int ExtractCorpus()
    {
        var n = 0;
        foreach (var (name, text) in _files)
        {
            n += PlanExtractor.Extract(name, text).Documents.Count;
        }
        return n;
    }
}
