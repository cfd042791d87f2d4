using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Finds quantitative goals: "giảm tỷ lệ hộ nghèo … còn dưới 1%" (&lt; 1 %), "ít nhất 80% hồ sơ …"
/// (&gt;= 80 %), "100% xã …" (= 100 %), "tăng lên 1,5 lần so với …" (x 1.5 lần), "không còn xã …"
/// (= 0). Counts other than percentages ("ít nhất 03 đơn vị cấp huyện") are goals only where the
/// text says it strives for them ("Phấn đấu…", "Mục tiêu").
/// </summary>
public static partial class TargetFinder
{
    /// <summary>The targets of one document's body paragraphs, in reading order.</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="paragraphs">The body.</param>
    /// <param name="defaultBy">The year a goal is due when the text names none (the plan's year or period end).</param>
    /// <param name="calendar">For dated goals ("… hoàn thành trong tháng 10 năm 2025").</param>
    /// <param name="goalsNamedOnly">True for documents that set rules rather than plans (decisions, resolutions,
    /// regulations): their percentages are rates, shares and caps ("trích 30%", "3,5% của tổng chi phí"), goals only
    /// where the text names a goal ("phấn đấu", "mục tiêu", "chỉ tiêu").</param>
    public static IReadOnlyList<Target> Find(RuleBook rules, IReadOnlyList<BodyParagraph> paragraphs, string? defaultBy, DatePhraseFinder.Calendar calendar, bool goalsNamedOnly = false)
    {
        var result = new List<Target>();
        string? headingYear = null;
        var goalSection = false;
        foreach (var p in paragraphs)
        {
            if (p.Label.Kind == SectionLabelKind.Roman)
            {
                // "II. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA", "MỤC TIÊU ĐẾN HẾT NĂM 2026": goals follow.
                headingYear = YearOf(p.Folded);
                goalSection = Goal().IsMatch(p.Folded);
            }
            if (p.InPreamble)
            {
                continue;
            }
            var goal = goalSection || Goal().IsMatch(p.Folded) || (p.Heading is not null && Goal().IsMatch(VietnameseText.Fold(p.Heading)));
            if (goalsNamedOnly && !goal)
            {
                continue;
            }
            var paragraphYear = YearOf(p.Folded);
            foreach (var span in ClauseSplitter.Split(rules, p.Folded))
            {
                FindIn(p, span, goal, paragraphYear ?? headingYear ?? defaultBy, calendar, result);
            }
        }
        return result;
    }

    private static void FindIn(BodyParagraph p, ClauseSplitter.Span span, bool goal, string? by, DatePhraseFinder.Calendar calendar, List<Target> result)
    {
        var cf = p.Folded.Substring(span.Start, span.Length);
        var ct = p.Text.Substring(span.Start, span.Length);
        if (Achieved().IsMatch(cf))
        {
            return; // "Toàn xã có 4.126/4.850 hộ (đạt 85,1%)": a result, not a goal
        }
        var dated = DatePhraseFinder.Find(cf, calendar).FirstOrDefault(d => !d.IsLabel);
        var clauseBy = dated is not null ? dated.Due.ToString() : YearOf(cf) ?? by;
        string? sharedComparator = null;
        foreach (Match m in Value().Matches(cf))
        {
            var cmpWord = m.Groups["cmp"].Value.Trim();
            var unitFolded = m.Groups["unit"].Value;
            var isPercent = unitFolded.StartsWith('%');
            var isTimes = unitFolded == "lan";
            var decrease = m.Groups["giam"].Success;
            string comparator;
            if (isTimes)
            {
                if (!m.Groups["times"].Success)
                {
                    continue;
                }
                comparator = "x";
            }
            else if (m.Groups["up"].Success)
            {
                // "đạt 7,52% trở lên" (provincial-resolutions 54-2017): at least.
                comparator = ">=";
                sharedComparator = comparator;
            }
            else if (cmpWord.Length > 0)
            {
                comparator = Comparator(cmpWord);
                sharedComparator = comparator;
            }
            else if (isPercent)
            {
                // "Ít nhất 80% hồ sơ … cấp tỉnh, 60% hồ sơ … cấp huyện": the comparator carries over.
                comparator = sharedComparator ?? "=";
            }
            else
            {
                continue;
            }
            if (!isPercent && !isTimes && !goal)
            {
                continue;
            }
            var value = decimal.Parse(m.Groups["v"].Value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
            var unit = isPercent ? (unitFolded.Contains("/nam", StringComparison.Ordinal) ? "%/năm" : "%")
                : isTimes ? "lần"
                : ct.Substring(m.Groups["unit"].Index, m.Groups["unit"].Length).TrimEnd();
            var indicator = Indicator(ct, cf, m, isPercent && cmpWord.Length == 0 || m.Index < 4 || StartsWithValue(cf, m), decrease);
            result.Add(new Target(indicator, comparator, value, unit, clauseBy));
        }
        foreach (Match m in NoneLeft().Matches(cf))
        {
            if (!goal)
            {
                continue;
            }
            var noun = ct.Substring(m.Groups["noun"].Index, m.Groups["noun"].Length);
            var rest = ct[(m.Index + m.Length)..].Trim();
            var indicator = VietnameseText.CollapseSpaces(noun + " " + rest).Trim(' ', ',', '.');
            result.Add(new Target(indicator, "=", 0, noun, clauseBy));
        }
    }

    // True when only a lead-in ("Phấn đấu đến năm 2020 toàn tỉnh có") stands before the value.
    private static bool StartsWithValue(string cf, Match m)
    {
        var head = cf[..m.Index].TrimEnd();
        if (head.Length == 0)
        {
            return true;
        }
        var lead = LeadIn().Match(head);
        return lead.Success && lead.Index + lead.Length >= head.Length;
    }

    private static string Comparator(string word) => word switch
    {
        "duoi" or "con duoi" => "<",
        "khong qua" => "<=",
        "it nhat" or "toi thieu" or "khong duoi" or "tu" => ">=",
        "tren" or "dat tren" => ">",
        _ => "=",
    };

    // The indicator is the noun phrase after the value ("100% cơ quan nhà nước …") or before the
    // comparator ("Tỷ lệ hồ sơ … không quá 2%"), without the verbs that join them.
    private static string Indicator(string ct, string cf, Match m, bool after, bool decrease)
    {
        string phrase;
        if (after)
        {
            var end = ct.Length;
            var next = Value().Match(cf, m.Index + m.Length);
            if (next.Success)
            {
                end = next.Index;
            }
            phrase = ct[(m.Index + m.Length)..end];
            phrase = Regex.Replace(phrase, @"^\s*(?:số\s+)?", "");
        }
        else
        {
            var start = 0;
            var head = cf[..m.Index];
            var lead = LeadIn().Match(head);
            if (lead.Success)
            {
                start = lead.Index + lead.Length;
            }
            // "(riêng hộ nghèo … tăng gấp 2 lần)": the goal starts inside the parenthesis.
            var open = head.LastIndexOf('(');
            if (open >= start && head.IndexOf(')', open) < 0)
            {
                start = open + 1;
            }
            phrase = ct[start..m.Index];
            phrase = Regex.Replace(phrase, @"^\s*(?:riêng|giảm|tăng|nâng)\s+", "", RegexOptions.IgnoreCase);
            phrase = Regex.Replace(phrase, @"\s+(?:đến |vào )?(?:cuối |hết )?năm \d{4}\b", "");
            var baseline = Baseline().Match(cf, m.Index);
            if (baseline.Success && (m.Groups["times"].Success || decrease))
            {
                phrase += " " + ct.Substring(baseline.Index, baseline.Length).Trim();
            }
        }
        phrase = VietnameseText.CollapseSpaces(phrase);
        phrase = TrailingVerbs().Replace(phrase, "").Trim(' ', ',', '.', ';', ':');
        phrase = Regex.Replace(phrase, @"\s*\((?:trừ|không kể)[^)]*\)", "");
        if (decrease)
        {
            phrase = "mức giảm " + Regex.Replace(phrase, @"^(?:giảm\s+)", "");
        }
        return phrase.Length > 0 && char.IsUpper(phrase[0]) && !(phrase.Length > 1 && char.IsUpper(phrase[1]))
            ? char.ToLowerInvariant(phrase[0]) + phrase[1..]
            : phrase;
    }

    private static string? YearOf(string folded)
    {
        var m = TargetYear().Match(folded);
        return m.Success ? m.Groups["y"].Value : null;
    }

    [GeneratedRegex(@"phan dau|muc tieu|chi tieu")]
    private static partial Regex Goal();

    [GeneratedRegex(@"\(dat\s+\d|\d\.?\d*/\d\.?\d*\s+(?:ho|thon|xa)\b|da dat\b")]
    private static partial Regex Achieved();

    // "(đến|trong|cuối) năm 2020", "năm 2019:" — the year a goal is due; not "so với năm 2015".
    [GeneratedRegex(@"(?<!so voi (?:cuoi |dau )?)(?<!so voi )\b(?:den (?:het |cuoi )?nam|trong nam|cuoi nam|phan dau(?: den)? nam|muc tieu(?: den)?(?: het)? nam)\s+(?<y>(?:19|20)\d{2})")]
    private static partial Regex TargetYear();

    // "dưới 1%", "không quá 2%", "từ 50% trở lên", "đạt trên 90%", "100%", "gấp 1,5 lần",
    // "tăng lên 1,8 lần", "ít nhất 35 hộ", "trên 45.000 doanh nghiệp", "trên 42 triệu đồng/người/năm".
    [GeneratedRegex(@"(?<giam>giam\s+(?:binh quan\s+)?(?=(?:it nhat|toi thieu|tren|khong duoi)\s))?(?:(?<cmp>con duoi|duoi|khong qua|it nhat|toi thieu|khong duoi|dat tren|tren|tu|dat)\s+)?(?<times>(?:tang\s+)?(?:gap|len)\s+)?(?<![\d.,/])(?<v>\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*(?<unit>%(?:/nam)?(?!\s*tro xuong)|lan\b|don vi cap huyen|don vi cap xa|luot nguoi|doanh nghiep|ho gia dinh|ho\b|xa\b|cong trinh, phan viec|cong trinh|trieu dong(?:/[a-z]+)*|ty dong\b|nguoi\b)(?<up>\s+tro len\b)?")]
    private static partial Regex Value();

    [GeneratedRegex(@"\bkhong con\s+(?<noun>xa|ho|thon|huyen|truong|hoc sinh)\b")]
    private static partial Regex NoneLeft();

    [GeneratedRegex(@"(?:.*(?:phan dau|trong do|muc tieu|toan tinh|toan xa|bao dam|dam bao)[^:]*:|.*phan dau(?: (?:den|trong) (?:cuoi )?nam \d{4})?|.*toan (?:tinh|xa|huyen) co|.*(?:bao dam|dam bao)(?=\s)|^\s*co)\s*")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\s*so voi (?:cuoi |dau )?(?:nam \d{4}|[^,;.]{1,30})")]
    private static partial Regex Baseline();

    [GeneratedRegex(@"(?:\s+(?:đạt|giảm còn|giảm|còn|tăng gấp|tăng lên|tăng|chiếm|có|là|được))+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingVerbs();
}
