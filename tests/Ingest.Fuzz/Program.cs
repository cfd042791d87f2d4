using System.Diagnostics;
using System.Globalization;
using Ingest.Corpus;
using Ingest.Fuzz;
using Ingest.Ocr;
using Ingest.Restoration;

// dotnet run -c Release --project tests/Ingest.Fuzz -- --minutes 10 [--seed N] [--findings DIR]
// Damaged PDFs through the reader and damaged text through the restorer and extractor, each
// input under a watchdog, for a set time; prints what it tried and what it found, saves
// reproducers, exits 1 when it found anything.
var minutes = 1.0;
var seed = Environment.TickCount;
string? findingsDir = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--minutes":
            minutes = double.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--seed":
            seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--findings":
            findingsDir = args[++i];
            break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}; usage: --minutes M [--seed N] [--findings DIR]");
            return 2;
    }
}
var corpus = CorpusLocation.Find() ?? throw new InvalidOperationException("corpus/ not found above the working folder");
var root = Path.GetDirectoryName(corpus)!;
var findings = new Findings(findingsDir ?? Path.Combine(root, "tests", "Ingest.Fuzz", "findings"));
if (findings.RecoverCrash() is { } crashed)
{
    Console.WriteLine($"the previous run died on an input: saved as {crashed}");
}
var scratch = Directory.CreateTempSubdirectory("ingest-fuzz-").FullName;
using var pool = new EnginePool(new OcrOptions());
var pdf = new PdfTarget(pool, corpus, scratch);
var text = new TextTarget(corpus, RestorationModels.LoadEmbedded());
var stats = new List<TargetStats> { new(pdf), new(text) };
Console.WriteLine($"fuzzing for {minutes} min, seed {seed}: pdf ({pdf.SeedCount} seed files) → DocumentReader with limits; text ({text.SeedCount} seed texts) → restorer + extractor");
Console.WriteLine($"reproducers: {findings.Folder}");

var random = new Random(seed);
var clock = Stopwatch.StartNew();
var lastReport = TimeSpan.Zero;
var stuck = 0;
while (clock.Elapsed.TotalMinutes < minutes)
{
    // Equal time, not equal turns: a PDF run (OCR) costs ten text runs.
    var s = stats.MinBy(x => x.Busy)!;
    var input = s.Target.MakeInput(random);
    var started = clock.Elapsed;
    findings.Begin(s.Target, input);
    using var cancel = new CancellationTokenSource();
    var run = Task.Run(() => s.Target.RunAsync(input, cancel.Token));
    var finished = await Task.WhenAny(run, Task.Delay(s.Target.Watchdog)) == run;
    s.Inputs++;
    if (!finished)
    {
        // The run cannot be killed (threads are not aborted); cancel it and go on, but a few
        // stuck runs would eat the cores, so stop after three.
        await cancel.CancelAsync();
        s.Hangs++;
        stuck++;
        var saved = findings.Report(s.Target, "hang", $"{stuck}", $"no result within {s.Target.Watchdog.TotalSeconds} s", input);
        Console.WriteLine($"HANG  {s.Target.Name}: no result within {s.Target.Watchdog.TotalSeconds} s → {saved}");
    }
    else
    {
        try
        {
            if (await run == RunResult.Accepted)
            {
                s.Accepted++;
            }
            else
            {
                s.Rejected++;
            }
        }
        catch (Exception e)
        {
            s.Exceptions++;
            // The first frame in our code or PdfPig's names the place (not a LINQ or runtime helper).
            var methods = new StackTrace(e).GetFrames().Select(f => f.GetMethod()).Where(m => m?.DeclaringType is not null).ToList();
            var frame = methods.FirstOrDefault(m => m!.DeclaringType!.Namespace?.StartsWith("Ingest", StringComparison.Ordinal) == true
                || m!.DeclaringType!.Namespace?.StartsWith("UglyToad", StringComparison.Ordinal) == true) ?? methods.FirstOrDefault();
            var place = frame is null ? "?" : $"{frame.DeclaringType!.FullName}.{frame.Name}";
            var saved = findings.Report(s.Target, "exception", $"{e.GetType().Name}@{place}", e.ToString(), input);
            if (saved is not null)
            {
                Console.WriteLine($"EXC   {s.Target.Name}: {e.GetType().Name}: {e.Message.Split('\n')[0]} at {place} → {saved}");
            }
        }
    }
    findings.End();
    s.Busy += clock.Elapsed - started;
    if (stuck >= 3)
    {
        Console.WriteLine("three runs hung: stopping early");
        break;
    }
    if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(60))
    {
        lastReport = clock.Elapsed;
        Console.WriteLine($"{clock.Elapsed:mm\\:ss}  " + string.Join("  ", stats.Select(x => $"{x.Target.Name}: {x.Inputs} inputs ({x.ExecsPerSecond:0.0}/s), {x.Exceptions} exceptions, {x.Hangs} hangs")));
    }
}

Console.WriteLine();
Console.WriteLine($"ran {clock.Elapsed.TotalMinutes:0.0} min, seed {seed}");
Console.WriteLine("target  inputs  exec/s  accepted  rejected(bad input)  exceptions  hangs");
foreach (var x in stats)
{
    Console.WriteLine($"{x.Target.Name,-6}  {x.Inputs,6}  {x.ExecsPerSecond,6:0.0}  {x.Accepted,8}  {x.Rejected,19}  {x.Exceptions,10}  {x.Hangs,5}");
}
var total = stats.Sum(x => x.Inputs);
Console.WriteLine($"total   {total,6}  {total / clock.Elapsed.TotalSeconds,6:0.0}");
Console.WriteLine($"findings: {stats.Sum(x => x.Exceptions)} unhandled exceptions ({findings.Saved.Count} distinct saved), {stats.Sum(x => x.Hangs)} hangs");
foreach (var f in findings.Saved)
{
    Console.WriteLine($"  {f}");
}
try
{
    Directory.Delete(scratch, recursive: true);
}
catch (IOException)
{
    // A hung run may still hold its input open.
}
return stats.Any(x => x.Exceptions > 0 || x.Hangs > 0) ? 1 : 0;
