using System.CommandLine;
using System.Globalization;
using Ingest.Extraction;
using Ingest.Extraction.Rules;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary><c>ingest add PATH...</c>: files or folders into the archive.</summary>
internal static class AddCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files or folders (PDF, JPEG, PNG, TIFF, .txt)", Arity = ArgumentArity.OneOrMore };
        var archive = Options.Archive();
        var defaults = IngestLimits.Default;
        var maxFileMb = new Option<double>("--max-file-mb") { Description = "refuse files larger than this (MB)", DefaultValueFactory = _ => defaults.MaxFileBytes / (1024.0 * 1024) };
        var maxPages = new Option<int>("--max-pages") { Description = "refuse PDFs with more pages", DefaultValueFactory = _ => defaults.MaxPages };
        var maxPixels = new Option<long>("--max-pixels") { Description = "refuse pages whose image (or rendering) has more pixels, before decoding it", DefaultValueFactory = _ => defaults.MaxPixelsPerPage };
        var pageTimeout = new Option<double>("--page-timeout") { Description = "OCR seconds per page; a page stopped there keeps its partial text, marked", DefaultValueFactory = _ => defaults.PageTimeout.TotalSeconds };
        var command = new Command("add", "add files to the archive: original, text, record and index entry")
        {
            paths, archive, maxFileMb, maxPages, maxPixels, pageTimeout,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var limits = new IngestLimits
            {
                MaxFileBytes = (long)(parse.GetValue(maxFileMb) * 1024 * 1024),
                MaxPages = parse.GetValue(maxPages),
                MaxPixelsPerPage = parse.GetValue(maxPixels),
                PageTimeout = TimeSpan.FromSeconds(parse.GetValue(pageTimeout)),
            };
            using var store = Options.OpenForWriting(parse, archive, "add");
            if (store is null)
            {
                return 2;
            }
            using var pool = new EnginePool();
            return await RunAsync(store, pool, RestorationModels.LoadEmbedded(), new PlanExtractor(RuleBook.LoadEmbedded()), parse.GetValue(paths)!, limits, cancel: cancel);
        });
        return command;
    }

    /// <summary>
    /// Adds the files and prints one line per file with the time it took (failures on stderr:
    /// file, page, reason); 1 when any failed, after all the others were added.
    /// </summary>
    public static async Task<int> RunAsync(Archive store, EnginePool pool, RestorationModels models, PlanExtractor extractor, IEnumerable<string> paths, IngestLimits? limits = null, bool quiet = false, CancellationToken cancel = default)
    {
        int added = 0, unchanged = 0, busy = 0, failed = 0, skipped = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pipeline = new IngestPipeline(store, pool, models, extractor, limits);
        // Files of other types in a folder are named, not dropped silently: someone who put a
        // .docx among the scans learns it was left out (issue 18).
        var files = IngestPipeline.ExpandPaths(paths, f =>
        {
            skipped++;
            if (!quiet)
            {
                Console.Error.WriteLine($"skipped:  {Path.GetFileName(f)}: {SkipReason(f)}; {FileSignature.Accepted}");
            }
        }).ToList();
        await foreach (var outcome in pipeline.AddAllAsync(files, cancel))
        {
            var name = Markup.Escape(Path.GetFileName(outcome.Path));
            var time = Seconds(outcome.Elapsed);
            switch (outcome.Status)
            {
                case IngestStatus.Added:
                    added++;
                    if (!quiet)
                    {
                        var docs = string.Join(", ", outcome.Plans.Select(p => $"{p.Document.Kind} {p.Document.Number ?? "(no number)"}"));
                        AnsiConsole.MarkupLine($"[green]added[/]     {name}: {Markup.Escape(docs)} [grey]{time}[/]");
                        // A rescan of an archived plan is added (it may read better), and said so.
                        foreach (var dup in store.Catalog.Duplicates.Of([.. outcome.Plans.Select(p => p.Id)]).Values.OrderBy(d => d.PlanId))
                        {
                            AnsiConsole.MarkupLine($"[yellow]note[/]      {name}: {Markup.Escape(dup.Describe())}");
                        }
                    }
                    if (outcome.TimedOutPages.Count > 0)
                    {
                        Console.Error.WriteLine($"partial:  {Path.GetFileName(outcome.Path)}: page {string.Join(", ", outcome.TimedOutPages)}: OCR stopped at the page time limit, text partial (source OcrTimedOut)");
                    }
                    break;
                case IngestStatus.AlreadyPresent:
                    unchanged++;
                    if (!quiet)
                    {
                        AnsiConsole.MarkupLine($"[grey]unchanged[/] {name}: {Markup.Escape(outcome.AlreadyArchivedMessage ?? "already in the archive")} (same content) [grey]{time}[/]");
                    }
                    break;
                case IngestStatus.InProgress:
                    busy++;
                    Console.Error.WriteLine($"busy:     {outcome.Error}; left to that run [{time}]");
                    break;
                case IngestStatus.Failed:
                    failed++;
                    Console.Error.WriteLine($"failed:   {outcome.Error} [{time}]");
                    break;
            }
        }
        if (!quiet)
        {
            AnsiConsole.MarkupLine($"{added} added, {unchanged} unchanged, {(busy > 0 ? $"{busy} processed elsewhere, " : "")}{failed} failed{(skipped > 0 ? $", {skipped} skipped" : "")} in {Seconds(clock.Elapsed)}");
        }
        return failed == 0 ? 0 : 1;
    }

    private static string SkipReason(string file) => Path.GetExtension(file) is { Length: > 0 } ext ? $"a {ext} file, not read" : "no file extension, not read";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture);
}
