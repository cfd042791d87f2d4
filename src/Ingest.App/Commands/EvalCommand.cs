using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ingest.Evaluation;
using Ingest.Jobs;
using Ingest.Ocr;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary><c>ingest eval ocr [DIR]</c>: accuracy and speed against the true texts, beside OCRmyPDF.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "folder of PDFs with NAME.true.txt beside each", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("corpus", "scans")) };
        var filter = new Option<string>("--dpi") { Description = "only files whose name contains this (e.g. -200)", DefaultValueFactory = _ => "" };
        var lang = new Option<string>("--lang") { Description = "Tesseract language", DefaultValueFactory = _ => "vie" };
        var noPeer = new Option<bool>("--no-peer") { Description = "skip OCRmyPDF" };
        var ocr = new Command("ocr", "CER, syllable accuracy and pages/s of raw OCR, ours and OCRmyPDF's, in one run") { dir, filter, lang, noPeer };
        ocr.SetAction(async (parse, cancel) =>
        {
            var folder = parse.GetValue(dir)!;
            var files = folder.Exists
                ? folder.EnumerateFiles("*.pdf").Where(f => f.Name.Contains(parse.GetValue(filter)!, StringComparison.Ordinal))
                    .Where(f => File.Exists(TruthOf(f))).OrderBy(f => f.Name, StringComparer.Ordinal).ToList()
                : [];
            if (files.Count == 0)
            {
                Console.Error.WriteLine($"no PDFs with a .true.txt in {folder.FullName}");
                return 2;
            }
            var language = parse.GetValue(lang)!;
            var peer = !parse.GetValue(noPeer) && OcrPeer.IsInstalled;
            if (!parse.GetValue(noPeer) && !peer)
            {
                AnsiConsole.MarkupLine("[yellow]ocrmypdf is not installed: apt-get install ocrmypdf to compare with it[/]");
            }
            using var pool = new EnginePool(new OcrOptions { Language = language });
            var reader = new DocumentReader(pool);
            var table = new Table().Border(TableBorder.Rounded).Title($"Raw OCR ({language}) against the true text")
                .AddColumn("file").AddColumn("pages").AddColumn("ours: syll. acc").AddColumn("CER").AddColumn("s")
                .AddColumn("OCRmyPDF: syll. acc").AddColumn("CER").AddColumn("s");
            TextAccuracy ours = TextAccuracy.Zero, theirs = TextAccuracy.Zero;
            double ourWall = 0, peerWall = 0;
            int pages = 0, worseFiles = 0;
            foreach (var f in files)
            {
                var truth = await File.ReadAllTextAsync(TruthOf(f), cancel);
                var sw = Stopwatch.StartNew();
                var read = await reader.ReadAsync(f.FullName, f.Name, cancel: cancel);
                sw.Stop();
                var text = string.Join('\n', read.Select(p => p.Text));
                var a = TextAccuracy.Measure(truth, text);
                ours += a;
                ourWall += sw.Elapsed.TotalSeconds;
                pages += read.Count;
                var row = new List<string> { f.Name, read.Count.ToString(CultureInfo.InvariantCulture), Figures.Percent(a.SyllableAccuracy), Figures.Percent(a.Cer), Figures.Seconds(sw.Elapsed.TotalSeconds) };
                if (peer)
                {
                    var (peerText, wall) = OcrPeer.Run(f.FullName, language, pool.Size);
                    var b = TextAccuracy.Measure(truth, peerText);
                    theirs += b;
                    peerWall += wall.TotalSeconds;
                    worseFiles += a.CorrectSyllables < b.CorrectSyllables ? 1 : 0;
                    row.AddRange([Figures.Percent(b.SyllableAccuracy), Figures.Percent(b.Cer), Figures.Seconds(wall.TotalSeconds)]);
                }
                else
                {
                    row.AddRange(["—", "—", "—"]);
                }
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }
            table.AddRow("[bold]all[/]", pages.ToString(CultureInfo.InvariantCulture), Figures.Percent(ours.SyllableAccuracy), Figures.Percent(ours.Cer), Figures.Seconds(ourWall),
                peer ? Figures.Percent(theirs.SyllableAccuracy) : "—", peer ? Figures.Percent(theirs.Cer) : "—", peer ? Figures.Seconds(peerWall) : "—");
            AnsiConsole.Write(table);
            Console.WriteLine($"ours: {pages} pages in {ourWall:0.0} s = {pages / ourWall:0.00} pages/s on {pool.Size} engines; syllable accuracy {Figures.Percent(ours.SyllableAccuracy)}, CER {Figures.Percent(ours.Cer)}");
            if (peer)
            {
                Console.WriteLine($"OCRmyPDF 14: {pages} pages in {peerWall:0.0} s = {pages / peerWall:0.00} pages/s (--jobs {pool.Size}); syllable accuracy {Figures.Percent(theirs.SyllableAccuracy)}, CER {Figures.Percent(theirs.Cer)}");
                Console.WriteLine($"wall-time ratio ours/OCRmyPDF = {ourWall / peerWall:0.00}; files where our syllable accuracy is below OCRmyPDF's: {worseFiles} of {files.Count}");
            }
            return 0;
        });
        return new Command("eval", "measure accuracy and speed against the corpus' ground truth") { ocr, EvalRestoreCommand.Create(), EvalExtractCommand.Create() };
    }

    private static string TruthOf(FileInfo pdf) => Path.ChangeExtension(pdf.FullName, ".true.txt");


}
