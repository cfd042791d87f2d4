using System.CommandLine;
using Ingest.Jobs;
using Ingest.Ocr;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary><c>ingest add PATH...</c>: files or folders into the archive.</summary>
internal static class AddCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files or folders (.pdf, .txt)", Arity = ArgumentArity.OneOrMore };
        var archive = Options.Archive();
        var command = new Command("add", "add files to the archive: original, text, record and index entry") { paths, archive };
        command.SetAction(async (parse, cancel) =>
        {
            using var store = Options.OpenArchive(parse, archive);
            using var pool = new EnginePool();
            return await RunAsync(store, pool, parse.GetValue(paths)!, cancel: cancel);
        });
        return command;
    }

    /// <summary>Adds the files and prints one line per file; 1 when any failed.</summary>
    public static async Task<int> RunAsync(Archive store, EnginePool pool, IEnumerable<string> paths, bool quiet = false, CancellationToken cancel = default)
    {
        var failed = 0;
        var pipeline = new IngestPipeline(store, pool);
        await foreach (var outcome in pipeline.AddAllAsync(paths, cancel))
        {
            var name = Markup.Escape(Path.GetFileName(outcome.Path));
            switch (outcome.Status)
            {
                case IngestStatus.Added when !quiet:
                    var docs = string.Join(", ", outcome.Plans.Select(p => $"{p.Document.Kind} {p.Document.Number ?? "(no number)"}"));
                    AnsiConsole.MarkupLine($"[green]added[/]    {name}: {Markup.Escape(docs)}");
                    break;
                case IngestStatus.AlreadyPresent when !quiet:
                    AnsiConsole.MarkupLine($"[grey]unchanged[/] {name}: already in the archive (same content)");
                    break;
                case IngestStatus.Failed:
                    failed++;
                    Console.Error.WriteLine($"failed: {outcome.Error}");
                    break;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
