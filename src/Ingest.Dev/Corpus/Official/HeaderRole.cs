namespace Ingest.Corpus.Official;

/// <summary>
/// What a line of an administrative document's header is, in the two-column header table of
/// Nghị định 30/2020/NĐ-CP (Decree 30, Appendix I): the issuer's column on the left, the national
/// motto's column on the right.
/// </summary>
public enum HeaderRole
{
    /// <summary>Left: the parent body (cơ quan chủ quản), regular caps: "UBND TỈNH THÁI BÌNH".</summary>
    Parent,
    /// <summary>Left: the issuing body, bold caps with a short rule under it: "SỞ NỘI VỤ".</summary>
    Unit,
    /// <summary>Left: number and code, "Số: 712/KH-UBND".</summary>
    Number,
    /// <summary>Left: a letter's subject under its number, "V/v triển khai Kế hoạch …" and its continuation lines.</summary>
    Subject,
    /// <summary>Right: the national name (quốc hiệu), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold caps.</summary>
    Motto,
    /// <summary>Right: the motto (tiêu ngữ), "Độc lập - Tự do - Hạnh phúc", bold with a rule under it.</summary>
    Tagline,
    /// <summary>Right: place and date, italic: "Nghệ An, ngày 21 tháng 11 năm 2016".</summary>
    PlaceDate,
}
