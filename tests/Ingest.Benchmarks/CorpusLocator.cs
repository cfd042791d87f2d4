namespace Ingest.Benchmarks;

/// <summary>The corpus, from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class CorpusLocator
{
    public static string Corpus { get; } = Ingest.Corpus.CorpusLocation.Find() ?? throw new InvalidOperationException("corpus/ not found");
}
