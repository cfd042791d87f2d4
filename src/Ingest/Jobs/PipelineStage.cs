using System.Text.Json.Serialization;

namespace Ingest.Jobs;

/// <summary>What the pipeline is doing to a file; shown on the upload page and named in the reason a file failed, in the words of its attributes.</summary>
public enum PipelineStage
{
    /// <summary>Text layers read, scans OCR'd.</summary>
    [JsonStringEnumMemberName("reading")]
    Reading,

    /// <summary>Diacritics restored.</summary>
    [JsonStringEnumMemberName("restoring")]
    Restoring,

    /// <summary>Page texts written to the catalog.</summary>
    [JsonStringEnumMemberName("storing the pages")]
    StoringPages,

    /// <summary>The record parsed.</summary>
    [JsonStringEnumMemberName("extracting")]
    Extracting,

    /// <summary>The record's plans written to the catalog.</summary>
    [JsonStringEnumMemberName("storing the plans")]
    StoringPlans,

    /// <summary>A reprocessed file's new texts and plans written.</summary>
    [JsonStringEnumMemberName("storing")]
    Storing,
}
