namespace Ingest.Jobs;

/// <summary>
/// A progress sink that also hears the stage a file moves into once its pages are read
/// ("restoring", "storing the pages", "extracting", "storing the plans"), so a long
/// restoration does not read as "reading page 4 of 4" on the upload page.
/// </summary>
public interface IStageProgress : IProgress<PageProgress>
{
    void Stage(PipelineStage stage);
}
