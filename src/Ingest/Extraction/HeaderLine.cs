using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>What a line of a document's header block is.</summary>
public enum HeaderLineKind
{
    None,
    Blank,
    /// <summary>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", rules under them.</summary>
    Motto,
    /// <summary>"Số: 2123/STP-VP".</summary>
    Number,
    /// <summary>"Đồng Nai, ngày 08 tháng 11 năm 2017".</summary>
    PlaceDate,
    /// <summary>"UBND TỈNH ĐỒNG NAI", "SỞ TƯ PHÁP", "TÊN ĐƠN VỊ".</summary>
    Issuer,
    /// <summary>"KẾ HOẠCH", "ĐỀ CƯƠNG BÁO CÁO": the type heading above the title.</summary>
    KindHeading,
    /// <summary>"V/v triển khai Kế hoạch số …": a letter's subject.</summary>
    Subject,
}

/// <summary>Classifies header lines on folded text, so OCR that lost the marks still classifies.</summary>
public static class HeaderLine
{
    private static readonly RuleRef HeaderBodyStartRule = new("header.body-start");
    private static readonly RuleRef HeaderMottoRule = new("header.motto");
    private static readonly RuleRef HeaderNumberLineRule = new("header.number-line");
    private static readonly RuleRef HeaderPlaceDateLineRule = new("header.place-date-line");
    private static readonly RuleRef HeaderRuleLineRule = new("header.rule-line");
    private static readonly RuleRef HeaderSubjectLostVRule = new("header.subject-lost-v");

    // "- SỞ GIÁO DỤC VÀ ĐÀO TẠO": what stands before an issuer line's first word (kept as one array: every line is classified).
    private static readonly char[] RuleMarks = ['-', '–', '.', '•', ' '];

    /// <summary>
    /// True for the first line of a body, which ends a title or a letter's subject ("Căn cứ …",
    /// "Thực hiện Kế hoạch số …", "Kính gửi:", "I. …"; rule header.body-start). Written capitalised: a
    /// title or subject that wraps onto "thực hiện văn hóa công sở” giai đoạn 2019 - 2025" runs on
    /// (corpus/blind e07).
    /// </summary>
    public static bool StartsBody(RuleBook rules, SourceLine line) =>
        HeaderBodyStartRule.In(rules).IsMatch(line.Folded) && line.Text.Length > 0 && !char.IsLower(line.Text[0]);

    /// <summary>Classifies one line.</summary>
    public static HeaderLineKind Classify(RuleBook rules, SourceLine line)
    {
        if (line.IsBlank)
        {
            return HeaderLineKind.Blank;
        }
        var f = line.Folded;
        if (HeaderMottoRule.In(rules).IsMatch(f) || HeaderRuleLineRule.In(rules).IsMatch(f))
        {
            return HeaderLineKind.Motto;
        }
        if (HeaderNumberLineRule.In(rules).IsMatch(f))
        {
            return HeaderLineKind.Number;
        }
        if (f.StartsWith("v/v", StringComparison.Ordinal) || f.StartsWith("v/ v", StringComparison.Ordinal) || HeaderSubjectLostVRule.In(rules).IsMatch(f))
        {
            return HeaderLineKind.Subject;
        }
        if (HeaderPlaceDateLineRule.In(rules).IsMatch(f))
        {
            return HeaderLineKind.PlaceDate;
        }
        if (IsKindHeading(rules, line))
        {
            return HeaderLineKind.KindHeading;
        }
        // "- SỞ GIÁO DỤC VÀ ĐÀO TẠO": OCR reads the rule under a header line as a dash in front of the next (danang-scans 1.pdf).
        if (Text.VietnameseText.IsAllCaps(line.Text) && line.Text.Length <= 80)
        {
            var bare = f.TrimStart(RuleMarks);
            if (rules.Words("issuer-line-starts", "start").Any(s => bare.StartsWith(s, StringComparison.Ordinal)))
            {
                return HeaderLineKind.Issuer;
            }
        }
        return HeaderLineKind.None;
    }

    /// <summary>
    /// A type heading is in capitals and starts with a type name ("KẾ HOẠCH", "QUYẾT ĐỊNH",
    /// "ĐỀ CƯƠNG BÁO CÁO"); section headings ("II. KẾT QUẢ…") start with a numeral and are not.
    /// </summary>
    public static bool IsKindHeading(RuleBook rules, SourceLine line)
    {
        var match = rules.Kinds.MatchName(line.Folded);
        if (match is null)
        {
            return false;
        }
        var head = line.Text[..match.Value.Length];
        // "QUYẾT ĐỊNH:" above "Điều 1." is the enacting formula of a decision, not a new one
        // (hanoi-decisions: every QĐ-UBND has it); a heading has no colon after it.
        if (line.Text[head.Length..].Trim() == ":")
        {
            return false;
        }
        // The heading itself must be capitals; a title may follow on the same line.
        return Text.VietnameseText.IsAllCaps(head)
            && (line.Text.Length == head.Length || !char.IsLetterOrDigit(line.Text[head.Length]));
    }
}
