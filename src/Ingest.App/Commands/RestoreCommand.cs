using System.CommandLine;
using System.Text;
using Ingest.Restoration;

namespace Ingest.App.Commands;

/// <summary><c>ingest restore</c>: stdin → stdout, line for line, diacritics and OCR damage restored.</summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var channel = new Option<string>("--channel") { Description = "OCR damage model: auto, eng (English-model OCR) or vie", DefaultValueFactory = _ => "auto" };
        var command = new Command("restore", "restore diacritics and OCR damage: stdin to stdout, line for line") { channel };
        command.SetAction(async (parse, cancel) =>
        {
            using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            var text = await stdin.ReadToEndAsync(cancel);
            var models = RestorationModels.LoadEmbedded();
            var restorer = parse.GetValue(channel) switch
            {
                "eng" => models.For(models.EnglishOcr),
                "vie" => models.For(models.VietnameseOcr),
                _ => models.For(text),
            };
            // Line for line: a trailing newline stays, and so does its absence.
            Console.Out.Write(restorer.Restore(text));
            return 0;
        });
        return command;
    }
}
