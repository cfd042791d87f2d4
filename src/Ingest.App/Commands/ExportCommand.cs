using System.CommandLine;
using Ingest.Export;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest export plans|deadlines|references|quotas|targets [--from DATE --to DATE --issuer X --query Q --kind K --year Y] -o FILE.csv</c>:
/// one row per plan or per item of a plan, the plan's number, date, issuer, title and page on each.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "write CSV for spreadsheets (UTF-8 with BOM, ISO dates)");
        foreach (var kind in ExportKind.All)
        {
            command.Subcommands.Add(Verb(kind));
        }
        return command;
    }

    private static Command Verb(ExportKind kind)
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "the CSV file to write", Required = true };
        var from = new Option<string?>("--from") { Description = "plans issued on or after this ISO date (2023, 2023-06, 2023-06-15)" };
        var to = new Option<string?>("--to") { Description = "plans issued on or before this ISO date; partial dates mean their first day" };
        var issuer = new Option<string?>("--issuer") { Description = "part of the issuer's name, marks optional (\"dong nai\")" };
        var query = new Option<string?>("--query") { Description = "only the plans this search returns (same syntax as `ingest search`)" };
        var kindOption = new Option<string?>("--kind") { Description = "only plans of this kind, marks optional (\"ke hoach\"), as search's kind:" };
        var year = new Option<int?>("--year") { Description = "only plans issued in this year, as search's year:" };
        var archive = Options.Archive();
        var command = new Command(kind.Name, kind.Description) { output, from, to, issuer, query, kindOption, year, archive };
        command.SetAction(parse =>
        {
            if (!PlanFilter.TryParse(parse.GetValue(from), parse.GetValue(to), parse.GetValue(issuer), out var filter, out var error, "--from", "--to"))
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(error!)}[/]");
                return 2;
            }
            // kind and year narrow the plans as a search's kind: and year: do (the page's export links carry them).
            filter = filter with { Kind = parse.GetValue(kindOption), Year = parse.GetValue(year) };
            var search = parse.GetValue(query);
            if (Ingest.Search.PlanQuery.Compose(search, filter.Kind, null, filter.Year) is { Length: > 0 } q && Ingest.Search.PlanQuery.Check(q) is { } tooLarge)
            {
                Console.Error.WriteLine($"export: {tooLarge}");
                return 2;
            }
            using var store = Options.OpenForReading(parse, archive);
            if (store is null)
            {
                return 2;
            }
            var plans = store.Plans(filter, search);
            var path = parse.GetValue(output)!.FullName;
            int rows;
            using (var file = File.Create(path))
            {
                rows = kind.Write(plans, file);
            }
            AnsiConsole.MarkupLine($"wrote [bold]{rows}[/] {Markup.Escape(kind.Name)} rows of {plans.Count} plans to {Markup.Escape(path)}");
            return 0;
        });
        return command;
    }
}
