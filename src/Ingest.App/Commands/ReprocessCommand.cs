using System.CommandLine;
using Ingest.Extraction;
using Ingest.Extraction.Rules;
using Ingest.Jobs;
using Ingest.Restoration;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest reprocess [--from restore|extract]</c>: runs restoration and/or extraction again
/// from the page texts in the catalog (no OCR) and updates the plans and the index.
/// </summary>
internal static class ReprocessCommand
{
    public static Command Create()
    {
        var from = new Option<ReprocessFrom>("--from")
        {
            Description = "restore: restore the pages as read, then extract; extract: extract from the stored restored text",
            DefaultValueFactory = _ => ReprocessFrom.Extract,
        };
        var file = new Option<long[]>("--file") { Description = "only these document ids (as `ingest files` lists them)", AllowMultipleArgumentsPerToken = true };
        var archive = Options.Archive();
        var command = new Command("reprocess", "re-run restoration and/or extraction from the stored page texts, without OCR") { from, file, archive };
        command.SetAction(parse =>
        {
            using var store = Options.OpenForWriting(parse, archive, "reprocess");
            if (store is null)
            {
                return 2;
            }
            int files = 0, plans = 0, failed = 0;
            var reprocessor = new Reprocessor(store, RestorationModels.LoadEmbedded(), new PlanExtractor(RuleBook.LoadEmbedded()));
            var only = parse.GetValue(file) ?? [];
            var chosen = new List<Catalog.StoredFile>();
            foreach (var id in only)
            {
                if (store.Catalog.Stored(id) is not { PageCount: > 0 } stored)
                {
                    Console.Error.WriteLine($"no document {id} with stored pages in the archive");
                    return 2;
                }
                chosen.Add(stored);
            }
            var outcomes = only.Length == 0 ? reprocessor.RunAll(parse.GetValue(from)) : reprocessor.RunEach(chosen, parse.GetValue(from));
            foreach (var outcome in outcomes)
            {
                files++;
                plans += outcome.Plans.Count;
                if (outcome.Error is not null)
                {
                    failed++;
                    AnsiConsole.MarkupLine($"[red]{Markup.Escape(outcome.Document.FileName)}[/]: {Markup.Escape(outcome.Error)}");
                }
            }
            AnsiConsole.MarkupLine($"reprocessed [bold]{files}[/] files: {plans} documents, {failed} failed");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
