using Ingest.Catalog;

namespace Ingest.Jobs;

/// <summary>
/// What became of one uploaded file: stored (its catalog entry, new or the one already holding
/// the same content), or refused with the one-line reason — its bytes not kept anywhere.
/// </summary>
/// <param name="Source">The file name as sent.</param>
/// <param name="Stored">The catalog entry, when stored.</param>
/// <param name="Error">Why it was refused ("photo.pdf: not a PDF: it is a JPEG image"), when refused.</param>
/// <param name="AlreadyArchived">True when the archive held the same bytes before (under this name or another): <paramref name="Stored"/> is that entry, nothing was stored twice.</param>
public sealed record UploadResult(string Source, StoredFile? Stored, string? Error, bool AlreadyArchived = false)
{
    /// <summary>Why it was refused, as a code, when refused.</summary>
    public UploadRefusal? Refusal { get; init; }

    /// <summary>True when the file was refused and nothing of it kept.</summary>
    public bool Refused => Stored is null;

    /// <summary>"already in the archive as NAME (document ID)" when the bytes were there before, else null.</summary>
    public string? Message => AlreadyArchived && Stored is { } s ? Describe(s) : null;

    /// <summary>What a person is told of bytes the archive already holds: the entry's name and id.</summary>
    public static string Describe(StoredFile file) =>
        $"already in the archive as {file.FileName} (document {file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
