using Ingest.Catalog;

namespace Ingest.Jobs;

/// <summary>
/// What became of one uploaded file: stored (its catalog entry, new or the one already holding
/// the same content), or refused with the one-line reason — its bytes not kept anywhere.
/// </summary>
/// <param name="Source">The file name as sent.</param>
/// <param name="Stored">The catalog entry, when stored.</param>
/// <param name="Error">Why it was refused ("photo.pdf: not a PDF: it is a JPEG image"), when refused.</param>
public sealed record UploadResult(string Source, StoredFile? Stored, string? Error)
{
    /// <summary>True when the file was refused and nothing of it kept.</summary>
    public bool Refused => Stored is null;
}
