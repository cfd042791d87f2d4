using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
