using System.CommandLine;
using System.Text.Json;
using Ingest.Extraction;
using Ingest.Jobs;
using Ingest.Search;
using Ingest.Text;
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
        var limit = new Option<int>("--limit") { Description = "hits per page (at most 200)", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "which page of hits, from 1", DefaultValueFactory = _ => 1 };
        var sort = new Option<string>("--sort") { Description = "relevance (best first), date (newest first) or oldest", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date", "oldest");
        var archive = Options.Archive();
        var command = new Command("search", "find plans by number or words") { query, json, limit, page, sort, archive };
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
            // The accepted names are the enum's own (AcceptOnlyFromAmong above).
            var order = EnumNames.Parse<SearchSort>(parse.GetValue(sort)) ?? SearchSort.Relevance;
            var result = store.Index.Search(new SearchRequest(text, Math.Max(1, parse.GetValue(page)), parse.GetValue(limit), order, Facets: false));
            if (parse.GetValue(json))
            {
                // stdout stays one hit per line for scripts; the count goes to stderr.
                Console.Error.WriteLine(Count(result));
                foreach (var hit in result.Hits)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(SearchHitJson.Of(hit), OneLine));
                }
            }
            else
            {
                Print(result.Hits, Math.Max(1, result.First));
                if (result.Total > 0)
                {
                    AnsiConsole.MarkupLine($"[grey]{Markup.Escape(Count(result))}[/]");
                }
            }
            return 0;
        });
        return command;
    }

    /// <summary>"12 plans; 1–10" (rescans grouped under their original count once); "12 plans; none on page 3" past the end.</summary>
    public static string Count(SearchResult result)
    {
        var plans = result.Total == 1 ? "1 plan" : $"{result.Total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} plans";
        return result.Hits.Count > 0 || result.Total == 0
            ? result.Total == 0 ? "0 plans" : $"{plans}; {result.First.ToString(System.Globalization.CultureInfo.InvariantCulture)}–{result.Last.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : $"{plans}; none on page {result.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public static void Print(IReadOnlyList<SearchHit> hits, long first = 1)
    {
        if (hits.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]no plans found[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("#").AddColumn("number").AddColumn("kind").AddColumn("date").AddColumn("issuer").AddColumn("title / snippet");
        var i = first - 1;
        foreach (var h in hits)
        {
            table.AddRow(
                (++i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(h.Number ?? "—"),
                Markup.Escape(h.Kind),
                Markup.Escape(h.IssuedOn ?? "—"),
                Markup.Escape(h.Issuer ?? "—"),
                $"[bold]{Markup.Escape(h.Title ?? "")}[/]\n[grey]{Markup.Escape(h.Source)}[/] {h.Snippet.Marked("[yellow]", "[/]", Markup.Escape)}"
                + (h.Copies.Count == 0 ? "" : $"\n[grey]and {h.Copies.Count} possible duplicate(s): {Markup.Escape(string.Join(", ", h.Copies.Select(c => c.Source)))}[/]"));
        }
        AnsiConsole.Write(table);
    }
}
