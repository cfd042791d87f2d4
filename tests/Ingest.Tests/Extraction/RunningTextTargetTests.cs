using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

/// <summary>
/// Goals in running text (issue 16: targets with their bounds and units), as corpus/blind at01 writes a
/// provincial trade union's plan.
/// </summary>
public class RunningTextTargetTests
{
    private const string Text = """
        LIÊN ĐOÀN LAO ĐỘNG
        TỈNH QUẢNG BÌNH
        Số: 12/KH-LĐLĐ
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Quảng Bình, ngày 15 tháng 1 năm 2019
        KẾ HOẠCH
        Phát triển đoàn viên, thành lập công đoàn cơ sở năm 2019

        I. CHỈ TIÊU
        - Thành lập mới ít nhất 40 công đoàn cơ sở ở các doanh nghiệp có từ 25 lao động trở lên.
        II. TỔ CHỨC THỰC HIỆN
        Các cấp công đoàn triển khai thực hiện.
        """;

    [Fact]
    public void A_trade_unions_new_base_unions_are_a_counted_goal()
    {
        var targets = TestModels.Extractor.Extract("t.txt", Text).Documents[0].Targets;
        Assert.Contains((">=", 40m, "công đoàn cơ sở"), targets.Select(t => (t.Comparator, t.Value, t.Unit)));
    }

    // corpus/blind ax04, a meeting's conclusions: under "1. Đánh giá chung" the figures say where things stand
    // ("giải ngân vốn đầu tư phát triển đạt 41,2% kế hoạch"); under "2. Mục tiêu phấn đấu đến hết năm 2017"
    // they are goals.
    [Fact]
    public void A_general_assessment_reports_and_sets_no_goal()
    {
        var doc = TestModels.Blind("ax04");
        Assert.DoesNotContain(doc.Targets, t => t.Value == 41.2m);
        Assert.Contains(doc.Targets, t => t.Value == 6 && t.Comparator == ">=");
    }

    // corpus/blind az08, a provincial resolution's targets: exports in millions of dollars, a harvest in tens of
    // thousands of tonnes, hospital beds, and a birth rate in per mille.
    [Fact]
    public void A_resolutions_units_are_read_as_written()
    {
        var targets = TestModels.Blind("az08").Targets
            .Select(t => (t.Comparator, t.Value, t.Unit)).ToList();
        Assert.Contains(("=", 220m, "triệu USD"), targets);
        Assert.Contains((">", 25m, "vạn tấn"), targets);
        Assert.Contains(("=", 27m, "giường"), targets);
        Assert.Contains(("=", 0.2m, "‰"), targets);
    }

    // corpus/blind ba02 and bb01: a rate per so many people keeps them in its unit, "dưới 1/1.000 trẻ đẻ sống",
    // "xuống dưới 1 ca/100.000 dân".
    [Fact]
    public void A_rate_per_so_many_people_keeps_them_in_its_unit()
    {
        var ba02 = TestModels.Blind("ba02").Targets;
        Assert.Contains(ba02, t => (t.Comparator, t.Value, t.Unit) == ("<", 1m, "/1.000 trẻ đẻ sống"));
        var bb01 = TestModels.Blind("bb01").Targets;
        Assert.Contains(bb01, t => (t.Comparator, t.Value, t.Unit) == ("<", 1m, "ca/100.000 dân"));
    }

    // corpus/blind ba01, a decision: "Yêu cầu: tỷ lệ hoàn thành chỉ tiêu giao quân đạt 100%; …; … đạt trên 60%, trong đó
    // … ít nhất 10%" after the quota table names what is required, goals of the decision; the label is no part of them.
    [Fact]
    public void What_a_decision_requires_after_its_quotas_are_its_goals()
    {
        var targets = TestModels.Blind("ba01").Targets;
        Assert.Contains(targets, t => t.Indicator == "tỷ lệ hoàn thành chỉ tiêu giao quân" && (t.Comparator, t.Value, t.Unit) == ("=", 100m, "%"));
        Assert.Contains(targets, t => (t.Comparator, t.Value, t.Unit) == (">", 60m, "%"));
    }

    // corpus/blind bb06: "1. Kết nạp hội viên mới (4.500 hội viên)" heads the districts' shares listed under it; the
    // figure in brackets that no words name is no goal.
    [Fact]
    public void A_bracketed_sum_no_words_name_is_no_goal()
    {
        var targets = TestModels.Blind("bb06").Targets;
        Assert.DoesNotContain(targets, t => t.Value == 4500m && t.Indicator.Length == 0);
    }
}
