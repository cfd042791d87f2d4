using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Ingest.Extraction;

namespace Ingest.Catalog;

/// <summary>
/// The plans extracted from each file — their record, and its references, deadlines, quotas and
/// targets as rows (<see cref="PlanItems"/>) — and the lookups the CLI, the web and the index make.
/// </summary>
public sealed class PlanStore
{
    private const string Columns = """
        SELECT p.id, p.document_id, d.file_name, p.ordinal, p.record_json, p.page, p.body
        FROM plans p JOIN documents d ON d.id = p.document_id
        """;

    private readonly CatalogDatabase _db;

    internal PlanStore(CatalogDatabase db) => _db = db;

    /// <summary>Replaces the plans extracted from a file and returns them as stored.</summary>
    public IReadOnlyList<StoredPlan> Save(long fileId, PlanRecord record)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        CatalogDatabase.Run(connection, tx, "DELETE FROM plans WHERE document_id = @doc", ("doc", fileId));
        var stored = new List<StoredPlan>();
        for (var i = 0; i < record.Documents.Count; i++)
        {
            var d = record.Documents[i];
            using var cmd = PlanCatalog.Command(connection, """
                INSERT INTO plans(document_id, ordinal, kind, number, number_key, issuer, place, issued_on, title,
                                  period_from, period_to, page, record_json, body)
                VALUES (@doc, @ord, @kind, @number, @key, @issuer, @place, @on, @title, @from, @to, @page, @json, @body)
                RETURNING id
                """,
                ("doc", fileId), ("ord", i), ("kind", d.Kind), ("number", d.Number),
                ("key", d.Number is null ? null : DocumentNumber.Key(d.Number)), ("issuer", d.Issuer), ("place", d.Place),
                ("on", d.IssuedOn?.ToString()), ("title", d.Title), ("from", d.Period?.From), ("to", d.Period?.To),
                ("page", d.Page), ("json", JsonSerializer.Serialize(d, PlanRecord.JsonOptions)), ("body", d.Text));
            cmd.Transaction = tx;
            var id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
            PlanItems.Save(connection, tx, id, d);
            stored.Add(new StoredPlan(id, fileId, record.Source, i, d));
        }
        tx.Commit();
        return stored;
    }

    /// <summary>Every stored plan, in file then reading order.</summary>
    public IReadOnlyList<StoredPlan> All() => Query(Columns + " ORDER BY p.document_id, p.ordinal");

    /// <summary>The plans whose number is this one, typed any way ("11325 kh-ubnd").</summary>
    public IReadOnlyList<StoredPlan> ByNumber(string number) =>
        Query(Columns + " WHERE p.number_key = @key ORDER BY p.document_id, p.ordinal", ("key", DocumentNumber.Key(number)));

    /// <summary>The plans that cite this number, typed any way (from the plan_references table).</summary>
    public IReadOnlyList<StoredPlan> Citing(string number) =>
        Query(Columns + " WHERE p.id IN (SELECT plan_id FROM plan_references WHERE number_key = @key) ORDER BY p.document_id, p.ordinal", ("key", DocumentNumber.Key(number)));

    /// <summary>The plans with a deadline due on this ISO day, in this month or in this year ("2023-11").</summary>
    public IReadOnlyList<StoredPlan> Due(string isoPrefix) =>
        Query(Columns + " WHERE p.id IN (SELECT plan_id FROM plan_deadlines WHERE due = @key OR due LIKE @pattern) ORDER BY p.document_id, p.ordinal",
            ("key", isoPrefix), ("pattern", isoPrefix + "-%"));

    /// <summary>The plans of one file.</summary>
    public IReadOnlyList<StoredPlan> Of(long fileId) =>
        Query(Columns + " WHERE p.document_id = @doc ORDER BY p.document_id, p.ordinal", ("doc", fileId));

    /// <summary>One plan by its catalog id, if any.</summary>
    public StoredPlan? Get(long planId) => Query(Columns + " WHERE p.id = @id", ("id", planId)).FirstOrDefault();

    /// <summary>The ids of every stored plan, without reading their records.</summary>
    public IReadOnlyList<long> Ids() => _db.Query("SELECT id FROM plans ORDER BY id", r => r.GetInt64(0));

    /// <summary>
    /// The headings (kind, number, title) of the plans of every file from id <paramref name="fromFileId"/>
    /// on, from the plans table's columns, without reading the records.
    /// </summary>
    public IReadOnlyList<PlanHeading> Headings(long fromFileId = 0) =>
        _db.Query("SELECT id, document_id, kind, number, title FROM plans WHERE document_id >= @from ORDER BY document_id, ordinal",
            r => new PlanHeading(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)),
            ("from", fromFileId));

    private List<StoredPlan> Query(string sql, params (string Name, object? Value)[] parameters) => _db.Query(sql, Read, parameters);

    private static StoredPlan Read(DbDataReader r)
    {
        var doc = JsonSerializer.Deserialize<PlanDocument>(r.GetString(4), PlanRecord.JsonOptions)! with { Page = r.GetInt32(5), Text = r.GetString(6) };
        return new StoredPlan(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), doc);
    }
}
