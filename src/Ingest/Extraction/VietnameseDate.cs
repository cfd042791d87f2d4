using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>
/// Dates as plans write them, matched on folded text so a date word that lost its marks still
/// reads: "ngày 02 tháng 11 năm 2017", "ngay 02 thang 11 nam 2017", "02/11/2017", "21/8/2017"
/// (rules date.long-form and date.numeric-form).
/// </summary>
public static class VietnameseDate
{
    private static readonly RuleRef DateLongFormRule = new("date.long-form");
    private static readonly RuleRef DateNumericFormRule = new("date.numeric-form");

    /// <summary>The first date in folded text, in either form, with where it stood.</summary>
    public static (PartialDate Date, int Index, int Length)? FindFirst(RuleBook rules, string folded, int start = 0)
    {
        var best = ((PartialDate, int, int)?)null;
        foreach (var rx in new[] { DateLongFormRule.In(rules), DateNumericFormRule.In(rules) })
        {
            for (var m = rx.Match(folded, start); m.Success; m = m.NextMatch())
            {
                var date = FromMatch(m);
                if (date is null)
                {
                    continue;
                }
                if (best is null || m.Index < best.Value.Item2)
                {
                    best = (date.Value, m.Index, m.Length);
                }
                break;
            }
        }
        return best;
    }

    /// <summary>Parses one date written alone: "ngày 21 tháng 8 năm 2017", "21/8/2017".</summary>
    public static PartialDate? Parse(RuleBook rules, string text)
    {
        var found = FindFirst(rules, Text.VietnameseText.Fold(text));
        return found?.Date;
    }

    /// <summary>Formats a date the way a plan writes it in a sentence (for round-trip tests).</summary>
    public static string ToVietnamese(PartialDate date) =>
        date.Day is not null ? string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:D2} tháng {date.Month:D2} năm {date.Year}")
        : date.Month is not null ? string.Create(CultureInfo.InvariantCulture, $"tháng {date.Month} năm {date.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"năm {date.Year}");

    private static PartialDate? FromMatch(Match m)
    {
        if (!m.Groups["y"].Success)
        {
            return null;
        }
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? mo = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? d = m.Groups["d"].Success && mo is not null ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        return PartialDate.Create(y, mo, d);
    }
}
