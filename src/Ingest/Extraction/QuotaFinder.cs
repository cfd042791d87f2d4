using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Finds the allocations of awards and places: "Sở Kế hoạch và Đầu tư: … 01 tập thể, 01 cá nhân",
/// "Mỗi huyện, thành phố, thị xã lựa chọn, đề nghị 01 xã, 01 thôn …", and the exception
/// "Riêng huyện Sơn Động lựa chọn, đề nghị 02 đơn vị cấp xã" as a quota of its own.
/// </summary>
public static partial class QuotaFinder
{
    /// <summary>The quotas of one document's body paragraphs, in reading order.</summary>
    public static IReadOnlyList<Quota> Find(RuleBook rules, IReadOnlyList<BodyParagraph> paragraphs)
    {
        var result = new List<Quota>();
        string? purpose = null;
        foreach (var p in paragraphs)
        {
            if (p.Label.Kind == SectionLabelKind.Roman)
            {
                purpose = null;
            }
            var award = Award().Match(p.Text);
            if (award.Success && (p.Label.Kind is SectionLabelKind.Arabic or SectionLabelKind.Letter || award.Index < 3))
            {
                purpose = CleanPurpose(award.Value);
            }
            if (p.InPreamble)
            {
                continue;
            }
            FindIn(rules, p, purpose, result);
        }
        return result;
    }

    private static void FindIn(RuleBook rules, BodyParagraph p, string? purpose, List<Quota> result)
    {
        var text = p.Text;
        var folded = p.Folded;
        var counts = Count().Matches(folded).Where(m => !InParenthesis(folded, m.Index) && !AfterFloor(folded, m.Index)).ToList();
        if (counts.Count == 0)
        {
            return;
        }
        var context = folded + " " + (p.LeadIn is null ? "" : VietnameseText.Fold(p.LeadIn));
        var colonForm = ColonCount().IsMatch(folded);
        if (!Allocation().IsMatch(context) && !colonForm && purpose is null)
        {
            return;
        }
        var clauses = ClauseSplitter.Split(rules, folded);
        foreach (var m in counts)
        {
            var clause = clauses.FirstOrDefault(c => c.Start <= m.Index && m.Index < c.End);
            var holder = HolderOf(rules, text, folded, clause, m.Index)
                ?? (clause.Start > 0 ? ColonHolder(rules, text[..m.Index]) : null)
                ?? HolderOfLeadIn(rules, p.LeadIn);
            if (holder is null)
            {
                continue;
            }
            var purposeHere = Award().Match(text) is { Success: true } own && own.Index < m.Index ? CleanPurpose(own.Value) : purpose;
            result.Add(new Quota
            {
                Holder = holder.Value.Names,
                Each = holder.Value.Each,
                Count = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture),
                Unit = UnitOf(m.Groups["unit"].Value, text.Substring(m.Groups["unit"].Index, m.Groups["unit"].Length)),
                Purpose = purposeHere,
            });
        }
    }

    private readonly record struct Holder(IReadOnlyList<string> Names, bool Each);

    private static Holder? HolderOf(RuleBook rules, string text, string folded, ClauseSplitter.Span clause, int at)
    {
        var cf = folded[clause.Start..at];
        var ct = text[clause.Start..at];
        // "Riêng các huyện Kỳ Sơn, Tương Dương … được đề nghị 02 thôn": the exception's own holders.
        var rieng = Rieng().Match(cf);
        if (rieng.Success)
        {
            var names = ct[(rieng.Index + rieng.Length)..];
            var stop = StopIn(names);
            var list = ExpandNames(names[..stop]);
            return new Holder(list, list.Count > 1);
        }
        // "Mỗi huyện, thành phố, thị xã lựa chọn …": a class of holders; "X, Y: mỗi đơn vị …": the list before ":".
        var moi = Moi().Match(ct);
        if (moi.Success)
        {
            var what = ct[(moi.Index + moi.Length)..];
            var digit = what.AsSpan().IndexOfAnyInRange('0', '9');
            var cls = what[..Math.Min(StopIn(what), digit < 0 ? what.Length : digit)].Trim(' ', ',', ':');
            var before = ct[..moi.Index];
            var colon = before.LastIndexOf(':');
            if (colon > 0 && Generic().IsMatch(VietnameseText.Fold(cls)))
            {
                var start = before.LastIndexOf(':', colon - 1) + 1;
                var list = SplitList(StripLabel(before[start..colon]));
                return new Holder(list, true);
            }
            if (cls.Length > 0 && !Generic().IsMatch(VietnameseText.Fold(cls)))
            {
                return new Holder([Lower("các " + cls)], true);
            }
        }
        // "Sở Lao động - Thương binh và Xã hội: 02 tập thể, 02 cá nhân".
        var colonAt = ct.IndexOf(':');
        var lead = colonAt > 0 ? Regex.Replace(StripLabel(ct[..colonAt]), @"\s*\([^)]*\)", "") : "";
        if (colonAt > 0 && ResponsibleParty.NamesBody(rules, lead))
        {
            var list = SplitList(lead);
            return new Holder(list, list.Count > 1);
        }
        // "Sở Văn hóa và Thể thao lựa chọn 01 tập thể"; "…, tỉnh Quảng Ngãi được đề nghị 01 tập thể".
        var afterColon = colonAt > 0 ? colonAt + 1 : 0;
        var sf = cf[afterColon..].TrimStart();
        var offset = afterColon + (cf.Length - afterColon - sf.Length);
        var subject = ResponsibleParty.SubjectLength(rules, ct[offset..]);
        if (subject > 0)
        {
            var list = ResponsibleParty.Split(rules, ct.Substring(offset, subject));
            return list.Count == 0 ? null : new Holder(list.Count == 1 ? [list[0]] : list, list.Count > 1);
        }
        var passive = Passive().Match(cf);
        if (passive.Success)
        {
            var head = ct[..passive.Index];
            var comma = head.LastIndexOf(',');
            var name = head[(comma + 1)..].Trim();
            if (name.Length > 0)
            {
                return new Holder([name], false);
            }
        }
        return null;
    }

    // "- Sở Lao động - Thương binh và Xã hội: Lựa chọn …; 01 tập thể, 01 cá nhân": the body
    // before the paragraph's ":" holds every count after it.
    private static Holder? ColonHolder(RuleBook rules, string text)
    {
        var colonAt = text.IndexOf(':');
        if (colonAt <= 0)
        {
            return null;
        }
        var lead = Regex.Replace(StripLabel(text[..colonAt]), @"\s*\([^)]*\)", "");
        if (!ResponsibleParty.NamesBody(rules, lead))
        {
            return null;
        }
        var list = SplitList(lead);
        return new Holder(list, list.Count > 1);
    }

    // Where a list of holders ends: at the verb ("… mỗi huyện đề nghị", "… là địa bàn …") — a verb in
    // lower case, so "Cù Lao Dung" and "Na Cồ" (folded "cu", "co") are names, not "cử", "có".
    private static int StopIn(string original)
    {
        var folded = VietnameseText.Fold(original);
        foreach (Match m in HolderStop().Matches(folded))
        {
            var at = m.Value == ":" ? m.Index : m.Index + 1;
            if (m.Value == ":" || (at < original.Length && char.IsLower(original[at])))
            {
                return m.Index;
            }
        }
        return original.Length;
    }

    private static Holder? HolderOfLeadIn(RuleBook rules, string? leadIn)
    {
        if (leadIn is null)
        {
            return null;
        }
        var f = VietnameseText.Fold(leadIn);
        var end = Math.Max(0, leadIn.Length - 1);
        return HolderOf(rules, leadIn, f, new ClauseSplitter.Span(0, leadIn.Length), end);
    }

    // "các huyện Ba Tơ, Minh Long, Sơn Hà" → "huyện Ba Tơ", "huyện Minh Long", "huyện Sơn Hà";
    // "thôn Na Cồ và tổ dân phố Bắc Hà 2" → both; "Khối thi đua các huyện, thị xã" stays whole.
    private static List<string> ExpandNames(string names)
    {
        var s = VietnameseText.CollapseSpaces(names).Trim(' ', ',', ':');
        s = Regex.Replace(s, @"^(?:các|Các)\s+", "");
        var parts = Regex.Split(s, @",\s*|\s+và\s+").Where(x => x.Length > 0).ToList();
        var result = new List<string>();
        string? noun = null;
        foreach (var part in parts)
        {
            var m = Level().Match(part);
            if (m.Success && m.Length < part.Length && char.IsUpper(part[m.Length]))
            {
                noun = m.Value.Trim();
                result.Add(part);
            }
            else if (noun is not null && part.Length > 0 && char.IsUpper(part[0]))
            {
                result.Add($"{noun} {part}");
            }
            else
            {
                return [s];
            }
        }
        return result.Count == 0 ? [s] : result;
    }

    private static List<string> SplitList(string list)
    {
        var s = VietnameseText.CollapseSpaces(ResponsibleLead().Replace(list, "")).Trim(' ', ',', ':', '-');
        var named = Regex.Match(s, @"^(?:Các|các)\s+(huyện|phường|xã|thị xã|thành phố|quận|thôn)\s+\p{Lu}");
        if (named.Success)
        {
            return ExpandNames(s);
        }
        var parts = Regex.Split(s, @";\s*|,\s*(?=(?:UBND|Ủy ban|Uỷ ban|Sở|Ban|Phòng|Văn phòng|Chi nhánh|Hội|Đài|Báo|Trung tâm|Công an|Bộ)\s)")
            .Select(x => x.Trim(' ', ',')).Where(x => x.Length > 0).Select(Lower).ToList();
        return parts;
    }

    // A class of holders is written in lower case with "các": "các huyện, thị xã, thành phố".
    private static string Lower(string s) =>
        s.StartsWith("Các ", StringComparison.Ordinal) ? "c" + s[1..] : s;

    private static string StripLabel(string s) =>
        Regex.Replace(s.Trim(), @"^(?:[-+•]\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\)\s*)", "").Trim();

    private static string UnitOf(string folded, string original) => folded switch
    {
        "xa" or "phuong" or "thi tran" or "xa, phuong, thi tran" or "don vi cap xa" => "đơn vị cấp xã",
        "thon" or "thon, ban" => "thôn",
        _ when folded.StartsWith("doanh nghiep", StringComparison.Ordinal) => "doanh nghiệp",
        _ => original,
    };

    private static string CleanPurpose(string s)
    {
        var p = s.Trim().TrimEnd(':', '.', ';', ',');
        // "Bằng khen của Chủ tịch UBND tỉnh tặng tập thể …": the award ends where its use begins.
        var end = PurposeEnd().Match(p);
        if (end.Success)
        {
            p = p[..end.Index];
        }
        return p.StartsWith("Bảng khen", StringComparison.Ordinal) ? "Bằng" + p[4..] : p;
    }

    private static bool InParenthesis(string folded, int at)
    {
        var open = folded.LastIndexOf('(', at);
        return open >= 0 && folded.IndexOf(')', open) is var close && (close < 0 || close > at);
    }

    // "ít nhất 03 đơn vị cấp huyện đạt chuẩn" is a target, not an allocation.
    private static bool AfterFloor(string folded, int at) =>
        Floor().IsMatch(folded[Math.Max(0, at - 12)..at]);

    [GeneratedRegex(@"(?:it nhat|toi thieu|khong duoi|tren|dat)\s*$")]
    private static partial Regex Floor();

    [GeneratedRegex(@"(?<![\d.,/])(?<n>\d{1,3})\s+(?<unit>don vi cap xa|don vi cap huyen|don vi|tap the|ca nhan|ho gia dinh|doanh nghiep|doanh nhan|xa, phuong, thi tran|thon, ban|thon|xa|phuong|thi tran|doi thi|lanh dao|cong chuc)\b")]
    private static partial Regex Count();

    [GeneratedRegex(@"de nghi|lua chon|\bcu\b|suy ton|xet chon|gioi thieu|thanh lap|phan bo")]
    private static partial Regex Allocation();

    [GeneratedRegex(@"^[^:]{3,120}:\s*(?:khong qua\s+)?\d{1,3}\s")]
    private static partial Regex ColonCount();

    [GeneratedRegex(@"\s(?:tặng|cho|khen thưởng|về|theo|đối với|được|trình)\s")]
    private static partial Regex PurposeEnd();

    [GeneratedRegex(@"\brieng\s+")]
    private static partial Regex Rieng();

    // "mỗi" on the original text: folded, it is also "mới" ("nông thôn mới tỉnh").
    [GeneratedRegex(@"\b[Mm]ỗi\s+")]
    private static partial Regex Moi();

    [GeneratedRegex(@"\s(?:la|duoc|cu|de nghi|lua chon|gioi thieu|suy ton|binh xet|thanh lap|co|moi|xet chon)\b|:")]
    private static partial Regex HolderStop();

    [GeneratedRegex(@"^(?:don vi|co quan|so|huyen|phuong|xa|noi|dia phuong|nganh|tinh)$")]
    private static partial Regex Generic();

    [GeneratedRegex(@"\s(?:duoc de nghi|duoc phan bo|duoc cu)\b")]
    private static partial Regex Passive();

    [GeneratedRegex(@"^(?:huyện|phường|xã|thị xã|thành phố|quận|thị trấn|thôn|tổ dân phố|bản|ấp|khóm)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Level();

    [GeneratedRegex(@"^(?:Đề nghị|Giao)\s+")]
    private static partial Regex ResponsibleLead();

    // "Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen của Chủ tịch UBND xã", "Cờ thi đua của UBND
    // tỉnh", "Hội thi “Hòa giải viên giỏi” cấp tỉnh".
    [GeneratedRegex(@"(?:B[ằả]ng khen|Giấy khen|Cờ thi đua) của [^:;.(]+|Hội thi “[^”]+”(?: cấp \p{L}+)?")]
    private static partial Regex Award();
}
