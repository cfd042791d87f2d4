using System.Globalization;
using Ingest.Text;

namespace Ingest.Catalog;

/// <summary>
/// The document browser's queries (issue 18): every file, filtered, sorted and paged in SQL —
/// an archive of 100,000 files is never read whole for one page — with facet counts. The SQL
/// is this type's own text; callers' values go in as parameters only. It runs unchanged on
/// SQLite and PostgreSQL (no dialect's own functions; NULLs placed last explicitly).
/// </summary>
internal sealed class FileBrowser(CatalogDatabase db)
{
    private const int IssuerFacetSize = 30;

    // One condition of the query, named by the facet it narrows ("status", "kind", …), so each
    // facet counts under the other conditions only (choosing a kind leaves the other kinds listed).
    private sealed record Condition(string Facet, string Sql, (string Name, object? Value) Parameter);

    public FileListing Browse(FileQuery query)
    {
        var conditions = Conditions(query);
        var (where, parameters) = Where(conditions, except: null);
        const string From = " FROM documents d LEFT JOIN plans p ON p.document_id = d.id AND p.ordinal = 0";
        var total = Convert.ToInt32(db.Scalar("SELECT count(*)" + From + where, parameters), CultureInfo.InvariantCulture);
        var perPage = Math.Clamp(query.PerPage, 1, FileQuery.MaxPerPage);
        var offset = (long)(Math.Max(query.Page, 1) - 1) * perPage;
        var files = db.Query($"SELECT {PlanCatalog.FileColumns}{From}{where} ORDER BY {Order(query)} LIMIT @limit OFFSET @offset",
            PlanCatalog.ReadFile, [.. parameters, ("limit", perPage), ("offset", offset)]);
        var plans = files.Count == 0 ? [] : db.Query(
            $"SELECT {PlanStore.HeadingColumns} FROM plans WHERE document_id IN ({string.Join(", ", files.Select((_, i) => "@f" + i))}) ORDER BY document_id, ordinal",
            PlanStore.ReadHeading, [.. files.Select((f, i) => ("f" + i, (object?)f.Id))]);
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal)
        {
            ["status"] = Facet(conditions, "status", "d.status", "documents d", "count(*)", int.MaxValue),
            ["kind"] = Facet(conditions, "kind", "f.kind", PlanRows, "count(DISTINCT d.id)", int.MaxValue),
            ["issuer"] = Facet(conditions, "issuer", "f.issuer", PlanRows, "count(DISTINCT d.id)", IssuerFacetSize),
            ["year"] = Facet(conditions, "year", "substr(f.issued_on, 1, 4)", PlanRows, "count(DISTINCT d.id)", int.MaxValue),
        };
        return new FileListing(total, files, plans.ToLookup(p => p.FileId), facets);
    }

    private const string PlanRows = "plans f JOIN documents d ON d.id = f.document_id";

    private IReadOnlyList<FacetCount> Facet(List<Condition> conditions, string facet, string value, string from, string count, int size)
    {
        var (where, parameters) = Where(conditions, except: facet);
        var rows = db.Query($"SELECT {value}, {count} FROM {from}{where}{(where.Length == 0 ? " WHERE " : " AND ")}{value} IS NOT NULL GROUP BY {value}",
            r => new FacetCount(r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)), parameters);
        // Years newest first, the rest most frequent first; ties in the culture-neutral order of the text.
        IEnumerable<FacetCount> ordered = facet == "year"
            ? rows.OrderByDescending(r => r.Value, StringComparer.Ordinal)
            : rows.OrderByDescending(r => r.Count).ThenBy(r => r.Value, StringComparer.Ordinal);
        return [.. ordered.Take(size)];
    }

    private static List<Condition> Conditions(FileQuery q)
    {
        var list = new List<Condition>();
        if (q.Status is { } status)
        {
            list.Add(new("status", "d.status = @status", ("status", status.Name())));
        }
        // A document of the file meets each plan condition; with several, each may be met by a
        // different document of a multi-document file (a cover letter and its plan).
        if (q.Kind is { } kind)
        {
            list.Add(new("kind", "EXISTS (SELECT 1 FROM plans k WHERE k.document_id = d.id AND k.kind = @kind)", ("kind", VietnameseText.Nfc(kind))));
        }
        if (q.Issuer is { } issuer)
        {
            list.Add(new("issuer", "EXISTS (SELECT 1 FROM plans i WHERE i.document_id = d.id AND i.issuer = @issuer)", ("issuer", VietnameseText.Nfc(issuer))));
        }
        if (q.Year is { } year)
        {
            list.Add(new("year", "EXISTS (SELECT 1 FROM plans y WHERE y.document_id = d.id AND y.issued_on LIKE @year)", ("year", year.ToString(CultureInfo.InvariantCulture) + "%")));
        }
        if (q.Reviewed is { } reviewed)
        {
            list.Add(new("reviewed", "EXISTS (SELECT 1 FROM plans r WHERE r.document_id = d.id AND r.reviewed = @reviewed)", ("reviewed", reviewed ? 1 : 0)));
        }
        return list;
    }

    private static (string Sql, (string, object?)[] Parameters) Where(List<Condition> conditions, string? except)
    {
        var used = conditions.Where(c => c.Facet != except).ToList();
        return used.Count == 0 ? ("", []) : (" WHERE " + string.Join(" AND ", used.Select(c => c.Sql)), [.. used.Select(c => c.Parameter)]);
    }

    // Files without documents (queued, failed) have no date, number or issuer: always last.
    private static string Order(FileQuery q)
    {
        var direction = q.Descending ? " DESC" : " ASC";
        return q.Sort switch
        {
            FileSort.Date => $"(p.issued_on IS NULL), p.issued_on{direction}, d.id{direction}",
            FileSort.Number => $"(p.number_value IS NULL), p.number_value{direction}, p.number{direction}, d.id{direction}",
            FileSort.Issuer => $"(p.issuer IS NULL), p.issuer{direction}, d.id{direction}",
            _ => "d.id" + direction,
        };
    }
}
