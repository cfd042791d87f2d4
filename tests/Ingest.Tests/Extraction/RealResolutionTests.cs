using Ingest.Extraction;
using Ingest.Jobs;

namespace Ingest.Tests.Extraction;

/// <summary>
/// Deadlines, targets and references of real provincial resolutions (issue 16), read from
/// ../shared/real/provincial-resolutions at test time: the phrasings the rules were written for,
/// each checked on the document it comes from. The expected values are read off the documents
/// by hand (corpus/records holds their full gold records).
/// </summary>
public class RealResolutionTests
{
    private static PlanRecord Extract(string name)
    {
        var path = RealFiles.Path_("provincial-resolutions", name);
        var pages = DocumentReader.ReadText(name + ".txt", File.ReadAllBytes(path));
        return TestModels.Extractor.Extract(name, pages.Select(p => p.Text).ToList());
    }

    private static bool Has(IEnumerable<Target> targets, string comparator, decimal value, string unit) =>
        targets.Any(t => t.Comparator == comparator && t.Value == value && t.Unit == unit);

    // 54-2017: "giảm từ 5-10%" is a decrease of at least 5%; "Phấn đấu 22 xã đã đăng ký sẽ đạt
    // chuẩn" a count striven for; "hoàn thành kế hoạch trồng rừng năm 2017" due within 2017.
    [Fact]
    public void A_range_a_striven_count_and_a_years_plan_are_read()
    {
        var doc = Assert.Single(Extract("54-2017-nq-hđnd.md").Documents);
        Assert.True(Has(doc.Targets, ">=", 5, "%"), string.Join("; ", doc.Targets));
        Assert.True(Has(doc.Targets, "=", 22, "xã"), string.Join("; ", doc.Targets));
        Assert.Contains(doc.Deadlines, d => d.Qualifier == DeadlineQualifier.In && d.Due.ToString() == "2017"
            && d.Action.Contains("kế hoạch trồng rừng", StringComparison.Ordinal));
        Assert.Contains(doc.Deadlines, d => d.Qualifier == DeadlineQualifier.FromTo && d.Start?.ToString() == "2017-07" && d.Due.ToString() == "2017-12"
            && d.Action.StartsWith("thực hiện tốt các nhiệm vụ", StringComparison.Ordinal));
    }

    // 05 and 80: a council's monitoring programme for 2018 — each first-level item of the list is
    // due in 2018 (rule deadline.programme-lead), not its sub-items; carrying out the programme is
    // due in 2018 (date.plan-year); reporting on it at the mid-2019 session is due in 2019
    // (date.session). 94: the committees making programmes of their own from it is no deadline.
    [Fact]
    public void A_years_monitoring_programme_dates_its_items_and_its_report()
    {
        var doc = Assert.Single(Extract("05-nq-hđnd.md").Documents);
        Assert.Contains(doc.Deadlines, d => d.Qualifier == DeadlineQualifier.In && d.Due.ToString() == "2018"
            && d.Action == "giám sát tại các kỳ họp" && d.Responsible.SequenceEqual(["Hội đồng nhân dân tỉnh"]));
        Assert.Contains(doc.Deadlines, d => d.Due.ToString() == "2018" && d.Action == "giám sát chuyên đề");
        Assert.DoesNotContain(doc.Deadlines, d => d.Action.StartsWith("Xem xét báo cáo", StringComparison.Ordinal));
        Assert.Contains(doc.Deadlines, d => d.Due.ToString() == "2018" && d.Action.EndsWith("tổ chức thực hiện Chương trình giám sát", StringComparison.Ordinal));
        Assert.Contains(doc.Deadlines, d => d.Due.ToString() == "2019" && d.Action.StartsWith("báo cáo kết quả thực hiện Chương trình giám sát", StringComparison.Ordinal));
        var gialai = Assert.Single(Extract("80-nq-hđnd.md").Documents);
        Assert.Contains(gialai.Deadlines, d => d.Due.ToString() == "2018" && d.Section == "I" && d.Action.StartsWith("GIÁM SÁT TẠI KỲ HỌP", StringComparison.Ordinal));
        var hagiang = Assert.Single(Extract("94-nq-hđnd.md").Documents);
        Assert.Equal(3, hagiang.Deadlines.Count(d => d.Due.ToString() == "2018" && d.Action.StartsWith("Giám sát", StringComparison.Ordinal)));
        Assert.DoesNotContain(hagiang.Deadlines, d => d.Action.Contains("để xây dựng Chương trình giám sát", StringComparison.Ordinal));
    }

    // 26: "Đề nghị … thành lập Đoàn thanh tra giải quyết khiếu nại của 28 hộ gia đình": whose the
    // complaint is, not an allocation (rule quota.owner).
    [Fact]
    public void A_count_that_says_whose_allots_nothing()
    {
        var doc = Assert.Single(Extract("26-nq-hđnd.md").Documents);
        Assert.Empty(doc.Quotas);
    }

    // 53-2017: the header table was lost; the attached Quy định's caption "(Ban hành kèm theo Nghị
    // quyết số 53/2017/NQ-HĐND …)" prints the resolution's number, which it takes. 16-2017: the
    // council's name wraps, "HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG" / "TÀU".
    [Fact]
    public void A_lost_headers_number_comes_from_its_attachments_caption_and_a_wrapped_place_is_whole()
    {
        var record = Extract("53-2017-nq-hđnd.md");
        Assert.Equal(2, record.Documents.Count);
        Assert.Equal("53/2017/NQ-HĐND", record.Documents[0].Number);
        Assert.Null(record.Documents[1].Number);
        Assert.Contains(record.Documents[1].References, r => r.Number == "53/2017/NQ-HĐND" && r.Relation == ReferenceRelation.IssuedBy);
        Assert.Equal("HĐND tỉnh Bà Rịa-Vũng Tàu", Assert.Single(Extract("16-2017-nq-hđnd.md").Documents).Issuer);
    }

    // 124-2017: its attached programme's stages date every task of their paragraph, from the
    // caption's year; a sum of money a stage needs is no task; norms and towns are goals.
    [Fact]
    public void A_stage_label_dates_each_task_of_its_paragraph_and_no_sum_of_money()
    {
        var record = Extract("124-2017-nq-hđnd.md");
        Assert.Equal(2, record.Documents.Count);
        var program = record.Documents[1];
        Assert.Contains(program.Deadlines, d => d.Qualifier == DeadlineQualifier.FromTo && d.Start?.ToString() == "2017" && d.Due.ToString() == "2020"
            && d.Action.StartsWith("Hoàn thiện đầy đủ các tiêu chí đô thị loại IV", StringComparison.Ordinal));
        Assert.Contains(program.Deadlines, d => d.Start?.ToString() == "2021" && d.Due.ToString() == "2025"
            && d.Action.StartsWith("cải tạo, nâng cấp thị trấn Lai Vung", StringComparison.Ordinal));
        Assert.DoesNotContain(program.Deadlines, d => d.Action.Contains("tỷ đồng", StringComparison.Ordinal) && d.Action.Length < 30);
        Assert.DoesNotContain(program.Deadlines, d => d.Action.StartsWith("Bình Hàng Trung", StringComparison.Ordinal));
        Assert.True(Has(program.Targets, "=", 23, "đô thị"), string.Join("; ", program.Targets));
        Assert.True(Has(program.Targets, ">", 150, "lít/người/ngày đêm"), string.Join("; ", program.Targets));
        Assert.True(Has(program.Targets, "=", 23, "m2/người"), string.Join("; ", program.Targets));
        // "chiếm 6,5 - 7,5%" is a forecast share of the money, not a goal.
        Assert.False(Has(program.Targets, ">=", 6.5m, "%"), string.Join("; ", program.Targets));
    }

    // 89: counts under "Mục tiêu cụ thể" are goals; the parts after "trong đó" only split one.
    [Fact]
    public void Counts_under_specific_goals_are_targets_and_their_breakdown_is_not()
    {
        var doc = Assert.Single(Extract("89-nq-hđnd.md").Documents);
        Assert.True(Has(doc.Targets, "=", 13, "hồ chứa"), string.Join("; ", doc.Targets));
        Assert.True(Has(doc.Targets, "=", 22, "điểm"), string.Join("; ", doc.Targets));
        Assert.True(Has(doc.Targets, "=", 255053.9m, "ha"), string.Join("; ", doc.Targets));
        Assert.False(Has(doc.Targets, "=", 196114.2m, "ha"), string.Join("; ", doc.Targets));
    }

    // 110-2017: "NGHỊ QUYẾT / VỀ VIỆC THÔNG QUA / PHƯƠNG ÁN ĐIỀU CHỈNH …" is one title, not a
    // resolution and a "Phương án".
    [Fact]
    public void A_kinds_name_inside_a_capital_title_continues_the_title()
    {
        var doc = Assert.Single(Extract("110-2017-nq-hđnd.md").Documents);
        Assert.Equal("Nghị quyết", doc.Kind);
        Assert.StartsWith("VỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐIỀU CHỈNH KẾ HOẠCH VỐN", doc.Title, StringComparison.Ordinal);
    }

    // 01-2017: "… 6 tháng cuối năm 2017, trong đó cần tập trung một số nhiệm vụ chủ yếu sau" — the
    // half-year's task is what follows "cần"; 87: "Phân kỳ thực hiện: a) Năm 2018: Tổng số 1.033
    // hộ, kinh phí 20.229,8 triệu đồng" — the households are the goal, the money is not.
    [Fact]
    public void A_half_years_task_follows_its_need_and_a_phase_counts_households_not_money()
    {
        var half = Assert.Single(Extract("01-2017-nq-hđnd.md").Documents);
        Assert.Contains(half.Deadlines, d => d.Qualifier == DeadlineQualifier.FromTo && d.Due.ToString() == "2017-12"
            && d.Action.Contains("tập trung một số nhiệm vụ chủ yếu", StringComparison.Ordinal) && !d.Action.Contains("Hội đồng", StringComparison.Ordinal));
        var phases = Assert.Single(Extract("87-nq-hđnd.md").Documents);
        Assert.True(Has(phases.Targets, "=", 1033, "hộ"), string.Join("; ", phases.Targets));
        Assert.DoesNotContain(phases.Targets, t => t.Unit == "triệu đồng");
    }

    // 20 and 64-2017: an appendix captioned "(Ban hành) kèm theo Nghị quyết số 20/NQ-HĐND …" is
    // the resolution's own, not a document it cites.
    [Theory]
    [InlineData("20-nq-hđnd.md", "20/NQ-HĐND")]
    [InlineData("64-2017-nq-hđnd.md", "64/NQ-HĐND")]
    public void An_appendix_caption_is_not_a_reference(string name, string own)
    {
        var doc = Assert.Single(Extract(name).Documents);
        Assert.DoesNotContain(doc.References, r => r.Number == own);
        Assert.NotEmpty(doc.References);
    }
}
