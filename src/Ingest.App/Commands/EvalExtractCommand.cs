using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ingest.Evaluation;
using Ingest.Extraction;
using Ingest.Extraction.Rules;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest eval extract [DIR…] [--set corpus|real|all]</c>: precision, recall and F1 of
/// references, deadlines, quotas and targets, header-field accuracy and wrong numbers against the
/// hand-written gold records — the corpus files the rules were written from (NAME.record.json
/// beside each NAME.txt; a NAME.true.txt is read in its place) and, apart, the real files of
/// corpus/records/manifest.tsv, their tune and report halves side by side, and the blind rounds of
/// corpus/blind/manifest.tsv (genre documents written without sight of the code), theirs.
/// </summary>
internal static class EvalExtractCommand
{
    public static Command Create()
    {
        var dirs = new Argument<DirectoryInfo[]>("dir")
        {
            Description = "folders of NAME.txt with NAME.record.json beside each (the corpus set)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var misses = new Option<bool>("--misses") { Description = "list every missed and extra entity and wrong header field" };
        var raw = new Option<bool>("--raw") { Description = "read NAME.txt as received (seed 001: English-model OCR) and restore it first, as `ingest extract` does" };
        var set = new Option<string>("--set") { Description = "corpus: the files the rules were written from; real: corpus/records (real documents, read from ../shared/real); blind: corpus/blind (genre documents written without sight of the code), its tune and report halves; all: every set", DefaultValueFactory = _ => "all" };
        set.AcceptOnlyFromAmong("all", "corpus", "real", "blind");
        var command = new Command("extract", "precision and recall of the parser's entities and header fields against the gold records") { dirs, misses, raw, set };
        command.SetAction(async (parse, cancel) =>
        {
            var which = parse.GetValue(set)!;
            var extractor = new PlanExtractor(RuleBook.LoadEmbedded());
            var columns = new List<(string Name, ExtractionEvaluation Score)>();
            if (which is "all" or "corpus")
            {
                var folders = parse.GetValue(dirs) is { Length: > 0 } given ? given : [new DirectoryInfo(Path.Combine("corpus", "seeds")), new DirectoryInfo(Path.Combine("corpus", "plans"))];
                var corpus = await CorpusAsync(extractor, GoldsIn(folders), parse.GetValue(raw), "corpus", cancel);
                if (corpus is null)
                {
                    return 2;
                }
                columns.Add(("corpus (rules' own)", corpus));
            }
            if (which is "all" or "blind")
            {
                foreach (var (half, golds) in BlindHalves(new DirectoryInfo(Path.Combine("corpus", "blind"))))
                {
                    var score = await CorpusAsync(extractor, golds, false, $"blind {half}", cancel);
                    if (score is null)
                    {
                        return 2;
                    }
                    columns.Add((half == "report" ? "blind report (held out from tuning)" : $"blind {half}", score));
                }
            }
            if (which is "all" or "real")
            {
                var real = await RealAsync(extractor, cancel);
                if (real is null)
                {
                    return 2;
                }
                columns.AddRange(real);
            }
            Summarise(columns);
            if (parse.GetValue(misses))
            {
                foreach (var (name, score) in columns)
                {
                    Console.WriteLine($"## {name}");
                    foreach (var miss in score.Misses)
                    {
                        Console.WriteLine(miss);
                    }
                }
            }
            return 0;
        });
        return command;
    }

    private static List<FileInfo> GoldsIn(DirectoryInfo[] folders) =>
        [.. folders.Where(d => d.Exists).SelectMany(d => d.EnumerateFiles("*.record.json")).OrderBy(f => f.FullName, StringComparer.Ordinal)];

    // corpus/blind/manifest.tsv: "name<TAB>half" per file (tune or report), in its order of halves.
    private static IEnumerable<(string Half, List<FileInfo> Golds)> BlindHalves(DirectoryInfo folder)
    {
        var manifest = Path.Combine(folder.FullName, "manifest.tsv");
        if (!File.Exists(manifest))
        {
            return [];
        }
        return File.ReadLines(manifest)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .GroupBy(f => f[1], StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(f => new FileInfo(Path.Combine(folder.FullName, f[0] + ".record.json"))).ToList()));
    }

    private static async Task<ExtractionEvaluation?> CorpusAsync(PlanExtractor extractor, List<FileInfo> golds, bool useRaw, string label, CancellationToken cancel)
    {
        if (golds.Count == 0)
        {
            Console.Error.WriteLine($"{label}: no *.record.json");
            return null;
        }
        var total = ExtractionEvaluation.Zero;
        var characters = 0L;
        var wall = TimeSpan.Zero;
        // Loaded at the first file that needs it: without --raw nothing is restored.
        RestorationModels? models = null;
        foreach (var gold in golds)
        {
            var stem = gold.FullName[..^".record.json".Length];
            var input = !useRaw && File.Exists(stem + ".true.txt") ? stem + ".true.txt" : stem + ".txt";
            if (!File.Exists(input))
            {
                Console.Error.WriteLine($"{gold.Name}: no text beside it");
                continue;
            }
            PlanRecord expected;
            try
            {
                expected = PlanRecord.FromJson(await File.ReadAllTextAsync(gold.FullName, cancel));
            }
            catch (System.Text.Json.JsonException e)
            {
                // A gold the record cannot hold ("count": 104.5 ha, corpus/blind an02) is named and
                // left out; the other files are scored.
                Console.Error.WriteLine($"{gold.Name}: not a record the schema holds, left out: {e.Message}");
                continue;
            }
            var text = await File.ReadAllTextAsync(input, cancel);
            if (useRaw)
            {
                models ??= RestorationModels.LoadEmbedded();
                text = models.For(text).Restore(text);
            }
            var sw = Stopwatch.StartNew();
            var actual = extractor.Extract(expected.Source, text);
            wall += sw.Elapsed;
            characters += text.Length;
            total += ExtractionEvaluation.Of(expected, actual);
        }
        Console.WriteLine($"{label}: {golds.Count} files, {characters:N0} characters extracted in {wall.TotalMilliseconds:0} ms");
        return total;
    }

    private static async Task<IReadOnlyList<(string, ExtractionEvaluation)>?> RealAsync(PlanExtractor extractor, CancellationToken cancel)
    {
        var corpus = Path.GetFullPath("corpus");
        var shared = RealPageSet.SharedRealFolder(corpus);
        if (shared is null || !File.Exists(RealRecordSet.ManifestOf(corpus)))
        {
            Console.Error.WriteLine($"the real set needs {RealRecordSet.ManifestOf(corpus)} and ../shared/real beside the repository (or $INGEST_SHARED_REAL)");
            return null;
        }
        var files = RealRecordSet.Load(corpus, shared);
        using var pool = new EnginePool();
        var evaluation = new RealRecordEvaluation(new DocumentReader(pool), RestorationModels.LoadEmbedded(), extractor);
        var table = new Table().Border(TableBorder.Rounded).Title("Real files, one by one")
            .AddColumn("file").AddColumn("half").AddColumn("documents gold/ours").AddColumn("header fields").AddColumn("number gold / ours").AddColumn("refs F1").AddColumn("seconds");
        var halves = new Dictionary<RealPageSplit, ExtractionEvaluation> { [RealPageSplit.Tune] = ExtractionEvaluation.Zero, [RealPageSplit.Report] = ExtractionEvaluation.Zero };
        foreach (var file in files)
        {
            var result = await evaluation.RunAsync(file, cancel);
            halves[file.Split] += result.Score;
            var s = result.Score;
            table.AddRow(Markup.Escape(file.Name), file.Split.ToString().ToLowerInvariant(),
                $"{result.Gold.Documents.Count}/{result.Record.Documents.Count}",
                $"{s.HeaderFieldsCorrect}/{s.HeaderFields}",
                Markup.Escape(Numbers(result.Gold, result.Record)) + (s.WrongNumbers > 0 ? " [red]WRONG[/]" : ""),
                Figures.Percent(F1(s.References), 0),
                result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        return [("real tune", halves[RealPageSplit.Tune]), ("real report (held out from tuning)", halves[RealPageSplit.Report])];
    }

    private static string Numbers(PlanRecord gold, PlanRecord ours) =>
        $"{string.Join(" + ", gold.Documents.Select(d => d.Number ?? "null"))} / {string.Join(" + ", ours.Documents.Select(d => d.Number ?? (d.NumberRead is null ? "null" : $"null ({d.NumberRead}?)")))}";

    private static double F1(ExtractionScore s) => s.Precision + s.Recall == 0 ? 0 : 2 * s.Precision * s.Recall / (s.Precision + s.Recall);

    private static void Summarise(IReadOnlyList<(string Name, ExtractionEvaluation Score)> columns)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Extraction against the gold records").AddColumn("measure");
        foreach (var (name, _) in columns)
        {
            table.AddColumn(Markup.Escape(name));
        }
        void Entity(string label, Func<ExtractionEvaluation, ExtractionScore> pick) => table.AddRow(
            [Markup.Escape(label), .. columns.Select(c => pick(c.Score) is var s
                ? $"F1 {Figures.Percent(F1(s), 1)} (P {Figures.Percent(s.Precision, 1)}, R {Figures.Percent(s.Recall, 1)}; {s.Matched}/{s.Gold} gold, {s.Predicted} found)"
                : "")]);
        Entity("references (match: number)", e => e.References);
        Entity("deadlines (due + qualifier, action overlap ≥ 0.5)", e => e.Deadlines);
        Entity("quotas (holder + count + unit)", e => e.Quotas);
        Entity("targets (comparator + value + unit)", e => e.Targets);
        table.AddRow(["header fields exact (kind, number, issuer, place, issued_on, title, period)",
            .. columns.Select(c => $"{Figures.Percent(c.Score.HeaderAccuracy, 1)} ({c.Score.HeaderFieldsCorrect}/{c.Score.HeaderFields})")]);
        table.AddRow(["  wrong, by field", .. columns.Select(c => Markup.Escape(string.Join(", ",
            c.Score.FieldErrors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} {e.Value}"))))]);
        table.AddRow(["signer exact", .. columns.Select(c => $"{c.Score.SignersCorrect}/{c.Score.Signers}")]);
        table.AddRow(["wrong numbers (must be 0)", .. columns.Select(c => c.Score.WrongNumbers == 0 ? "0" : $"[red]{c.Score.WrongNumbers}[/]")]);
        AnsiConsole.Write(table);
    }
}
