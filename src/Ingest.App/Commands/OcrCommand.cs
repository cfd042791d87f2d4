using System.CommandLine;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;

namespace Ingest.App.Commands;

/// <summary><c>ingest ocr FILE.pdf [--lang vie] [--raw]</c>: the text of every page, pages separated by form feeds.</summary>
internal static class OcrCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "a PDF (scanned or born-digital), or a JPEG, PNG or TIFF image" };
        var lang = new Option<string>("--lang") { Description = "Tesseract language(s)", DefaultValueFactory = _ => "vie" };
        var raw = new Option<bool>("--raw") { Description = "print the text as read, without diacritic restoration" };
        var verbose = new Option<bool>("--verbose") { Description = "print each page's source, confidence and time to stderr" };
        var asRead = new Option<bool>("--as-read") { Description = "Tesseract's text as it gives it: header and closing tables row by row, seal and stamp noise kept" };
        var command = new Command("ocr", "print a PDF's text: text layers kept, scans OCR'd") { file, lang, raw, verbose, asRead };
        command.SetAction(async (parse, cancel) =>
        {
            var info = parse.GetValue(file)!;
            if (!info.Exists)
            {
                Console.Error.WriteLine($"{info.Name}: no such file");
                return 2;
            }
            using var pool = new EnginePool(new OcrOptions { Language = parse.GetValue(lang)!, ReadHeaderColumns = !parse.GetValue(asRead), DropNoise = !parse.GetValue(asRead) });
            try
            {
                var pages = await new DocumentReader(pool).ReadAsync(info.FullName, info.Name, cancel: cancel);
                var texts = parse.GetValue(raw) ? pages.Select(p => p.Text).ToList() : new PageRestorer(RestorationModels.LoadEmbedded()).Restore(pages);
                for (var i = 0; i < pages.Count; i++)
                {
                    if (i > 0)
                    {
                        Console.Out.Write('\f');
                    }
                    Console.Out.WriteLine(texts[i]);
                    if (parse.GetValue(verbose))
                    {
                        var p = pages[i];
                        Console.Error.WriteLine($"page {p.Number}: {p.Source} conf={p.Confidence?.ToString() ?? "-"} {p.Elapsed.TotalSeconds:0.00}s ({p.Note})");
                    }
                }
                return 0;
            }
            catch (BadInputException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
