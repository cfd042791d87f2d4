using Ingest.Extraction;
using Ingest.Jobs;

namespace Ingest.Tests.Extraction;

/// <summary>
/// Header fields of the clean seeds, in text and in the born-digital PDFs the corpus renders,
/// against the hand-written gold records in corpus/seeds.
/// </summary>
public class HeaderGoldTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "seeds/003_1c0ca89fe484ea2b.txt", "003_1c0ca89fe484ea2b" },
        { "seeds/004_feedb6838d389360.txt", "004_feedb6838d389360" },
        { "pdf/003_1c0ca89fe484ea2b.pdf", "003_1c0ca89fe484ea2b" },
        { "pdf/004_feedb6838d389360.pdf", "004_feedb6838d389360" },
    };

    /// <summary>The plans written for the corpus, each with its hand-written record beside it.</summary>
    public static TheoryData<string, string> Plans()
    {
        var data = new TheoryData<string, string>();
        foreach (var gold in Directory.EnumerateFiles(CorpusFiles.Path_("plans"), "*.record.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(gold)[..^".record.json".Length];
            data.Add($"plans/{name}.txt", $"plans/{name}");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public Task Header_fields_of_the_corpus_plans_match_their_gold(string file, string gold) =>
        Header_fields_match_the_gold(file, gold);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Header_fields_match_the_gold(string file, string gold)
    {
        var path = CorpusFiles.Path_(file.Split('/'));
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(path, Path.GetFileName(path));
        var actual = TestModels.Extractor.Extract(Path.GetFileName(path), pages.Select(p => p.Text).ToList());
        var goldPath = gold.Contains('/', StringComparison.Ordinal) ? CorpusFiles.Path_(gold.Split('/')) : CorpusFiles.Path_("seeds", gold);
        var expected = PlanRecord.FromJson(File.ReadAllText(goldPath + ".record.json"));

        Assert.Equal(expected.Documents.Count, actual.Documents.Count);
        foreach (var (e, a) in expected.Documents.Zip(actual.Documents))
        {
            Assert.Equal(e.Kind, a.Kind);
            Assert.Equal(e.Number, a.Number);
            Assert.Equal(e.Issuer, a.Issuer);
            Assert.Equal(e.Place, a.Place);
            Assert.Equal(e.IssuedOn, a.IssuedOn);
            Assert.Equal(e.Title, a.Title);
            Assert.Equal(e.Period, a.Period);
        }
    }

    // corpus/blind as02, ao02, o03, s04: a decision its chairman signs names him between the title and
    // the grounds; that line ends the title.
    [Fact]
    public void The_chairmans_line_under_a_decisions_title_ends_it()
    {
        const string text = "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 598/QĐ-UBND\nNinh Thuận, ngày 22 tháng 3 năm 2016\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu đào tạo nghề cho lao động nông thôn\nnăm 2016 trên địa bàn tỉnh\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;";
        var doc = TestModels.Extractor.Extract("x", text).Documents.Single();
        Assert.Equal("Về việc giao chỉ tiêu đào tạo nghề cho lao động nông thôn năm 2016 trên địa bàn tỉnh", doc.Title);
        Assert.Equal("UBND tỉnh Ninh Thuận", doc.Issuer);
    }

    // corpus/blind au02: a director decides in his own name; his line right above the grounds ends the title,
    // and the department stays the issuer.
    [Fact]
    public void A_directors_line_under_a_decisions_title_ends_it()
    {
        const string text = "UBND TỈNH NINH THUẬN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 786/QĐ-SGDĐT\nNinh Thuận, ngày 14 tháng 5 năm 2021\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu tuyển sinh vào lớp 10 trung học phổ thông\nnăm học 2021 - 2022\nGIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCăn cứ Luật Giáo dục số 43/2019/QH14 ngày 14 tháng 6 năm 2019;";
        var doc = TestModels.Extractor.Extract("x", text).Documents.Single();
        Assert.Equal("Về việc giao chỉ tiêu tuyển sinh vào lớp 10 trung học phổ thông năm học 2021 - 2022", doc.Title);
        Assert.Equal("Sở Giáo dục và Đào tạo tỉnh Ninh Thuận", doc.Issuer);
    }

    // corpus/blind av03: a ward's Youth Union under its district's, its symbol typed with a space before the
    // dash, place and date on the number's line: "Đoàn phường Linh Trung" with its ward's name in capitals.
    [Fact]
    public void A_wards_youth_union_is_named_with_its_ward_and_its_spaced_symbol_read()
    {
        const string text = "THÀNH ĐOÀN THỦ ĐỨC                                          ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN PHƯỜNG LINH TRUNG\n***\nSố: 27 -KH/ĐTN                                       Thủ Đức, ngày 25 tháng 5 năm 2022\nKẾ HOẠCH\nTổ chức Chiến dịch tình nguyện “Mùa hè xanh” năm 2022\n-----\nCăn cứ Luật Thanh niên số 57/2020/QH14;";
        var doc = TestModels.Extractor.Extract("x", text).Documents.Single();
        Assert.Equal(("27-KH/ĐTN", "BCH Đoàn phường Linh Trung", "Thủ Đức"), (doc.Number, doc.Issuer, doc.Place));
        Assert.Equal("2022-05-25", doc.IssuedOn?.ToString());
    }

    // corpus/blind at01: "LIÊN ĐOÀN LAO ĐỘNG TỈNH" / "QUẢNG BÌNH": the place the body's line broke off is its own.
    [Fact]
    public void A_bodys_place_broken_onto_the_next_line_is_its_own()
    {
        const string text = "      TỔNG LĐLĐ VIỆT NAM                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  LIÊN ĐOÀN LAO ĐỘNG TỈNH                                Độc lập - Tự do - Hạnh phúc\n          QUẢNG BÌNH\n\n      Số: 09/KH-LĐLĐ                             Quảng Bình, ngày 22 tháng 01 năm 2019\n\n                                          KẾ HOẠCH\n             Phát triển đoàn viên năm 2019\n\nCăn cứ Luật Công đoàn;";
        Assert.Equal("Liên đoàn Lao động tỉnh Quảng Bình", TestModels.Extractor.Extract("x", text).Documents.Single().Issuer);
    }

    // corpus/blind x07: "Thành phố" is part of Ho Chi Minh City's name (vocabulary named-localities); another city is
    // a "thành phố".
    [Fact]
    public void Ho_chi_minh_city_keeps_its_capital()
    {
        const string Head = "ỦY BAN NHÂN DÂN\n{0}\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 12 năm 2017\nKẾ HOẠCH\nĐào tạo nghề\n\nCăn cứ Luật;";
        string Issuer(string place) => TestModels.Extractor.Extract("x", string.Format(System.Globalization.CultureInfo.InvariantCulture, Head, place)).Documents.Single().Issuer!;
        Assert.Equal("UBND Thành phố Hồ Chí Minh", Issuer("THÀNH PHỐ HỒ CHÍ MINH"));
        Assert.Equal("UBND thành phố Hà Nội", Issuer("THÀNH PHỐ HÀ NỘI"));
    }

    // Without its header table, the chairman's line names the committee he chairs as the issuer.
    [Fact]
    public void The_chairmans_line_names_his_committee_where_the_header_was_lost()
    {
        const string text = "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu đào tạo nghề năm 2016\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Giao chỉ tiêu.";
        Assert.Equal("UBND tỉnh Ninh Thuận", TestModels.Extractor.Extract("x", text).Documents.Single().Issuer);
    }

    [Fact]
    public void Damaged_header_number_is_repaired_from_the_cover_letter_citation()
    {
        // The plan's own header in 004 reads "Số: M325/KH-UBND"; the cover letter cites
        // "Kế hoạch số 11325/KH-UBND ngày 02/11/2017" — the same kind, code and day.
        var text = File.ReadAllText(CorpusFiles.Path_("seeds", "004_feedb6838d389360.txt"));
        Assert.Contains("M325/KH-UBND", text, StringComparison.Ordinal);
        var record = TestModels.Extractor.Extract("004", text);
        Assert.Equal("11325/KH-UBND", record.Documents[1].Number);
    }

    [Fact]
    public void Damaged_number_without_a_matching_citation_is_null_not_a_guess()
    {
        const string text = "UBND TỈNH BẮC GIANG\nSố: M325/KH-UBND\nBắc Giang, ngày 02 tháng 11 năm 2017\n\nKẾ HOẠCH\nTổ chức thực hiện phong trào\n\nCăn cứ Luật Thi đua, Khen thưởng;";
        var doc = TestModels.Extractor.Extract("x", text).Documents.Single();
        Assert.Null(doc.Number);
        Assert.Equal("UBND tỉnh Bắc Giang", doc.Issuer);
        Assert.Equal(new PartialDate(2017, 11, 2), doc.IssuedOn);
    }

    [Theory]
    [InlineData("UỶ BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH THANH HÓA Độc lập - Tự do - Hạnh phúc\nSố: 77/KH-UBND Thanh Hóa, ngày 02 tháng 4 năm 2019\n\nKẾ HOẠCH\nTriển khai công tác năm 2019\n\nCăn cứ",
        "77/KH-UBND", "UBND tỉnh Thanh Hóa", "Thanh Hóa", "2019-04-02")]
    [InlineData("UBND TỈNH NGHỆ AN\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45 / KH-SLĐTBXH\nNghệ An, ngày 5 tháng 3 năm 2021\n\nKẾ HOẠCH\nGiảm nghèo\n\nI. MỤC ĐÍCH",
        "45/KH-SLĐTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An", "Nghệ An", "2021-03-05")]
    [InlineData("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BIÊN HÒA\nSố: 12/QĐ-UBND\nBiên Hòa, ngày 21/8/2017\n\nQUYẾT ĐỊNH\nVề việc khen thưởng\n\nCăn cứ",
        "12/QĐ-UBND", "UBND thành phố Biên Hòa", "Biên Hòa", "2017-08-21")]
    // corpus/blind ap04: the left column, then the right, blank lines between: the place and date
    // stand four lines of text after the letter's subject, six lines on.
    [InlineData("ỦY BAN NHÂN DÂN\nHUYỆN VŨ QUANG\n\nSố: 415/UBND-VHKHTT\nV/v cử cán bộ, công chức tham gia các lớp\nbồi dưỡng kỹ năng số năm 2025\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nVũ Quang, ngày 07 tháng 4 năm 2025\n\nKính gửi:\n- Ủy ban nhân dân các xã, thị trấn.\n\nThực hiện",
        "415/UBND-VHKHTT", "UBND huyện Vũ Quang", "Vũ Quang", "2025-04-07")]
    // corpus/blind aq03, ab06, af04, ae08: a Youth Union's or an association's header, its national
    // body in the right column where the motto stands, its own committee ("TỈNH ĐOÀN", "BCH …") on the left.
    [InlineData("     TỈNH ĐOÀN QUẢNG NAM                               ĐOÀN TNCS HỒ CHÍ MINH\n   BCH ĐOÀN HUYỆN ĐẠI LỘC                             ----------------------\n             ***\n      Số: 34-KH/HĐTN                          Đại Lộc, ngày 09 tháng 5 năm 2022\n\n\n                                          KẾ HOẠCH\n             Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2022\n\n    Căn cứ",
        "34-KH/HĐTN", "BCH Đoàn huyện Đại Lộc", "Đại Lộc", "2022-05-09")]
    [InlineData("HUYỆN ĐOÀN CHÂU THÀNH                  ĐOÀN TNCS HỒ CHÍ MINH\n          ***\nSố: 12-KH/HĐTN                          Châu Thành, ngày 3 tháng 4 năm 2021\n\nKẾ HOẠCH\nTháng Thanh niên năm 2021\n\nCăn cứ",
        "12-KH/HĐTN", "Huyện đoàn Châu Thành", "Châu Thành", "2021-04-03")]
    [InlineData("TỈNH ĐOÀN BẾN TRE\n***\nSố: 86-KH/TĐTN-KTXH\nĐOÀN TNCS HỒ CHÍ MINH\nBến Tre, ngày 20 tháng 02 năm 2017\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2017\n\nCăn cứ",
        "86-KH/TĐTN-KTXH", "Tỉnh đoàn Bến Tre", "Bến Tre", "2017-02-20")]
    [InlineData("BCH ĐOÀN TỈNH THÁI NGUYÊN\n***\nSố: 214-KH/TĐTN-PT\nĐOÀN TNCS HỒ CHÍ MINH\nThái Nguyên, ngày 16 tháng 5 năm 2022\n\nKẾ HOẠCH\nChiến dịch tình nguyện hè\n\nCăn cứ",
        "214-KH/TĐTN-PT", "BCH Đoàn tỉnh Thái Nguyên", "Thái Nguyên", "2022-05-16")]
    [InlineData("     HỘI NÔNG DÂN VIỆT NAM                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH ĐẮK LẮK                 Độc lập - Tự do - Hạnh phúc\n              ***\nSố: 112-KH/HNDT                                  Đắk Lắk, ngày 10 tháng 3 năm 2023\n\nKẾ HOẠCH\nPhong trào nông dân thi đua\n\nCăn cứ",
        "112-KH/HNDT", "BCH Hội Nông dân tỉnh Đắk Lắk", "Đắk Lắk", "2023-03-10")]
    // corpus/blind an08, ar03, ah07: a lower body under its superior takes its own place, whether on its
    // line or the next; "QUÂN KHU 4" is no district ("quận"); the military commands' names as written.
    [InlineData("BỘ CHỈ HUY QUÂN SỰ TỈNH KIÊN GIANG\nBAN CHỈ HUY QUÂN SỰ\nHUYỆN HÒN ĐẤT\n\nSố: 45/KH-BCH\nHòn Đất, ngày 02 tháng 3 năm 2023\n\nKẾ HOẠCH\nDiễn tập chiến đấu phòng thủ\n\nCăn cứ",
        "45/KH-BCH", "Ban Chỉ huy Quân sự huyện Hòn Đất", "Hòn Đất", "2023-03-02")]
    [InlineData("HỘI CCB TỈNH LÂM ĐỒNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI CCB HUYỆN ĐAM RÔNG   Độc lập - Tự do - Hạnh phúc\nSố: 09/KH-CCB   Đam Rông, ngày 11 tháng 3 năm 2019\nKẾ HOẠCH\nTổng kết phong trào thi đua\n\nCăn cứ",
        "09/KH-CCB", "Hội CCB huyện Đam Rông", "Đam Rông", "2019-03-11")]
    [InlineData("QUÂN KHU 4                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỘ CHỈ HUY QUÂN SỰ                          Độc lập - Tự do - Hạnh phúc\nTỈNH QUẢNG TRỊ\nSố: 1875/KH-BCH                         Quảng Trị, ngày 06 tháng 6 năm 2022\n\nKẾ HOẠCH\nHuấn luyện dân quân\n\nCăn cứ",
        "1875/KH-BCH", "Bộ Chỉ huy Quân sự tỉnh Quảng Trị", "Quảng Trị", "2022-06-06")]
    public void Two_column_headers_read_line_by_line(string text, string number, string issuer, string place, string date)
    {
        var doc = TestModels.Extractor.Extract("x", text).Documents.Single();
        Assert.Equal(number, doc.Number);
        Assert.Equal(issuer, doc.Issuer);
        Assert.Equal(place, doc.Place);
        Assert.Equal(date, doc.IssuedOn?.ToString());
    }

    // corpus/blind bh08 and ac04's plan, read as they stand: "CÔNG AN TỈNH LÂM ĐỒNG" / "CÔNG AN HUYỆN ĐỨC TRỌNG", and "BỘ
    // CÔNG AN" / "CÔNG AN TỈNH KON TUM": the police issue as the lower line names them, "Công an" then its place.
    [Fact]
    public void The_police_issue_under_their_own_name_and_place()
    {
        Assert.Equal("Công an huyện Đức Trọng", TestModels.Blind("bh08").Issuer);
        Assert.Equal("Công an tỉnh Kon Tum", TestModels.Blind("ac04", 1).Issuer);
    }

    // corpus/blind bh08, read as it stands: "KT. TRƯỞNG CÔNG AN HUYỆN" / "PHÓ TRƯỞNG CÔNG AN HUYỆN" / "Thượng tá Phạm Văn Long":
    // the police chief's deputy signs, his rank no part of his name.
    [Fact]
    public void The_police_chiefs_deputy_signs_under_his_title()
    {
        Assert.Equal(("Phạm Văn Long", "Phó Trưởng Công an huyện", "KT. Trưởng Công an huyện"),
            TestModels.Blind("bh08").Signer is { } s ? (s.Name, s.Title, s.Authority) : default);
    }
}
