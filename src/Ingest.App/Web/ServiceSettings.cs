using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;

namespace Ingest.App.Web;

/// <summary>
/// What `ingest serve` and `ingest worker` share: the archive (originals folder, catalog, index),
/// the OCR engine pool, and Hangfire — in memory beside the SQLite catalog by default, in the
/// catalog's PostgreSQL database when <see cref="Db"/> is given, so workers elsewhere share the queue.
/// </summary>
internal sealed record ServiceSettings(string ArchiveDir, string? Db, int Engines, int Jobs)
{
    /// <summary>Registers the archive, the pool, the restoration models, the pipeline, the jobs and Hangfire's storage and server.</summary>
    public void AddTo(IServiceCollection services, string[] queues, int workerCount)
    {
        var archive = Archive.Open(ArchiveDir, Db);
        services.AddSingleton(archive);
        services.AddSingleton(new EnginePool(new OcrOptions { Engines = Math.Max(1, Engines) }));
        // One instance for the process, loaded when the pipeline is first needed (a `serve --jobs 0`
        // that only searches never loads it).
        services.AddSingleton(_ => RestorationModels.LoadEmbedded());
        services.AddSingleton(_ => new Ingest.Extraction.PlanExtractor(Ingest.Extraction.Rules.RuleBook.LoadEmbedded()));
        services.AddSingleton<IngestPipeline>();
        services.AddTransient<FileJob>();
        services.AddTransient<IndexJob>();
        services.AddHangfire(config =>
        {
            config.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (Db is null)
            {
                config.UseInMemoryStorage(new InMemoryStorageOptions());
            }
            else
            {
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(Db), new PostgreSqlStorageOptions
                {
                    // A new job wakes idle workers at once through LISTEN/NOTIFY; the poll is only the
                    // fallback. Polling every 250 ms instead cost each idle process ~6% of a core,
                    // taken from the OCR on a 2-core machine.
                    EnableLongPolling = true,
                    QueuePollInterval = TimeSpan.FromSeconds(5),
                    // A live worker keeps extending its hold on a long file; a dead one's job is
                    // handed to another worker after the timeout.
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromMinutes(2),
                    PrepareSchemaIfNecessary = true,
                });
            }
        });
        services.AddHangfireServer(o =>
        {
            o.Queues = queues;
            o.WorkerCount = Math.Max(1, workerCount);
            o.ServerName = FileJob.WorkerName;
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
        });
    }
}
