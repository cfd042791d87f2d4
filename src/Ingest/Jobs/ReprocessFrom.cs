namespace Ingest.Jobs;

/// <summary>The first stage <see cref="Reprocessor"/> runs again; the stages after it follow.</summary>
public enum ReprocessFrom
{
    /// <summary>Restore the pages as read (raw_text), then extract: after a restorer change.</summary>
    Restore,
    /// <summary>Extract from the restored text as stored: after a parser change.</summary>
    Extract,
}
