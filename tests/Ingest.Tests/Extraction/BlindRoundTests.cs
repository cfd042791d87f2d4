using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

/// <summary>
/// What the tune files of the blind rounds (corpus/blind, written by hand without sight of the
/// code; README-c1, README-c2) showed the extractor got wrong, each checked on the file itself.
/// </summary>
public class BlindRoundTests
{
    private static PlanRecord Extract(string name) =>
        TestModels.Extractor.Extract(name, File.ReadAllText(CorpusFiles.Path_("blind", name)));

    [Fact]
    public void A_cover_letter_with_its_header_on_one_line_keeps_its_own_number()
    {
        // c02: "UBND TỈNH THANH HÓA      CỘNG HÒA …" / "Số: 1207/SNV-VTLT      Thanh Hóa, ngày …" / "V/v
        // triển khai …" then the forwarded plan; the letter was filed under the plan's 63/KH-UBND.
        var docs = Extract("c02.txt").Documents;
        Assert.Equal([("Công văn", "1207/SNV-VTLT"), ("Kế hoạch", "63/KH-UBND")], docs.Select(d => (d.Kind, d.Number)));
    }

    [Fact]
    public void A_task_table_and_a_reports_cut_off_give_each_task_its_date()
    {
        var docs = Extract("c02.txt").Documents;
        // The letter's report is due by 30/11 although its figures run to 15/11 in the same clause.
        Assert.Contains(docs[0].Deadlines, d => d.Due == new PartialDate(2025, 11, 30) && d.Qualifier == DeadlineQualifier.Before);
        Assert.DoesNotContain(docs[0].Deadlines, d => d.Due == new PartialDate(2025, 11, 15));
        // Row 4 of the plan's table: "Chỉnh lý tài liệu tồn đọng, tích đống" … "Năm 2025"; row 5 "Thường xuyên" is none.
        Assert.Contains(docs[1].Deadlines, d => d.Due == new PartialDate(2025) && d.Action.StartsWith("Chỉnh lý tài liệu", StringComparison.Ordinal));
        Assert.DoesNotContain(docs[1].Deadlines, d => d.Action.StartsWith("Hướng dẫn lập hồ sơ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signer_above_the_recipients_and_a_title_before_a_body_on_the_year_past()
    {
        // c07, a Chỉ thị: "CHỦ TỊCH" / "Phan Minh Trí" / "Nơi nhận:"; "Năm 2023, công tác …" opens its body.
        var doc = Extract("c07.txt").Documents[0];
        Assert.Equal(("Phan Minh Trí", "Chủ tịch"), (doc.Signer?.Name, doc.Signer?.Title));
        Assert.EndsWith("xanh - sạch - đẹp năm 2024", doc.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_things_stood_before_the_plan_is_no_goal_of_it()
    {
        // c08 (2022): "Theo kết quả rà soát cuối năm 2021, toàn huyện có 604 hộ nghèo …".
        var doc = Extract("c08.txt").Documents[0];
        Assert.NotEmpty(doc.Targets);
        Assert.DoesNotContain(doc.Targets, t => t.By?.StartsWith("2021", StringComparison.Ordinal) == true);
    }
}
