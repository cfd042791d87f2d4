namespace Ingest.Search;

/// <summary>Field names of the plan index.</summary>
public static class PlanFields
{
    public const string Id = "id";
    public const string Source = "source";
    /// <summary>The catalog id of the file the plan came from: a file's plans are replaced together.</summary>
    public const string File = "document"; // the catalog id of the file; the stored name kept so existing indexes still read
    public const string Ordinal = "ordinal";
    public const string Kind = "kind";
    /// <summary>The kind without marks, so <c>kind:"ke hoach"</c> finds "Kế hoạch".</summary>
    public const string KindFolded = "kind_folded";
    public const string Number = "number";
    /// <summary><see cref="Extraction.DocumentNumber.Key"/> of the number: every typing of it is one term.</summary>
    public const string NumberKey = "number_key";
    /// <summary>Keys of the numbers the document cites.</summary>
    public const string Cites = "cites";
    public const string Issuer = "issuer";
    public const string IssuerFolded = "issuer_folded";
    public const string IssuedOn = "issued_on";
    /// <summary>The year of issued_on ("2017"), for <c>year:2017</c>.</summary>
    public const string IssuedYear = "issued_year";
    /// <summary>
    /// Each deadline's due as written ("2023-11-30"), with its year-month and year ("2023-11",
    /// "2023"), so <c>due:2023-11</c> finds a plan whose deadline falls on any day of that month.
    /// </summary>
    public const string Due = "due";
    public const string Title = "title";
    public const string TitleFolded = "title_folded";
    public const string Text = "text";
    public const string TextFolded = "text_folded";
    /// <summary>The catalog id as a doc value: equal scores, and equal dates, are ordered by it.</summary>
    public const string IdSort = "id_sort";
    /// <summary>issued_on as a number (20170512; a partial date's missing parts 0), a doc value for sorting by date.</summary>
    public const string IssuedSort = "issued_sort";
    /// <summary>"1" on a plan flagged as a possible duplicate of another, so a search finds the copies among its matches at once.</summary>
    public const string IsCopy = "is_copy";
    /// <summary>The catalog id of the plan a copy is a possible duplicate of (stored).</summary>
    public const string CopyOf = "copy_of";
    /// <summary>Facet dimensions (SortedSetDocValuesFacetField): the kind as written, the issuer as written, the year of issue.</summary>
    public const string FacetKind = "kind";
    public const string FacetIssuer = "issuer";
    public const string FacetYear = "year";
}
