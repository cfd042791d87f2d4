using System.CommandLine;
using System.Text;
using Ingest.App.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
if (Console.IsOutputRedirected)
{
    // Spectre assumes 80 columns when it cannot ask a terminal; tables of Vietnamese titles need more.
    Spectre.Console.AnsiConsole.Profile.Width = 160;
}

var root = new RootCommand("Ingest: OCR, restore, parse and search Vietnamese government plans.")
{
    ExtractCommand.Create(),
    OcrCommand.Create(),
    RestoreCommand.Create(),
    AddCommand.Create(),
    SearchCommand.Create(),
    ShowCommand.Create(),
    ExportCommand.Create(),
    DemoCommand.Create(),
    ReindexCommand.Create(),
    ReprocessCommand.Create(),
    FilesCommand.Create(),
    DeleteCommand.Create(),
    VerifyCommand.Create(),
    CorpusCommand.Create(),
    EvalCommand.Create(),
    ModelCommand.Create(),
    ServeCommand.Create(),
    WorkerCommand.Create(),
    UserCommand.Create(),
    TokenCommand.Create(),
};
root.Options.Add(Options.Db);
return await root.Parse(args).InvokeAsync();
