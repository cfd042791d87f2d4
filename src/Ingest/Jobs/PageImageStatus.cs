namespace Ingest.Jobs;

/// <summary>Whether a page image can be shown.</summary>
public enum PageImageStatus
{
    /// <summary>Rendered (now or before) and kept under the archive.</summary>
    Ready,
    /// <summary>No such page, or no original to render it from.</summary>
    NotFound,
    /// <summary>The page is over the pixel limit, or cannot be read or rendered: the error says which.</summary>
    Refused,
}
