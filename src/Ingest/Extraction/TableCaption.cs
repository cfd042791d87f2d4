using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>
/// What the lines above an allocation table say of it (<see cref="TableCells.Caption"/>): whether it
/// allots ("BIỂU PHÂN BỔ SỐ LỚP ĐÀO TẠO NGHỀ …", corpus/blind q02; rule quota.table-caption), the unit
/// "Đơn vị tính: học viên" gives every column that names none (k06; rule quota.table-measured-in), and
/// what "Số lượng vận động viên của từng đơn vị …" says the columns count (y08; rule quota.table-caption-unit).
/// </summary>
/// <param name="Allots">True when the caption allots.</param>
/// <param name="Measured">The unit "Đơn vị tính:" gives, as written, or null.</param>
/// <param name="Unit">The unit the caption counts, as written, or null.</param>
internal sealed record TableCaption(bool Allots, string? Measured, string? Unit)
{
    private static readonly RuleRef CaptionRule = new("quota.table-caption");
    private static readonly RuleRef MeasuredInRule = new("quota.table-measured-in");
    private static readonly RuleRef CaptionUnitRule = new("quota.table-caption-unit");
    private static readonly RuleRef EstimateRule = new("quota.table-caption-estimate");

    /// <summary>The caption of the table whose header starts at line <paramref name="start"/>.</summary>
    public static TableCaption Of(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        var caption = TableCells.Caption(lines, start).ToList();
        // "Số lượng trong diện tiêm phòng" / "Nhu cầu vắc xin mỗi đợt" over animals and doses per commune,
        // "Số lượng dự kiến trên cơ sở kết quả điều tra tổng đàn" (corpus/blind ax01): what each place has
        // and needs, no share handed out — unless the caption also allots ("Phân bổ chỉ tiêu … trên cơ sở
        // … nhu cầu học nghề", ae01).
        var said = caption.Select(l => EstimateRule.In(rules).Match(l.Folded)).Where(m => m.Success).Select(m => m.Groups["allot"].Success).ToList();
        var estimate = said.Contains(false) && !said.Contains(true);
        return new TableCaption(
            !estimate && caption.Exists(l => CaptionRule.In(rules).IsMatch(l.Folded)),
            caption.Select(l => MeasuredInRule.In(rules).Match(l.Folded) is { Success: true } m ? l.Text.Substring(m.Groups["unit"].Index, m.Groups["unit"].Length).Trim() : null).LastOrDefault(u => u is not null),
            caption.Select(l => CaptionUnitRule.In(rules).Match(l.Folded) is { Success: true } m ? l.Text.Substring(m.Groups["unit"].Index, m.Groups["unit"].Length).Trim() : null).LastOrDefault(u => u is not null));
    }
}
