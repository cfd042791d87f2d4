using System.CommandLine;
using CsvHelper.Configuration;
using Ingest.Catalog;
using Ingest.Export;
using Ingest.Extraction;
using Ingest.Jobs;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest export plans|deadlines|references|quotas|targets [--from DATE --to DATE --issuer X --query Q] -o FILE.csv</c>:
/// one row per plan or per item of a plan, the plan's number, date, issuer, title and page on each.
/// </summary>
internal static class ExportCommand
{
    public static Command Create() => new("export", "write CSV for spreadsheets (UTF-8 with BOM, ISO dates)")
    {
        Verb<PlanRow, PlanRowMap>("plans", "one row per document: number, kind, date, issuer, title…", p => [PlanRow.From(p)]),
        Verb<DeadlineRow, DeadlineRowMap>("deadlines", "one row per deadline: due, qualifier, action, responsible, section", DeadlineRow.From),
        Verb<ReferenceRow, ReferenceRowMap>("references", "one row per cited document: kind, number, date, issuer, relation", ReferenceRow.From),
        Verb<QuotaRow, QuotaRowMap>("quotas", "one row per allocation: holder, count, unit, purpose", QuotaRow.From),
        Verb<TargetRow, TargetRowMap>("targets", "one row per goal: indicator, comparator, value, unit, by", TargetRow.From),
    };

    private static Command Verb<TRow, TMap>(string name, string description, Func<StoredPlan, IEnumerable<TRow>> rowsOf)
        where TMap : ClassMap<TRow>
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "the CSV file to write", Required = true };
        var from = new Option<string?>("--from") { Description = "plans issued on or after this ISO date (2023, 2023-06, 2023-06-15)" };
        var to = new Option<string?>("--to") { Description = "plans issued on or before this ISO date; partial dates mean their first day" };
        var issuer = new Option<string?>("--issuer") { Description = "part of the issuer's name, marks optional (\"dong nai\")" };
        var query = new Option<string?>("--query") { Description = "only the plans this search returns (same syntax as `ingest search`)" };
        var archive = Options.Archive();
        var command = new Command(name, description) { output, from, to, issuer, query, archive };
        command.SetAction(parse =>
        {
            if (!TryDate(parse.GetValue(from), "--from", out var fromDate) || !TryDate(parse.GetValue(to), "--to", out var toDate))
            {
                return 2;
            }
            using var store = Options.OpenArchive(parse, archive);
            var q = parse.GetValue(query);
            var filter = new PlanFilter(fromDate, toDate, parse.GetValue(issuer),
                string.IsNullOrWhiteSpace(q) ? null : store.Index.Matches(q).ToHashSet());
            var plans = filter.Apply(store.Catalog.Plans()).ToList();
            var rows = plans.SelectMany(rowsOf).ToList();
            var path = parse.GetValue(output)!.FullName;
            CsvExporter.Write<TRow, TMap>(path, rows);
            AnsiConsole.MarkupLine($"wrote [bold]{rows.Count}[/] {Markup.Escape(name)} rows of {plans.Count} plans to {Markup.Escape(path)}");
            return 0;
        });
        return command;
    }

    private static bool TryDate(string? text, string option, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        date = PartialDate.ParseIso(text.Trim());
        if (date is null)
        {
            AnsiConsole.MarkupLine($"[red]{option}: not an ISO date: {Markup.Escape(text)}[/] (write 2023, 2023-06 or 2023-06-15)");
            return false;
        }
        return true;
    }
}
