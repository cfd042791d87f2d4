namespace Ingest.Jobs;

/// <summary>
/// One page's image as <see cref="PageImages"/> answers it: the PNG file kept under the archive,
/// or why there is none ("bomb-30000px.pdf: page 1: page image of 30,000 × 30,000 px is over …").
/// </summary>
/// <param name="Status">Ready, not found or refused.</param>
/// <param name="Path">The PNG file when ready.</param>
/// <param name="ETag">The validator of this page's image (content hash, page, resolution): it never changes for them.</param>
/// <param name="Error">The reason, naming file and page, when not ready.</param>
public sealed record PageImageFile(PageImageStatus Status, string? Path, string ETag, string? Error);
