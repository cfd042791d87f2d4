using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

/// <summary>
/// Shares in running text (issue 16: quotas in running text): who holds each count, as corpus/blind
/// as01 writes a district's new-countryside plan.
/// </summary>
public class RunningTextQuotaTests
{
    private const string Header = """
        ỦY BAN NHÂN DÂN
        HUYỆN CẦU KÈ
        Số: 38/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Cầu Kè, ngày 20 tháng 2 năm 2018
        KẾ HOẠCH
        Xây dựng nông thôn mới năm 2018

        I. NHIỆM VỤ

        """;

    private static IEnumerable<(string[] Holder, bool Each, decimal Count, string Unit)> Quotas(string body) =>
        TestModels.Extractor.Extract("t.txt", Header + body).Documents[0].Quotas.Select(q => (q.Holder.ToArray(), q.Each, q.Count, q.Unit));

    // corpus/blind au03's list: dots group a count's thousands, in the colon form as after a verb; a goal's
    // "trên 45.000 doanh nghiệp" stays no one's share.
    [Fact]
    public void A_count_whose_thousands_are_grouped_by_dots_is_one_count()
    {
        Assert.Equal(
            [(["Hội Nông dân huyện Càng Long"], false, 1100m, "hội viên"), (["Hội Nông dân huyện Cầu Kè"], false, 850m, "hội viên")],
            Quotas("""
                Chỉ tiêu kết nạp hội viên mới giao cho Hội Nông dân các huyện như sau:
                - Hội Nông dân huyện Càng Long: 1.100 hội viên;
                - Hội Nông dân huyện Cầu Kè: 850 hội viên.
                Phấn đấu đến năm 2020 toàn tỉnh có trên 45.000 doanh nghiệp đang hoạt động.
                """));
    }

    // corpus/blind au03, x06: a body right before a class of places is its branch in each place.
    [Fact]
    public void A_body_before_each_place_of_a_class_is_its_branch_there()
    {
        Assert.Equal(
            [(["Hội Nông dân các huyện, thị xã, thành phố"], true, 2m, "đơn vị cấp xã")],
            Quotas("""
                Hội Nông dân mỗi huyện, thị xã, thành phố chọn 02 xã làm điểm xây dựng mô hình “Chi hội nông dân nghề nghiệp”.
                """));
    }

    // corpus/blind av03: "cơ quan" is no "có", "vận động" is the Youth Union's verb, and it sends "đoàn viên,
    // thanh niên".
    [Fact]
    public void A_youth_unions_branches_send_and_mobilise_their_members()
    {
        Assert.Equal(
            [(["các chi đoàn cơ quan"], true, 5m, "đoàn viên"), (["các chi đoàn"], true, 10m, "đoàn viên, thanh niên")],
            Quotas("""
                Ban Thường vụ Đoàn phường giao chỉ tiêu cho các chi đoàn như sau: Mỗi chi đoàn cơ quan (Chi đoàn Công an phường, Chi đoàn Quân sự phường) cử 05 đoàn viên tham gia Đội hình hỗ trợ an ninh trật tự. Mỗi chi đoàn vận động 10 đoàn viên, thanh niên tham gia Ngày hội hiến máu tình nguyện.
                """));
    }

    // "xây dựng" and "sản xuất" hold the letters "xa" but name no "xã": the class after "mỗi" holds.
    [Fact]
    public void The_class_after_each_holds_though_the_lead_has_its_letters_inside_a_word()
    {
        Assert.Equal(
            [(["các xã"], true, 1, "mô hình")],
            Quotas("""
                Huyện hỗ trợ xây dựng mô hình điểm về sản xuất nông nghiệp, phân bổ cụ thể: mỗi xã xây dựng 01 mô hình.
                """));
    }

    [Fact]
    public void Two_places_counted_in_words_before_their_level_hold_each()
    {
        Assert.Equal(
            [(["xã Tam Ngãi", "xã Thông Hòa"], true, 2, "mô hình")],
            Quotas("""
                Phân bổ mô hình điểm: riêng hai xã Tam Ngãi, Thông Hòa, mỗi xã xây dựng 02 mô hình.
                """));
    }

    [Fact]
    public void A_class_names_its_places_in_its_aside_and_each_holds()
    {
        Assert.Equal(
            [(["xã Hòa Ân", "xã Phong Thạnh", "xã Ninh Thới"], true, 1, "thôn")],
            Quotas("""
                Các xã đã được công nhận đạt chuẩn nông thôn mới (Hòa Ân, Phong Thạnh, Ninh Thới), mỗi xã chọn 01 ấp để xây dựng thí điểm ấp kiểu mẫu.
                """));
    }

    // corpus/blind as05: the officers whose post is the work are one unit (vocabulary quota-units).
    [Fact]
    public void Officers_named_with_their_post_are_one_unit()
    {
        Assert.Equal(
            [(["các huyện, thành phố"], true, 2, "cán bộ chuyên trách")],
            Quotas("""
                Mở lớp tập huấn nghiệp vụ. Mỗi huyện, thành phố cử 02 cán bộ chuyên trách tham dự.
                """));
    }

    // corpus/blind o02 and h01: "trong đó có 02 trẻ em …" says what a share is made of, no share of its own
    // (README-b); a bracket closes it, and the counts after the bracket are shares again.
    [Fact]
    public void What_a_share_is_made_of_is_no_share()
    {
        var quotas = Quotas("""
            1. Mỗi huyện lựa chọn 05 đại biểu trẻ em; riêng huyện Minh Hóa và huyện Tuyên Hóa, mỗi huyện lựa chọn
            06 đại biểu, trong đó có 02 trẻ em người dân tộc thiểu số.
            2. Mỗi xã lựa chọn, đề nghị không quá 02 tập thể (trong đó có 01 đơn vị cấp xã), 01 hộ gia đình và 02 cá nhân.
            """).ToList();
        Assert.DoesNotContain(quotas, q => q.Unit == "trẻ em");
        Assert.Contains(quotas, q => q.Count == 6 && q.Unit == "đại biểu");
        Assert.Contains(quotas, q => q.Count == 1 && q.Unit == "hộ gia đình");
        Assert.Contains(quotas, q => q.Count == 2 && q.Unit == "cá nhân");
    }

    // corpus/blind ax02: the speakers each district sends are shares ("báo cáo viên" whole); "Mỗi hội nghị do 02
    // báo cáo viên … truyền đạt" says how a conference is run, and a conference holds nothing.
    [Fact]
    public void A_conference_holds_no_share_and_its_speakers_are_named_whole()
    {
        var quotas = Quotas("""
            1. Sở Tư pháp tổ chức hội nghị phổ biến các luật cho cán bộ cấp huyện, cụ thể: mỗi huyện 02 hội nghị;
            thành phố Phan Rang - Tháp Chàm 01 hội nghị. Mỗi hội nghị do 02 báo cáo viên pháp luật tỉnh trực tiếp
            truyền đạt.
            2. Thành phần tham dự: mỗi huyện, thành phố cử 03 báo cáo viên pháp luật cấp huyện; riêng thành phố Phan
            Rang - Tháp Chàm cử 05 báo cáo viên.
            """).ToList();
        Assert.Equal(
            [(["các huyện, thành phố"], true, 3m, "báo cáo viên"), (["thành phố Phan Rang - Tháp Chàm"], false, 5m, "báo cáo viên")],
            quotas.Select(q => (q.Holder, q.Each, q.Count, q.Unit)));
    }

    // corpus/blind ax01: "riêng các xã Cà Nàng, Mường Giôn, Chiềng Khay có số lượng gia súc lớn, cử 03 học viên":
    // the last name ends where the words in lower case say why.
    [Fact]
    public void A_listed_names_reason_is_no_part_of_the_name()
    {
        var quotas = Quotas("""
            1. Mỗi xã, thị trấn cử 02 học viên tham dự lớp tập huấn; riêng các xã Cà Nàng, Mường Giôn, Chiềng Khay có số
            lượng gia súc lớn, cử 03 học viên.
            """).ToList();
        Assert.Contains(quotas, q => q.Holder.SequenceEqual(["xã Cà Nàng", "xã Mường Giôn", "xã Chiềng Khay"]) && q.Count == 3);
    }

    // corpus/blind ay01 and k03: "riêng xã Sa Lông và xã Huổi Lèng có số hộ nghèo lớn, mỗi xã cử 03 công chức" ends
    // each name at "có"; "thị trấn Nông trường Lệ Ninh" keeps its word in lower case, a name's own.
    [Fact]
    public void A_name_ends_at_its_verb_not_at_its_own_lower_case_word()
    {
        var quotas = Quotas("""
            1. Mỗi xã cử 02 công chức dự tập huấn; riêng xã Sa Lông và xã Huổi Lèng có số hộ nghèo lớn, mỗi xã cử 03
            công chức.
            2. Mỗi xã, thị trấn đăng ký 01 đội tham gia Hội diễn; riêng thị trấn Kiến Giang và thị trấn Nông trường Lệ
            Ninh, mỗi thị trấn 02 đội.
            """).ToList();
        Assert.Contains(quotas, q => q.Holder.SequenceEqual(["xã Sa Lông", "xã Huổi Lèng"]) && q.Count == 3);
        Assert.Contains(quotas, q => q.Holder.SequenceEqual(["thị trấn Kiến Giang", "thị trấn Nông trường Lệ Ninh"]) && q.Count == 2);
    }

    // corpus/blind ay03: a table of money no reader takes is read as text; its rows' numbers stand before names in
    // capitals ("2 Huyện Bác Ái 9.800"), no count of huyện. Running text writes "02 huyện" in lower case.
    [Fact]
    public void A_rows_number_before_a_name_is_no_count()
    {
        var quotas = TestModels.Blind("ay03").Quotas;
        Assert.Empty(quotas);
        Assert.Contains(Quotas("1. Mỗi tỉnh chọn 02 huyện làm điểm.\n"), q => q.Count == 2 && q.Unit == "đơn vị cấp huyện");
    }

    // corpus/blind ay04 and az07: gift packages handed out in a list, "suất" (a portion); "mỗi suất trị giá
    // 500.000 đồng" prices one and holds nothing.
    [Fact]
    public void Gift_packages_are_shares_and_a_package_holds_nothing()
    {
        var quotas = TestModels.Blind("ay04").Quotas;
        Assert.Contains(quotas, q => q.Holder is ["các xã"] && q.Each && q.Count == 60 && q.Unit == "suất");
        Assert.Contains(quotas, q => q.Holder is ["xã Ba", "xã Sông Kôn"] && q.Count == 70 && q.Unit == "suất");
        Assert.DoesNotContain(quotas, q => q.Holder.Any(h => h.Contains("suất", StringComparison.Ordinal)));
    }

    // corpus/blind ba05: "riêng chi đoàn buôn Tơng Rang và chi đoàn buôn Hàng Năm, mỗi chi đoàn cử 15 đoàn viên":
    // the exception's holders named one by one, each opening on the kind "mỗi" names, each given 15.
    [Fact]
    public void An_exception_naming_holders_of_the_kind_each_names_gives_each_its_share()
    {
        var quotas = TestModels.Blind("ba05").Quotas;
        Assert.Contains(quotas, q => q.Holder is ["chi đoàn buôn Tơng Rang", "chi đoàn buôn Hàng Năm"] && q.Each && q.Count == 15);
    }

    // corpus/blind ba04: "riêng các huyện vùng cao Lâm Bình, Na Hang mỗi huyện lựa chọn 01 xã": "vùng cao" sets the
    // districts apart and is no part of their names.
    [Fact]
    public void What_sets_places_apart_is_no_part_of_their_names()
    {
        var quotas = TestModels.Blind("ba04").Quotas;
        Assert.Contains(quotas, q => q.Holder is ["huyện Lâm Bình", "huyện Na Hang"] && q.Each && q.Count == 1 && q.Unit == "đơn vị cấp xã");
    }

    // corpus/blind bb06: "… huyện Krông Búk:" / "220 hội viên; …" — a count after a name and its colon goes on the
    // line before it; "Mỗi huyện, thị xã, thành phố hướng dẫn thành lập mới 02 mô hình": "hướng dẫn" is the verb.
    [Fact]
    public void A_count_wrapped_after_its_holders_colon_stays_with_it()
    {
        var quotas = TestModels.Blind("bb06").Quotas;
        Assert.Contains(quotas, q => q.Holder is ["huyện Krông Búk"] && q.Count == 220m && q.Unit == "hội viên");
        Assert.Contains(quotas, q => q.Holder is ["các huyện, thị xã, thành phố"] && q.Each && q.Count == 2m && q.Unit == "mô hình");
    }

    // corpus/blind be08, read as it stands: under "2. Chỉ tiêu giao cho các bản, đơn vị", "a) Trồng cây phân tán (đơn vị
    // tính: cây)" lists "Bản Tùng Hương 5.200 cây, bản Đình Hương 4.600 cây, …" and "b) Trồng rừng tập trung" lists
    // "- Bản Đình Hương: 15,5 ha;": each item is the place's share, though no verb allots it, and no goal.
    [Fact]
    public void Items_under_a_heading_that_hands_out_shares_are_each_places_share()
    {
        var doc = TestModels.Blind("be08");
        Assert.Equal([(5200m, "cây"), (18m, "ha")], doc.Quotas.Where(q => q.Holder is ["bản Tùng Hương"]).Select(q => (q.Count, q.Unit)));
        Assert.Contains(doc.Quotas, q => q.Holder is ["bản Đình Hương"] && q.Count == 15.5m && q.Unit == "ha");
        Assert.DoesNotContain(doc.Targets, t => t.Value == 5200m || t.Value == 15.5m);
    }

    // corpus/blind bg07, read as it stands: "Giao chỉ tiêu phát triển hội viên mới năm 2021 cho các cơ sở Hội như sau: Hội
    // LHPN thị / trấn Trà Lân 70 hội viên; …; các cơ sở Hội còn lại mỗi đơn vị 45 hội viên." hands out shares, a body or a
    // class opening each item; and "Mỗi cơ sở Hội xây dựng mới 01 mô hình" is held by the class, not "… xây dựng".
    [Fact]
    public void A_list_after_giao_chi_tieu_nhu_sau_gives_each_body_or_class_its_share()
    {
        var doc = TestModels.Blind("bg07");
        Assert.Contains(doc.Quotas, q => q.Holder is ["Hội LHPN thị trấn Trà Lân"] && q.Count == 70 && q.Unit == "hội viên");
        Assert.Contains(doc.Quotas, q => q.Holder is ["các cơ sở Hội còn lại"] && q.Each && q.Count == 45);
        Assert.Contains(doc.Quotas, q => q.Holder is ["các cơ sở Hội"] && q.Each && q.Count == 1 && q.Unit == "mô hình");
        Assert.DoesNotContain(doc.Targets, t => t.Value == 70m && t.Unit == "hội viên");
    }

    // corpus/blind bh03, read as it stands: "mỗi huyện, thành / phố cử 25 cán bộ chi hội tham gia; riêng huyện Lâm Bình và huyện
    // Na Hang mỗi huyện cử / 15 cán bộ chi hội.": the officers are named with their branch.
    [Fact]
    public void Branch_officers_are_counted_with_their_branch()
    {
        var quotas = TestModels.Blind("bh03").Quotas;
        Assert.Contains(quotas, q => q.Each && q.Count == 25 && q.Unit == "cán bộ chi hội");
        Assert.Contains(quotas, q => q.Holder is ["huyện Lâm Bình", "huyện Na Hang"] && q.Count == 15 && q.Unit == "cán bộ chi hội");
    }

    // corpus/blind bi04, read as it stands: "Ban Thường vụ Huyện đoàn giao chỉ tiêu … như sau: Đoàn thị trấn Hà Lam 30 đoàn
    // viên; Đoàn xã Bình Dương, Bình Minh, Bình Nam mỗi đơn vị 25 đoàn viên; Đoàn trường THPT Tiểu La, THPT Nguyễn Thái
    // Bình mỗi đơn vị 40 đoàn viên; …": the item after the colon holds, not the body that gives; a body's later names
    // are each its own body.
    [Fact]
    public void The_items_after_an_allocating_colon_hold_and_a_bodys_names_are_each_its_own()
    {
        var quotas = TestModels.Blind("bi04").Quotas.Where(q => q.Unit == "đoàn viên").Take(3).ToList();
        Assert.Equal(["Đoàn thị trấn Hà Lam"], quotas[0].Holder);
        Assert.Equal(["Đoàn xã Bình Dương", "Đoàn xã Bình Minh", "Đoàn xã Bình Nam"], quotas[1].Holder);
        Assert.Equal(["Đoàn trường THPT Tiểu La", "Đoàn trường THPT Nguyễn Thái Bình"], quotas[2].Holder);
        Assert.Equal([30m, 25m, 40m], quotas.Select(q => q.Count));
    }
}
