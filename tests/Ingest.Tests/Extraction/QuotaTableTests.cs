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

    // As corpus/blind v06 writes its Bảng 2: no "STT" column, each row a name and its figure.
    [Fact]
    public void A_table_without_row_numbers_under_a_caption_that_allots_gives_each_row_its_share()
    {
        var quotas = TestModels.Extractor.Extract("t.txt", Header + """
            Bảng 2. Phân bổ giáo viên cốt cán tham dự tập huấn
            Đơn vị
            Số giáo viên (người)
            Thành phố Yên Bái
            20
            Huyện Văn Chấn
            8
            Tổng cộng
            28
            """).Documents[0].Quotas;
        Assert.Equal([("thành phố Yên Bái", 20, "giáo viên"), ("huyện Văn Chấn", 8, "giáo viên")], quotas.Select(q => (q.Holder[0], q.Count, q.Unit)));
    }

    // As corpus/blind u01 writes its call-up table: what each commune has beside what it is given.
    [Fact]
    public void Beside_columns_of_facts_only_the_columns_that_allot_give_quotas()
    {
        var quotas = TestModels.Extractor.Extract("t.txt", Header + """
            STT
            Xã, thị trấn
            Công dân trong độ tuổi gọi nhập ngũ
            Số đã sơ tuyển
            Chỉ tiêu gọi khám sức khỏe
            Chỉ tiêu giao quân
            1
            Thị trấn Cổ Phúc
            412
            236
            38
            12
            2
            Xã Hưng Khánh
            385
            201
            32
            10
            Tổng cộng
            797
            437
            70
            22
            """).Documents[0].Quotas;
        Assert.Equal(
            [("thị trấn Cổ Phúc", 38, "công dân", "gọi khám sức khỏe"), ("thị trấn Cổ Phúc", 12, "công dân", "giao quân"), ("xã Hưng Khánh", 32, "công dân", "gọi khám sức khỏe"), ("xã Hưng Khánh", 10, "công dân", "giao quân")],
            quotas.Select(q => (q.Holder[0], q.Count, q.Unit, q.Purpose)));
    }
}
