using System.CommandLine;
using Ingest.Extraction;
using Ingest.Extraction.Rules;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;

namespace Ingest.App.Commands;

/// <summary><c>ingest extract FILE</c>: a PDF or .txt → the structured record as JSON on stdout.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "a PDF, a JPEG, PNG or TIFF image, or a .txt file" };
        var command = new Command("extract", "print the structured record of a file as JSON") { file };
        command.SetAction(async (parse, cancel) =>
        {
            var info = parse.GetValue(file)!;
            if (!info.Exists)
            {
                Console.Error.WriteLine($"{info.Name}: no such file");
                return 2;
            }
            try
            {
                using var pool = new EnginePool();
                var pages = await new DocumentReader(pool).ReadAsync(info.FullName, info.Name, cancel: cancel);
                var record = OcrEvidence.Extract(new PlanExtractor(RuleBook.LoadEmbedded()), info.Name, pages, new PageRestorer(RestorationModels.LoadEmbedded()).Restore(pages));
                Console.Out.WriteLine(record.ToJson());
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
