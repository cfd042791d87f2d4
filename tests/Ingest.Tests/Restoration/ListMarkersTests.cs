using Ingest.Restoration;

namespace Ingest.Tests.Restoration;

/// <summary>Point letters OCR read as other signs take the letter their neighbours put there.</summary>
public class ListMarkersTests
{
    // As OCR reads page 2 of danang-scans 3.pdf: its italic "a)" came out "4)" and "8)".
    [Fact]
    public void A_point_read_as_a_digit_before_its_b_is_a()
    {
        string[] page =
        [
            "1. Nội dung: Đẩy mạnh giáo dục hướng nghiệp",
            "4) Đơn vị chủ trì: Sở Giáo dục và Đào tạo (GDĐT), Sở Lao động, Thương",
            "binh và Xã hội (LĐTBXH).",
            "b) Đơn vị phối hợp: Sở Thông tin và Truyền thông.",
            "2. Nội dung: Phát triển đội ngũ",
            "8) Đơn vị chủ trì: Sở GDĐT, Sở LĐTBXH, UBND các quận, huyện, Đại",
            "b) Đơn vị phối hợp: Sở Thông tin và Truyền thông.",
        ];
        var mended = ListMarkers.Mend(page);
        Assert.StartsWith("a) Đơn vị chủ trì: Sở Giáo dục", mended[1], StringComparison.Ordinal);
        Assert.StartsWith("a) Đơn vị chủ trì: Sở GDĐT", mended[5], StringComparison.Ordinal);
        Assert.Equal(page.Where((_, i) => i is not (1 or 5)), mended.Where((_, i) => i is not (1 or 5)));
    }

    [Fact]
    public void A_point_after_b_with_nothing_to_follow_is_c()
    {
        string[] page = ["a) Cờ thi đua của UBND tỉnh", "b) Bằng khen của Chủ tịch UBND tỉnh", "€) Giấy khen: Thủ trưởng các cơ quan"];
        Assert.Equal("c) Giấy khen: Thủ trưởng các cơ quan", ListMarkers.Mend(page)[2]);
    }

    [Fact]
    public void Numbered_lists_and_right_letters_are_left_as_they_are()
    {
        string[] page = ["1) Rà soát hộ nghèo", "2) Rà soát hộ cận nghèo", "a) ở thành thị", "b) ở nông thôn", "đ) khác", "3) Tổng hợp"];
        Assert.Equal(page, ListMarkers.Mend(page));
    }

    // vbpl pline_2's Nơi nhận as OCR reads it: three of its dashes came out as tildes.
    [Fact]
    public void An_items_dash_read_as_a_tilde_is_a_dash()
    {
        string[] page = ["- Văn phòng Quốc hội;", "~ Tòa án nhân dân tối cao;", "- Kiểm toán nhà nước;", "Giá ~ 5 triệu đồng", "~~~"];
        Assert.Equal(["- Văn phòng Quốc hội;", "- Tòa án nhân dân tối cao;", "- Kiểm toán nhà nước;", "Giá ~ 5 triệu đồng", "~~~"], ListMarkers.Mend(page));
    }
}
