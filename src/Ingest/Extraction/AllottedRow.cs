namespace Ingest.Extraction;

/// <summary>
/// One row of an allocation table (<see cref="QuotaTable"/>) as the quota finder reads it: who gets
/// the row's counts, and each count with its column's unit as the header names it ("lớp nghề nông
/// nghiệp", corpus/blind q02), which no vocabulary of units need know.
/// </summary>
/// <param name="Holder">The row's holder cell: "Huyện Long Hồ", "Các huyện: Krông Pa, Ia Pa (mỗi huyện)".</param>
/// <param name="Counts">The row's counts, column by column, with the columns' units as written and,
/// where the header says it per column ("Chỉ tiêu giao quân", corpus/blind u01), what each is given for.</param>
public sealed record AllottedRow(string Holder, IReadOnlyList<(int Count, string Unit, string? Purpose)> Counts)
{
    /// <summary>The row in the colon form the quota rules read: "Huyện Long Hồ: 2 tập thể, 3 cá nhân".</summary>
    public string ColonForm() => Holder + ": " + string.Join(", ", Counts.Select(c => $"{c.Count} {c.Unit}"));
}
