using System.CommandLine;
using System.Globalization;
using Ingest.Corpus;
using Ingest.Evaluation;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest eval restore</c>: syllable accuracy and CER, raw and restored, on seed 001's
/// line-aligned gold and on corpus/scans OCR'd with eng and with vie; and the share of the
/// clean texts' syllables restoration leaves unchanged.
/// </summary>
internal static class EvalRestoreCommand
{
    private static readonly string[] OcrLanguages = ["vie", "eng"];

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "the corpus folder", DefaultValueFactory = _ => "corpus" };
        var cache = new Option<string>("--ocr-cache") { Description = "where raw OCR of the scans is kept between runs", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "ingest-ocr-cache") };
        var skipScans = new Option<bool>("--no-scans") { Description = "only the seed gold and the clean texts" };
        var command = new Command("restore", "accuracy of diacritic restoration, raw and restored") { corpus, cache, skipScans };
        command.SetAction(async (parse, cancel) =>
        {
            var root = parse.GetValue(corpus)!;
            var models = RestorationModels.LoadEmbedded();
            var table = new Table().Border(TableBorder.Rounded).Title("Restoration: syllable accuracy (CER), raw → restored")
                .AddColumn("set").AddColumn("syllables").AddColumn("raw").AddColumn("restored").AddColumn("syll/s");

            // Seed 001: English-model OCR, true text line-aligned, #SKIP lines left out.
            var seedRaw = (await File.ReadAllLinesAsync(Path.Combine(root, "seeds", "001_b8dc3a9494ef592a.txt"), cancel)).ToList();
            var seedTrue = (await File.ReadAllLinesAsync(Path.Combine(root, "seeds", "001_b8dc3a9494ef592a.true.txt"), cancel)).ToList();
            var keep = Enumerable.Range(0, seedTrue.Count).Where(i => !seedTrue[i].StartsWith("#SKIP", StringComparison.Ordinal)).ToList();
            var rawText = string.Join('\n', keep.Select(i => seedRaw[i]));
            var trueText = string.Join('\n', keep.Select(i => seedTrue[i]));
            Row(table, models, "seed 001 (eng OCR, gold)", trueText, rawText, string.Join('\n', seedRaw));

            if (!parse.GetValue(skipScans))
            {
                foreach (var lang in OcrLanguages)
                {
                    var (truths, raws) = await new OcrCache(parse.GetValue(cache)!).ScansAsync(Path.Combine(root, "scans"), lang, cancel);
                    Row(table, models, $"corpus/scans 200 dpi ({lang} OCR)", string.Join('\n', truths), string.Join('\n', raws), null);
                }
            }

            if (!parse.GetValue(skipScans) && CorpusLocation.Find() is { } corpusRoot && RealPageSet.SharedRealFolder(corpusRoot) is { } shared
                && File.Exists(RealPageSet.ManifestOf(corpusRoot)))
            {
                var real = RealPageSet.Load(corpusRoot, shared);
                var raw = await new OcrCache(parse.GetValue(cache)!).RealAsync(real, models, cancel);
                foreach (var half in new[] { RealPageSplit.Tune, RealPageSplit.Report })
                {
                    var pages = real.Where(p => p.Split == half).ToList();
                    Row(table, models, $"real pages, {(half == RealPageSplit.Tune ? "tune" : "report")} half ({pages.Count}, vie OCR)",
                        string.Join('\n', pages.Select(p => File.ReadAllText(p.TruthPath))), string.Join('\n', pages.Select(p => raw[p])), null,
                        models.VietnameseOcr);
                }
            }

            // Clean texts: restoration must leave them alone.
            var clean = Directory.EnumerateFiles(Path.Combine(root, "plans"), "*.txt")
                .Concat(Directory.EnumerateFiles(Path.Combine(root, "pdf"), "*.true.txt"))
                .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            var (total, unchanged, speed) = RestorationScore.Unchanged(models, clean);
            AnsiConsole.Write(table);
            Console.WriteLine($"clean texts ({clean.Count} files, {total} syllables): {(double)unchanged / total:P3} unchanged by restore, {speed:N0} syllables/s");
            if (CorpusLocation.Find() is { } c && RealPageSet.SharedRealFolder(c) is { } sharedReal)
            {
                using var pool = new EnginePool(new OcrOptions { Language = "vie" });
                var files = CleanTextCheck.BornDigitalPdfs(sharedReal);
                var check = await new CleanTextCheck(pool, models).RunAsync(files, cancel);
                Console.WriteLine($"clean born-digital, real (Hà Nội: {check.Files} PDFs and text layers, {check.Words:N0} words): {check.Changed} words changed by the pipeline (must be 0)"
                    + (check.LostLetters.Count > 0 ? $" [lost marked letters, not counted: {string.Join("; ", check.LostLetters)}]" : "")
                    + (check.Examples.Count > 0 ? $": {string.Join("; ", check.Examples.Take(8))}" : ""));
                var alone = CleanTextCheck.RestorerAlone(files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)), models.For(models.VietnameseOcr));
                Console.WriteLine($"  the same text layers restored as if vie OCR (the decoder's own no-harm): {alone.Changed} of {alone.Words:N0} words changed"
                    + (alone.Examples.Count > 0 ? $", e.g. {string.Join("; ", alone.Examples.Take(12))}" : ""));
            }
            HunspellLine();
            return 0;
        });
        return command;
    }

    private static void Row(Table table, RestorationModels models, string name, string truth, string raw, string? fullRaw, ChannelModel? channel = null)
    {
        var score = RestorationScore.Measure(models, truth, raw, fullRaw, channel);
        var (before, after) = (score.Before, score.After);
        table.AddRow(Markup.Escape(name), before.Syllables.ToString(CultureInfo.InvariantCulture),
            $"{Figures.Percent(before.SyllableAccuracy)} ({Figures.Percent(before.Cer)})", $"[bold]{Figures.Percent(after.SyllableAccuracy)}[/] ({Figures.Percent(after.Cer)})",
            score.SyllablesPerSecond.ToString("N0", CultureInfo.InvariantCulture) + $" [grey]{score.Channel}[/]");
    }

    // The generated lexicon against hunspell-vi: what each has that the other lacks, and why.
    private static void HunspellLine()
    {
        if (!File.Exists(HunspellCrossCheck.DebianDictionary))
        {
            Console.WriteLine($"lexicon vs hunspell-vi: {HunspellCrossCheck.DebianDictionary} absent (apt-get install hunspell-vi)");
            return;
        }
        var x = HunspellCrossCheck.Compare(HunspellCrossCheck.DebianDictionary);
        static string Some(IReadOnlyList<string> s, int n = 12) => string.Join(' ', s.Take(n)) + (s.Count > n ? " …" : "");
        Console.WriteLine($"lexicon vs hunspell-vi: {x.Shared} syllables shared; hunspell only: {x.Missing.Count} legal by our rules yet not generated (a generator bug if any: {Some(x.Missing)}), "
            + $"{x.OtherTonePlacement.Count} in the other tone placement, {x.Illegal.Count} our rules reject (loans, typos, dialect: {Some(x.Illegal)}), "
            + $"{x.Abbreviations.Count} abbreviations ({Some(x.Abbreviations, 6)}); "
            + $"generated only: {x.GeneratedOnly.Count} legal spellings hunspell lacks (mostly unused: {Some(x.GeneratedOnly, 6)}; the LM's attestation keeps them out of candidate lists)");
    }
}
