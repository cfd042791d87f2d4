using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>
/// Mends what OCR does to numbers before anything is matched: a stray space inside a document
/// number or a date. Only spaces are removed, so the text stays what the page says. A named
/// normalisation step before extraction (rules repair.*), not a side effect inside a finder.
/// </summary>
public sealed class TextRepair(RuleBook rules)
{
    private static readonly RuleRef RepairSplitDateDayRule = new("repair.split-date-day");
    private static readonly RuleRef RepairSplitDateMonthRule = new("repair.split-date-month");
    private static readonly RuleRef RepairSplitNumeralRule = new("repair.split-numeral");

    /// <summary>Removes stray spaces inside numbers: "số 1 1325/KH-UBND" → "số 11325/KH-UBND", "30/1 1/2023" → "30/11/2023".</summary>
    public string Numbers(string text)
    {
        if (text.IndexOf('/', StringComparison.Ordinal) < 0)
        {
            return text;
        }
        // "Kế hoạch số 1 1325/KH-UBND": a digit cut from the numeral after "số".
        var s = RepairSplitNumeralRule.In(rules).Replace(text, "$1$2$3");
        // "ngày 30/1 1/2023", "3 0/11/2023": a digit cut inside a numeric date.
        s = RepairSplitDateMonthRule.In(rules).Replace(s, "$1$2$3");
        s = RepairSplitDateDayRule.In(rules).Replace(s, "$1$2$3");
        return s;
    }

}
