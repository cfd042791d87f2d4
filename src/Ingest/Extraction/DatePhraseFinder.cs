using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>
/// Finds <see cref="DatePhrase"/>s on folded text, so "ngay 30 thang 11 nam 2023" and "truoc
/// ngay" read as well as the marked forms. A date written without its year takes the year of the
/// document; one that would then fall before the document was issued is a recurring date
/// ("hằng năm … trước ngày 15/12") and is taken at its next occurrence. The phrases are the rules
/// date.* (Extraction/Rules/date.yaml).
/// </summary>
public static class DatePhraseFinder
{
    private static readonly RuleRef DateNumbersRule = new("date.numbers");
    private static readonly RuleRef DateAndBeforeRule = new("date.and-before");
    private static readonly RuleRef DateBeforeRule = new("date.before");
    private static readonly RuleRef DateCompletionRule = new("date.completion");
    private static readonly RuleRef DateFromToDayRule = new("date.from-to-day");
    private static readonly RuleRef DateFromToMonthRule = new("date.from-to-month");
    private static readonly RuleRef DateInMonthRule = new("date.in-month");
    private static readonly RuleRef DateAnyRule = new("date.any");
    private static readonly RuleRef DateHalfYearRule = new("date.half-year");
    private static readonly RuleRef DateInStageRule = new("date.in-stage");
    private static readonly RuleRef DateInYearRule = new("date.in-year");
    private static readonly RuleRef DatePlanYearRule = new("date.plan-year");
    private static readonly RuleRef DateMonthlyBeforeRule = new("date.monthly-before");
    private static readonly RuleRef DateMonthlyFromRule = new("date.monthly-from");
    private static readonly RuleRef DateMonthlyFromBeforeRule = new("date.monthly-from-before");
    private static readonly RuleRef DateOnRule = new("date.on");
    private static readonly RuleRef DateQuarterRule = new("date.quarter");
    private static readonly RuleRef DateSessionRule = new("date.session");
    private static readonly RuleRef DateYearLabelRule = new("date.year-label");
    private static readonly RuleRef DateBareTimeRule = new("date.bare-time");
    private static readonly RuleRef DateBareMonthsRule = new("date.bare-months");

    /// <summary>The calendar a clause is read against: the rule book, the document's year and issue date.</summary>
    public sealed record Calendar(RuleBook Rules, int Year, PartialDate? IssuedOn);

    /// <summary>False when no date phrase can stand in a folded text (no digit, no quarter).</summary>
    public static bool MayHold(RuleBook rules, string folded) => DateAnyRule.In(rules).IsMatch(folded);

    /// <summary>All qualified dates in a folded clause, in order, not overlapping.</summary>
    public static IReadOnlyList<DatePhrase> Find(string folded, Calendar calendar)
    {
        var rules = calendar.Rules;
        var result = new List<DatePhrase>();
        var taken = new bool[folded.Length + 1];

        void Add(Match m, DeadlineQualifier qualifier, PartialDate? due, PartialDate? start = null, bool label = false, bool actionAfter = false)
        {
            if (due is null || Enumerable.Range(m.Index, m.Length).Any(i => taken[i]))
            {
                return;
            }
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                taken[i] = true;
            }
            result.Add(new DatePhrase(m.Index, m.Length, qualifier, due.Value, start, label, actionAfter));
        }

        // "Năm 2018:", "Năm 2017 đến năm 2018:", "Quý IV năm 2020:" open a clause as its date.
        var lm = DateYearLabelRule.In(rules).Match(folded);
        // "Năm 2021, toàn tỉnh ghi nhận 412 trường hợp mắc …" in a 2022 plan (corpus/blind c04) tells
        // what happened: a label of a year before the document's own opens no duty.
        if (lm.Success && Year(lm.Groups["b"].Success ? lm.Groups["b"].Value : lm.Groups["a"].Success ? lm.Groups["a"].Value : calendar.Year.ToString(CultureInfo.InvariantCulture)) is { } last && last.Year < calendar.Year)
        {
            lm = Match.Empty;
        }
        if (lm.Success)
        {
            // "Giai đoạn từ nay đến năm 2020:" starts in the document's own year.
            var y1 = lm.Groups["a"].Success ? Year(lm.Groups["a"].Value) : PartialDate.Create(calendar.Year, null, null);
            if (lm.Groups["b"].Success)
            {
                Add(lm, DeadlineQualifier.FromTo, Year(lm.Groups["b"].Value), y1, label: true);
            }
            else
            {
                Add(lm, DeadlineQualifier.In, y1, label: true);
            }
        }
        foreach (Match m in DateFromToDayRule.In(rules).Matches(folded))
        {
            // "từ ngày 01/6 đến ngày 31/8 hằng năm" in a plan issued on 18/12/2024 (corpus/blind aw01) is
            // next summer's: a range already over when the plan is issued rolls on, as a day does.
            var end = ParseDay(m.Groups["b"].Value, calendar, roll: true);
            var start = end is null ? null : ParseDay(m.Groups["a"].Value, new Calendar(rules, end.Value.Year, null), roll: false);
            Add(m, DeadlineQualifier.FromTo, end, start);
        }
        foreach (Match m in DateFromToMonthRule.In(rules).Matches(folded))
        {
            var end = RolledEnd(ParseMonth(m.Groups["b"].Value, calendar), m.Groups["b"].Value, calendar);
            var start = end is null ? null : ParseMonth(m.Groups["a"].Value, new Calendar(rules, end.Value.Year, null));
            Add(m, DeadlineQualifier.FromTo, end, start);
        }
        foreach (Match m in DateQuarterRule.In(rules).Matches(folded))
        {
            var q = QuarterNumber(rules, m.Groups["q"].Value);
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : calendar.Year + 1;
            Add(m, DeadlineQualifier.FromTo, PartialDate.Create(year, q * 3, null), PartialDate.Create(year, q * 3 - 2, null), label: m.Index == 0 && lm.Success is false && IsLabelEnd(folded, m));
        }
        foreach (Match m in DateMonthlyBeforeRule.In(rules).Matches(folded))
        {
            // "hằng tháng (trước ngày 25 hằng tháng), bắt đầu từ tháng 5/2025" (corpus/blind aw03): the
            // first is due in the month the duty starts, not the month of issue.
            // So is "từ tháng 12/2022, hằng tháng (trước ngày 25)" (h08), the start said first.
            var from = DateMonthlyFromRule.In(rules).Match(folded, m.Index + m.Length) is { Success: true } after ? after
                : DateMonthlyFromBeforeRule.In(rules).Match(folded[..m.Index]);
            var counted = from.Success
                && PartialDate.Create(int.Parse(from.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(from.Groups["m"].Value, CultureInfo.InvariantCulture), 1) is { } first
                ? calendar with { IssuedOn = first }
                : calendar;
            Add(m, m.Groups["on"].Success ? DeadlineQualifier.On : DeadlineQualifier.Before,
                NextMonthly(int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), counted, m.Groups["q"].Success, m.Groups["next"].Success));
        }
        foreach (Match m in DateBeforeRule.In(rules).Matches(folded))
        {
            Add(m, DeadlineQualifier.Before, ParseDay(m.Groups["a"].Value, calendar, roll: true));
        }
        foreach (Match m in DateAndBeforeRule.In(rules).Matches(folded))
        {
            // "trước ngày 15/6 và 15/12 hằng năm": the second date shares the "trước".
            Add(m, DeadlineQualifier.Before, ParseDay(m.Groups["a"].Value, calendar, roll: true));
        }
        foreach (Match m in DateOnRule.In(rules).Matches(folded))
        {
            Add(m, DeadlineQualifier.On, ParseDay(m.Groups["a"].Value, calendar, roll: true));
        }
        foreach (Match m in DateInMonthRule.In(rules).Matches(folded))
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var date = m.Groups["y"].Success ? PartialDate.Create(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, null)
                : RolledMonth(PartialDate.Create(calendar.Year, month, null), calendar);
            Add(m, DeadlineQualifier.In, date);
        }
        foreach (Match m in DateInYearRule.In(rules).Matches(folded))
        {
            // "vào năm 2018", "vào cuối năm 2020", "hoàn thành … trong năm 2022"; but "dự kiến triển
            // khai trong năm 2022" and "Phấn đấu trong năm 2015:" set no deadline.
            if (m.Groups["w"].Value == "trong" && !DateCompletionRule.In(rules).IsMatch(folded[..m.Index]))
            {
                continue;
            }
            Add(m, DeadlineQualifier.In, Year(m.Groups["y"].Value));
        }
        foreach (Match m in DateInStageRule.In(rules).Matches(folded))
        {
            Add(m, DeadlineQualifier.FromTo, Year(m.Groups["b"].Value), Year(m.Groups["a"].Value));
        }
        foreach (Match m in DateHalfYearRule.In(rules).Matches(folded))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var first = m.Groups["h"].Value == "dau" ? 1 : 7;
            Add(m, DeadlineQualifier.FromTo, PartialDate.Create(y, first + 5, null), PartialDate.Create(y, first, null), actionAfter: true);
        }
        foreach (Match m in DatePlanYearRule.In(rules).Matches(folded))
        {
            Add(m, DeadlineQualifier.In, Year(m.Groups["y"].Value));
        }
        foreach (Match m in DateSessionRule.In(rules).Matches(folded))
        {
            // "báo cáo … tại kỳ họp giữa năm 2019": due at that year's session.
            Add(m, DeadlineQualifier.In, Year(m.Groups["y"].Value));
        }
        result.Sort((a, b) => a.Index.CompareTo(b.Index));
        return result;
    }

    /// <summary>
    /// The dates of a task's time as its label or its table column gives it ("Quý II/2025",
    /// "trước ngày 30/9/2025", and bare, rule date.bare-time: "Tháng 4/2025", "Năm 2025",
    /// "15/12/2025"): a bare day is due by it when the time is one of completion
    /// (<paramref name="completion"/>, "Thời gian hoàn thành"), else on it.
    /// </summary>
    public static IReadOnlyList<DatePhrase> FindTaskTime(string folded, Calendar calendar, bool completion)
    {
        var found = Find(folded, calendar);
        return found.Count > 0 ? found : FindBareTime(folded, calendar, completion);
    }

    /// <summary>
    /// A task's time written bare at the start of <paramref name="folded"/> (rule date.bare-time:
    /// "Tháng 4/2025", "Năm 2025", "15/12/2025"), for a text <see cref="Find"/> found nothing in.
    /// </summary>
    public static IReadOnlyList<DatePhrase> FindBareTime(string folded, Calendar calendar, bool completion)
    {
        if (folded.Contains(" thang ", StringComparison.Ordinal) && DateBareMonthsRule.In(calendar.Rules).Match(folded) is { Success: true } two
            && PartialDate.Create(int.Parse(two.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(two.Groups["a"].Value, CultureInfo.InvariantCulture), null) is { } first
            && PartialDate.Create(int.Parse(two.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(two.Groups["m"].Value, CultureInfo.InvariantCulture), null) is { } second)
        {
            // "Tháng 4 - tháng 5/2021" (rule date.bare-months): from the one to the other.
            if (two.Groups["to"].Success)
            {
                return first.CompareTo(second) < 0 ? [new DatePhrase(two.Index, two.Length, DeadlineQualifier.FromTo, second, first, false)] : [];
            }
            // "Tháng 6 và tháng 12/2024" (rule date.bare-months): due in each month.
            return [new DatePhrase(two.Groups["a"].Index, two.Groups["a"].Length, DeadlineQualifier.In, first, null, false),
                new DatePhrase(two.Groups["m"].Index, two.Length - (two.Groups["m"].Index - two.Index), DeadlineQualifier.In, second, null, false)];
        }
        var m = DateBareTimeRule.In(calendar.Rules).Match(folded);
        if (!m.Success)
        {
            return [];
        }
        PartialDate? due;
        DeadlineQualifier qualifier;
        if (m.Groups["d"].Success)
        {
            (due, qualifier) = (ParseDay(m.Groups["d"].Value, calendar, roll: true), completion ? DeadlineQualifier.Before : DeadlineQualifier.On);
        }
        else if (m.Groups["m"].Success)
        {
            (due, qualifier) = (PartialDate.Create(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), null), DeadlineQualifier.In);
        }
        else
        {
            (due, qualifier) = (Year(m.Groups["y"].Value), DeadlineQualifier.In);
        }
        return due is { } d ? [new DatePhrase(m.Index, m.Length, qualifier, d, null, false)] : [];
    }

    private static bool IsLabelEnd(string folded, Match m)
    {
        var rest = folded[(m.Index + m.Length)..].TrimStart();
        return rest.StartsWith(':') || rest.StartsWith(',');
    }

    private static PartialDate? Year(string y) =>
        PartialDate.Create(int.Parse(y, CultureInfo.InvariantCulture), null, null);

    // "iv" → 4 (vocabulary quarters, the same words the rule date.quarter reads).
    private static int QuarterNumber(RuleBook rules, string q) =>
        int.Parse(rules.Vocabulary("quarters").Map("written", "number")[q], CultureInfo.InvariantCulture);

    // "15/12", "30/11/2023", "15 thang 12 nam 2024"; a year-less date takes the document's year,
    // and when that falls before the issue date it is the next year's ("hằng năm … trước ngày 15/12").
    private static PartialDate? ParseDay(string text, Calendar calendar, bool roll)
    {
        var nums = DateNumbersRule.In(calendar.Rules).Matches(text).Select(x => int.Parse(x.Value, CultureInfo.InvariantCulture)).ToList();
        if (nums.Count < 2)
        {
            return null;
        }
        if (nums.Count >= 3)
        {
            return PartialDate.Create(nums[2], nums[1], nums[0]);
        }
        var date = PartialDate.Create(calendar.Year, nums[1], nums[0]);
        if (roll && date is not null && calendar.IssuedOn is { Day: not null } issued && date.Value < issued)
        {
            date = PartialDate.Create(calendar.Year + 1, nums[1], nums[0]);
        }
        return date;
    }

    // A month written without its year that has passed when the document is issued ("trong tháng 6
    // hằng năm" in a plan of 18/12/2024, corpus/blind aw01) is next year's, as a day is (ParseDay).
    private static PartialDate? RolledMonth(PartialDate? date, Calendar calendar) =>
        date is { Month: { } month } d && calendar.IssuedOn is { Day: not null, Month: { } issuedMonth } issued && d.Year == issued.Year && month < issuedMonth
            ? PartialDate.Create(d.Year + 1, month, null)
            : date;

    // A span's last month rolls on only when written without its year ("từ tháng 3 đến tháng 5").
    private static PartialDate? RolledEnd(PartialDate? date, string text, Calendar calendar) =>
        DateNumbersRule.In(calendar.Rules).Count(text) == 1 ? RolledMonth(date, calendar) : date;

    private static PartialDate? ParseMonth(string text, Calendar calendar)
    {
        var nums = DateNumbersRule.In(calendar.Rules).Matches(text).Select(x => int.Parse(x.Value, CultureInfo.InvariantCulture)).ToList();
        return nums.Count switch
        {
            1 => PartialDate.Create(calendar.Year, nums[0], null),
            >= 2 => PartialDate.Create(nums[1], nums[0], null),
            _ => null,
        };
    }

    // "trước ngày 25 hằng tháng" → the first 25th on or after the issue date; "trước ngày 20 tháng
    // cuối quý" → the 20th of the last month of the quarter the plan is issued in; "trước ngày 10 tháng
    // đầu quý sau" → the 10th of the month after it.
    private static PartialDate? NextMonthly(int day, Calendar calendar, bool quarterly, bool nextQuarter = false)
    {
        var issued = calendar.IssuedOn ?? new PartialDate(calendar.Year, 1, 1);
        var month = issued.Month ?? 1;
        var year = issued.Year;
        if (nextQuarter)
        {
            // "trước ngày 10 tháng đầu quý sau": the first month after the quarter of issue.
            month = ((month - 1) / 3 * 3) + 4;
        }
        else if (quarterly)
        {
            // The quarter's last month; when its day is already past at issue ("trước ngày 10 tháng
            // cuối quý" in a letter of 24/3/2025, corpus/blind d03), the next quarter's.
            month = ((month - 1) / 3 * 3) + 3;
            if (month == issued.Month && issued.Day is { } today && today > day)
            {
                month += 3;
            }
        }
        else if (issued.Day is { } d && d > day)
        {
            month++;
        }
        if (month > 12)
        {
            (month, year) = (month - 12, year + 1);
        }
        return PartialDate.Create(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }
}
