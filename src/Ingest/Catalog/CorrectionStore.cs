using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Extraction;

namespace Ingest.Catalog;

/// <summary>
/// People's corrections to records, stored apart from the machine's reading and laid over it
/// whenever a file's plans are saved — so `ingest reprocess` re-reads the pages and keeps every
/// correction, and search, exports and `ingest show` see the corrected record.
/// </summary>
public sealed class CorrectionStore
{
    /// <summary>The record's fields a person may set, in its JSON names.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        "kind", "number", "issuer", "place", "issued_on", "title", "period", "signer",
        "references", "deadlines", "quotas", "targets", "reviewed",
    };

    private readonly CatalogDatabase _db;

    internal CorrectionStore(CatalogDatabase db) => _db = db;

    /// <summary>Records that <paramref name="actor"/> set <paramref name="field"/> of document <paramref name="ordinal"/> of a file.</summary>
    public void Add(long fileId, int ordinal, string field, string? oldJson, string newJson, string actor) =>
        _db.Run("INSERT INTO corrections(document_id, ordinal, field, old_json, new_json, actor, at) VALUES (@file, @ord, @field, @old, @new, @actor, @at)",
            ("file", fileId), ("ord", ordinal), ("field", field), ("old", oldJson), ("new", newJson), ("actor", actor),
            ("at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

    /// <summary>The corrections of a file's documents, oldest first.</summary>
    public IReadOnlyList<Correction> Of(long fileId) =>
        _db.Query("SELECT id, document_id, ordinal, field, old_json, new_json, actor, at FROM corrections WHERE document_id = @file ORDER BY id",
            r => new Correction(r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5),
                r.GetString(6), DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture)),
            ("file", fileId));

    /// <summary>
    /// <paramref name="document"/> with <paramref name="corrections"/> laid over it in order (the
    /// last one of a field wins), and the fields a person set listed in <see cref="PlanDocument.Corrected"/>.
    /// </summary>
    public static PlanDocument Apply(PlanDocument document, IEnumerable<Correction> corrections)
    {
        var list = corrections.ToList();
        if (list.Count == 0)
        {
            return document;
        }
        var node = JsonSerializer.SerializeToNode(document, PlanRecord.JsonOptions)!.AsObject();
        foreach (var c in list)
        {
            node[c.Field] = JsonNode.Parse(c.NewJson);
        }
        var set = list.Select(c => c.Field).Where(f => f != "reviewed").Concat(document.Corrected ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var corrected = node.Deserialize<PlanDocument>(PlanRecord.JsonOptions)!;
        return corrected with { Corrected = set.Count == 0 ? null : set, Page = document.Page, Text = document.Text };
    }
}
