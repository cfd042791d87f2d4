using Ingest.Corpus.Official;
using Ingest.Evaluation;

namespace Ingest.Tests.Corpus;

/// <summary>
/// The parser on the corpus' own plans, whose headers and signer tables are written in each of
/// the ways OCR reads them (column after column, across, right column first, signer interleaved
/// with the recipients).
/// </summary>
public class OfficialDocumentParserTests
{
    private static IReadOnlyList<OfficialDocument> Plan(string name) =>
        OfficialDocumentParser.Parse(File.ReadAllText(CorpusFiles.Path_("plans", name + ".txt")));

    private static string[] Texts(IEnumerable<HeaderLine> lines) => lines.Select(l => l.Text).ToArray();

    [Fact]
    public void A_header_read_column_after_column_is_split_into_its_parts()
    {
        var d = Assert.Single(Plan("a01"));
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 712/KH-UBND"], Texts(d.Left));
        // "ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN" is one name over two lines: both bold, no parent body.
        Assert.Equal([HeaderRole.Unit, HeaderRole.Unit, HeaderRole.Number], d.Left.Select(l => l.Role));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 21 tháng 11 năm 2016"], Texts(d.Right));
        Assert.Equal([HeaderRole.Motto, HeaderRole.Tagline, HeaderRole.PlaceDate], d.Right.Select(l => l.Role));
        Assert.Equal("KẾ HOẠCH", d.Kind);
        Assert.Equal(["Tổ chức thực hiện Phong trào thi đua “Nghệ An chung sức", "xây dựng nông thôn mới” giai đoạn 2016 - 2020"], d.Title);
        Assert.StartsWith("Căn cứ Luật Thi đua", d.Body[0], StringComparison.Ordinal);
        Assert.StartsWith("Trong quá trình thực hiện", d.Body[^1], StringComparison.Ordinal);
        Assert.Equal(9, d.Recipients!.Count);
        Assert.Equal("- Lưu: VT, NN (Hg).", d.Recipients[^1]);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], d.SignerTitle);
        Assert.Equal("Hoàng Nghĩa Khiêm", d.SignerName);
        Assert.Null(d.SignerNote);
    }

    [Fact]
    public void A_header_read_across_its_columns_is_split_between_them()
    {
        // "UBND TỈNH ĐẮK LẮK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"
        // / "Số: 1845/KH-SYT Đắk Lắk, ngày 5 tháng 3 năm 2021"
        var d = Assert.Single(Plan("b03"));
        Assert.Equal(["UBND TỈNH ĐẮK LẮK", "SỞ Y TẾ", "Số: 1845/KH-SYT"], Texts(d.Left));
        Assert.Equal([HeaderRole.Parent, HeaderRole.Unit, HeaderRole.Number], d.Left.Select(l => l.Role));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đắk Lắk, ngày 5 tháng 3 năm 2021"], Texts(d.Right));
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], d.SignerTitle);
        Assert.Equal("Trần Quang Nhật", d.SignerName);
    }

    [Fact]
    public void A_header_read_right_column_first_still_puts_the_issuer_left()
    {
        var d = Assert.Single(Plan("a10"));
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 187/KH-UBND"], Texts(d.Left));
        Assert.Equal("Phú Thọ, ngày 20 tháng 01 năm 2021", d.Right.Last().Text);
        Assert.Equal(3, d.Title.Count);
    }

    [Fact]
    public void A_letter_and_its_plan_are_two_documents_and_a_signer_read_across_the_recipients_is_taken_apart()
    {
        var docs = Plan("a02");
        Assert.Equal(2, docs.Count);
        var letter = docs[0];
        Assert.Null(letter.Kind);
        Assert.Equal(["V/v triển khai Kế hoạch cải cách hành chính", "nhà nước giai đoạn 2021 - 2025"],
            letter.Left.Where(l => l.Role == HeaderRole.Subject).Select(l => l.Text));
        Assert.Equal([HeaderRole.Parent, HeaderRole.Unit], letter.Left.Take(2).Select(l => l.Role));
        Assert.Equal("Kính gửi:", letter.Body[0]);
        Assert.Equal("Vũ Thị Ngọc Diệp", letter.SignerName);

        // "Nơi nhận: TM. ỦY BAN NHÂN DÂN" / "- Bộ Nội vụ; CHỦ TỊCH" / … / "- Lưu: VT, NC. Trịnh Văn Quảng"
        var plan = docs[1];
        Assert.Equal("KẾ HOẠCH", plan.Kind);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], plan.SignerTitle);
        Assert.Equal("Trịnh Văn Quảng", plan.SignerName);
        Assert.Equal(["- Bộ Nội vụ;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành thuộc UBND tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, NC."], plan.Recipients);
    }

    public static TheoryData<string> Plans() => [.. Directory.EnumerateFiles(CorpusFiles.Path_("plans"), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_printed_word_of_a_plan_is_in_exactly_one_part(string name)
    {
        var text = File.ReadAllText(CorpusFiles.Path_("plans", name + ".txt"));
        // Rule lines ("-------") are drawn, not printed as text.
        var printed = string.Join('\n', text.Split('\n').Where(l => !l.Trim().All(c => c is '-' or '_' or '=')));
        var parts = string.Join('\n', OfficialDocumentParser.Parse(text).SelectMany(d => d.ReadingOrder()));
        Assert.Equal(TextAccuracy.Tokens(printed).Order(StringComparer.Ordinal), TextAccuracy.Tokens(parts).Order(StringComparer.Ordinal));
    }
}
