using System.CommandLine;
using Hangfire;
using Ingest.App.Web;
using Ingest.Jobs;

namespace Ingest.App.Commands;

/// <summary>
/// <c>ingest serve [--urls http://127.0.0.1:5000]</c>: the web UI, the JSON API and a Hangfire
/// server. Embedded by default (in-memory queue, SQLite catalog); with --db, the queue and the
/// catalog live in PostgreSQL and `ingest worker` processes elsewhere share the work.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var archive = Options.Archive();
        var urls = new Option<string>("--urls") { Description = "where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var engines = new Option<int>("--engines") { Description = "OCR engines (one per core, each single-threaded)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var jobs = new Option<int>("--jobs") { Description = "files processed at once here (0: leave them to `ingest worker`s)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var dashboard = new Option<bool>("--remote-dashboard") { Description = "let other machines open the Hangfire dashboard at /jobs (default: local requests only)" };
        var command = new Command("serve", "the web UI, JSON API and background jobs") { archive, urls, engines, jobs, dashboard };
        command.SetAction(async (parse, cancel) =>
        {
            // One writer per archive (the index's): held until the service stops; the OS drops it on a crash.
            using var writeLock = Options.HoldArchive(parse.GetValue(archive)!, "serve", parse.GetValue(urls));
            if (writeLock is null)
            {
                return 2;
            }
            var settings = new ServiceSettings(parse.GetValue(archive)!, parse.GetValue(Options.Db), parse.GetValue(engines), parse.GetValue(jobs));
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(parse.GetValue(urls)!);
            builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1L << 30);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // The index queue is always served here (the index's one writer); files only when --jobs > 0.
            settings.AddTo(builder.Services, settings.Jobs > 0 ? [IndexJob.Queue, "default"] : [IndexJob.Queue], settings.Jobs + 1);
            var app = builder.Build();
            var store = app.Services.GetRequiredService<Archive>();
            if (ServiceRecovery.LevelIndex(store))
            {
                Console.Error.WriteLine("serve: the index did not match the catalog; rebuilt it");
            }
            var requeued = ServiceRecovery.RequeueOrphans(store, app.Services.GetRequiredService<JobStorage>(), app.Services.GetRequiredService<IBackgroundJobClient>());
            if (requeued > 0)
            {
                Console.Error.WriteLine($"serve: {requeued} unfinished file(s) queued again");
            }
            app.MapIngestApi();
            app.MapIngestUi();
            app.UseHangfireDashboard("/jobs", new DashboardOptions
            {
                Authorization = parse.GetValue(dashboard) ? [new OpenDashboard()] : [new Hangfire.Dashboard.LocalRequestsOnlyAuthorizationFilter()],
                DashboardTitle = "Ingest jobs",
            });
            Console.Error.WriteLine($"serve: listening on {parse.GetValue(urls)}; catalog {store.Catalog.Location}; jobs {settings.Jobs}");
            await app.RunAsync(cancel);
            return 0;
        });
        return command;
    }

    private sealed class OpenDashboard : Hangfire.Dashboard.IDashboardAuthorizationFilter
    {
        public bool Authorize(Hangfire.Dashboard.DashboardContext context) => true;
    }
}
