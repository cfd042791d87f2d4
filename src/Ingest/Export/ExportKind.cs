using CsvHelper.Configuration;
using Ingest.Catalog;

namespace Ingest.Export;

/// <summary>
/// One CSV export (plans, deadlines, references, quotas, targets): its name and how its rows are
/// made from plans. The CLI's <c>ingest export</c> verbs and the web service's
/// <c>/api/export/NAME.csv</c> both write through this list, so they give the same bytes.
/// </summary>
public sealed class ExportKind
{
    private readonly Func<IEnumerable<StoredPlan>, Stream, int> _write;

    private ExportKind(string name, string description, Func<IEnumerable<StoredPlan>, Stream, int> write)
    {
        Name = name;
        Description = description;
        _write = write;
    }

    public string Name { get; }

    public string Description { get; }

    public static IReadOnlyList<ExportKind> All { get; } =
    [
        Of<PlanRow, PlanRowMap>("plans", "one row per document: number, kind, date, issuer, title…", p => [PlanRow.From(p)]),
        Of<DeadlineRow, DeadlineRowMap>("deadlines", "one row per deadline: due, qualifier, action, responsible, section", DeadlineRow.From),
        Of<ReferenceRow, ReferenceRowMap>("references", "one row per cited document: kind, number, date, issuer, relation", ReferenceRow.From),
        Of<QuotaRow, QuotaRowMap>("quotas", "one row per allocation: holder, count, unit, purpose", QuotaRow.From),
        Of<TargetRow, TargetRowMap>("targets", "one row per goal: indicator, comparator, value, unit, by", TargetRow.From),
    ];

    /// <summary>The export with this name, or null.</summary>
    public static ExportKind? Find(string name) => All.FirstOrDefault(k => k.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A file name's stem for one plan's rows: its number with the characters a file name cannot
    /// hold replaced ("58/KH-UBND" → "58_KH-UBND"), or its kind when it has no number.
    /// </summary>
    public static string FileStem(Ingest.Extraction.PlanDocument plan)
    {
        var stem = plan.Number ?? plan.Kind;
        var bad = Path.GetInvalidFileNameChars().Concat(['\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return string.Concat(stem.Select(c => bad.Contains(c) || char.IsControl(c) ? '_' : c)).Trim();
    }

    /// <summary>Writes the CSV of <paramref name="plans"/> to <paramref name="stream"/>; returns the number of rows.</summary>
    public int Write(IEnumerable<StoredPlan> plans, Stream stream) => _write(plans, stream);

    private static ExportKind Of<TRow, TMap>(string name, string description, Func<StoredPlan, IEnumerable<TRow>> rowsOf)
        where TMap : ClassMap<TRow> =>
        new(name, description, (plans, stream) =>
        {
            var rows = plans.SelectMany(rowsOf).ToList();
            CsvExporter.Write<TRow, TMap>(stream, rows);
            return rows.Count;
        });
}
