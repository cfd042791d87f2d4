using System.CommandLine;
using System.Text.Json;
using Ingest.Extraction;
using Ingest.Jobs;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary><c>ingest show NUMBER</c>: one plan's record.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var number = new Argument<string[]>("number") { Description = "the plan's number, typed any way", Arity = ArgumentArity.OneOrMore };
        var json = Options.Json();
        var archive = Options.Archive();
        var command = new Command("show", "print one plan's record") { number, json, archive };
        command.SetAction(parse =>
        {
            using var store = Options.OpenForReading(parse, archive);
            if (store is null)
            {
                return 2;
            }
            var wanted = string.Join(' ', parse.GetValue(number)!);
            var plans = store.Catalog.Plans.ByNumber(wanted);
            if (plans.Count == 0)
            {
                Console.Error.WriteLine($"no plan numbered {wanted} in the archive");
                return 1;
            }
            foreach (var plan in plans)
            {
                if (parse.GetValue(json))
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(plan.Document, PlanRecord.JsonOptions));
                    continue;
                }
                var d = plan.Document;
                var grid = new Grid().AddColumn().AddColumn();
                void Row(string k, string? v) => grid.AddRow($"[grey]{k}[/]", Markup.Escape(v ?? "—"));
                Row("number", d.Number);
                Row("kind", d.Kind);
                Row("issued on", d.IssuedOn?.ToString());
                Row("issuer", d.Issuer);
                Row("place", d.Place);
                Row("title", d.Title);
                Row("period", d.Period is null ? null : $"{d.Period.From}–{d.Period.To}");
                Row("source", $"{plan.Source} (document {plan.Ordinal + 1}, page {d.Page})");
                if (store.Catalog.Duplicates.Of(plan.Id) is { } duplicate)
                {
                    Row("note", duplicate.Describe());
                }
                AnsiConsole.Write(new Panel(grid).Header(Markup.Escape(d.Number ?? d.Kind)));
            }
            return 0;
        });
        return command;
    }
}
