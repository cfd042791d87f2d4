using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Finds quantitative goals: "giảm tỷ lệ hộ nghèo … còn dưới 1%" (&lt; 1 %), "ít nhất 80% hồ sơ …"
/// (&gt;= 80 %), "100% xã …" (= 100 %), "tăng lên 1,5 lần so với …" (x 1.5 lần), "không còn xã …"
/// (= 0). Counts other than percentages ("ít nhất 03 đơn vị cấp huyện") are goals only where the
/// text says it strives for them ("Phấn đấu…", "Mục tiêu"). The phrases are the rules target.*
/// (Extraction/Rules/target.yaml), the words the vocabularies goal-words, target-comparators and
/// target-units.
/// </summary>
public static class TargetFinder
{
    private static readonly RuleRef TargetAchievedRule = new("target.achieved");
    private static readonly RuleRef TargetStatedYearRule = new("target.stated-year");
    private static readonly RuleRef TargetResultsOfYearRule = new("target.results-of-year");
    private static readonly RuleRef TargetResultsHeadingRule = new("target.results-heading");
    private static readonly RuleRef TargetAnyRule = new("target.any");
    private static readonly RuleRef TargetBaselineRule = new("target.baseline");
    private static readonly RuleRef TargetBreakdownRule = new("target.breakdown");
    private static readonly RuleRef TargetCountOfRule = new("target.count-of");
    private static readonly RuleRef TargetDecreaseLeadRule = new("target.decrease-lead");
    private static readonly RuleRef TargetExceptionAsideRule = new("target.exception-aside");
    private static readonly RuleRef TargetGoalRule = new("target.goal");
    private static readonly RuleRef TargetNamedGoalRule = new("target.named-goal");
    private static readonly RuleRef TargetLeadInRule = new("target.lead-in");
    private static readonly RuleRef TargetLateLeadInRule = new("target.late-lead-in");
    private static readonly RuleRef TargetNoneLeftRule = new("target.none-left");
    private static readonly RuleRef TargetFundingRule = new("target.funding");
    private static readonly RuleRef TargetAllottedCountRule = new("target.allotted-count");
    private static readonly RuleRef TargetHeldShareRule = new("target.held-share");
    private static readonly RuleRef TargetShareRule = new("target.share");
    private static readonly RuleRef TargetTargetYearRule = new("target.target-year");
    private static readonly RuleRef TargetYearAfterRule = new("target.year-after");
    private static readonly RuleRef TargetJoinedValueRule = new("target.joined-value");
    private static readonly RuleRef TargetTrailingVerbsRule = new("target.trailing-verbs");
    private static readonly RuleRef TargetValueRule = new("target.value");
    private static readonly RuleRef TargetBoundedCountRule = new("target.bounded-count");
    private static readonly RuleRef TargetVerbLeadRule = new("target.verb-lead");
    private static readonly RuleRef TargetYearPhraseRule = new("target.year-phrase");
    private static readonly RuleRef TargetCaptionRule = new("target.caption");
    private static readonly RuleRef TargetGoalLeadRule = new("target.goal-lead");
    private static readonly RuleRef TargetGroundsRule = new("target.grounds");
    private static readonly RuleRef TargetArticleGoalsRule = new("target.article-goals");

    // What an indicator does not end in (kept as one array: every value's indicator is trimmed).
    private static readonly char[] PhraseEnds = [' ', ',', '.', ';', ':'];

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
        var resultsSection = false;
        var leadGoal = false;
        HashSet<Target>? tabled = null;
        // The places' goals a table gives: no text that a whole area's row might repeat.
        var placed = new HashSet<Target>(ReferenceEqualityComparer.Instance);
        var goalItem = false;
        foreach (var p in paragraphs)
        {
            var named = goalsNamedOnly ? TargetNamedGoalRule.In(rules) : TargetGoalRule.In(rules);
            if (p.Label.Kind == SectionLabelKind.Roman)
            {
                // "II. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA", "MỤC TIÊU ĐẾN HẾT NĂM 2026": goals follow.
                headingYear = YearOf(rules, p.Folded);
                goalSection = TargetGoalRule.In(rules).IsMatch(p.Folded);
                // "II. THỰC TRẠNG GIÁO DỤC MẦM NON NĂM HỌC 2021 - 2022" (corpus/blind n02): where things stand, not goals.
                resultsSection = TargetResultsHeadingRule.In(rules).IsMatch(p.Folded);
                goalItem = false;
            }
            else if (p.Label.Kind == SectionLabelKind.None && TargetArticleGoalsRule.In(rules).Match(p.Folded) is { Success: true } article)
            {
                // "Điều 2. Các chỉ tiêu chủ yếu năm 2019" (corpus/blind u05): a resolution's article is its section.
                headingYear = YearOf(rules, p.Folded);
                goalSection = article.Groups["goals"].Success;
                resultsSection = false;
                goalItem = false;
            }
            else if (p.Label.Kind == SectionLabelKind.Arabic)
            {
                // "7. Phân kỳ thực hiện:" / "a) Năm 2018: Tổng số 1.033 hộ" (provincial-resolutions 87):
                // the lettered items under a numbered goal heading are goals too.
                goalItem = named.IsMatch(p.Folded);
            }
            // "Điều 1. Giao chỉ tiêu … trong đó toàn tỉnh phấn đấu:" / "1. Tỷ lệ bao phủ bảo hiểm y tế
            // đạt 98,6% dân số." / "2. …" (corpus/blind n03): the listed items under a lead that names a
            // goal are goals, until a paragraph that is no item.
            if (p.Label.Kind is not (SectionLabelKind.Arabic or SectionLabelKind.Letter or SectionLabelKind.Bullet))
            {
                leadGoal = false;
            }
            if (p.Folded.TrimEnd().EndsWith(':'))
            {
                leadGoal = TargetGoalLeadRule.In(rules).IsMatch(p.Folded.TrimEnd());
            }
            if (p.Goals is { } read)
            {
                // A table of places that names no year aims at the plan's (corpus/blind u06).
                var table = read.Any(t => t.By is null) ? [.. read.Select(t => t.By is null ? t with { By = headingYear ?? defaultBy } : t)] : read;
                // "Biểu 01. KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU NĂM 2024" in a report of January 2025
                // (corpus/blind z08): a column due before the document's year is where things stood.
                if (calendar.IssuedOn is { } issuedOn && table.Any(t => Before(t.By, issuedOn.Year)))
                {
                    table = [.. table.Where(t => !Before(t.By, issuedOn.Year))];
                }
                result.AddRange(table);
                if (!p.GoalsPerPlace)
                {
                    (tabled ??= new(ReferenceEqualityComparer.Instance)).UnionWith(table);
                }
                else
                {
                    placed.UnionWith(table);
                }
                continue;
            }
            // An allocation table's row ("Ấp Phước Bình: 11 người, 03 người" under "II. CHỈ TIÊU", corpus/blind
            // ai07) gives shares, not goals, though its section names goals.
            if (p.Allotted is not null)
            {
                continue;
            }
            // Before the first heading only a paragraph that names a goal and cites nothing is read
            // ("Để … tạo động lực thực hiện mục tiêu đến năm 2025 toàn tỉnh có 100% số xã …", corpus/blind f02).
            if ((p.InPreamble && (!named.IsMatch(p.Folded) || TargetGroundsRule.In(rules).IsMatch(p.Folded)))
                || !TargetAnyRule.In(rules).IsMatch(p.Folded) || TargetCaptionRule.In(rules).IsMatch(p.Folded))
            {
                continue;
            }
            var headingFolded = p.HeadingFolded;
            if ((headingFolded is not null && TargetResultsHeadingRule.In(rules).IsMatch(headingFolded)) || (resultsSection && !goalItem))
            {
                continue; // "1. Kết quả năm 2022" (corpus/blind k06): what was done, not what is aimed at
            }
            var goal = goalSection || goalItem || leadGoal || named.IsMatch(p.Folded) || (headingFolded is not null && named.IsMatch(headingFolded));
            if (goalsNamedOnly && !goal)
            {
                continue;
            }
            var paragraphYear = YearOf(rules, p.Folded);
            foreach (var span in ClauseSplitter.Split(rules, p.Folded))
            {
                FindIn(rules, p, span, goal, paragraphYear ?? headingYear ?? defaultBy, calendar, result);
            }
        }
        if (tabled is null)
        {
            return result;
        }
        // A table of indicators that repeats the goals its text states ("Tỷ lệ đô thị hóa … 38" under
        // "Mục tiêu đến năm 2025" beside "Tỷ lệ đô thị hóa đạt 38%", corpus/blind n01) gives each goal
        // once, as the text says it, with the text's bound: "ít nhất 200 sản phẩm" beside the table's
        // 2025 cell "200" (p06; README-b, targets settled in session 17: a goal stated twice is one
        // target). A place's goal is never the whole area's. The same figure of another goal is no
        // repeat: "tỷ lệ hộ gia đình đạt chuẩn “Gia đình văn hóa” không dưới 95%" below a table's "Tỷ
        // lệ người dân tham gia bảo hiểm y tế" / "≥ 95" (u07) leaves both.
        // A goal stated once is repeated by one row at most: "≥ 95% ở quy mô huyện" in the text and "BCG …" /
        // "OPV lần 3 …" / "Sởi mũi 1 …" at "≥ 95" in 2019 (corpus/blind ba02) leave the rows but the likest.
        var common = rules.Words("indicator-common-words", "folded").ToHashSet(StringComparer.Ordinal);
        var byGoal = result.Where(tabled.Contains).ToLookup(t => (t.Value, t.Unit, t.By));
        var repeats = new HashSet<Target>(ReferenceEqualityComparer.Instance);
        foreach (var s in result.Where(t => !tabled.Contains(t) && !placed.Contains(t)))
        {
            var likest = byGoal[(s.Value, s.Unit, s.By)].Where(t => !repeats.Contains(t))
                .Select(t => (Row: t, Shared: Shared(s.Indicator, t.Indicator, common)))
                .Where(x => x.Shared >= 0).OrderByDescending(x => x.Shared).FirstOrDefault();
            if (likest.Row is not null)
            {
                repeats.Add(likest.Row);
            }
        }
        return [.. result.Where(t => !repeats.Contains(t))];
    }

    // True when a goal's year ("2024", "2024-06-30") is before the given year.
    private static bool Before(string? by, int year) =>
        by is { Length: >= 4 } && int.TryParse(by.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var y) && y < year;

    // Two indicators name one goal when half the words of the shorter are in the other, the words
    // every indicator has (vocabulary indicator-common-words) aside: "Tỷ lệ đô thị hóa" and "tỷ lệ đô thị hóa đạt";
    // or when one is too short to tell. The words the two share when they name one goal, else -1.
    private static int Shared(string a, string b, HashSet<string> common)
    {
        HashSet<string> Words(string s) =>
            [.. VietnameseText.Fold(s).Split((char[])[' ', ',', ';', ':', '(', ')', '“', '”', '"', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !common.Contains(w) && !w.Any(char.IsDigit))];
        var (x, y) = (Words(a), Words(b));
        var shorter = Math.Min(x.Count, y.Count);
        var shared = x.Intersect(y).Count();
        // An indicator of a word or two says too little to tell ("toàn tỉnh … ít nhất 200 sản phẩm", p06).
        return shorter <= 2 || shared * 2 >= shorter ? shared : -1;
    }

    // "Năm học 2018 - 2019, " and the spaces a text layer may leave in it.
    private const int StatedYearReach = 24;

    // How far into a sentence "kết quả đạt được năm 2022:" may stand.
    private const int ResultsOfYearReach = 80;

    // The month a school year ends in (its results are known from then).
    private const int SchoolYearEnds = 6;

    private static void FindIn(RuleBook rules, BodyParagraph p, ClauseSplitter.Span span, bool goal, string? by, DatePhraseFinder.Calendar calendar, List<Target> result)
    {
        var cf = p.Folded.Substring(span.Start, span.Length);
        var ct = p.Text.Substring(span.Start, span.Length);
        // Most clauses set no figure: they are left before their dates are read.
        var values = Values(rules, cf, goal);
        if (values.Count == 0 && (!goal || !TargetNoneLeftRule.In(rules).IsMatch(cf)))
        {
            return;
        }
        if (TargetAchievedRule.In(rules).IsMatch(cf))
        {
            return; // "Toàn xã có 4.126/4.850 hộ (đạt 85,1%)": a result, not a goal
        }
        // "Năm 2021, toàn tỉnh có 68,4% hộ gia đình được công nhận …" in a 2022 plan (corpus/blind
        // g03): a sentence that opens on a year before the document's states where things stood.
        // A sentence ends on ". ", not on the dot of "27.684" (corpus/blind x01: "Năm 2021, … còn 27.684
        // hộ nghèo, chiếm 22,86% tổng số hộ; 9.517 hộ cận nghèo, chiếm 7,86%").
        var stop = span.Start < 2 ? -1 : p.Folded.LastIndexOf(". ", span.Start - 1, StringComparison.Ordinal);
        var sentence = p.Folded.AsSpan(stop + 1).TrimStart();
        if (calendar.IssuedOn is { } on && sentence.Length > 0 && sentence[0] is 'n' or 'g'
            && TargetStatedYearRule.In(rules).Match(sentence[..Math.Min(sentence.Length, StatedYearReach)].ToString()) is { Success: true } stated
            && int.Parse(stated.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) is var statedYear
            && (statedYear < on.Year || (stated.Groups["school"].Success && statedYear == on.Year && on.Month >= SchoolYearEnds)))
        {
            return;
        }
        // "Tiếp tục phát huy kết quả đạt được năm 2022: toàn tỉnh kết nạp 2.186 hội viên mới, đạt 109,3%
        // chỉ tiêu; …" in a 2023 plan (corpus/blind ao01): the results of a year before the document's.
        if (calendar.IssuedOn is { } issuedOn && sentence.Length > 0
            && TargetResultsOfYearRule.In(rules).Match(sentence[..Math.Min(sentence.Length, ResultsOfYearReach)].ToString()) is { Success: true } results
            && int.Parse(results.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) < issuedOn.Year)
        {
            return;
        }
        var dated = DatePhraseFinder.Find(cf, calendar).FirstOrDefault(d => !d.IsLabel);
        var clauseBy = dated is not null ? dated.Due.ToString() : YearOf(rules, cf) ?? by;
        if (calendar.IssuedOn is { } issued && clauseBy is { Length: >= 4 } && int.TryParse(clauseBy.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var year) && year < issued.Year)
        {
            // "Theo kết quả rà soát cuối năm 2021, toàn huyện có 512 hộ nghèo, chiếm 1,11%" in a 2022
            // plan (corpus/blind c08): where things stood before the document, not a goal of it.
            return;
        }
        string? sharedComparator = null;
        var valueBy = clauseBy;
        var previousEnd = 0;
        Target? previous = null;
        foreach (Match m in values)
        {
            // "… 8% vào năm 2025 và trên 10% …" (al02): the indicator before a value stands before
            // the one it is joined to.
            var joined = previousEnd > 0 && previous is not null && TargetJoinedValueRule.In(rules).IsMatch(cf[previousEnd..m.Index]);
            if (previousEnd > 0 && YearOf(rules, cf[previousEnd..m.Index]) is { } later)
            {
                // "… đạt trên 30% và đến năm 2030, 100% chất thải rắn … được thu gom" (corpus/blind
                // c07): a year between two values starts a goal of its own, due then, whose
                // comparator is not the one before.
                (valueBy, sharedComparator) = (later, null);
            }
            previousEnd = m.Index + m.Length;
            // "trên 8% vào năm 2025" (al02): a year written after the value is the value's own.
            var yearAfter = TargetYearAfterRule.In(rules).Match(cf[previousEnd..]);
            if (yearAfter.Success)
            {
                previousEnd += yearAfter.Length;
            }
            var lead = Tail(cf, m.Index);
            var cmpWord = m.Groups["cmp"].Value.Trim();
            // A share with a bound is a requirement, a goal wherever it stands: "bảo đảm số cá nhân
            // là người lao động trực tiếp chiếm ít nhất 30% tổng số" (corpus/blind c05, f05, g05;
            // README-b: a share of a base not yet known is a target); a bare share is a split.
            if ((!goal && cmpWord.Length == 0 && TargetShareRule.In(rules).IsMatch(lead)) || TargetFundingRule.In(rules).IsMatch(lead))
            {
                continue;
            }
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
            else if (m.Groups["lo"].Success && !isTimes)
            {
                // "giảm từ 5-10%" (provincial-resolutions 54-2017): at least the lower end.
                comparator = ">=";
                sharedComparator = comparator;
            }
            else if (m.Groups["up"].Success)
            {
                // "đạt 7,52% trở lên" (provincial-resolutions 54-2017): at least.
                comparator = ">=";
                sharedComparator = comparator;
            }
            else if (cmpWord.Length > 0)
            {
                comparator = Comparator(rules, cmpWord);
                sharedComparator = comparator;
            }
            else if (isPercent && !InBreakdown(rules, ct, cf, m))
            {
                // "Ít nhất 80% hồ sơ … cấp tỉnh, 60% hồ sơ … cấp huyện": the comparator carries over.
                comparator = sharedComparator ?? "=";
            }
            else if (goal && (StartsWithValue(rules, cf, m) || !InBreakdown(rules, ct, cf, m)))
            {
                // "Phấn đấu 22 xã đã đăng ký sẽ đạt chuẩn nông thôn mới" (provincial-resolutions
                // 54-2017), "tu bổ, sửa chữa 13 hồ chứa", "xây dựng 22 điểm quan trắc" under "Mục
                // tiêu cụ thể" (89): a count the text strives for — exactly, or as the count before it.
                comparator = sharedComparator ?? "=";
            }
            else
            {
                continue;
            }
            if (!isPercent && !isTimes && (!goal || TargetAllottedCountRule.In(rules).IsMatch(Tail(ct, m.Index)) || HeldBy(rules, cf, m.Index)))
            {
                continue;
            }
            // "100% số xã (15/15 xã)" (m01): the share of all again, in other words.
            if (Parentheses.Enclose(cf, m.Index) && m.Value.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }
            var value = decimal.Parse((m.Groups["lo"].Success && !isTimes ? m.Groups["lo"] : m.Groups["v"]).Value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
            var unit = isPercent ? (unitFolded.Contains("/nam", StringComparison.Ordinal) ? "%/năm" : "%")
                : isTimes ? "lần"
                : ct.Substring(m.Groups["unit"].Index, m.Groups["unit"].Length).TrimEnd();
            // "… 4,44 25 12 2 Xã Huổi Só 1.180 …" (corpus/blind ae06, a table no reader took): a row's
            // number before its place's name, no count of a unit; units are written in lower case.
            if (!isPercent && !isTimes && unit.Length > 0 && char.IsUpper(unit[0]) && !VietnameseText.IsAcronym(unit.Split(' ')[0]))
            {
                continue;
            }
            var indicator = joined && previous!.Unit == unit ? previous.Indicator
                : Indicator(rules, ct, cf, m, isPercent && cmpWord.Length == 0 || m.Index < 4 || StartsWithValue(rules, cf, m), decrease);
            // "1. Kết nạp hội viên mới (4.500 hội viên)" (corpus/blind bb06): a figure in brackets no words name, a
            // heading's sum of the shares listed under it, is no one's goal.
            if (string.IsNullOrWhiteSpace(indicator) && Parentheses.Enclose(cf, m.Index))
            {
                continue;
            }
            previous = new Target(indicator, comparator, value, unit, yearAfter.Success ? yearAfter.Groups["y"].Value : valueBy);
            result.Add(previous);
        }
        foreach (Match m in TargetNoneLeftRule.In(rules).Matches(cf))
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

    // "UBND thành phố giao phường Phú Thủy chỉ tiêu vận động 260 đơn vị máu" (corpus/blind as06): what a
    // higher level hands down is a share, not a goal, though its section sets goals (rule target.held-share).
    private static bool HeldBy(RuleBook rules, string cf, int at) => TargetHeldShareRule.In(rules).IsMatch(Tail(cf, at));

    /// <summary>
    /// The goals less those that restate a share: a count the document gives a holder named in the
    /// goal's own words ("Công an phường" / 15 đơn vị máu, corpus/blind as06, read as a goal because
    /// its section sets goals) is the holder's share.
    /// </summary>
    public static IReadOnlyList<Target> WithoutShares(IReadOnlyList<Target> targets, IReadOnlyList<Quota> quotas) =>
        quotas.Count == 0 ? targets
            : [.. targets.Where(t => !quotas.Any(q => q.Count == t.Value && q.Unit == t.Unit && q.Holder.Any(h => t.Indicator.Contains(h, StringComparison.OrdinalIgnoreCase))))];

    // The values of a clause (rule target.value), and in a goal the counts it bounds in a quota's
    // nouns (target.bounded-count) where no value stands, in reading order.
    private static List<Match> Values(RuleBook rules, string cf, bool goal)
    {
        var values = TargetValueRule.In(rules).Matches(cf).ToList();
        if (!goal)
        {
            return values;
        }
        var before = values.Count;
        foreach (Match b in TargetBoundedCountRule.In(rules).Matches(cf))
        {
            if (!values.Take(before).Any(v => v.Index < b.Index + b.Length && b.Index < v.Index + v.Length))
            {
                values.Add(b);
            }
        }
        return values.Count == before ? values : [.. values.OrderBy(v => v.Index)];
    }

    // The words right before a value, which the rules that end in "$" read: a bounded tail, so a
    // long paragraph's many values do not each scan it from its start.
    private static string Tail(string s, int end) => s[Math.Max(0, end - 80)..end];

    // True when the value only splits a figure before it ("255.053,9ha, trong đó … 196.114,2ha").
    private static bool InBreakdown(RuleBook rules, string ct, string cf, Match m)
    {
        var of = TargetBreakdownRule.In(rules).Match(ct[..m.Index]);
        return of.Success && TargetValueRule.In(rules).IsMatch(cf[..of.Index]);
    }

    // True when only a lead-in ("Phấn đấu đến năm 2020 toàn tỉnh có") stands before the value.
    private static bool StartsWithValue(RuleBook rules, string cf, Match m)
    {
        var head = cf[..m.Index].TrimEnd();
        if (head.Length == 0)
        {
            return true;
        }
        var lead = TargetLeadInRule.In(rules).Match(head);
        return lead.Success && lead.Index + lead.Length >= head.Length;
    }

    // "còn dưới" → "<", "không quá" → "<=", "ít nhất" → ">=", "đạt trên" → ">", "đạt" → "=" (vocabulary target-comparators).
    internal static string Comparator(RuleBook rules, string word) =>
        rules.Vocabulary("target-comparators").Map("folded", "comparator").GetValueOrDefault(word, "=");

    // The indicator is the noun phrase after the value ("100% cơ quan nhà nước …") or before the
    // comparator ("Tỷ lệ hồ sơ … không quá 2%"), without the verbs that join them.
    private static string Indicator(RuleBook rules, string ct, string cf, Match m, bool after, bool decrease)
    {
        string phrase;
        if (after)
        {
            var end = ct.Length;
            var next = TargetValueRule.In(rules).Match(cf, m.Index + m.Length);
            if (next.Success)
            {
                end = next.Index;
            }
            phrase = ct[(m.Index + m.Length)..end];
            phrase = TargetCountOfRule.In(rules).Remove(phrase);
        }
        else
        {
            var start = 0;
            var head = cf[..m.Index];
            var lead = TargetLeadInRule.In(rules).Match(head);
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
            phrase = TargetVerbLeadRule.In(rules).Remove(phrase);
            phrase = TargetYearPhraseRule.In(rules).Remove(phrase);
            var baseline = TargetBaselineRule.In(rules).Match(cf, m.Index);
            if (baseline.Success && (m.Groups["times"].Success || decrease))
            {
                phrase += " " + ct.Substring(baseline.Index, baseline.Length).Trim();
            }
        }
        phrase = Trimmed(rules, phrase);
        // "Tổng số ngày công tình nguyện phấn đấu đạt 4.500 ngày công" (corpus/blind aq03): a lead-in
        // after the indicator leaves nothing after it or the value; the indicator is what stands before it.
        if (phrase.Length == 0 && TargetLateLeadInRule.In(rules).Match(cf[..m.Index]) is { Success: true, Index: > 0 } late)
        {
            phrase = Trimmed(rules, TargetVerbLeadRule.In(rules).Remove(ct[..late.Index]));
        }
        if (decrease)
        {
            phrase = "mức giảm " + TargetDecreaseLeadRule.In(rules).Remove(phrase);
        }
        return phrase.Length > 0 && char.IsUpper(phrase[0]) && !(phrase.Length > 1 && char.IsUpper(phrase[1]))
            ? char.ToLowerInvariant(phrase[0]) + phrase[1..]
            : phrase;
    }

    private static string Trimmed(RuleBook rules, string phrase) =>
        TargetExceptionAsideRule.In(rules).Remove(TargetTrailingVerbsRule.In(rules).Remove(VietnameseText.CollapseSpaces(phrase)).Trim(PhraseEnds));

    private static string? YearOf(RuleBook rules, string folded)
    {
        var m = TargetTargetYearRule.In(rules).Match(folded);
        return m.Success ? m.Groups["y"].Value : null;
    }
}
