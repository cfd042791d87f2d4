namespace Ingest.Jobs;

/// <summary>What kind of disagreement <see cref="ArchiveVerifier"/> found.</summary>
public enum MismatchKind
{
    /// <summary>A catalog document whose original is not under originals/.</summary>
    MissingOriginal,
    /// <summary>An original whose bytes no longer hash to the catalog's SHA-256.</summary>
    AlteredOriginal,
    /// <summary>A file under originals/ no catalog document claims.</summary>
    StrayOriginal,
    /// <summary>A catalog row that breaks the catalog's own rules (status, hash, page count, error).</summary>
    BadCatalogRow,
    /// <summary>A plan in the catalog that the index lacks.</summary>
    NotIndexed,
    /// <summary>A plan in the index that the catalog lacks.</summary>
    NotInCatalog,
    /// <summary>A plan the index holds differently from the catalog (another number, or twice).</summary>
    IndexDiffers,
}

/// <summary>One disagreement between the catalog, the originals and the index, as one line for the user.</summary>
public sealed record ArchiveMismatch(MismatchKind Kind, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
