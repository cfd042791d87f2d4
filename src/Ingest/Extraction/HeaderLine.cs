using System.Text.RegularExpressions;

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
public static partial class HeaderLine
{
    private static readonly string[] IssuerStarts =
    [
        "ubnd", "uy ban", "ui ban", "hdnd", "hoi dong", "so ", "ban ", "tinh ", "huyen ", "thanh pho", "thi xa", "xa ",
        "phuong ", "quan ", "phong ", "van phong", "ten don vi", "ten co quan", "bo ", "cuc ", "chi cuc", "trung tam",
        "tinh uy", "huyen uy", "dang uy", "uy ban mat tran", "mttq", "doan ",
        "va ", // the second line of "SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"
    ];

    /// <summary>Classifies one line.</summary>
    public static HeaderLineKind Classify(SourceLine line)
    {
        if (line.IsBlank)
        {
            return HeaderLineKind.Blank;
        }
        var f = line.Folded;
        if (Motto().IsMatch(f) || Rule().IsMatch(f))
        {
            return HeaderLineKind.Motto;
        }
        if (NumberLine().IsMatch(f))
        {
            return HeaderLineKind.Number;
        }
        if (f.StartsWith("v/v", StringComparison.Ordinal) || f.StartsWith("v/ v", StringComparison.Ordinal) || SubjectLostV().IsMatch(f))
        {
            return HeaderLineKind.Subject;
        }
        if (PlaceDateLine().IsMatch(f))
        {
            return HeaderLineKind.PlaceDate;
        }
        if (IsKindHeading(line))
        {
            return HeaderLineKind.KindHeading;
        }
        // "- SỞ GIÁO DỤC VÀ ĐÀO TẠO": OCR reads the rule under a header line as a dash in front of the next (danang-scans 1.pdf).
        var bare = f.TrimStart('-', '–', '.', '•', ' ');
        if (Text.VietnameseText.IsAllCaps(line.Text) && line.Text.Length <= 80
            && IssuerStarts.Any(s => bare.StartsWith(s, StringComparison.Ordinal)))
        {
            return HeaderLineKind.Issuer;
        }
        return HeaderLineKind.None;
    }

    /// <summary>
    /// A type heading is in capitals and starts with a type name ("KẾ HOẠCH", "QUYẾT ĐỊNH",
    /// "ĐỀ CƯƠNG BÁO CÁO"); section headings ("II. KẾT QUẢ…") start with a numeral and are not.
    /// </summary>
    public static bool IsKindHeading(SourceLine line)
    {
        var match = DocumentKinds.MatchName(line.Folded);
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

    /// <summary>The motto, possibly with an issuer line printed in front of it on the same line.</summary>
    // Tolerant of English-model OCR: "CONG HOA XA HQI CHU NGHIA", "Poc lap - Tw do - Hanh phiic".
    [GeneratedRegex(@"cong hoa xa h|chu nghia viet nam|[a-z]oc lap\s*-|\b[a-z]{1,2} do\s*-\s*hanh|hanh ph[a-z]{1,3}c\b")]
    public static partial Regex Motto();

    // "V/ thực hiện Thông báo số 496-TB/TU" (danang-scans 3.pdf): the second v lost to OCR.
    [GeneratedRegex(@"^v\s?/\s+[a-z]{2,}")]
    private static partial Regex SubjectLostV();

    [GeneratedRegex(@"^[-_=.\s]{3,}$")]
    private static partial Regex Rule();

    /// <summary>
    /// "Số: 2123/STP-VP", "So: /KH-UBND", "Số 12/KH-UBND"; OCR reads "Số" as "S6", "Sf", "So", "$6"
    /// and leaves a stray mark in front ("z) Số: 115 /CV-PA83", danang-scans 2.pdf) or after it
    /// ("Số:.4435 /SGDĐT-CTrTT").
    /// </summary>
    [GeneratedRegex(@"^(?:[^\s\w]{1,2}\s*|\w\)\s*)?[s$][o6f0]\s*[:.)]?[\s.,:;'`_~-]*[^\s]{0,12}\s{0,10}/")]
    public static partial Regex NumberLine();

    /// <summary>"Đồng Nai, ngày 08 tháng 11 năm 2017", "Biên Hòa, ngày 21/8/2017", "....., ngày    tháng    năm 2023".</summary>
    [GeneratedRegex(@"^[^,]{1,40},\s*ngay\b(?:.{0,20}thang\b|\s*\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d{2})")]
    public static partial Regex PlaceDateLine();
}
