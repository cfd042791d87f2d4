using System.CommandLine;
using System.Globalization;
using Ingest.Corpus;
using Ingest.Evaluation;
using Ingest.Ocr;
using Ingest.Restoration;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest eval lowres</c>: the tune table of the upscaling settings — the real set's tune
/// pages as synthetic low-resolution photos and its tune image files, read as they are and
/// upscaled to each target; restored order-free F1 / in order and seconds per page.
/// </summary>
internal static class EvalLowResCommand
{
    public static Command Create()
    {
        var dpis = new Option<int[]>("--dpi") { Description = "resolutions the synthetic pages are made at", DefaultValueFactory = _ => [60, 75, 100, 120, 150], AllowMultipleArgumentsPerToken = true };
        var targets = new Option<int[]>("--to") { Description = "targets pages below them are upscaled to (0: read as they are)", DefaultValueFactory = _ => [0, 200, 250, 300], AllowMultipleArgumentsPerToken = true };
        var lang = new Option<string>("--lang") { Description = "Tesseract language", DefaultValueFactory = _ => "vie" };
        var keep = new Option<string>("--out") { Description = "where the synthetic JPEGs are written", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "ingest-lowres") };
        var perPage = new Option<bool>("--pages") { Description = "a row per page as well" };
        var command = new Command("lowres", "tune the upscaling of low-resolution pages: synthetic low-resolution tune pages and the tune image files, as they are and upscaled") { dpis, targets, lang, keep, perPage };
        command.SetAction(async (parse, cancel) =>
        {
            var corpus = CorpusLocation.Find();
            var shared = corpus is null ? null : RealPageSet.SharedRealFolder(corpus);
            if (corpus is null || shared is null || !File.Exists(RealPageSet.ManifestOf(corpus)))
            {
                Console.Error.WriteLine("lowres: no corpus/real/manifest.tsv or no ../shared/real beside the repository (or $INGEST_SHARED_REAL)");
                return 2;
            }
            var to = parse.GetValue(targets)!;
            var evaluation = new LowResEvaluation(RestorationModels.LoadEmbedded(), new OcrOptions { Language = parse.GetValue(lang)! }, parse.GetValue(keep)!);
            var results = await evaluation.RunAsync(RealPageSet.Load(corpus, shared), parse.GetValue(dpis)!, to, cancel);
            var table = new Table().Border(TableBorder.Rounded).Title("Tune pages by resolution: restored order-free F1 / in order (s per page), read as they are (0) and upscaled to each target")
                .AddColumn("pages");
            foreach (var t in to)
            {
                table.AddColumn(t == 0 ? "as they are" : $"to {t} dpi");
            }
            // A row per resolution the synthetic pages were made at — from the scanned PDFs and
            // from the image files (renderings) apart — and the image files at their own; with
            // --pages, a row per page.
            var rows = results.GroupBy(r => (Images: r.Page.IsImage, Dpi: r.MadeAt == 0 ? r.Dpi : r.MadeAt,
                    Name: parse.GetValue(perPage) ? r.Page.Name : (r.Page.IsImage ? "renderings" : "scans") + (r.MadeAt == 0 ? "" : ", made")))
                .OrderBy(g => g.Key.Images).ThenBy(g => g.Key.Dpi).ThenBy(g => g.Key.Name, StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var cells = new List<string> { $"{row.Key.Name} {row.Key.Dpi} dpi ({row.Count() / to.Length} pages)" };
                foreach (var t in to)
                {
                    var cell = row.Where(r => r.UpscaleTo == t).ToList();
                    var sum = cell.Aggregate(TextAccuracy.Zero, (a, r) => a + r.Restored);
                    cells.Add($"{Figures.Percent(sum.OrderFreeF1)} / {Figures.Percent(sum.SyllableAccuracy)} ({cell.Average(r => r.Seconds).ToString("0.0", CultureInfo.InvariantCulture)})");
                }
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
