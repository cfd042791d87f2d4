namespace Ingest.Extraction;

/// <summary>
/// A qualified date in a clause: "xong trước ngày 30/11/2023" (before), "trong tháng 11 năm 2023"
/// (in), "vào ngày 20/10/2021" (on), "từ ngày 01/5 đến ngày 31/10/2015" (from_to), or a label
/// opening the clause ("Năm 2018:", "Quý IV năm 2020:").
/// </summary>
/// <param name="Index">Offset in the clause.</param>
/// <param name="Length">Length in the clause.</param>
/// <param name="Qualifier">before, in, on or from_to.</param>
/// <param name="Due">The date, or the end of a range.</param>
/// <param name="Start">The start of a range.</param>
/// <param name="IsLabel">True for "Năm 2018:" that dates the clauses with no date of their own.</param>
/// <param name="ActionAfter">True when what must be done follows the phrase whatever precedes it:
/// "(… nhiệm vụ) 6 tháng cuối năm 2017, trong đó cần tập trung …" (provincial-resolutions 01-2017).</param>
public sealed record DatePhrase(int Index, int Length, DeadlineQualifier Qualifier, PartialDate Due, PartialDate? Start, bool IsLabel, bool ActionAfter = false)
{
    /// <summary>Offset just after the phrase.</summary>
    public int End => Index + Length;
}
