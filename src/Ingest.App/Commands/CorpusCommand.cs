using System.CommandLine;
using Ingest.Corpus;

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
        return new Command("corpus", "make test material for the corpus") { pdf };
    }
}
