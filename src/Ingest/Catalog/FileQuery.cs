namespace Ingest.Catalog;

/// <summary>
/// One page of the document browser: which files (by status; by a document's kind, issuer,
/// year and reviewed mark — one document of the file meeting them all), in what order, which page.
/// </summary>
public sealed record FileQuery
{
    /// <summary>The most files one page may hold.</summary>
    public const int MaxPerPage = 200;

    public FileStatus? Status { get; init; }

    /// <summary>A document kind exactly as the facet lists it ("Kế hoạch").</summary>
    public string? Kind { get; init; }

    /// <summary>An issuer exactly as the facet lists it.</summary>
    public string? Issuer { get; init; }

    public int? Year { get; init; }

    /// <summary>True: files with a document a person marked reviewed; false: files with one not yet reviewed.</summary>
    public bool? Reviewed { get; init; }

    public FileSort Sort { get; init; } = FileSort.Received;

    /// <summary>Largest first (newest, highest number, Z before A); the browser's default for received and date.</summary>
    public bool Descending { get; init; } = true;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PerPage { get; init; } = 50;
}
