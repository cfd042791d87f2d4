using System.CommandLine;
using Ingest.Export;
using Ingest.Jobs;

namespace Ingest.App.Commands;

/// <summary><c>ingest export plans -o FILE.csv</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "the CSV file to write", Required = true };
        var archive = Options.Archive();
        var plans = new Command("plans", "one row per document: number, kind, date, issuer, title…") { output, archive };
        plans.SetAction(parse =>
        {
            using var store = Archive.Open(parse.GetValue(archive)!);
            var rows = store.Catalog.Plans().Select(PlanRow.From).ToList();
            var path = parse.GetValue(output)!.FullName;
            CsvExporter.Write<PlanRow, PlanRowMap>(path, rows);
            Console.Error.WriteLine($"wrote {rows.Count} rows to {path}");
            return 0;
        });
        return new Command("export", "write CSV for spreadsheets (UTF-8 with BOM, ISO dates)") { plans };
    }
}
