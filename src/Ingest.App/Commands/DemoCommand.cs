using System.CommandLine;
using Ingest.Extraction;
using Ingest.Extraction.Rules;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary><c>ingest demo</c>: a fresh archive from corpus/, a summary table, three searches.</summary>
internal static class DemoCommand
{
    private static readonly string[] Queries = ["11325/KH-UBND", "chung tay vi nguoi ngheo", "nông thôn mới"];
    private static readonly string[] CorpusFolders = ["seeds", "pdf"];

    public static Command Create()
    {
        var archive = new Option<string>("--archive") { Description = "where to build the demo archive", DefaultValueFactory = _ => "demo-archive" };
        var corpus = new Option<string>("--corpus") { Description = "the corpus folder", DefaultValueFactory = _ => Ingest.Corpus.CorpusLocation.Find() ?? "corpus" };
        var command = new Command("demo", "build a fresh archive from corpus/ and run example searches") { archive, corpus };
        command.SetAction(async (parse, cancel) =>
        {
            var root = parse.GetValue(archive)!;
            if (Directory.Exists(root))
            {
                // A demo archive someone serves or writes is not deleted under them.
                using (var held = Options.HoldArchive(root, "demo"))
                {
                    if (held is null)
                    {
                        return 2;
                    }
                }
                Directory.Delete(root, recursive: true);
            }
            var sources = CorpusFolders.Select(f => Path.Combine(parse.GetValue(corpus)!, f)).Where(Directory.Exists).ToList();
            var writeLock = Options.HoldArchive(root, "demo");
            if (writeLock is null)
            {
                return 2;
            }
            using var store = Archive.Open(root, writeLock: writeLock);
            using var pool = new EnginePool();
            AnsiConsole.MarkupLine($"[bold]Building a fresh archive in {Markup.Escape(store.Root)}[/] from {Markup.Escape(string.Join(", ", sources))}");
            var status = await AddCommand.RunAsync(store, pool, RestorationModels.LoadEmbedded(), new PlanExtractor(RuleBook.LoadEmbedded()), sources, cancel: cancel);

            var table = new Table().Border(TableBorder.Rounded).Title("Documents in the archive")
                .AddColumn("source").AddColumn("kind").AddColumn("number").AddColumn("issued on").AddColumn("issuer").AddColumn("title");
            foreach (var p in store.Catalog.Plans.All())
            {
                var d = p.Document;
                var title = d.Title is { Length: > 60 } t ? t[..60] + "…" : d.Title;
                table.AddRow(Markup.Escape(p.Source), Markup.Escape(d.Kind), Markup.Escape(d.Number ?? "—"),
                    Markup.Escape(d.IssuedOn?.ToString() ?? "—"), Markup.Escape(d.Issuer ?? "—"), Markup.Escape(title ?? "—"));
            }
            AnsiConsole.Write(table);
            foreach (var q in Queries)
            {
                AnsiConsole.MarkupLine($"\n[bold]$ ingest search \"{Markup.Escape(q)}\"[/]");
                SearchCommand.Print(store.Index.Search(q, 5));
            }
            return status;
        });
        return command;
    }
}
