using System.Globalization;

namespace Ingest.Catalog;

/// <summary>
/// Possible duplicates (issue 18: rescans multiply). A plan is a possible duplicate of a plan of
/// an earlier file when both have the same number, issued date and issuer — read from the plans
/// table at each lookup, so a person's correction of those fields counts at once — or when their
/// texts are near-identical, as recorded by <see cref="Replace"/> when the file was indexed.
/// The original is always of an earlier file, so two plans are never each other's copy.
/// </summary>
public sealed class DuplicateStore
{
    /// <summary>The reason given for a match of number, date and issuer.</summary>
    public const string SameHeader = "same number, date and issuer";

    // SQLite allows 32,766 parameters; ids are written into the statement (they are numbers), in chunks.
    private const int Chunk = 500;

    private readonly CatalogDatabase _db;

    internal DuplicateStore(CatalogDatabase db) => _db = db;

    /// <summary>Replaces the text findings of a file's documents by <paramref name="found"/>.</summary>
    public void Replace(long fileId, IReadOnlyList<TextDuplicate> found)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        CatalogDatabase.Run(connection, tx, "DELETE FROM plan_duplicates WHERE document_id = @doc", ("doc", fileId));
        foreach (var f in found)
        {
            CatalogDatabase.Run(connection, tx, """
                INSERT INTO plan_duplicates(document_id, ordinal, original_document_id, original_ordinal, similarity)
                SELECT @doc, @ord, document_id, ordinal, @sim FROM plans WHERE id = @original
                """, ("doc", fileId), ("ord", f.Ordinal), ("original", f.OriginalPlanId), ("sim", f.Similarity));
        }
        tx.Commit();
    }

    /// <summary>The finding for one plan, or null when it is not a possible duplicate.</summary>
    public PossibleDuplicate? Of(long planId) => Of([planId]).GetValueOrDefault(planId);

    /// <summary>The findings for these plans, by plan id (a plan with none is absent).</summary>
    public IReadOnlyDictionary<long, PossibleDuplicate> Of(IReadOnlyCollection<long> planIds)
    {
        var found = new Dictionary<long, PossibleDuplicate>();
        foreach (var chunk in planIds.Distinct().Chunk(Chunk))
        {
            // The ids go in as parameters (@p0, @p1, …), never as text in the SQL.
            Collect(found, "(" + string.Join(", ", chunk.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture))) + ")",
                [.. chunk.Select((id, i) => ("p" + i.ToString(CultureInfo.InvariantCulture), (object?)id))]);
        }
        return found;
    }

    /// <summary>Every plan's original, by plan id (for rebuilding the index).</summary>
    public IReadOnlyDictionary<long, long> OriginalsOfAll()
    {
        var found = new Dictionary<long, PossibleDuplicate>();
        Collect(found, null, []);
        return found.ToDictionary(kv => kv.Key, kv => kv.Value.OriginalPlanId);
    }

    /// <summary>These plans' originals, by plan id (a plan with none is absent).</summary>
    public IReadOnlyDictionary<long, long> OriginalsOf(IReadOnlyCollection<long> planIds) =>
        Of(planIds).ToDictionary(kv => kv.Key, kv => kv.Value.OriginalPlanId);

    // Number, date and issuer first (the stronger reason), then the text findings; for each plan
    // the earliest original, which is the first of its copies.
    private void Collect(Dictionary<long, PossibleDuplicate> found, string? ids, (string Name, object? Value)[] parameters)
    {
        var where = ids is null ? "" : " AND p.id IN " + ids;
        _db.Query($"""
            SELECT p.id, o.id, o.document_id, d.file_name, o.number
            FROM plans p
            JOIN plans o ON o.number_key = p.number_key AND o.issued_on = p.issued_on AND o.issuer = p.issuer AND o.document_id < p.document_id
            JOIN documents d ON d.id = o.document_id
            WHERE p.number_key IS NOT NULL{where}
            ORDER BY p.id, o.id
            """, r =>
        {
            found.TryAdd(r.GetInt64(0), new PossibleDuplicate(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), SameHeader));
            return 0;
        }, parameters);
        _db.Query($"""
            SELECT p.id, o.id, o.document_id, d.file_name, o.number, x.similarity
            FROM plan_duplicates x
            JOIN plans p ON p.document_id = x.document_id AND p.ordinal = x.ordinal
            JOIN plans o ON o.document_id = x.original_document_id AND o.ordinal = x.original_ordinal
            JOIN documents d ON d.id = o.document_id
            WHERE o.document_id < p.document_id{where}
            ORDER BY p.id, o.id
            """, r =>
        {
            found.TryAdd(r.GetInt64(0), new PossibleDuplicate(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                $"text {Math.Floor(r.GetDouble(5) * 100).ToString(CultureInfo.InvariantCulture)}% the same")
            { Similarity = r.GetDouble(5) });
            return 0;
        }, parameters);
    }
}
