using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

/// <summary>
/// A table of allocations as a text layer writes it, one cell per line (issue 16: quotas in
/// annexes of awards): each row's counts are its holder's; a group's subtotal ("Cộng (I)") and the
/// total are no one's, and the rows after a subtotal are read on.
/// </summary>
public class QuotaTableTests
{
    private const string Header = """
        ỦY BAN NHÂN DÂN
        TỈNH YÊN BÁI
        Số: 35/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Yên Bái, ngày 14 tháng 10 năm 2019
        KẾ HOẠCH
        Tổng kết phong trào thi đua giai đoạn 2015 - 2020

        I. PHÂN BỔ SỐ LƯỢNG ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH

        """;

    [Fact]
    public void A_groups_subtotal_is_no_ones_and_the_rows_after_it_are_read()
    {
        var quotas = TestModels.Extractor.Extract("t.txt", Header + """
            STT
            Đơn vị
            Tập thể
            Cá nhân
            I
            Các huyện, thị xã, thành phố
            1
            Huyện Văn Chấn
            03
            05
            2
            Huyện Trạm Tấu
            02
            04
            Cộng (I)
            05
            09
            II
            Các sở, ban, ngành
            3
            Sở Nội vụ
            01
            02
            Cộng (II)
            01
            02
            Tổng cộng
            06
            11
            """).Documents[0].Quotas;
        Assert.Equal([("huyện Văn Chấn", 3, "tập thể"), ("huyện Văn Chấn", 5, "cá nhân"), ("huyện Trạm Tấu", 2, "tập thể"), ("huyện Trạm Tấu", 4, "cá nhân"), ("Sở Nội vụ", 1, "tập thể"), ("Sở Nội vụ", 2, "cá nhân")],
            quotas.Select(q => (q.Holder[0], q.Count, q.Unit)));
    }
}
