using Ingest.Jobs;
using Ingest.Text;

namespace Ingest.Tests.Jobs;

/// <summary>A file's progress names every page as it is read, then each stage after the pages, in order.</summary>
public sealed class StageProgressTests : IDisposable
{
    private readonly TempDir _dir = new();

    private sealed class Recorder : IStageProgress
    {
        public List<string> Events { get; } = [];

        public void Report(PageProgress value)
        {
            lock (Events)
            {
                Events.Add($"page {value.Done}/{value.Total}");
            }
        }

        public void Stage(PipelineStage stage)
        {
            lock (Events)
            {
                Events.Add(stage.Name());
            }
        }
    }

    [Fact]
    public async Task Pages_then_restoring_storing_extracting_in_order()
    {
        using var archive = Archive.Open(_dir.Path);
        var recorder = new Recorder();
        var outcome = await new IngestPipeline(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor)
            .AddAsync(CorpusFiles.Path_("pdf", "004_feedb6838d389360.pdf"), recorder);

        Assert.Equal(IngestStatus.Added, outcome.Status);
        var pages = recorder.Events.TakeWhile(e => e.StartsWith("page ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        // Pages are read in parallel, so their reports may come in any order: each once.
        var total = pages.Count;
        Assert.Equal(
            Enumerable.Range(1, total).Select(i => $"page {i}/{total}"),
            pages.OrderBy(p => int.Parse(p[5..p.IndexOf('/')], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["restoring", "storing the pages", "extracting", "storing the plans"], recorder.Events.Skip(pages.Count));
    }

    public void Dispose() => _dir.Dispose();
}
