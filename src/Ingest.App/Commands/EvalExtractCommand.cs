using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ingest.Evaluation;
using Ingest.Extraction;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest eval extract [DIR…]</c>: precision and recall of references, deadlines, quotas and
/// targets, and header-field accuracy, against the hand-written gold records (NAME.record.json)
/// beside each text. A NAME.true.txt (the true text of an OCR'd file) is read in place of NAME.txt.
/// </summary>
internal static class EvalExtractCommand
{
    public static Command Create()
    {
        var dirs = new Argument<DirectoryInfo[]>("dir")
        {
            Description = "folders of NAME.txt with NAME.record.json beside each",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => [new DirectoryInfo(Path.Combine("corpus", "seeds")), new DirectoryInfo(Path.Combine("corpus", "plans"))],
        };
        var misses = new Option<bool>("--misses") { Description = "list every missed and extra entity and wrong header field" };
        var raw = new Option<bool>("--raw") { Description = "read NAME.txt as received (seed 001: English-model OCR) and restore it first, as `ingest extract` does" };
        var command = new Command("extract", "precision and recall of the parser's entities against the gold records") { dirs, misses, raw };
        command.SetAction(async (parse, cancel) =>
        {
            var folders = parse.GetValue(dirs) is { Length: > 0 } given ? given : [new DirectoryInfo(Path.Combine("corpus", "seeds")), new DirectoryInfo(Path.Combine("corpus", "plans"))];
            var golds = folders.Where(d => d.Exists)
                .SelectMany(d => d.EnumerateFiles("*.record.json"))
                .OrderBy(f => f.FullName, StringComparer.Ordinal)
                .ToList();
            if (golds.Count == 0)
            {
                Console.Error.WriteLine($"no *.record.json in {string.Join(", ", folders.Select(f => f.FullName))}");
                return 2;
            }
            var total = ExtractionEvaluation.Zero;
            var files = 0;
            var characters = 0L;
            var wall = TimeSpan.Zero;
            // Loaded at the first file that needs it: without --raw nothing is restored.
            Ingest.Restoration.RestorationModels? models = null;
            foreach (var gold in golds)
            {
                var stem = gold.FullName[..^".record.json".Length];
                var useRaw = parse.GetValue(raw);
                var input = !useRaw && File.Exists(stem + ".true.txt") ? stem + ".true.txt" : stem + ".txt";
                if (!File.Exists(input))
                {
                    Console.Error.WriteLine($"{gold.Name}: no text beside it");
                    continue;
                }
                var expected = PlanRecord.FromJson(await File.ReadAllTextAsync(gold.FullName, cancel));
                var text = await File.ReadAllTextAsync(input, cancel);
                if (useRaw)
                {
                    models ??= Ingest.Restoration.RestorationModels.LoadEmbedded();
                    text = models.For(text).Restore(text);
                }
                var sw = Stopwatch.StartNew();
                var actual = PlanExtractor.Extract(expected.Source, text);
                wall += sw.Elapsed;
                characters += text.Length;
                total += ExtractionEvaluation.Of(expected, actual);
                files++;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"Extraction against the gold ({files} files)")
                .AddColumn("entity").AddColumn("gold").AddColumn("found").AddColumn("matched").AddColumn("precision").AddColumn("recall").AddColumn("match rule");
            void Row(string name, ExtractionScore s, string rule) => table.AddRow(
                Markup.Escape(name), N(s.Gold), N(s.Predicted), N(s.Matched), Figures.Percent(s.Precision, 1), Figures.Percent(s.Recall, 1), Markup.Escape(rule));
            Row("references", total.References, "number");
            Row("deadlines", total.Deadlines, "due + qualifier (+ start), action overlap ≥ 0.5");
            Row("quotas", total.Quotas, "holder(s) + count + unit");
            Row("targets", total.Targets, "comparator + value + unit");
            table.AddRow("header fields", N(total.HeaderFields), "", N(total.HeaderFieldsCorrect), "", Figures.Percent(total.HeaderAccuracy, 1), "exact: kind, number, issuer, place, issued_on, title, period, signer");
            AnsiConsole.Write(table);
            Console.WriteLine($"{files} files, {characters:N0} characters extracted in {wall.TotalMilliseconds:0} ms");
            if (parse.GetValue(misses))
            {
                foreach (var miss in total.Misses)
                {
                    Console.WriteLine(miss);
                }
            }
            return 0;
        });
        return command;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

}
