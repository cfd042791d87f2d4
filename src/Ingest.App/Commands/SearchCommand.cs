using System.CommandLine;
using System.Text.Json;
using Ingest.Extraction;
using Ingest.Jobs;
using Ingest.Search;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary><c>ingest search QUERY</c>: a number ("218/KH-UBND") or words, with or without marks.</summary>
internal static class SearchCommand
{
    private static readonly JsonSerializerOptions OneLine = new(PlanRecord.JsonOptions) { WriteIndented = false };

    public static Command Create()
    {
        var query = new Argument<string[]>("query") { Description = "a document number or words; narrow with cites:NUMBER issuer:\"dong nai\" kind:\"ke hoach\" year:2017 due:2023-11", Arity = ArgumentArity.OneOrMore };
        var json = Options.Json();
        var limit = new Option<int>("--limit") { Description = "most hits", DefaultValueFactory = _ => 10 };
        var archive = Options.Archive();
        var command = new Command("search", "find plans by number or words") { query, json, limit, archive };
        command.SetAction(parse =>
        {
            var text = string.Join(' ', parse.GetValue(query)!);
            // Checked before the archive is opened: an oversized query is the caller's to fix.
            if (PlanQuery.Check(text) is { } tooLarge)
            {
                Console.Error.WriteLine($"ingest search: {tooLarge}");
                return 2;
            }
            using var store = Options.OpenForReading(parse, archive);
            if (store is null)
            {
                return 2;
            }
            var hits = store.Index.Search(text, parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                foreach (var hit in hits)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(SearchHitJson.Of(hit), OneLine));
                }
            }
            else
            {
                Print(hits);
            }
            return 0;
        });
        return command;
    }

    public static void Print(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]no plans found[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("#").AddColumn("number").AddColumn("kind").AddColumn("date").AddColumn("issuer").AddColumn("title / snippet");
        var i = 0;
        foreach (var h in hits)
        {
            table.AddRow(
                (++i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(h.Number ?? "—"),
                Markup.Escape(h.Kind),
                Markup.Escape(h.IssuedOn ?? "—"),
                Markup.Escape(h.Issuer ?? "—"),
                $"[bold]{Markup.Escape(h.Title ?? "")}[/]\n[grey]{Markup.Escape(h.Source)}[/] {h.Snippet.Marked("[yellow]", "[/]", Markup.Escape)}");
        }
        AnsiConsole.Write(table);
    }
}
