using Ingest.Evaluation;
using Ingest.Extraction;
using Ingest.Jobs;
using Ingest.Ocr;

namespace Ingest.Tests.Extraction;

/// <summary>
/// Headers as real documents print them (issue 16): the cases that filed a document under a wrong
/// number, lost a number to one stray mark, or split a decision in two — on the lines as OCR and
/// text layers gave them, and on real files of ../shared/real read at test time.
/// </summary>
public class RealHeaderTests
{
    private static PlanDocument First(string text) => TestModels.Extractor.Extract("t.txt", text).Documents[0];

    [Theory]
    [InlineData("Số:.4435 /SGDĐT-CTrTT", "4435/SGDĐT-CTrTT")]
    [InlineData("z) Số: 115 /CV-PA83", "115/CV-PA83")]
    [InlineData("Số: 115 /CV-PA83", "115/CV-PA83")]
    [InlineData("$6: 245/KH-UBND Tân Phú, ngày 12 tháng 3 năm 2024", "245/KH-UBND")]
    [InlineData("Số: 35     /2024/KH-UBND                        Tân Phú, ngày 28 tháng 5 năm 2024", "35/2024/KH-UBND")]
    public void A_number_survives_stray_marks_and_blanks_and_keeps_its_letters(string numberLine, string expected)
    {
        var doc = First($"ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\n{numberLine}\n\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n\nI. MỤC ĐÍCH\n");
        Assert.Equal(expected, doc.Number);
    }

    // As corpus/blind r06 and aa03 print it: the body's name goes on on a third line of the left
    // column; "CÔNG AN TỈNH KON TUM" under "BỘ CÔNG AN" (ac04) names a place and is no such line. The
    // lowest body of the column issues: the committee's office (r02, ak01), a commune's committee
    // under its district's (ai07, ad07).
    [Theory]
    [InlineData("UBND TỈNH ĐẮK NÔNG\nBAN CHỈ ĐẠO LIÊN NGÀNH\nVỀ AN TOÀN THỰC PHẨM", "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Đắk Nông")]
    [InlineData("UBND TỈNH ĐẮK NÔNG\nBAN CHỈ ĐẠO LIÊN NGÀNH", "Ban Chỉ đạo liên ngành tỉnh Đắk Nông")]
    [InlineData("UBND TỈNH ĐẮK NÔNG\nVĂN PHÒNG", "Văn phòng UBND tỉnh Đắk Nông")]
    [InlineData("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\nVĂN PHÒNG", "Văn phòng UBND tỉnh Đắk Nông")]
    [InlineData("UBND HUYỆN ĐẮK MIL\nỦY BAN NHÂN DÂN\nXÃ ĐỨC MẠNH", "UBND xã Đức Mạnh")]
    public void The_lowest_body_of_the_left_column_issues_its_name_read_whole(string left, string expected)
    {
        var doc = First($"{left}\nSố: 07/KH-BCĐ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐắk Nông, ngày 22 tháng 3 năm 2019\n\nKẾ HOẠCH\nBảo đảm an toàn thực phẩm năm 2019\n\nI. MỤC ĐÍCH\n");
        Assert.Equal(expected, doc.Issuer);
    }

    [Fact]
    public void The_place_after_an_ocr_damaged_number_is_the_place()
    {
        var doc = First("ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\n$6: 245/KH-UBND Tân Phú, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n");
        Assert.Equal(("Tân Phú", "2024-03-12"), (doc.Place, doc.IssuedOn?.ToString()));
    }

    // QĐ 707/QĐ-TTg was filed as "Quyết định 52/TTr-NHNN", title ":" — its own number handwritten
    // and unread, a cited Tờ trình's number wrapped onto a line of its own, and "QUYẾT ĐỊNH:" taken
    // for a second document.
    [Fact]
    public void A_cited_number_is_never_the_documents_own()
    {
        const string Text = "THỦ TƯỚNG CHÍNH PHỦ\nSố:      /QĐ-TTg\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch hành động quốc gia\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
            + "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nXét đề nghị của Thống đốc Ngân hàng Nhà nước tại Tờ trình\nsố 52/TTr-NHNN ngày 15 tháng 5 năm 2020,\n\n"
            + "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động quốc gia.\n";
        var record = TestModels.Extractor.Extract("t.txt", Text);
        var doc = Assert.Single(record.Documents);
        Assert.Null(doc.Number);
        Assert.Equal("Quyết định", doc.Kind);
        Assert.Equal("Về việc ban hành Kế hoạch hành động quốc gia", doc.Title);
        Assert.Contains(doc.References, r => r.Number == "52/TTr-NHNN" && r.Relation == ReferenceRelation.Basis);
    }

    [Fact]
    public void A_code_that_names_another_kind_is_not_the_number_of_a_decision()
    {
        var doc = First("THỦ TƯỚNG CHÍNH PHỦ\nSố: 52/TTr-NHNN\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\nĐiều 1. Ban hành.\n");
        Assert.Null(doc.Number);
    }

    [Fact]
    public void A_text_without_a_header_takes_kind_issuer_and_title_from_its_words_and_says_so()
    {
        var doc = First("Triển khai thực hiện công tác phòng cháy chữa cháy năm 2024 trên địa bàn tỉnh\n\n"
            + "Thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2024 của UBND tỉnh, Sở Xây dựng ban hành Kế hoạch triển khai thực hiện như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n");
        Assert.Equal(("Kế hoạch", "Sở Xây dựng"), (doc.Kind, doc.Issuer));
        Assert.Equal("Triển khai thực hiện công tác phòng cháy chữa cháy năm 2024 trên địa bàn tỉnh", doc.Title);
        Assert.Equal(["kind", "issuer", "title"], doc.FromBody);
        Assert.Null(doc.Number);
    }

    [Fact]
    public void A_headed_document_says_nothing_was_read_from_its_body()
    {
        var doc = First("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nPhòng, chống thiên tai\n");
        Assert.Null(doc.FromBody);
        Assert.DoesNotContain("from_body", TestModels.Extractor.Extract("t.txt", "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nPhòng\n").ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_read_with_little_confidence_is_kept_for_review_not_filed()
    {
        const string Text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 4235/SGDĐT-CTrTT\nV/v bảo đảm an toàn giao thông\n\nKính gửi: Các trường\n";
        var confidence = new ReadingConfidence(new Dictionary<int, IReadOnlyList<(string, double)>>
        {
            [1] = [("SỞ", 96), ("Số:", 96.9), ("4235", 34.7), ("/SGDĐT-CTrTT", 92)],
        });
        var doc = TestModels.Extractor.Extract("t.txt", [Text], confidence).Documents[0];
        Assert.Null(doc.Number);
        Assert.Equal(("4235/SGDĐT-CTrTT", 34.7), (doc.NumberRead, doc.NumberConfidence));
        var sure = new ReadingConfidence(new Dictionary<int, IReadOnlyList<(string, double)>> { [1] = [("4235", 91.0)] });
        Assert.Equal("4235/SGDĐT-CTrTT", TestModels.Extractor.Extract("t.txt", [Text], sure).Documents[0].Number);
    }

    // hanoi-decisions QĐ 36/2025: the decision, then "QUY ĐỊNH … (Ban hành kèm theo Quyết định số
    //   /2025/QĐ-UBND …)" — the caption's number left blank for the signing tool: two documents,
    // the regulation citing its decision issued_by under the decision's own number.
    [Fact]
    public void A_decision_and_the_regulation_it_issues_are_two_documents()
    {
        var text = File.ReadAllText(RealFiles.Path_("hanoi-decisions", "pdftotext", "VanBanGoc_QĐ_36.2025.txt"));
        var record = TestModels.Extractor.Extract("36.2025.txt", text);
        Assert.Equal(["Quyết định", "Quy định"], record.Documents.Select(d => d.Kind));
        Assert.Equal("36/2025/QĐ-UBND", record.Documents[0].Number);
        var regulation = record.Documents[1];
        Assert.Null(regulation.Number);
        Assert.Equal("UBND thành phố Hà Nội", regulation.Issuer);
        var issuedBy = Assert.Single(regulation.References, r => r.Relation == ReferenceRelation.IssuedBy);
        Assert.Equal(record.Documents[0].Number, issuedBy.Number);
    }

    // hanoi-decisions 70.2024: the decision's own number is garbled in the text layer ("Số: 70 / 0
    // 7/2024"), but the regulation it issues prints it in its caption, "(Ban hành kèm theo Quyết
    // định số 70/2024/QĐ-UBND …)": that is the decision's number (plan-schema: a number another
    // document of the file cites for it), and the regulation cites it as issued_by. The regulation
    // has no number of its own.
    [Fact]
    public void A_decision_number_garbled_in_its_header_is_read_from_its_regulations_caption()
    {
        var text = File.ReadAllText(RealFiles.Path_("hanoi-decisions", "pdftotext", "VanBanGoc_70.2024.txt"));
        var record = TestModels.Extractor.Extract("70.2024.txt", text);
        Assert.Equal(["Quyết định", "Quy định"], record.Documents.Select(d => d.Kind));
        Assert.Equal("70/2024/QĐ-UBND", record.Documents[0].Number);
        Assert.Null(record.Documents[1].Number);
        Assert.Equal("70/2024/QĐ-UBND", Assert.Single(record.Documents[1].References, r => r.Relation == ReferenceRelation.IssuedBy).Number);
    }

    // hanoi-decisions QĐ 09/2025: "Số: 09   /2025/QĐ-UBND", a Tờ trình cited in the preamble.
    [Fact]
    public void A_real_decisions_number_is_its_own_and_its_formula_is_no_document()
    {
        var text = File.ReadAllText(RealFiles.Path_("hanoi-decisions", "pdftotext", "VanBanGoc_QĐ_09.2025.txt"));
        var doc = Assert.Single(TestModels.Extractor.Extract("09.2025.txt", text).Documents);
        Assert.Equal(("09/2025/QĐ-UBND", "2025-02-26", "UBND thành phố Hà Nội"), (doc.Number, doc.IssuedOn?.ToString(), doc.Issuer));
        Assert.Contains(doc.References, r => r.Number == "194/TTr-BTL");
    }

    // danang-scans 2.pdf: "Số: 115 /CV-PA83" with 115 written by hand; OCR reads "415". The
    // handwritten digits must not become the number.
    [Fact]
    public async Task A_handwritten_number_on_a_real_scan_is_not_filed()
    {
        using var pool = new EnginePool();
        var pages = await new DocumentReader(pool).ReadAsync(RealFiles.Path_("danang-scans", "data", "2.pdf"), "2.pdf");
        var record = OcrEvidence.Extract(TestModels.Extractor, "2.pdf", pages, TestModels.Pages.Restore(pages));
        var doc = record.Documents[0];
        Assert.Null(doc.Number);
        Assert.All(record.Documents, d => Assert.NotEqual("415/CV-PA83", d.Number));
        // What was read is kept for a person to confirm, with OCR's confidence.
        Assert.EndsWith("/CV-PA83", doc.NumberRead);
        Assert.InRange(doc.NumberConfidence!.Value, 0, 75);
    }

    // danang-scans 1.pdf: "Số: 1595 /SGDĐT-CTrTT", 1595 by hand; OCR glues label and digits
    // ("Số:.4435") at confidence 36 — kept on the page for extraction, held for review, not filed.
    [Fact]
    public async Task A_handwritten_number_glued_to_its_label_is_held_for_review()
    {
        using var pool = new EnginePool();
        var pages = await new DocumentReader(pool).ReadAsync(RealFiles.Path_("danang-scans", "data", "1.pdf"), "1.pdf");
        var doc = OcrEvidence.Extract(TestModels.Extractor, "1.pdf", pages, TestModels.Pages.Restore(pages)).Documents[0];
        Assert.Null(doc.Number);
        Assert.EndsWith("/SGDĐT-CTrTT", doc.NumberRead);
        Assert.InRange(doc.NumberConfidence!.Value, 0, 75);
    }
}
