using System.CommandLine;
using Ingest.App.Web;
using Microsoft.Extensions.Hosting;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest worker --db CONNECTION --archive DIR</c>: processes queued files from the shared
/// PostgreSQL queue on this machine; the archive folder is where the originals are (a shared
/// mount). It writes the catalog only; `ingest serve` indexes what it finishes.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var archive = Options.Archive();
        var engines = new Option<int>("--engines") { Description = "OCR engines (one per core, each single-threaded)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var jobs = new Option<int>("--jobs") { Description = "files processed at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("worker", "process queued files from the shared PostgreSQL queue (needs --db)") { archive, engines, jobs };
        command.SetAction(async (parse, cancel) =>
        {
            var db = parse.GetValue(Options.Db);
            if (string.IsNullOrWhiteSpace(db))
            {
                Console.Error.WriteLine("worker: needs --db \"Host=…;Database=…\" (or $INGEST_DB): workers share the service's PostgreSQL catalog and queue");
                return 2;
            }
            var settings = new ServiceSettings(parse.GetValue(archive)!, db, parse.GetValue(engines), parse.GetValue(jobs));
            var builder = Host.CreateApplicationBuilder();
            settings.AddTo(builder.Services, ["default"], settings.Jobs);
            using var host = builder.Build();
            Console.Error.WriteLine($"worker {Ingest.Jobs.FileJob.WorkerName}: {settings.Jobs} job(s), {settings.Engines} engine(s), originals in {Path.GetFullPath(settings.ArchiveDir)}");
            await host.RunAsync(cancel);
            return 0;
        });
        return command;
    }
}
