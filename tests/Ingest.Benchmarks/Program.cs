using BenchmarkDotNet.Running;
using Ingest.Benchmarks;

// dotnet run -c Release -- --filter '*'            BenchmarkDotNet benchmarks
// dotnet run -c Release -- search-scale [N]        the archive at N plans (default 100,000)
if (args.Length > 0 && args[0] == "search-scale")
{
    SearchScaleBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
