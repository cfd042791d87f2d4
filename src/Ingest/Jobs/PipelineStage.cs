namespace Ingest.Jobs;

/// <summary>What the pipeline is doing to a file; shown on the upload page and named in the reason a file failed.</summary>
public enum PipelineStage
{
    /// <summary>Text layers read, scans OCR'd.</summary>
    Reading,

    /// <summary>Diacritics restored.</summary>
    Restoring,

    /// <summary>Page texts written to the catalog.</summary>
    StoringPages,

    /// <summary>The record parsed.</summary>
    Extracting,

    /// <summary>The record's plans written to the catalog.</summary>
    StoringPlans,

    /// <summary>A reprocessed file's new texts and plans written.</summary>
    Storing,
}
