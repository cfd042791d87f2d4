using System.CommandLine;
using Hangfire;
using Hangfire.Dashboard;
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
        var hosts = new Option<string[]>("--allowed-hosts")
        {
            Description = "host names the service answers to, besides loopback's (e.g. archive.example.gov.vn); others are refused",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("serve", "the web UI, JSON API and background jobs") { archive, urls, engines, jobs, hosts };
        var limits = new LimitOptions();
        limits.AddTo(command);
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
            // One set of limits for what is uploaded and what is processed, as `ingest add` has.
            builder.Services.AddSingleton(limits.Read(parse));
            builder.Services.AddIngestAccess(AllowedHosts(parse.GetValue(urls)!, parse.GetValue(hosts) ?? []), Path.Combine(Path.GetFullPath(settings.ArchiveDir), "keys"));
            // The key ring is kept unencrypted in the archive's keys/ folder (its file rights guard it, as
            // they guard the catalog); saying so at every start is noise.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
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
            app.UseErrorAnswers();
            app.UseIngestAccess();
            app.MapIngestAccounts();
            app.MapIngestApi();
            app.MapIngestUi();
            // Admins only; its buttons post with the antiforgery token (Hangfire checks it with the same service).
            app.UseHangfireDashboard("/jobs", new DashboardOptions { Authorization = [new AdminsOnly()], DashboardTitle = "Ingest jobs" });
            Console.Error.WriteLine($"serve: listening on {parse.GetValue(urls)}; catalog {store.Catalog.Location}; jobs {settings.Jobs}");
            if (store.Catalog.Accounts.FirstAdmin(TimeSpan.FromDays(1)) is { } link)
            {
                // As Jupyter prints its token URL: the one way in for the first person.
                Console.Error.WriteLine($"serve: no account yet; open {parse.GetValue(urls)!.TrimEnd('/')}/login/once?token={link} to sign in as admin and set a password (the link works once, for 24 hours)");
            }
            await app.RunAsync(cancel);
            return 0;
        });
        return command;
    }

    // The host names to answer to: loopback's, the --urls host, and those given.
    private static string[] AllowedHosts(string urls, IEnumerable<string> extra) =>
        [.. AccessControl.LoopbackHosts
            .Concat(urls.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(u => Uri.TryCreate(u.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Host : null).OfType<string>())
            .Concat(extra.SelectMany(h => h.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Where(h => h is not ("0.0.0.0" or "[::]"))
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private sealed class AdminsOnly : Hangfire.Dashboard.IDashboardAuthorizationFilter
    {
        public bool Authorize(Hangfire.Dashboard.DashboardContext context) => context.GetHttpContext().User.IsInRole(AccessControl.Admin);
    }
}
