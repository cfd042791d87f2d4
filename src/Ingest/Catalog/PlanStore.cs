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
    private readonly CorrectionStore _corrections;

    internal PlanStore(CatalogDatabase db, CorrectionStore corrections) => (_db, _corrections) = (db, corrections);

    /// <summary>
    /// Replaces the plans extracted from a file and returns them as stored — with people's
    /// corrections of its documents laid over the machine's reading (issue 18).
    /// </summary>
    public IReadOnlyList<StoredPlan> Save(long fileId, PlanRecord record)
    {
        var corrections = _corrections.Of(fileId);
        if (corrections.Count > 0)
        {
            record = record with { Documents = [.. record.Documents.Select((d, i) => CorrectionStore.Apply(d, corrections.Where(c => c.Ordinal == i)))] };
        }
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        CatalogDatabase.Run(connection, tx, "DELETE FROM plans WHERE document_id = @doc", ("doc", fileId));
        var stored = new List<StoredPlan>();
        for (var i = 0; i < record.Documents.Count; i++)
        {
            var d = record.Documents[i];
            using var cmd = PlanCatalog.Command(connection, """
                INSERT INTO plans(document_id, ordinal, kind, number, number_key, number_value, issuer, place, issued_on, title,
                                  period_from, period_to, page, record_json, body, reviewed)
                VALUES (@doc, @ord, @kind, @number, @key, @value, @issuer, @place, @on, @title, @from, @to, @page, @json, @body, @reviewed)
                RETURNING id
                """,
                ("doc", fileId), ("ord", i), ("kind", d.Kind), ("number", d.Number), ("value", NumberValue(d.Number)), ("reviewed", d.Reviewed ? 1 : 0),
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

    /// <summary>Replaces one stored plan's record in place (its id stays): a correction.</summary>
    public StoredPlan Update(StoredPlan plan, PlanDocument document)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        CatalogDatabase.Run(connection, tx, """
            UPDATE plans SET kind = @kind, number = @number, number_key = @key, number_value = @value, issuer = @issuer, place = @place,
                issued_on = @on, title = @title, period_from = @from, period_to = @to, record_json = @json, reviewed = @reviewed WHERE id = @id
            """,
            ("kind", document.Kind), ("number", document.Number), ("value", NumberValue(document.Number)), ("reviewed", document.Reviewed ? 1 : 0), ("key", document.Number is null ? null : DocumentNumber.Key(document.Number)),
            ("issuer", document.Issuer), ("place", document.Place), ("on", document.IssuedOn?.ToString()), ("title", document.Title),
            ("from", document.Period?.From), ("to", document.Period?.To), ("json", JsonSerializer.Serialize(document, PlanRecord.JsonOptions)), ("id", plan.Id));
        foreach (var table in (string[])["plan_references", "plan_deadlines", "plan_quotas", "plan_targets"])
        {
            // The table names are this list's, never a caller's.
            CatalogDatabase.Run(connection, tx, "DELETE FROM " + table + " WHERE plan_id = @id", ("id", plan.Id));
        }
        PlanItems.Save(connection, tx, plan.Id, document);
        tx.Commit();
        return plan with { Document = document };
    }

    /// <summary>The number's leading digits ("58/KH-UBND" → 58), so the document browser sorts numbers as numbers.</summary>
    internal static long? NumberValue(string? number)
    {
        var digits = number is null ? 0 : number.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and <= 15 ? long.Parse(number.AsSpan(0, digits), CultureInfo.InvariantCulture) : null;
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
        _db.Query($"SELECT {HeadingColumns} FROM plans WHERE document_id >= @from ORDER BY document_id, ordinal", ReadHeading, ("from", fromFileId));

    // A plan's heading columns, read by ReadHeading (the upload list and the document browser).
    internal const string HeadingColumns = "id, document_id, kind, number, title, issuer, issued_on, reviewed";

    internal static PlanHeading ReadHeading(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4))
        {
            Issuer = r.IsDBNull(5) ? null : r.GetString(5),
            IssuedOn = r.IsDBNull(6) ? null : r.GetString(6),
            Reviewed = Convert.ToInt64(r.GetValue(7), CultureInfo.InvariantCulture) != 0,
        };

    private List<StoredPlan> Query(string sql, params (string Name, object? Value)[] parameters) => _db.Query(sql, Read, parameters);

    private static StoredPlan Read(DbDataReader r)
    {
        var doc = JsonSerializer.Deserialize<PlanDocument>(r.GetString(4), PlanRecord.JsonOptions)! with { Page = r.GetInt32(5), Text = r.GetString(6) };
        return new StoredPlan(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), doc);
    }
}
