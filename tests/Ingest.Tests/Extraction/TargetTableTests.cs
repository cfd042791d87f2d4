using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

/// <summary>
/// A table of goals as a text layer writes it, one cell per line (issue 16: "targets per district
/// in a table", "yearly targets"): each figure is a goal of its row, due in its column's year; the
/// whole area's row, what was done before and a group's heading set none.
/// </summary>
public class TargetTableTests
{
    private const string Header = """
        ỦY BAN NHÂN DÂN
        TỈNH HÀ TĨNH
        Số: 88/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hà Tĩnh, ngày 12 tháng 1 năm 2024
        KẾ HOẠCH
        Giảm nghèo bền vững năm 2024

        I. MỤC TIÊU

        """;

    private static IReadOnlyList<Target> Targets(string body) => TestModels.Extractor.Extract("t.txt", Header + body).Documents[0].Targets;

    // corpus/blind au04, read as it stands: "Chỉ tiêu giao cho các thôn như sau:" over trees to plant per thôn
    // hands out shares; the table sets no goals of its own (the sentence's "ít nhất 12.500 cây" is the goal).
    // corpus/blind at07, read as it stands: "Đơn vị Thị trấn Đầm Hà   Quảng" over "tính   Đầm Hà   Lâm" — the
    // unit's column and two places' names set one space apart, split where row 1's figures stand — and
    // "Toàn huyện" last among the places, a header cell though row 1's number follows it.
    [Fact]
    public void Goals_per_place_in_columns_set_close_are_each_places()
    {
        var text = File.ReadAllText(CorpusFiles.Path_("blind", "at07.txt"));
        var targets = TestModels.Extractor.Extract("at07.txt", text).Documents[0].Targets;
        Assert.Contains(targets, t => t is { Comparator: "=", Value: 94.0m, Unit: "%" } && t.Indicator.Contains("(Quảng Lâm)", StringComparison.Ordinal));
        Assert.Contains(targets, t => t is { Value: 95.5m, Unit: "%" } && t.Indicator.Contains("(Đầm Hà)", StringComparison.Ordinal));
    }

    // "Toàn huyện" as the last header cell over the places, then row 1: the whole district's column.
    [Fact]
    public void The_whole_districts_column_last_in_the_header_is_no_row()
    {
        var targets = Targets("""
            CHỈ TIÊU CHỦ YẾU GIAO CÁC XÃ NĂM 2025
            TT
            Chỉ tiêu
            Đơn vị tính
            Xã Quảng Lâm
            Xã Quảng An
            Xã Quảng Tân
            Toàn huyện
            1
            Tỷ lệ người dân tham gia BHYT
            %
            94,0
            95,2
            95,0
            95,5

            """);
        Assert.Contains(targets, t => t is { Value: 95.2m, Unit: "%" } && t.Indicator.Contains("Quảng An", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_hands_out_chi_tieu_to_the_places_below_makes_shares_not_goals()
    {
        var text = File.ReadAllText(CorpusFiles.Path_("blind", "au04.txt"));
        var targets = TestModels.Extractor.Extract("au04.txt", text).Documents[0].Targets;
        Assert.DoesNotContain(targets, t => t.Indicator.Contains("Thôn", StringComparison.Ordinal));
        Assert.Contains(targets, t => t is { Comparator: ">=", Value: 12500m, Unit: "cây" });
    }

    [Fact]
    public void A_places_table_with_the_whole_province_first_and_a_wrapped_goal_header()
    {
        var targets = Targets("""
            STT
            Huyện, thị xã, thành phố
            Tỷ lệ hộ nghèo cuối năm 2023 (%)
            Chỉ tiêu giảm tỷ lệ hộ
            nghèo năm 2024 (%)
            Toàn tỉnh
            2,95
            0,8
            1
            Huyện Hương Khê
            6,10
            1,5
            2
            Huyện Vũ Quang
            4,85
            1,2
            """);
        // 6,10 and 4,85 are where the districts stood; 0,8 is the rate the whole province must cut, its own goal
        // (corpus/blind bd01, as01), read after the districts'.
        Assert.Equal([1.5m, 1.2m, 0.8m], targets.Select(t => t.Value));
        Assert.Equal("chỉ tiêu giảm tỷ lệ hộ nghèo của toàn tỉnh", targets[2].Indicator);
        Assert.All(targets, t => Assert.Equal(("%", "2024", "="), (t.Unit, t.By, t.Comparator)));
        Assert.EndsWith("Huyện Vũ Quang", targets[1].Indicator, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicators_table_with_groups_leaves_out_what_was_done()
    {
        var targets = Targets("""
            TT
            Chỉ tiêu
            ĐVT
            Thực hiện năm 2023
            KH 2024
            Giai đoạn 2021 - 2025
            I
            Chỉ tiêu về giảm nghèo
            1
            Số hộ thoát nghèo
            hộ
            1.250
            1.100
            ≥ 5.000
            II
            Chỉ tiêu về việc làm
            2
            Lao động được tạo việc làm mới
            người
            17.500
            18.000
            90.000
            """);
        Assert.Equal([(1100m, "hộ", "2024", "="), (5000m, "hộ", "2025", ">="), (18000m, "người", "2024", "="), (90000m, "người", "2025", "=")],
            targets.Select(t => (t.Value, t.Unit!, t.By!, t.Comparator)));
    }

    // As corpus/blind v02 writes its yearly goals: no "STT", the unit in the row's name.
    [Fact]
    public void A_table_of_indicators_without_row_numbers_gives_each_year_its_goal()
    {
        var targets = Targets("""
            Chỉ tiêu đào tạo theo từng năm:
            Chỉ tiêu
            Năm 2024
            Năm 2025
            Số lao động nông thôn được đào tạo nghề (người)
            5.800
            6.300
            Tỷ lệ lao động qua đào tạo (%)
            57
            59
            II. NHIỆM VỤ
            """);
        Assert.Equal(
            [("=", 5800m, "người", "2024"), ("=", 6300m, "người", "2025"), ("=", 57m, "%", "2024"), ("=", 59m, "%", "2025")],
            targets.Select(t => (t.Comparator, t.Value, t.Unit, t.By)));
    }

    // As corpus/blind x01 writes it: no "TT" column, each row's unit in a cell of its own, a dash for a year without one.
    [Fact]
    public void A_table_without_row_numbers_with_a_unit_column_gives_each_figure_its_years_goal()
    {
        var targets = Targets("""
            3. Một số chỉ tiêu chủ yếu theo năm
            Chỉ tiêu
            Đơn vị tính
            Năm 2024
            Năm 2025
            Tỷ lệ hộ nghèo cuối năm
            %
            12,5
            dưới 10
            Số xã thoát khỏi tình trạng đặc biệt khó khăn
            xã
            -
            04
            II. NHIỆM VỤ
            """);
        Assert.Equal([("=", 12.5m, "%", "2024"), ("<", 10m, "%", "2025"), ("=", 4m, "xã", "2025")], targets.Select(t => (t.Comparator, t.Value, t.Unit, t.By)));
    }

    // corpus/blind x01: "Năm 2021, … còn 27.684 hộ nghèo, chiếm 22,86%; 9.517 hộ cận nghèo, chiếm 7,86%": the
    // dot inside "27.684" ends no sentence, so the clause after it is still in the year before the plan's.
    [Fact]
    public void A_thousands_dot_ends_no_sentence_and_a_past_years_figures_set_no_goal()
    {
        var targets = Targets("""
            Năm 2023, theo kết quả rà soát, toàn tỉnh còn 27.684 hộ nghèo, chiếm 22,86% tổng số hộ; 9.517 hộ cận nghèo, chiếm 7,86%. Phấn đấu năm 2024 giảm tỷ lệ hộ nghèo xuống dưới 20%.
            """);
        Assert.Equal([("<", 20m, "%")], targets.Select(t => (t.Comparator, t.Value, t.Unit)));
    }

    // As corpus/blind aa03 and aa08 write them: the unit in brackets after a row's wrapped name, and row names that carry their number.
    [Fact]
    public void A_rows_unit_may_end_its_name_and_its_name_may_carry_its_number()
    {
        var targets = Targets("""
            STT
            Chỉ tiêu
            Năm 2024
            Năm 2025
            1
            Tỷ lệ mẫu thực phẩm giám sát
            đạt yêu cầu về ATTP (%)
            ≥ 88
            ≥ 90
            II. NHIỆM VỤ
            Chỉ tiêu
            Đơn vị tính
            Năm 2024
            Năm 2025
            1. Số hợp tác xã thành lập mới
            Hợp tác xã
            15
            18
            III. TỔ CHỨC THỰC HIỆN
            """);
        Assert.Equal([(">=", 88m, "%", "2024"), (">=", 90m, "%", "2025"), ("=", 15m, "Hợp tác xã", "2024"), ("=", 18m, "Hợp tác xã", "2025")], targets.Select(t => (t.Comparator, t.Value, t.Unit, t.By)));
        Assert.Equal("số hợp tác xã thành lập mới", targets[2].Indicator);
    }

    // As corpus/blind ab01 writes it, kept in its layout: the header over two lines, a row's name wrapped under it.
    [Fact]
    public void A_layout_tables_header_lines_and_wrapped_names_fall_into_their_columns()
    {
        var targets = Targets("""
            TT  Chỉ tiêu                                   ĐVT        Kế hoạch   Định hướng
                                                                      năm 2024   năm 2025
            1   Sản phẩm OCOP đạt 3 sao trở lên (lũy kế)   sản phẩm   190        220
            2   Tỷ lệ chủ thể OCOP là hợp tác xã,          %          52         55
                doanh nghiệp

            II. NHIỆM VỤ
            """);
        Assert.Equal([("=", 190m, "sản phẩm", "2024"), ("=", 220m, "sản phẩm", "2025"), ("=", 52m, "%", "2024"), ("=", 55m, "%", "2025")], targets.Select(t => (t.Comparator, t.Value, t.Unit, t.By)));
        Assert.Equal("tỷ lệ chủ thể OCOP là hợp tác xã, doanh nghiệp", targets[2].Indicator);
    }

    // As corpus/blind ai04 writes a decision's annex: indicators by district under a caption that names
    // the year's goals, the groups lettered, a unit set one space before the first district's figure.
    [Fact]
    public void An_indicators_table_by_district_under_a_caption_of_goals_gives_each_district_its_goals()
    {
        var targets = Targets("""
                  CHỈ TIÊU KẾ HOẠCH NĂM 2024 GIAO CÁC HUYỆN
                (Kèm theo Quyết định số 15/QĐ-UBND ngày 12/01/2024)

             TT  Chỉ tiêu                  ĐVT    Hương     Vũ       Can
                                                  Khê       Quang    Lộc
             A   CHỈ TIÊU XÃ HỘI
             1   Tỷ lệ hộ nghèo giảm       %      1,5       1,2      -
             2   Số trường đạt chuẩn       trường 2         1        3
                 quốc gia tăng thêm
             B   CHỈ TIÊU MÔI TRƯỜNG
             3   Tỷ lệ che phủ rừng        %      65,0      70,5     48,0

            II. NHIỆM VỤ
            """);
        Assert.Equal(
            [(1.5m, "%"), (1.2m, "%"), (2m, "trường"), (1m, "trường"), (3m, "trường"), (65.0m, "%"), (70.5m, "%"), (48.0m, "%")],
            targets.Select(t => (t.Value, t.Unit)));
        Assert.All(targets, t => Assert.Equal(("=", "2024"), (t.Comparator, t.By)));
        Assert.Equal("số trường đạt chuẩn quốc gia tăng thêm (Vũ Quang)", targets[3].Indicator);
    }

    // As corpus/blind aj02 writes it: where the communes stood beside one group that names the year
    // over columns that name the indicators, the last with its unit in brackets.
    [Fact]
    public void One_group_that_names_the_year_over_the_indicators_of_each_place()
    {
        var targets = Targets("""
            TT
            Tên xã
            Tỷ lệ hộ
            nghèo cuối
            năm 2023
            (%)
            Chỉ tiêu phấn đấu đến cuối năm 2025
            Tỷ lệ hộ
            nghèo (%)
            Số hộ thoát
            nghèo (hộ)
            1
            Xã Hương Liên
            18,20
            9,5
            75
            2
            Xã Hương Đô
            15,10
            8,0
            60
            """);
        Assert.Equal([(9.5m, "%"), (75m, "hộ"), (8.0m, "%"), (60m, "hộ")], targets.Select(t => (t.Value, t.Unit)));
        Assert.All(targets, t => Assert.Equal(("=", "2025"), (t.Comparator, t.By)));
        Assert.Equal("tỷ lệ hộ nghèo của Xã Hương Liên", targets[0].Indicator);
    }

    // As corpus/blind as04 writes it: a report's table, the year behind it over what was planned and
    // what was done, beside the plan for the next year; only the next year's figures are goals, "Từ 95
    // trở lên" a floor.
    [Fact]
    public void A_year_over_its_plan_and_its_results_beside_the_next_years_plan()
    {
        var targets = Targets("""
            STT
            Chỉ tiêu
            Đơn vị
            tính
            Năm 2024
            Kế hoạch
            Ước thực
            hiện
            Kế hoạch
            năm 2025
            Ghi chú
            1
            Thu nhập bình quân đầu
            người
            triệu
            đồng/người/năm
            57
            58,4
            63
            2
            Tỷ lệ hộ sử dụng nước
            sạch theo quy chuẩn
            %
            88
            87,5
            90
            3
            Tỷ lệ dân số tham gia
            bảo hiểm y tế
            %
            95
            94,1
            Từ 95 trở lên
            """);
        Assert.Equal([("=", 63m, "triệu đồng/người/năm"), ("=", 90m, "%"), (">=", 95m, "%")], targets.Select(t => (t.Comparator, t.Value, t.Unit)));
        Assert.All(targets, t => Assert.Equal("2025", t.By));
    }

    // As corpus/blind ai08 writes it: each body's cap in a column a word bounds, beside a column of
    // what each has, and a note after some rows' figures.
    [Fact]
    public void A_column_of_capped_rates_gives_each_body_its_cap_past_the_notes()
    {
        var targets = Targets("""
            TT
            Cơ quan, đơn vị
            Số công chức (người)
            Tỷ lệ tối đa xếp loại xuất sắc (%)
            Ghi chú
            1
            Sở Nội vụ
            40
            20
            Cờ thi đua năm 2023
            2
            Sở Tài chính
            52
            15
            3
            Sở Y tế
            47
            15
            """);
        Assert.Equal([20m, 15m, 15m], targets.Select(t => t.Value));
        Assert.All(targets, t => Assert.Equal(("<=", "%", "2024"), (t.Comparator, t.Unit, t.By)));
        Assert.EndsWith("Sở Y tế", targets[2].Indicator, StringComparison.Ordinal);
    }

    // As corpus/blind ak03 writes it, kept in its layout: a note under the table makes every figure a
    // floor, past the whole province's row, which is no district's: its count of communes only sums theirs,
    // its rate is the province's own goal (corpus/blind bd01, as01).
    [Fact]
    public void A_note_under_a_table_makes_its_figures_floors_past_the_whole_areas_row()
    {
        var targets = Targets("""
                      Biểu 2. MỘT SỐ CHỈ TIÊU GIAO CHO CÁC HUYỆN NĂM 2024
             STT    Huyện                 Tỷ lệ che       Số xã đạt
                                          phủ rừng (%)    chuẩn (xã)
              1     Huyện Hương Khê         65,0            2
              2     Huyện Vũ Quang          70,5            1
                    Toàn tỉnh               52,0            8

            Ghi chú: Các chỉ tiêu tại Biểu 2 là mức tối thiểu các huyện phải đạt.

            II. NHIỆM VỤ
            """);
        Assert.Equal([(">=", 65.0m, "%"), (">=", 2m, "xã"), (">=", 70.5m, "%"), (">=", 1m, "xã"), (">=", 52.0m, "%")], targets.Select(t => (t.Comparator, t.Value, t.Unit)));
        Assert.EndsWith("của toàn tỉnh", targets[^1].Indicator, StringComparison.Ordinal);
    }

    // As corpus/blind ak04 writes it: one group that names the unit over columns that name what is
    // measured, under a caption that names the goals of a year.
    [Fact]
    public void One_group_that_names_the_unit_over_the_measures_of_each_place()
    {
        var targets = Targets("""
            Bảng 1. Chỉ tiêu tỷ lệ tiêm phòng năm 2024 của các huyện
            TT
            Huyện
            Tỷ lệ tiêm phòng so với tổng đàn
            trong diện tiêm (%)
            Lở mồm
            long móng
            Dại chó
            1
            Huyện Hương Khê
            85
            75
            2
            Huyện Vũ Quang
            80
            70
            """);
        Assert.Equal([85m, 75m, 80m, 70m], targets.Select(t => t.Value));
        Assert.All(targets, t => Assert.Equal(("=", "%", "2024"), (t.Comparator, t.Unit, t.By)));
        Assert.Equal("tỷ lệ tiêm phòng so với tổng đàn trong diện tiêm Dại chó của Huyện Vũ Quang", targets[3].Indicator);
    }

    // corpus/blind bi03, read as it stands: "Tỷ lệ phấn đấu đạt (%)" over five vaccines, one of which names its
    // abbreviation in brackets mid-cell ("Uốn ván (UV2+) phụ nữ có thai"): still one group over five columns.
    [Fact]
    public void A_bracket_inside_a_column_name_is_no_unit_of_its_own()
    {
        var targets = TestModels.Blind("bi03").Targets.Where(t => t.Indicator.EndsWith("của Huyện Ninh Hải", StringComparison.Ordinal)).ToList();
        Assert.Equal([96m, 80m, 95m, 93m, 88m], targets.Select(t => t.Value));
        Assert.All(targets, t => Assert.Equal(("=", "%", "2018"), (t.Comparator, t.Unit, t.By)));
        Assert.StartsWith("tỷ lệ phấn đấu đạt Uốn ván (UV2+)", targets[4].Indicator, StringComparison.Ordinal);
    }

    // corpus/blind bi05, read as it stands: "Tỷ lệ hộ đạt danh hiệu" / "“Gia đình văn hóa” (%)" is one cell, the title of
    // the honour on the line below, so the four goals per thôn stand under their own columns.
    [Fact]
    public void A_cell_ending_on_danh_hieu_goes_on_with_the_title_below()
    {
        var targets = TestModels.Blind("bi05").Targets.Where(t => t.Indicator.EndsWith("của Hạ Lãng", StringComparison.Ordinal)).ToList();
        Assert.Equal([(91m, "%"), (96m, "hộ"), (95m, "%"), (310m, "triệu đồng")], targets.Select(t => (t.Value, t.Unit)));
        Assert.StartsWith("tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa”", targets[0].Indicator, StringComparison.Ordinal);
    }

    // As corpus/blind al02 writes it: "Chỉ tiêu tối thiểu theo năm" over its years (the cell ends on
    // "năm", but the years under it are several), the unit column wrapped ("Đơn vị" / "tính") and a
    // unit wrapped in its cell ("doanh" / "nghiệp"). Every figure is a floor, but a floor of 100% is 100%.
    [Fact]
    public void A_group_that_bounds_its_years_makes_every_figure_under_it_a_floor()
    {
        var targets = Targets("""
            TT
            Chỉ tiêu
            Đơn vị
            tính
            Chỉ tiêu tối thiểu theo năm
            2024
            2025
            2026
            1
            Tỷ lệ dịch vụ công trực tuyến toàn trình được cung cấp
            trên Cổng Dịch vụ công quốc gia
            %
            80
            90
            100
            2
            Số doanh nghiệp công nghệ số đang hoạt động trên địa
            bàn tỉnh
            doanh
            nghiệp
            150
            180
            200
            II. NHIỆM VỤ
            """);
        Assert.Equal(
            [(">=", 80m, "%", "2024"), (">=", 90m, "%", "2025"), ("=", 100m, "%", "2026"),
             (">=", 150m, "doanh nghiệp", "2024"), (">=", 180m, "doanh nghiệp", "2025"), (">=", 200m, "doanh nghiệp", "2026")],
            targets.Select(t => (t.Comparator, t.Value, t.Unit, t.By)));
        Assert.Equal("số doanh nghiệp công nghệ số đang hoạt động trên địa bàn tỉnh", targets[3].Indicator);
    }

    // As corpus/blind al02 writes it: two values of one indicator, each with its year written after it.
    [Fact]
    public void Each_value_is_due_by_the_year_written_after_it_and_a_joined_value_keeps_the_indicator()
    {
        var doc = TestModels.Extractor.Extract("t.txt", Header + """
            I. MỤC TIÊU
            - Tỷ trọng kinh tế số trong GRDP của tỉnh đạt trên 8% vào năm 2025 và trên 10% vào năm
            2026.
            """).Documents[0];
        Assert.Equal(
            [("tỷ trọng kinh tế số trong GRDP của tỉnh", ">", 8m, "2025"), ("tỷ trọng kinh tế số trong GRDP của tỉnh", ">", 10m, "2026")],
            doc.Targets.Select(t => (t.Indicator, t.Comparator, t.Value, t.By)));
        Assert.Empty(doc.Deadlines);
    }

    // As corpus/blind am01 writes it: a stage that opens a bounded figure dates a goal, not a task;
    // visitors counted in millions.
    [Fact]
    public void A_stage_that_opens_a_goal_is_no_deadline()
    {
        var doc = TestModels.Extractor.Extract("t.txt", Header + """
            I. MỤC TIÊU
            - Giai đoạn 2021 - 2025, toàn thành phố trồng mới tối thiểu 120.000 cây xanh các loại.
            - Đến năm 2025: đón trên 5,2 triệu lượt khách du lịch.
            """).Documents[0];
        Assert.Empty(doc.Deadlines);
        Assert.Contains(doc.Targets, t => (t.Comparator, t.Value, t.Unit) == (">=", 120000m, "cây"));
        Assert.Contains(doc.Targets, t => (t.Comparator, t.Value, t.Unit, t.By) == (">", 5.2m, "triệu lượt", "2025"));
    }

    // As corpus/blind ae05 writes it: a table kept in its layout whose row has its part under it,
    // "Trong đó: khách quốc tế", unnumbered, with figures of its own; a blank line under the header.
    [Fact]
    public void A_laid_out_rows_part_is_a_row_of_its_own()
    {
        var targets = Targets("""
            Một số chỉ tiêu chủ yếu năm 2024 và định hướng năm 2025 như sau:

              TT  Chỉ tiêu                             Đơn vị       Kế hoạch  Định hướng
                                                        tính        năm 2024    năm 2025

              1   Tổng lượt khách                    triệu lượt        4,5         5,0
                  Trong đó: khách quốc tế               lượt        120.000     150.000
              2   Tổng số buồng lưu trú                buồng        12.500      13.500
                  Trong đó: buồng đạt tiêu chuẩn từ    buồng         2.400       2.800
                  3 đến 5 sao

            III. NHIỆM VỤ
            """);
        Assert.Equal(
            [(4.5m, "triệu lượt", "2024"), (5.0m, "triệu lượt", "2025"), (120000m, "lượt", "2024"), (150000m, "lượt", "2025"),
             (12500m, "buồng", "2024"), (13500m, "buồng", "2025"), (2400m, "buồng", "2024"), (2800m, "buồng", "2025")],
            targets.Select(t => (t.Value, t.Unit, t.By)));
        Assert.Equal("trong đó: buồng đạt tiêu chuẩn từ 3 đến 5 sao", targets[^1].Indicator);
    }

    // As corpus/blind ao01 writes it: the results of the year before the plan's, listed after
    // "kết quả đạt được năm 2022:", set no goal; "kết nạp mới ít nhất 2.300 hội viên" does.
    [Fact]
    public void The_results_of_an_earlier_year_set_no_goal()
    {
        var doc = TestModels.Extractor.Extract("t.txt", Header + """
            I. MỤC ĐÍCH
            - Tiếp tục phát huy kết quả đạt được năm 2022: toàn tỉnh kết nạp 2.186 hội viên mới, đạt 109,3% chỉ tiêu; tỷ lệ tập hợp phụ nữ đạt 90,2%.
            II. CHỈ TIÊU NĂM 2023
            1. Kết nạp mới ít nhất 2.300 hội viên.
            """).Documents[0];
        var target = Assert.Single(doc.Targets);
        Assert.Equal((">=", 2300m, "hội viên"), (target.Comparator, target.Value, target.Unit));
    }
    // As corpus/blind ap01 writes it: "(tối thiểu)" ending a row's name makes each year's figure a
    // floor, and is no part of the indicator.
    [Fact]
    public void A_bracket_ending_a_rows_name_bounds_its_figures()
    {
        var targets = Targets("""
             TT    Chỉ tiêu                                        Đơn vị     Năm      Năm
                                                                     tính      2024     2025
             1     Tỷ lệ người nghiện ma túy có hồ sơ quản lý         %         80       85
                   được điều trị, cai nghiện (tối thiểu)
             2     Số xã được công nhận không ma túy                  xã        62       80

            III. NHIỆM VỤ
            """);
        Assert.Equal(
            [(">=", 80m, "2024"), (">=", 85m, "2025"), ("=", 62m, "2024"), ("=", 80m, "2025")],
            targets.Select(t => (t.Comparator, t.Value, t.By)));
        Assert.Equal("tỷ lệ người nghiện ma túy có hồ sơ quản lý được điều trị, cai nghiện", targets[0].Indicator);
    }

    // As corpus/blind ap02 writes it, one cell per line: a year's "chỉ tiêu" per commune where the
    // people picked for the army and trained are places (quotas) and the households out of poverty
    // and the insured share goals; column numbers "A" / "B" / "1" … under the header; groups whose
    // rows go on numbering, each closed by "Cộng cụm số N" after a blank line.
    [Fact]
    public void A_places_table_of_shares_and_goals_splits_them_across_groups()
    {
        var doc = TestModels.Extractor.Extract("t.txt", Header + """
            Phụ lục
            CHỈ TIÊU KẾ HOẠCH NĂM 2024 GIAO CHO CÁC XÃ, THỊ TRẤN
            STT
            Đơn vị
            Tuyển chọn, gọi công dân nhập ngũ
            (người)
            Đào tạo nghề cho lao động nông thôn
            (người)
            Số hộ thoát nghèo
            (hộ)
            Tỷ lệ dân số tham gia BHYT
            (%)
            A
            B
            1
            2
            3
            4
            I
            Cụm thi đua số 1
            1
            Xã Trạm Tấu
            5
            40
            35
            98,5
            2
            Xã Hát Lìu
            6
            40
            40
            99,0

            Cộng cụm số 1
            11
            80
            75
            98,7
            II
            Cụm thi đua số 2
            3
            Xã Bản Mù
            5
            35
            45
            99,5

            Cộng cụm số 2
            5
            35
            45
            99,5

            Toàn huyện
            16
            115
            120
            98,9
            """).Documents[0];
        Assert.Equal(
            [("xã Trạm Tấu", 5), ("xã Trạm Tấu", 40), ("xã Hát Lìu", 6), ("xã Hát Lìu", 40), ("xã Bản Mù", 5), ("xã Bản Mù", 35)],
            doc.Quotas.Select(q => (q.Holder[0], q.Count)));
        Assert.All(doc.Quotas, q => Assert.Equal("người", q.Unit));
        Assert.Equal(
            [(35m, "hộ"), (98.5m, "%"), (40m, "hộ"), (99.0m, "%"), (45m, "hộ"), (99.5m, "%"), (98.9m, "%")],
            doc.Targets.Select(t => (t.Value, t.Unit)));
        Assert.Equal("số hộ thoát nghèo của Xã Trạm Tấu", doc.Targets[0].Indicator);
    }
    // As corpus/blind aq01 writes it, kept in its layout: what each commune had at a date beside
    // "Chỉ tiêu phấn đấu năm 2019" over two columns, the second bounded by its words ("giảm còn
    // dưới"), then "Ghi chú". The layout's merged cell says which columns are the goals'.
    [Fact]
    public void A_laid_out_group_of_goals_beside_a_dated_fact_and_a_note()
    {
        var targets = Targets("""
            Chỉ tiêu phấn đấu năm 2024 của từng xã như sau:

               STT       Xã           Số tiêu chí đạt        Chỉ tiêu phấn đấu năm 2024             Ghi chú
                                      đến 31/12/2023     Số tiêu chí      Tỷ lệ hộ nghèo
                                        (tiêu chí)          đạt          giảm còn dưới (%)
                                                         (tiêu chí)
                1    Phong Phú               19              19                2,10          Giữ vững, nâng chất
                2    Phong Thạnh             16              19                3,90          Đạt chuẩn NTM
                3    Thạnh Phú               14              16                5,60

            III. NHIỆM VỤ
            """);
        Assert.Equal(
            [("=", 19m, "tiêu chí"), ("<", 2.10m, "%"), ("=", 19m, "tiêu chí"), ("<", 3.90m, "%"), ("=", 16m, "tiêu chí"), ("<", 5.60m, "%")],
            targets.Select(t => (t.Comparator, t.Value, t.Unit)));
        Assert.All(targets, t => Assert.Equal("2024", t.By));
    }
    // As corpus/blind aq03 writes it: blood units and work-days are what a goal counts, and a
    // "phấn đấu đạt" after the indicator leaves it whole.
    [Fact]
    public void Blood_units_and_work_days_are_counted_and_a_late_lead_in_keeps_the_indicator()
    {
        var doc = TestModels.Extractor.Extract("t.txt", Header + """
            II. CHỈ TIÊU
            - Vận động hiến ít nhất 120 đơn vị máu tình nguyện.
            - Tổng số ngày công tình nguyện phấn đấu đạt 4.500 ngày công.
            """).Documents[0];
        Assert.Equal([(">=", 120m, "đơn vị máu"), ("=", 4500m, "ngày công")], doc.Targets.Select(t => (t.Comparator, t.Value, t.Unit)));
        Assert.Equal("tổng số ngày công tình nguyện", doc.Targets[1].Indicator);
    }
    // As corpus/blind ar02 writes it, one cell per line: fields over the columns ("Quốc phòng" / "Lao
    // động - việc làm" / "Xã hội" / "Lâm nghiệp"), each column closed by its unit; the people called up
    // and trained are places, the rest goals, all floors by a sentence of the body about the annex.
    [Fact]
    public void Fields_over_an_annexs_columns_and_a_floor_said_in_the_body()
    {
        var doc = TestModels.Extractor.Extract("t.txt", Header + """
            Các chỉ tiêu giao tại Phụ lục là mức tối thiểu; Ủy ban nhân dân các xã phấn đấu vượt mức.
            PHỤ LỤC
            CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024
            GIAO CHO CÁC XÃ, THỊ TRẤN
            (Kèm theo Quyết định số 15/QĐ-UBND ngày 08/01/2024 của UBND huyện Đắk Glei)
            STT
            Đơn vị
            Quốc phòng
            Lao động -
            việc làm
            Xã hội
            Lâm nghiệp
            Giao quân
            (người)
            Tuyển sinh đào
            tạo nghề sơ cấp
            (học viên)
            Giảm tỷ lệ hộ
            nghèo
            (%)
            Tỷ lệ dân số
            tham gia BHYT
            (%)
            Trồng rừng
            mới
            (ha)
            A
            B
            1
            2
            3
            4
            5
            1
            Xã Mường Hoong
            5
            30
            5,5
            98
            35
            2
            Xã Ngọc Linh
            4
            25
            6,0
            97
            40
            """).Documents[0];
        Assert.Equal(
            [("xã Mường Hoong", 5, "người"), ("xã Mường Hoong", 30, "học viên"), ("xã Ngọc Linh", 4, "người"), ("xã Ngọc Linh", 25, "học viên")],
            doc.Quotas.Select(q => (q.Holder[0], q.Count, q.Unit)));
        Assert.Equal(
            [(5.5m, "%"), (98m, "%"), (35m, "ha"), (6.0m, "%"), (97m, "%"), (40m, "ha")],
            doc.Targets.Select(t => (t.Value, t.Unit)));
        Assert.All(doc.Targets, t => Assert.Equal(">=", t.Comparator));
    }
    // As corpus/blind ar05 writes it, kept in its layout: the columns' numbers "(1)" … "(4)" under the
    // header name no column and are no part of the last one's name; a note under the table makes the
    // column it numbers floors, and no other.
    [Fact]
    public void A_row_of_bracketed_column_numbers_is_no_part_of_a_header_cell()
    {
        var targets = Targets("""
            Bảng 1. Chỉ tiêu phấn đấu năm 2024 phân theo ấp
             STT         Ấp           Tỷ lệ hộ đạt         Số hộ thoát
                                     chuẩn văn hóa (%)     nghèo (hộ)
             (1)        (2)               (3)                 (4)
              1    Ấp Đông Trung          96                   1
              2    Ấp Đông Nhất           95                   2

            Ghi chú: Chỉ tiêu tại cột (3) là mức tối thiểu mỗi ấp phải đạt; cột (4) là số hộ phấn đấu đạt.

            III. NHIỆM VỤ
            """);
        Assert.Equal([(96m, "%", ">="), (1m, "hộ", "="), (95m, "%", ">="), (2m, "hộ", "=")], targets.Select(t => (t.Value, t.Unit, t.Comparator)));
        Assert.Equal("số hộ thoát nghèo của Ấp Đông Trung", targets[1].Indicator);
    }
    // As corpus/blind ar07 writes it, kept in its layout: indicators × the whole district and its
    // communes under a caption of the year's goals; the whole district's column is no commune's, and
    // its range "2 - 3" holds its place without being a goal.
    [Fact]
    public void The_whole_districts_column_and_its_range_set_no_communes_goal()
    {
        var targets = Targets("""
                                                    PHỤ LỤC
                             CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024 GIAO CHO CÁC XÃ
                  (Kèm theo Nghị quyết số 58/NQ-HĐND ngày 20/12/2023 của HĐND huyện Cư Kuin)

             TT   Chỉ tiêu                          ĐVT      Toàn    Cư Ê    Dray
                                                              huyện   Wi      Bhăng
             1    Mức giảm tỷ lệ hộ nghèo           %        2 - 3   3,0     2,0
             2    Tỷ lệ dân số tham gia BHYT        %        > 85    86      88

            III. NHIỆM VỤ
            """);
        Assert.Equal([(3.0m, "Cư Ê Wi"), (2.0m, "Dray Bhăng"), (86m, "Cư Ê Wi"), (88m, "Dray Bhăng")],
            targets.Select(t => (t.Value, t.Indicator[(t.Indicator.IndexOf('(', StringComparison.Ordinal) + 1)..^1])));
    }

    // corpus/blind ba02, read as it stands: "Chỉ tiêu (%)" set over the last of "Năm 2018" / "Năm 2019" spans both
    // years and gives them its unit; the rows under "Vắc xin, đối tượng" are what each goal is for.
    [Fact]
    public void A_unit_over_a_run_of_years_sets_each_years_goal()
    {
        var targets = TestModels.Blind("ba02").Targets;
        Assert.Equal(
            [(">", 75m, "%", "2018"), (">=", 80m, "%", "2019")],
            targets.Where(t => t.Indicator.Contains("Viêm gan B sơ sinh", StringComparison.OrdinalIgnoreCase)).Select(t => (t.Comparator, t.Value, t.Unit, t.By)));
    }

    // corpus/blind ba03, read as it stands: "3. Chỉ tiêu cụ thể đối với các xã, thị trấn năm 2022" over a paragraph
    // ending "… như sau (…):" leads into the table, five lines above its "STT": each commune's rate is its goal
    // for 2022; "Tổng số hộ (hộ)", all the households a commune has, is none.
    [Fact]
    public void A_heading_over_the_lead_in_names_the_year_and_a_total_a_place_has_is_no_goal()
    {
        var targets = TestModels.Blind("ba03").Targets;
        Assert.Contains(targets, t => t.Indicator.EndsWith("Cam Thành", StringComparison.Ordinal) && t.Value == 91m && t.Unit == "%" && t.By == "2022");
        Assert.DoesNotContain(targets, t => t.Value == 2153m || t.Value == 3196m);
    }

    // corpus/blind ae06, read as it stands: the annex of each commune's cuts in poor households, whose last two
    // columns the layout runs together ("25 12"), is read by no table reader; its row numbers before the
    // communes' names ("2 Xã Huổi Só") are no counts of a "Xã".
    [Fact]
    public void A_row_number_before_a_place_in_an_unread_table_is_no_goal()
    {
        var targets = TestModels.Blind("ae06").Targets;
        Assert.DoesNotContain(targets, t => t.Unit == "Xã");
    }

    // corpus/blind bb01, read as it stands: "Vắc xin" / "Đối tượng" / "Số đối tượng (trẻ)" / "Chỉ tiêu (%)" under
    // "Bảng 1. Chỉ tiêu tiêm chủng năm 2019": the goal column sets each vaccine's rate, its "≥ 95" a floor; and in
    // Bảng 2, "Số trẻ dưới 1 tuổi (trẻ)" beside the communes' rates is how many children there are, no goal.
    [Fact]
    public void A_goal_column_beside_what_the_rows_count_sets_each_rows_rate()
    {
        var targets = TestModels.Blind("bb01").Targets;
        var bcg = Assert.Single(targets, t => t.Indicator.StartsWith("DPT-VGB-Hib", StringComparison.Ordinal));
        Assert.Equal((">=", 95m, "%", "2019"), (bcg.Comparator, bcg.Value, bcg.Unit, bcg.By));
        Assert.Contains(targets, t => t.Indicator.StartsWith("IPV", StringComparison.Ordinal) && (t.Comparator, t.Value) == ("=", 90m));
        Assert.DoesNotContain(targets, t => t.Unit == "trẻ");
    }

    // corpus/blind bb02, read as it stands: "Số thôn, TDP đạt danh hiệu văn hóa (thôn, TDP)" under "Chỉ tiêu năm 2025":
    // a bracket of two kinds of place is the column's unit, and its counts are each commune's goals.
    [Fact]
    public void A_unit_of_two_kinds_of_place_names_a_column_of_goals()
    {
        var targets = TestModels.Blind("bb02").Targets;
        Assert.Contains(targets, t => t.Indicator.EndsWith("Gia Lộc", StringComparison.Ordinal) && (t.Value, t.Unit, t.By) == (12m, "thôn, TDP", "2025"));
    }

    // corpus/blind ba02, read as it stands: the text's "tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt ≥ 95% ở quy
    // mô huyện" is repeated by one row of the table at most; "BCG …", "OPV lần 3 …", "Sởi mũi 1 …" at "≥ 95" in 2019
    // are goals of their own.
    [Fact]
    public void A_goal_stated_once_is_repeated_by_one_row_at_most()
    {
        var targets = TestModels.Blind("ba02").Targets;
        var rows2019 = targets.Where(t => t.By == "2019" && t.Value == 95m && t.Comparator == ">=" && !t.Indicator.Contains("quy mô", StringComparison.Ordinal)).ToList();
        Assert.True(rows2019.Count >= 5, string.Join(" | ", rows2019.Select(t => t.Indicator)));
        Assert.Contains(rows2019, t => t.Indicator.StartsWith("sởi mũi 1", StringComparison.OrdinalIgnoreCase));
    }

    // corpus/blind bd01, read as it stands: "Bảng: Chỉ tiêu tỷ lệ tiêm chủng năm 2019 theo đơn vị (%)" over a laid-out
    // table of districts whose columns name vaccines, no unit ("VGB sơ sinh trong 24 giờ"), cells "≥ 75"; a "Toàn tỉnh"
    // row first. The caption's "(%)" measures every column; the whole province's row sets its own rates.
    [Fact]
    public void A_captions_percent_measures_columns_that_name_none_and_the_whole_areas_row_sets_its_rates()
    {
        var targets = TestModels.Blind("bd01").Targets;
        Assert.Contains(targets, t => t.Indicator.Contains("Ba Bể", StringComparison.Ordinal) && t.Indicator.StartsWith("VGB", StringComparison.OrdinalIgnoreCase)
            && (t.Comparator, t.Value, t.Unit, t.By) == (">=", 75m, "%", "2019"));
        // The province's "≥ 75" repeats the text's "VGB sơ sinh trong 24 giờ đạt ≥ 75%": one goal, as the text says it.
        Assert.Single(targets, t => t.Indicator.Contains("VGB", StringComparison.Ordinal) && !t.Indicator.Contains("Huyện", StringComparison.Ordinal)
            && !t.Indicator.Contains("Thành phố", StringComparison.Ordinal) && t.Value == 75m);
    }

    // corpus/blind as01, read as it stands: the "Toàn huyện" row under the communes' rows of "Tỷ lệ hộ nghèo giảm còn
    // dưới (%)" sets the district's own rate, which no sentence states.
    [Fact]
    public void The_whole_districts_row_of_a_table_of_communes_sets_its_rate()
    {
        var targets = TestModels.Blind("as01").Targets;
        Assert.Contains(targets, t => t.Indicator.EndsWith("của toàn huyện", StringComparison.Ordinal) && (t.Comparator, t.Value, t.Unit) == ("<", 6.5m, "%"));
    }

    // corpus/blind bd03, read as it stands, one cell per line: "Tốc độ tăng giá trị sản xuất (giá so / sánh 2010)" / "%" /
    // "8,6" / "9 - 9,5" under "Kế hoạch năm 2017" is one goal, its floor (README-b: a range is one target); "Cơ cấu giá
    // trị sản xuất" / "- Nông, lâm nghiệp, thủy sản" / … / "- Công nghiệp - xây dựng" / "%" / "18,1" / "19,0": each part
    // after the first is a row of its own.
    [Fact]
    public void A_range_is_its_floor_and_each_dashed_part_of_a_row_is_a_row()
    {
        var targets = TestModels.Blind("bd03").Targets;
        Assert.Contains(targets, t => t.Indicator.StartsWith("tốc độ tăng giá trị sản xuất", StringComparison.Ordinal) && (t.Comparator, t.Value, t.Unit, t.By) == (">=", 9m, "%", "2017"));
        Assert.Contains(targets, t => t.Indicator == "công nghiệp - xây dựng" && (t.Comparator, t.Value) == ("=", 19.0m));
        Assert.Contains(targets, t => t.Indicator == "thương mại - dịch vụ" && t.Value == 30.2m);
        Assert.DoesNotContain(targets, t => t.Value == 9.5m || t.Value == 18.1m);
    }

    // corpus/blind be01, read as it stands, laid out: "Phổ cập mầm non" / "PCGD tiểu học" / "XMC" (short, set in the gap
    // between its two columns) each over "Cấp huyện" / "Tỷ lệ xã (%)", the districts' cells "Duy trì" / "100" / "Đạt" /
    // "90,0": each rate is the district's goal; a status holds its column and sets none.
    [Fact]
    public void A_short_merged_title_spans_its_columns_and_a_status_holds_its_column()
    {
        var targets = TestModels.Blind("be01").Targets;
        Assert.Equal([100m, 90.0m, 80.0m], targets.Where(t => t.Indicator.EndsWith("Huyện Lâm Bình", StringComparison.Ordinal)).Select(t => t.Value));
        Assert.Contains(targets, t => t.Indicator.StartsWith("XMC mức độ 2", StringComparison.Ordinal) && t.Indicator.EndsWith("Huyện Na Hang", StringComparison.Ordinal) && t.Value == 83.3m);
    }

    // corpus/blind ad02, read as it stands: Phụ lục I's last commune "10  Thông Hòa  12  13" above "Bình quân  15,4  16,8"
    // (laid out, no number) keeps its own figures; Phụ lục III, "KHỐI LƯỢNG NHỰA HÓA, BÊ TÔNG HÓA ĐƯỜNG GIAO THÔNG NÔNG
    // THÔN NĂM 2018" / "Đơn vị tính: km" over each commune's roads, sets the kilometres of that year as goals.
    [Fact]
    public void An_average_row_is_no_rows_wrap_and_works_of_a_captions_year_are_goals_in_its_measure()
    {
        var targets = TestModels.Blind("ad02").Targets;
        Assert.Contains(targets, t => t.Indicator.EndsWith("Thông Hòa", StringComparison.Ordinal) && (t.Value, t.Unit) == (13m, "tiêu chí"));
        Assert.Equal([(1.2m, "km", "2018"), (0.8m, "km", "2018")],
            targets.Where(t => t.Indicator.EndsWith("Hòa Ân", StringComparison.Ordinal) && t.Unit == "km").Select(t => (t.Value, t.Unit, t.By)));
    }

    // corpus/blind bg01, read as it stands, one cell per line: "TT" / "Vắc xin" / "Đối tượng" / "Số đối tượng" / "dự kiến
    // (trẻ)" / "Chỉ tiêu tỷ" / "lệ (%)" under "Chỉ tiêu cụ thể cho từng loại vắc xin như sau:", no year named: each
    // vaccine's rate is a goal, due when the plan's are (2019), bounded as its cell writes it.
    [Fact]
    public void A_column_of_goal_rates_without_a_year_sets_each_rows_goal()
    {
        var targets = TestModels.Blind("bg01").Targets;
        Assert.Contains(targets, t => t.Indicator.StartsWith("IPV", StringComparison.Ordinal) && t.Comparator == ">=" && t.Value == 90 && t.Unit == "%" && t.By == "2019");
        Assert.Contains(targets, t => t.Indicator.StartsWith("viêm não Nhật Bản", StringComparison.Ordinal) && t.Comparator == "=" && t.Value == 90);
    }

    // corpus/blind bg04, read as it stands, laid out: "3   Cơ cấu kinh tế (theo GRDP):" with no figures, then "- Nông, lâm
    // nghiệp và thủy sản   %   23,4   22,5", "- Công nghiệp - xây dựng   %   28,9   29,7", "- Dịch vụ   %   47,7   47,8":
    // each marked part with its own figures is a row of its own, its plan column a goal.
    [Fact]
    public void Marked_parts_with_their_own_figures_are_rows_of_a_laid_out_table()
    {
        var targets = TestModels.Blind("bg04").Targets;
        Assert.Equal([22.5m, 29.7m, 47.8m], targets.Where(t => t.Unit == "%" && t.Value is 22.5m or 29.7m or 47.8m).Select(t => t.Value));
        Assert.DoesNotContain(targets, t => t.Value is 23.4m or 28.9m or 47.7m);
    }
}
