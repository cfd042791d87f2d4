using System.CommandLine;
using Ingest.Corpus;
using Ingest.Corpus.Official;
using Ingest.Ocr;

namespace Ingest.App.Commands;

/// <summary><c>ingest corpus pdf TEXT OUT.pdf</c>: makes the corpus' test files.</summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var text = new Argument<FileInfo>("text") { Description = "the true text (UTF-8; form feeds break pages)" };
        var output = new Argument<FileInfo>("out") { Description = "the PDF to write" };
        var pdf = new Command("pdf", "render a text as a born-digital PDF (Liberation Serif 13 pt, A4)") { text, output };
        pdf.SetAction(parse =>
        {
            var input = parse.GetValue(text)!;
            var bytes = BornDigitalPdf.Render(File.ReadAllText(input.FullName));
            File.WriteAllBytes(parse.GetValue(output)!.FullName, bytes);
            return 0;
        });
        var scanText = new Argument<FileInfo>("text") { Description = "the true text (UTF-8; form feeds break pages)" };
        var scanOut = new Argument<FileInfo>("out") { Description = "the PDF to write" };
        var seed = new Option<int>("--seed") { Description = "degradation seed (skew, blur, noise, quality)", DefaultValueFactory = _ => 1 };
        var dpi = new Option<int>("--dpi") { Description = "scan resolution: 200 or 300", DefaultValueFactory = _ => 200 };
        var encoding = new Option<ScanEncoding>("--encoding") { Description = "page image compression", DefaultValueFactory = _ => ScanEncoding.Jpeg };
        var layout = new Option<ScanLayout>("--layout") { Description = "plain: one column as before; official: the layout of Decree 30/2020 with seal, signature, stamp and handwriting", DefaultValueFactory = _ => ScanLayout.Plain };
        var severity = new Option<ScanSeverity?>("--severity") { Description = "mild, office (official layout's default) or harsh degradation; plain layout without it: the older seed degradation" };
        var truthOut = new Option<FileInfo?>("--true-text") { Description = "official layout: where to write the printed text in reading order" };
        var render = new Command("render", "render a text as a scanned PDF (one degraded image per page)") { scanText, scanOut, seed, dpi, encoding, layout, severity, truthOut };
        render.SetAction(parse =>
        {
            var source = File.ReadAllText(parse.GetValue(scanText)!.FullName);
            if (parse.GetValue(layout) == ScanLayout.Plain)
            {
                if (parse.GetValue(truthOut) is not null)
                {
                    Console.Error.WriteLine("--true-text applies to --layout official (a plain scan's true text is its source)");
                    return 2;
                }
                File.WriteAllBytes(parse.GetValue(scanOut)!.FullName, ScanRenderer.Render(source, parse.GetValue(dpi), parse.GetValue(seed), parse.GetValue(encoding), parse.GetValue(severity)));
                return 0;
            }
            var scan = OfficialScanRenderer.Render(source, parse.GetValue(dpi), parse.GetValue(seed), parse.GetValue(encoding), parse.GetValue(severity) ?? ScanSeverity.Office);
            File.WriteAllBytes(parse.GetValue(scanOut)!.FullName, scan.Pdf);
            if (parse.GetValue(truthOut) is { } truth)
            {
                File.WriteAllText(truth.FullName, scan.TrueText);
            }
            return 0;
        });
        var badOut = new Argument<DirectoryInfo>("folder") { Description = "where to write the files (corpus/bad)" };
        var bad = new Command("bad", "write the hostile and broken input files of corpus/bad (needs qpdf); expected.tsv beside them is written by hand") { badOut };
        bad.SetAction(parse =>
        {
            var corpus = CorpusLocation.Find() ?? throw new InvalidOperationException("corpus/ not found above the working folder");
            foreach (var name in BadCorpus.Write(parse.GetValue(badOut)!.FullName, corpus))
            {
                Console.WriteLine(name);
            }
            return 0;
        });
        return new Command("corpus", "make test material for the corpus") { pdf, render, bad };
    }
}
