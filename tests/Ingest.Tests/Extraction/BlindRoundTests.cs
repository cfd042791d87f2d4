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

    [Fact]
    public void Quotas_keep_their_own_holders()
    {
        var d01 = Extract("d01.txt").Documents[0].Quotas;
        // "2. Cờ thi đua …" / "Hội đồng Thi đua - Khen thưởng thành phố xét chọn 02 đơn vị …": a short
        // heading ends on its line, so the council is the subject.
        Assert.Contains(d01, q => q.Count == 2 && q.Unit == "đơn vị cấp huyện" && q.Holder.Count == 1 && q.Holder[0].StartsWith("Hội đồng Thi đua", StringComparison.Ordinal));
        // "Khen thưởng hộ gia đình: mỗi huyện lựa chọn không quá 02 hộ gia đình": the heading names no holder.
        Assert.Contains(d01, q => q.Count == 2 && q.Unit == "hộ gia đình" && q.Holder.SequenceEqual(["các huyện"]) && q.Each);
        // "riêng Sở Lao động - Thương binh và Xã hội và Sở Xây dựng, mỗi sở không quá 02 tập thể" (d05).
        var d05 = Extract("d05.txt").Documents[1].Quotas;
        Assert.Contains(d05, q => q.Count == 2 && q.Unit == "tập thể" && q.Each
            && q.Holder.SequenceEqual(["Sở Lao động - Thương binh và Xã hội", "Sở Xây dựng"]));
    }

    [Fact]
    public void What_a_document_recalls_from_before_its_year_is_no_deadline()
    {
        // d08 (2021): "Năm 2020, đợt mưa lũ lịch sử tháng 10/2020 …".
        Assert.DoesNotContain(Extract("d08.txt").Documents[0].Deadlines, d => d.Due.Year < 2021);
    }

    [Fact]
    public void An_allocation_tables_rows_are_each_a_holders_quotas()
    {
        // e01: "STT" / "Đơn vị" / "Tập thể" / "Cá nhân" / "Hộ gia đình" / "1" / "Thành phố Thái Nguyên" /
        // "04" / "05" / "03" …: "Đơn vị" heads the holders, though "đơn vị" is also a unit counted.
        var quotas = Extract("e01.txt").Documents[0].Quotas;
        Assert.Contains(quotas, q => q.Holder.SequenceEqual(["thành phố Thái Nguyên"]) && q.Count == 4 && q.Unit == "tập thể");
        Assert.Contains(quotas, q => q.Holder.SequenceEqual(["thành phố Thái Nguyên"]) && q.Count == 3 && q.Unit == "hộ gia đình");
        Assert.DoesNotContain(quotas, q => q.Unit == "đơn vị" && q.Holder.Contains("thành phố Thái Nguyên"));
    }

    [Fact]
    public void A_table_of_goals_gives_each_figure_its_columns_year_and_its_rows_unit()
    {
        // m01, "Bảng 1. Chỉ tiêu chủ yếu giai đoạn 2022 - 2025": "TT" / "Chỉ tiêu" / "Đơn vị tính" /
        // "Năm 2022" … "Năm 2025", then "3" / "Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều)" / "%" / "5,6" / "4,4" …
        var targets = Extract("m01.txt").Documents[0].Targets;
        Assert.Contains(targets, t => t.Value == 4.4m && t.Unit == "%" && t.By == "2023" && t.Comparator == "=");
        Assert.Contains(targets, t => t.Value == 13 && t.Unit == "xã" && t.By == "2023");
        // "Bảng 2": "Số tiêu chí đã đạt đến 31/12/2021" is where things stood; "Số tiêu chí phấn đấu
        // đạt đến năm 2023" the goal; "Năm phấn đấu đạt chuẩn" a year, no count.
        Assert.Contains(targets, t => t.Value == 17 && t.Unit == "tiêu chí" && t.By == "2023" && t.Indicator.EndsWith("Krông Búk", StringComparison.Ordinal));
        Assert.DoesNotContain(targets, t => t.Unit == "tiêu chí" && t.Value == 13);
        Assert.DoesNotContain(targets, t => t.Value == 2022);
    }

    [Fact]
    public void A_two_level_header_with_column_numbers_gives_each_place_its_goals()
    {
        // n03: "STT" / "Đơn vị" / "Tỷ lệ bao phủ bảo hiểm y" / "tế (%)" / "Tỷ lệ tham gia bảo hiểm xã hội"
        // … / "Thực hiện" / "năm 2023" / "Chỉ tiêu giao" / "năm 2024" / "Ước thực" / "hiện 2023" /
        // "Kế hoạch" / "2024" / "A" / "B" / "1" … "4" / "Toàn tỉnh" …: two groups over two columns each.
        var targets = Extract("n03.txt").Documents[0].Targets;
        Assert.Contains(targets, t => t.Value == 99.3m && t.Unit == "%" && t.By == "2024" && t.Indicator.EndsWith("Bắc Kạn", StringComparison.Ordinal));
        Assert.Contains(targets, t => t.Value == 25.5m && t.Unit == "%" && t.By == "2024" && t.Indicator.StartsWith("tỷ lệ tham gia", StringComparison.Ordinal));
        // What was done in 2023 is no goal.
        Assert.DoesNotContain(targets, t => t.By == "2023");
    }

    [Fact]
    public void A_goal_column_without_a_year_takes_the_rows_year_and_a_rows_part_is_a_row()
    {
        // n02: "Chỉ tiêu tỷ lệ huy động (%)" beside "Năm đạt chỉ tiêu": "Thị trấn Mường Ảng" … "60" / "2024".
        Assert.Contains(Extract("n02.txt").Documents[0].Targets, t => t.Value == 60 && t.Unit == "%" && t.By == "2024");
        // n01: "7" / "Tỷ lệ lao động qua đào tạo" … then "-" / "Trong đó: có bằng cấp, chứng chỉ" / "%" / "23,5" / "28";
        // the rows after the part are read too ("13" / "Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế" / "%" / "88" / "100").
        var n01 = Extract("n01.txt").Documents[0].Targets;
        Assert.Contains(n01, t => t.Value == 28 && t.Unit == "%" && t.By == "2025");
        Assert.Contains(n01, t => t.Value == 100 && t.Unit == "%" && t.Indicator.Contains("Bộ tiêu chí quốc gia về y tế", StringComparison.Ordinal));
        // "Ước thực hiện năm 2020" is where things stood.
        Assert.DoesNotContain(n01, t => t.Value == 62);
    }

    [Fact]
    public void An_annex_below_the_outline_is_the_plans_its_caption_names()
    {
        // c08: the plan 72/KH-UBND, then the report outline, then "PHỤ LỤC" / "(Kèm theo Kế hoạch số
        // 72/KH-UBND …)" and a table of each commune's goal: the goals are the plan's, not the outline's.
        var docs = Extract("c08.txt").Documents;
        Assert.Contains(docs[0].Targets, t => t.Value == 14 && t.Unit == "hộ" && t.Indicator.EndsWith("Xã Thạnh Đức", StringComparison.Ordinal));
        Assert.Equal(DocumentKinds.Outline, docs[1].Kind);
    }

    [Fact]
    public void Numbered_places_and_a_body_shared_by_two_districts_hold_each()
    {
        // m04: "- Thôn 1, thôn 2, thôn 5: mỗi thôn đăng ký 01 tuyến đường …"; "riêng thôn 3 và thôn 9, mỗi thôn chọn 20 hộ".
        var m04 = Extract("m04.txt").Documents[0].Quotas;
        Assert.Contains(m04, q => q.Count == 1 && q.Each && q.Holder.SequenceEqual(["thôn 1", "thôn 2", "thôn 5"]));
        Assert.Contains(m04, q => q.Count == 20 && q.Unit == "hộ gia đình" && q.Each && q.Holder.SequenceEqual(["thôn 3", "thôn 9"]));
        // d06: "riêng Phòng GDĐT huyện Phong Điền và huyện Thới Lai, mỗi phòng chọn 02 trường tiểu học".
        Assert.Contains(Extract("d06.txt").Documents[0].Quotas, q => q.Count == 2 && q.Each
            && q.Holder.SequenceEqual(["Phòng GDĐT huyện Phong Điền", "Phòng GDĐT huyện Thới Lai"]));
    }

    [Fact]
    public void Villages_are_bản_but_copies_are_not_and_a_total_allots_nothing()
    {
        // o03: "- Huyện Mộc Châu: chọn 03 bản thuộc xã Chiềng Hắc …; 02 hợp tác xã …", "Tổng số: 12 bản, 07 hợp tác xã".
        var o03 = Extract("o03.txt").Documents[1].Quotas;
        Assert.Contains(o03, q => q.Count == 3 && q.Unit == "thôn" && q.Holder.SequenceEqual(["huyện Mộc Châu"]));
        Assert.Contains(o03, q => q.Count == 2 && q.Unit == "hợp tác xã" && q.Holder.SequenceEqual(["huyện Mộc Châu"]));
        Assert.DoesNotContain(o03, q => q.Count == 12);
        // g05: "… mỗi loại 03 bản (bản chính)": copies of a dossier.
        Assert.DoesNotContain(Extract("g05.txt").Documents[0].Quotas, q => q.Unit == "thôn" && q.Count == 3);
    }

    [Fact]
    public void Two_recurring_dates_share_the_action_after_them_and_a_dates_word_is_no_action()
    {
        var deadlines = Extract("m01.txt").Documents[0].Deadlines;
        // "- Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12) tổng hợp, báo cáo kết quả …"
        Assert.Contains(deadlines, d => d.Due == new PartialDate(2023, 6, 10) && d.Action.Contains("tổng hợp, báo cáo", StringComparison.Ordinal));
        Assert.DoesNotContain(deadlines, d => d.Action == "hằng năm");
        // "Trong quý III/2022, Phòng Nông nghiệp và Phát triển nông thôn tổ chức 02 lớp tập huấn …"
        Assert.DoesNotContain(deadlines, d => d.Action == "Trong");
        Assert.Contains(deadlines, d => d.Action.Contains("tổ chức 02 lớp tập huấn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decisions_articles_end_its_grounds_and_a_lead_in_names_who_each_is()
    {
        // w02: "Điều 1. … Toàn huyện phấn đấu đạt các chỉ tiêu chủ yếu sau:" / "- Tổng sản lượng lương
        // thực có hạt đạt trên 14.500 tấn;": the dashes under an article are body, not grounds.
        var w02 = Extract("w02.txt").Documents[0].Targets;
        Assert.Contains(w02, t => t.Value == 14500 && t.Unit == "tấn" && t.Comparator == ">");
        Assert.Contains(w02, t => t.Value == 24 && t.Unit == "%" && t.Comparator == "<");
        // w07: "2. Ủy ban nhân dân các xã, thị trấn:" / "- Mỗi đơn vị cử 01 lãnh đạo …": each of the class the lead-in names.
        var w07 = Extract("w07.txt").Documents[0].Quotas;
        Assert.Contains(w07, q => q.Count == 1 && q.Unit == "lãnh đạo" && q.Each && q.Holder[0].EndsWith("các xã, thị trấn", StringComparison.Ordinal));
        // w03: "gồm 01 lãnh đạo … Phòng Tài nguyên và Môi trường, 01 công chức …": "Môi trường" is no
        // "mỗi" that opens a new share; the delegates are made of these, and allot nothing more.
        var w03 = Extract("w03.txt").Documents[0].Quotas;
        Assert.DoesNotContain(w03, q => q.Count == 1 && q.Unit == "viên chức");
        Assert.Contains(w03, q => q.Count == 3 && q.Unit == "đại biểu" && q.Each);
    }

    [Fact]
    public void An_associations_header_names_the_association_and_its_organ()
    {
        // x06: "HỘI LHPN VIỆT NAM" / "HỘI LIÊN HIỆP PHỤ NỮ" / "TỈNH CÀ MAU", the name written as the association writes it.
        Assert.Equal("Hội Liên hiệp Phụ nữ tỉnh Cà Mau", Extract("x06.txt").Documents[0].Issuer);
        // h08: "HỘI NÔNG DÂN TỈNH THÁI BÌNH        HỘI NÔNG DÂN VIỆT NAM" / "BAN CHẤP HÀNH".
        Assert.Equal("Ban Chấp hành Hội Nông dân tỉnh Thái Bình", Extract("h08.txt").Documents[0].Issuer);
    }

    [Fact]
    public void A_money_column_beside_the_places_counts_allots_nothing()
    {
        // x07: "Số học viên (người)" / "Kinh phí (triệu đồng)", then "Huyện Củ Chi" / "1.400" / "2.380".
        var quotas = Extract("x07.txt").Documents[1].Quotas;
        Assert.Contains(quotas, q => q.Holder.SequenceEqual(["huyện Củ Chi"]) && q.Count == 1400 && q.Unit == "học viên");
        Assert.DoesNotContain(quotas, q => q.Count == 2380);
    }

    [Fact]
    public void Places_named_before_each_are_each_a_holder()
    {
        // y03: "các huyện Chiêm Hóa, Hàm Yên, Yên Sơn, Sơn Dương mỗi huyện cử 30 học viên".
        var y03 = Extract("y03.txt").Documents[0].Quotas;
        Assert.Contains(y03, q => q.Count == 30 && q.Each && q.Holder.SequenceEqual(["huyện Chiêm Hóa", "huyện Hàm Yên", "huyện Yên Sơn", "huyện Sơn Dương"]));
        // y06: "các thôn còn lại mỗi thôn 30 hộ gia đình": the class the clause names.
        Assert.Contains(Extract("y06.txt").Documents[0].Quotas, q => q.Count == 30 && q.Each && q.Holder.SequenceEqual(["các thôn còn lại"]));
    }

    [Fact]
    public void Pilot_models_each_commune_builds_are_its_quota()
    {
        // aq01: "mỗi xã xây dựng 01 mô hình; riêng xã Tam Ngãi và xã Châu Điền (…) mỗi xã xây dựng 02 mô
        // hình; thị trấn Cầu Kè xây dựng 01 mô hình"; "Các xã Phong Phú, Hòa Ân, Châu Điền (đã đạt chuẩn
        // nông thôn mới) mỗi xã chọn 01 ấp": "xây dựng" with its count allots, and the aside is no name.
        var quotas = Extract("aq01.txt").Documents[0].Quotas;
        Assert.Contains(quotas, q => q.Count == 1 && q.Each && q.Unit == "mô hình" && q.Holder.SequenceEqual(["các xã"]));
        Assert.Contains(quotas, q => q.Count == 1 && !q.Each && q.Unit == "mô hình" && q.Holder.SequenceEqual(["thị trấn Cầu Kè"]));
        Assert.Contains(quotas, q => q.Count == 1 && q.Each && q.Unit == "thôn" && q.Holder.SequenceEqual(["xã Phong Phú", "xã Hòa Ân", "xã Châu Điền"]));
    }

    [Fact]
    public void A_youth_unions_base_bodies_are_holders_each()
    {
        // aq03: "riêng Đoàn thị trấn Ái Nghĩa và Đoàn xã Đại Hiệp mỗi đơn vị cử 08 đoàn viên"; table rows
        // "Đoàn các xã: Đại Hưng, Đại Lãnh, Đại Sơn, Đại Hồng (mỗi đơn vị)" and "Đoàn các trường THPT
        // trên địa bàn huyện (mỗi đơn vị)".
        var quotas = Extract("aq03.txt").Documents[0].Quotas;
        Assert.Contains(quotas, q => q.Count == 8 && q.Each && q.Holder.SequenceEqual(["Đoàn thị trấn Ái Nghĩa", "Đoàn xã Đại Hiệp"]));
        Assert.Contains(quotas, q => q.Count == 1 && q.Each && q.Unit == "đội" && q.Holder.SequenceEqual(["Đoàn xã Đại Hưng", "Đoàn xã Đại Lãnh", "Đoàn xã Đại Sơn", "Đoàn xã Đại Hồng"]));
        Assert.Contains(quotas, q => q.Count == 1 && q.Each && q.Unit == "đội" && q.Holder.SequenceEqual(["Đoàn các trường THPT trên địa bàn huyện"]));
    }

    [Fact]
    public void A_task_wrapped_onto_a_year_keeps_its_time_in_its_own_column()
    {
        // aq04: "4" / "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu" / "năm 2025" / "Văn phòng - Thống kê"
        // / "Các ngành, đoàn thể" / "Trước ngày" / "15/6/2025".
        var deadlines = Extract("aq04.txt").Documents[0].Deadlines;
        Assert.Contains(deadlines, d => d.Action.EndsWith("6 tháng đầu năm 2025", StringComparison.Ordinal) && d.Due == new PartialDate(2025, 6, 15));
        Assert.DoesNotContain(deadlines, d => d.Action.EndsWith("6 tháng đầu", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_numbered_heading_is_its_paragraphs_award()
    {
        // ap03: "3. Bằng khen của Trung ương Hội Cựu chiến binh Việt Nam" / "Ban Thường vụ Hội Cựu chiến
        // binh huyện lựa chọn 01 tập thể hoặc 01 cá nhân …": the heading ends at its line.
        var quotas = Extract("ap03.txt").Documents[0].Quotas;
        Assert.Contains(quotas, q => q.Count == 1 && q.Unit == "tập thể hoặc cá nhân" && q.Holder.SequenceEqual(["Ban Thường vụ Hội Cựu chiến binh huyện"])
            && q.Purpose == "Bằng khen của Trung ương Hội Cựu chiến binh Việt Nam");
    }

    [Fact]
    public void An_exceptions_body_over_two_places_is_each_places_body()
    {
        // ap03: "Mỗi cơ sở hội lựa chọn 01 hội viên cựu chiến binh sản xuất, kinh doanh giỏi tiêu biểu …;
        // riêng Hội CCB thị trấn Mường Xén và xã Hữu Kiệm, mỗi đơn vị lựa chọn 02 hội viên".
        var quotas = Extract("ap03.txt").Documents[0].Quotas;
        Assert.Contains(quotas, q => q.Count == 1 && q.Each && q.Unit == "hội viên" && q.Holder.SequenceEqual(["các cơ sở hội"]));
        Assert.Contains(quotas, q => q.Count == 2 && q.Each && q.Unit == "hội viên" && q.Holder.SequenceEqual(["Hội CCB thị trấn Mường Xén", "Hội CCB xã Hữu Kiệm"]));
    }

    [Fact]
    public void A_peoples_bracket_counts_the_kind_of_people_its_column_names()
    {
        // ar03: "Đại biểu dự" / "Hội nghị" / "(người)", and the row "Các xã Đạ K' Nàng, Đạ M' Rong, / Đạ
        // Long, Đạ Tông (mỗi đơn vị)"; an06: "Kiểm lâm địa bàn" / "(người)"; ar04, kept in its layout:
        // "Số học viên phân bổ (người)" over "Lớp thứ nhất (hòa giải viên)"; ar03's running text: "riêng
        // cơ sở Hội xã Rô Men và cơ sở Hội xã Phi Liêng (…) mỗi cơ sở được đề nghị 02 tập thể".
        var ar03 = Extract("ar03.txt").Documents[0].Quotas;
        Assert.Contains(ar03, q => q.Count == 8 && q.Unit == "đại biểu" && q.Holder.SequenceEqual(["xã Rô Men"]));
        Assert.Contains(ar03, q => q.Count == 5 && q.Each && q.Unit == "đại biểu" && q.Holder.SequenceEqual(["xã Đạ K' Nàng", "xã Đạ M' Rong", "xã Đạ Long", "xã Đạ Tông"]));
        Assert.Contains(ar03, q => q.Count == 2 && q.Each && q.Unit == "tập thể" && q.Holder.SequenceEqual(["cơ sở Hội xã Rô Men", "cơ sở Hội xã Phi Liêng"]));
        Assert.Contains(Extract("an06.txt").Documents[0].Quotas, q => q.Count == 4 && q.Unit == "kiểm lâm địa bàn" && q.Holder.SequenceEqual(["huyện Mường Nhé"]));
        var ar04 = Extract("ar04.txt").Documents[0].Quotas;
        Assert.Contains(ar04, q => q.Count == 8 && q.Unit == "hòa giải viên" && q.Holder.SequenceEqual(["xã Phước Bình"]));
        Assert.Contains(ar04, q => q.Count == 6 && q.Unit == "tuyên truyền viên" && q.Holder.SequenceEqual(["xã Phước Bình"]));
    }

    [Fact]
    public void A_tables_caption_or_spanning_cell_says_what_its_columns_count()
    {
        // y08: "Số lượng vận động viên của từng đơn vị được phân bổ như sau" over "Kéo co" / "Bắn nỏ" / …
        var y08 = Extract("y08.txt").Documents[0].Quotas;
        Assert.Contains(y08, q => q.Holder.SequenceEqual(["huyện Bát Xát"]) && q.Count == 4 && q.Unit == "vận động viên" && q.Purpose == "Ném pao");
        // y04: "(đơn vị tính: công dân):" / "Chỉ tiêu giao quân năm 2024" spanning "Quân đội" / "Công an".
        var y04 = Extract("y04.txt").Documents[1];
        Assert.Contains(y04.Quotas, q => q.Holder.SequenceEqual(["xã Pả Vi"]) && q.Count == 5 && q.Unit == "công dân");
        Assert.Contains(y04.Quotas, q => q.Holder.SequenceEqual(["xã Pả Vi"]) && q.Count == 1 && q.Unit == "công dân");
        // "HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ": "QUÂN" is no "QUẬN".
        Assert.Equal("Hội đồng Nghĩa vụ quân sự huyện Mèo Vạc", y04.Issuer);
    }

    [Fact]
    public void Second_header_rows_notes_and_kinds_of_what_a_caption_counts()
    {
        // z02: "Số hộ được hỗ trợ (hộ)" over "Xây mới" / "Sửa chữa" beside "Kinh phí hỗ trợ (triệu đồng)".
        var z02 = Extract("z02.txt").Documents[0];
        Assert.Contains(z02.Quotas, q => q.Holder.SequenceEqual(["xã Trà Mai"]) && q.Count == 14 && q.Unit == "hộ xây mới");
        Assert.Contains(z02.Quotas, q => q.Holder.SequenceEqual(["xã Trà Mai"]) && q.Count == 8 && q.Unit == "hộ sửa chữa");
        Assert.DoesNotContain(z02.Quotas, q => q.Count == 720);
        Assert.DoesNotContain(z02.Targets, t => t.Indicator.Contains("Trà Mai", StringComparison.Ordinal));
        // z04: "Huyện Ngọc Hồi" / "04" / "Ưu tiên xã biên giới": "04" is the row's count, the note no holder.
        var z04 = Extract("z04.txt").Documents[0].Quotas;
        Assert.Contains(z04, q => q.Holder.SequenceEqual(["huyện Ngọc Hồi"]) && q.Count == 4 && q.Unit == "người có uy tín");
        Assert.DoesNotContain(z04, q => q.Holder.Any(h => h.StartsWith("Ưu tiên", StringComparison.Ordinal)));
        // z01: "Biểu phân bổ số lượng tiết mục" over "Tiết mục hát" / … / "Tiểu phẩm, kịch ngắn": each column its own unit.
        var z01 = Extract("z01.txt").Documents[0].Quotas;
        Assert.Contains(z01, q => q.Holder.SequenceEqual(["thành phố Tuyên Quang"]) && q.Count == 3 && q.Unit == "tiết mục hát");
        // z07: "c) Đối với các huyện, thành phố, thị xã: mỗi đơn vị không quá 04 tập thể".
        Assert.Contains(Extract("z07.txt").Documents[0].Quotas, q => q.Count == 4 && q.Unit == "tập thể" && q.Holder.SequenceEqual(["các huyện, thành phố, thị xã"]));
    }

    [Fact]
    public void A_report_of_last_year_sets_the_goals_of_the_year_it_is_issued_in()
    {
        // z08, issued 13/01/2025: "Kết quả … năm 2024; mục tiêu, nhiệm vụ, giải pháp năm 2025". The
        // goals under "II. MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP NĂM 2025" are due in 2025; the table of 2024's
        // results is where things stood.
        var targets = Extract("z08.txt").Documents[0].Targets;
        Assert.Contains(targets, t => t.Value == 72 && t.Comparator == ">" && t.By == "2025");
        Assert.Contains(targets, t => t.Value == 0.9m && t.Comparator == "<" && t.By == "2025");
        Assert.DoesNotContain(targets, t => t.By == "2024");
    }

    [Fact]
    public void A_decision_that_assigns_a_years_work_dates_its_recurring_duties()
    {
        // ad02, "Về việc giao chỉ tiêu xây dựng nông thôn mới năm 2018 cho các xã" (08/02/2018): "Định kỳ
        // hằng quý (trước ngày 20 tháng cuối quý) báo cáo tiến độ …" is due at its first quarter's end, as
        // in a plan; a decision of standing rules would give it no date.
        var deadlines = Extract("ad02.txt").Documents[0].Deadlines;
        Assert.Contains(deadlines, d => d.Due == new PartialDate(2018, 3, 20) && d.Qualifier == DeadlineQualifier.Before && d.Action.Contains("báo cáo tiến độ", StringComparison.Ordinal));
        // x05 (issued in the first quarter of 2021): "hằng quý, trước ngày 10 tháng đầu quý sau, báo cáo số liệu giải ngân".
        Assert.Contains(Extract("x05.txt").Documents[0].Deadlines, d => d.Due == new PartialDate(2021, 4, 10) && d.Action.Contains("giải ngân", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signers_block_above_the_recipients_takes_the_name_after_them()
    {
        // ag08: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Nơi nhận:" / … / "- Lưu: VT." / "Hồ Sỹ Tuấn".
        var signer = Extract("ag08.txt").Documents[0].Signer;
        Assert.Equal(("Hồ Sỹ Tuấn", "Phó Chủ tịch", "TM. Ủy ban nhân dân; KT. Chủ tịch"), (signer?.Name, signer?.Title, signer?.Authority));
        // ae07: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / "Nơi nhận:", the name set beside a recipient.
        Assert.Equal("Lâm Văn Hiếu", Extract("ae07.txt").Documents[0].Signer?.Name);
    }

    [Fact]
    public void A_military_deputy_and_a_youth_unions_committee_sign_as_they_write()
    {
        // at08: "KT. CHỈ HUY TRƯỞNG" / "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG" / "Thiếu tá Lý Văn Sơn": two titles at
        // once, and the rank is no part of the name.
        var officer = Extract("at08.txt").Documents[0].Signer;
        Assert.Equal(("Lý Văn Sơn", "Phó Chỉ huy trưởng - Tham mưu trưởng", "KT. Chỉ huy trưởng"), (officer?.Name, officer?.Title, officer?.Authority));
        // aq03: "TM. BAN THƯỜNG VỤ" / "HUYỆN ĐOÀN": the body signed for is the Huyện đoàn.
        Assert.Equal("TM. Ban Thường vụ Huyện đoàn", Extract("aq03.txt").Documents[0].Signer?.Authority);
        // af07: "TM. BAN CHỈ ĐẠO".
        Assert.Equal("TM. Ban Chỉ đạo", Extract("af07.txt").Documents[0].Signer?.Authority);
    }

    [Fact]
    public void Boards_and_councils_are_named_as_their_founding_decisions_write_them()
    {
        // organisation-names: "BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM" (ai05), "BAN CHỈ ĐẠO TỔNG ĐIỀU TRA DÂN SỐ VÀ NHÀ Ở" (af07).
        Assert.Equal("Ban Thường trực UBMTTQ Việt Nam huyện Cam Lộ", Extract("ai05.txt").Documents[0].Issuer);
        Assert.Equal("Ban Chỉ đạo Tổng điều tra dân số và nhà ở tỉnh Quảng Trị", Extract("af07.txt").Documents[0].Issuer);
    }

    [Fact]
    public void A_committee_named_in_the_body_of_a_city_that_names_itself_thanh_pho_is_not_doubled()
    {
        // x07's draft plan, its header left blank ("Số:      /KH-UBND", "DỰ THẢO"): "Ủy ban nhân dân Thành phố" in
        // "Thành phố Hồ Chí Minh" is "UBND Thành phố Hồ Chí Minh", not "… Thành phố Thành phố Hồ Chí Minh".
        Assert.Equal("UBND Thành phố Hồ Chí Minh", Extract("x07.txt").Documents[1].Issuer);
    }

    [Fact]
    public void A_letters_subject_and_its_date_on_one_line_are_read_apart()
    {
        // bd08: "V/v cử cán bộ, công chức tham dự           Ninh Thuận, ngày 06 tháng 10 năm 2017" / "các lớp bồi
        // dưỡng nghiệp vụ năm 2017": the date is the right column's, the subject goes on below.
        var letter = Extract("bd08.txt").Documents[0];
        Assert.Equal(("Ninh Thuận", "2017-10-06", "V/v cử cán bộ, công chức tham dự các lớp bồi dưỡng nghiệp vụ năm 2017"), (letter.Place, letter.IssuedOn?.ToString(), letter.Title));
    }

    [Fact]
    public void A_two_word_name_on_a_line_of_its_own_signs()
    {
        // bd07: "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN" / "PHÓ BÍ THƯ" / "A Quang": a Xơ Đăng name of two words.
        var signer = Extract("bd07.txt").Documents[0].Signer;
        Assert.Equal(("A Quang", "Phó Bí thư"), (signer?.Name, signer?.Title));
    }
}
