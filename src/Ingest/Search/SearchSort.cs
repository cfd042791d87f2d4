namespace Ingest.Search;

/// <summary>The order of a search's hits.</summary>
public enum SearchSort
{
    /// <summary>Best match first (the default); equal scores by catalog id.</summary>
    Relevance,

    /// <summary>Newest issued date first; plans without a date last.</summary>
    Newest,

    /// <summary>Oldest issued date first; plans without a date last.</summary>
    Oldest,
}
