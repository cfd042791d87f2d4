using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

/// <summary>
/// Under a heading that sets goals, a count the text gives a body or a place is that holder's share,
/// not a goal of the plan (issue 16: quotas and targets told apart), as corpus/blind as06 writes a
/// blood-donation plan.
/// </summary>
public class SharesInGoalsTests
{
    private const string Text = """
        ỦY BAN NHÂN DÂN
        PHƯỜNG PHÚ THỦY
        Số: 27/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Phú Thủy, ngày 22 tháng 3 năm 2018
        KẾ HOẠCH
        Vận động hiến máu tình nguyện năm 2018

        I. CHỈ TIÊU
        1. Chỉ tiêu chung
        - Năm 2018, UBND thành phố giao phường Phú Thủy chỉ tiêu vận động 260 đơn vị máu. Phấn đấu cả
        năm tiếp nhận ít nhất 280 đơn vị máu.
        2. Phân bổ chỉ tiêu
        b) Các cơ quan, đoàn thể: Đoàn Thanh niên phường 30 đơn vị máu; Công an phường 15 đơn vị
        máu; Ban Chỉ huy Quân sự phường 10 đơn vị máu.
        II. TỔ CHỨC THỰC HIỆN
        Các khu phố tổ chức tuyên truyền, vận động nhân dân tham gia hiến máu.
        """;

    private static PlanDocument Extract() => TestModels.Extractor.Extract("t.txt", Text).Documents[0];

    [Fact]
    public void Each_body_of_a_list_holds_the_count_after_its_name()
    {
        Assert.Equal(
            [("Đoàn Thanh niên phường", 30), ("Công an phường", 15), ("Ban Chỉ huy Quân sự phường", 10)],
            Extract().Quotas.Where(q => q.Unit == "đơn vị máu").Select(q => (q.Holder.Single(), q.Count)));
    }

    [Fact]
    public void The_shares_and_what_a_higher_level_hands_down_are_no_goals()
    {
        Assert.Equal([(">=", 280m)], Extract().Targets.Select(t => (t.Comparator, t.Value)));
    }
}
