namespace Ingest.Jobs;

/// <summary>The words a person reads for a <see cref="PipelineStage"/> ("storing the pages"), as the catalog keeps them.</summary>
public static class PipelineStageName
{
    /// <summary>"reading", "restoring", "storing the pages", "extracting", "storing the plans", "storing".</summary>
    public static string Of(PipelineStage stage) => stage switch
    {
        PipelineStage.Reading => "reading",
        PipelineStage.Restoring => "restoring",
        PipelineStage.StoringPages => "storing the pages",
        PipelineStage.Extracting => "extracting",
        PipelineStage.StoringPlans => "storing the plans",
        PipelineStage.Storing => "storing",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}
