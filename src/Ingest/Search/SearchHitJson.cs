using System.Net;

namespace Ingest.Search;

/// <summary>
/// The JSON shape of a search hit, one place for both who print it: `ingest search --json` (one
/// object per line) and the web API's <c>GET /api/search</c>, which adds what a page links and
/// highlights with.
/// </summary>
public static class SearchHitJson
{
    /// <summary>The fields of `ingest search --json`; the snippet's matches between « and ».</summary>
    public static Dictionary<string, object?> Of(SearchHit hit) => new()
    {
        ["source"] = hit.Source,
        ["number"] = hit.Number,
        ["kind"] = hit.Kind,
        ["title"] = hit.Title,
        ["issued_on"] = hit.IssuedOn,
        ["issuer"] = hit.Issuer,
        ["score"] = Math.Round(hit.Score, 4),
        ["snippet"] = hit.Snippet.Marked("«", "»"),
        // The plans flagged as possible duplicates of this one (rescans) that the search also found.
        ["copies"] = hit.Copies.Select(c => new Dictionary<string, object?> { ["plan_id"] = c.PlanId, ["document_id"] = c.FileId, ["source"] = c.Source }).ToList(),
    };

    /// <summary>The same, with the plan's id and the snippet as HTML (text encoded, matches in &lt;mark&gt;).</summary>
    public static Dictionary<string, object?> ForWeb(SearchHit hit)
    {
        var json = Of(hit);
        json["plan_id"] = hit.PlanId;
        json["document_id"] = hit.FileId;
        json["snippet_html"] = hit.Snippet.Marked("<mark>", "</mark>", WebUtility.HtmlEncode);
        return json;
    }
}
