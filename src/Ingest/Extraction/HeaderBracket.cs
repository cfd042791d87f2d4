using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// The unit in brackets a table's header cell ends on (rule quota.table-bracket-unit): "Gọi khám
/// (người)" counts người, "Nhà văn hóa bản xây mới (công trình)" công trình; or a measure of money
/// or goods (rule quota.table-measure), "Kinh phí hỗ trợ (triệu đồng)", "Giống lúa (kg)", which
/// counts no one's share. One reading for every table reader (<see cref="QuotaTable"/>, <see
/// cref="AllotmentHeader"/>, <see cref="UnnumberedQuotaTable"/>).
/// </summary>
/// <param name="Unit">The bracket's words, trimmed, as written.</param>
/// <param name="Index">Where the bracket (with the spaces before it) starts in the cell.</param>
/// <param name="Measure">True for money or goods.</param>
internal readonly record struct HeaderBracket(string Unit, int Index, bool Measure)
{
    private static readonly RuleRef BracketUnitRule = new("quota.table-bracket-unit");
    private static readonly RuleRef MeasureRule = new("quota.table-measure");

    /// <summary>The bracket <paramref name="cell"/> ends on, or null when it ends on none.</summary>
    public static HeaderBracket? Of(RuleBook rules, string cell)
    {
        if (BracketUnitRule.In(rules).Match(cell) is not { Success: true } b)
        {
            return null;
        }
        var unit = b.Groups["unit"].Value.Trim();
        return new HeaderBracket(unit, b.Index, MeasureRule.In(rules).IsMatch(VietnameseText.Fold(unit.ToLowerInvariant())));
    }

    /// <summary>The counted unit <paramref name="cell"/>'s bracket names, or null for none or a measure.</summary>
    public static string? CountedIn(RuleBook rules, string cell) => Of(rules, cell) is { Measure: false } b ? b.Unit : null;

    /// <summary>True when <paramref name="cell"/> ends on a measure of money or goods.</summary>
    public static bool IsMeasure(RuleBook rules, string cell) => Of(rules, cell) is { Measure: true };
}
