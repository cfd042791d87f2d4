using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

/// <summary>
/// A plan's task gives its time on a line of its own ("- Thời gian thực hiện: Quý II/2025.") beside
/// the body that leads it ("- Cơ quan chủ trì: Sở Tư pháp."), or in a task table's time column,
/// which a text layer writes one cell per line (issue 16: deadlines in tables and in "Thời gian
/// thực hiện:" lines). Each task is due by its own time, led by its own body.
/// </summary>
public class TaskTimeTests
{
    private const string Header = """
        ỦY BAN NHÂN DÂN
        TỈNH PHÚ YÊN
        Số: 123/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Phú Yên, ngày 10 tháng 3 năm 2025
        KẾ HOẠCH
        Triển khai công tác cải cách hành chính năm 2025

        """;

    private static PlanDocument Extract(string body) => TestModels.Extractor.Extract("t.txt", Header + body).Documents[0];

    // As corpus/blind bi08 writes it: a day already gone when the plan is issued (10/3/2025) recounts what was asked,
    // and binds no one; a day written without its year is next year's, and one after the issue date binds.
    [Fact]
    public void A_day_gone_by_at_the_issue_date_is_no_deadline()
    {
        var deadlines = Extract("""
            I. TÌNH HÌNH
            Tại cuộc họp ngày 10/01/2025, UBND tỉnh đã yêu cầu các sở hoàn thành rà soát thủ tục trước ngày 28/02/2025.
            II. NHIỆM VỤ
            Các sở hoàn thành rà soát thủ tục hành chính trước ngày 30/6/2025.

            """).Deadlines;
        var d = Assert.Single(deadlines);
        Assert.Equal("2025-06-30", d.Due.ToString());
    }

    // As corpus/blind bi01 and ae04 write it: the season a span falls in ("Trong mùa mưa bão", "Trong thời gian cao
    // điểm") is no action; the body and what it does follow the dates.
    [Fact]
    public void The_season_before_a_span_is_no_action()
    {
        var d = Assert.Single(Extract("""
            II. NHIỆM VỤ
            - Trong mùa mưa bão, từ ngày 01/9 đến ngày 15/12/2025, các cơ quan, đơn vị duy trì nghiêm chế độ trực ban 24/24 giờ.

            """).Deadlines);
        Assert.Contains("duy trì nghiêm chế độ trực ban", d.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("mùa mưa bão", d.Action, StringComparison.Ordinal);
        Assert.Equal("2025-12-15", d.Due.ToString());
    }

    // As corpus/blind bi07 writes a match schedule: each sport's span after its colon, one with a figure in an aside
    // ("sân 7 người"), one with a dash between its days.
    [Fact]
    public void Each_sport_of_a_schedule_is_due_over_its_span()
    {
        var deadlines = Extract("""
            II. CHƯƠNG TRÌNH
            b) Các môn thi đấu, thời gian và địa điểm thi đấu:
            - Môn Bóng đá nam (sân 7 người): từ ngày 15/4 đến ngày 20/4/2025, tại Sân vận động huyện;
            - Môn Bóng chuyền nam, nữ: ngày 17/4 - 19/4/2025, tại Nhà thi đấu đa năng huyện;

            """).Deadlines;
        Assert.Equal([("2025-04-20", "2025-04-15", "Môn Bóng đá nam (sân 7 người)"), ("2025-04-19", "2025-04-17", "Môn Bóng chuyền nam, nữ")],
            deadlines.Select(d => (d.Due.ToString(), d.Start?.ToString(), d.Action)));
    }

    // As corpus/blind aa04 writes it: the time label times its own sentence; the sentence after it names its own body,
    // action and day.
    [Fact]
    public void A_sentence_after_a_time_labels_sentence_is_read_on_its_own()
    {
        var deadlines = Extract("""
            II. NỘI DUNG
            3. Thời gian: kỳ thi dự kiến tổ chức vào ngày 15/5/2025. Các phòng Giáo dục và Đào tạo nộp hồ sơ đăng ký dự thi về Sở trước ngày 25/4/2025.

            """).Deadlines;
        var d = Assert.Single(deadlines, d => d.Due.ToString() == "2025-04-25");
        Assert.Equal(DeadlineQualifier.Before, d.Qualifier);
        Assert.Contains("nộp hồ sơ đăng ký dự thi", d.Action, StringComparison.Ordinal);
    }

    // corpus/blind av03, f06, g06, y08: under "II. THỜI GIAN", "1. Thời gian: Chiến dịch diễn ra từ … đến …" names the
    // event the span is for; "2. Thời gian: năm 2025" (d01's shape) names none and stays the plan's own span.
    [Fact]
    public void An_event_named_after_the_time_label_is_a_deadline()
    {
        var deadlines = Extract("""
            II. THỜI GIAN, ĐỊA ĐIỂM
            1. Thời gian: Chiến dịch diễn ra từ ngày 05/6/2025 đến ngày 31/7/2025.
            2. Thời gian: năm 2025.

            """).Deadlines;
        var d = Assert.Single(deadlines);
        Assert.Equal(("2025-07-31", DeadlineQualifier.FromTo, "Chiến dịch diễn ra"), (d.Due.ToString(), d.Qualifier, d.Action));
    }

    [Fact]
    public void A_time_line_dates_the_task_of_its_heading_led_by_the_sections_lead()
    {
        var doc = Extract("""
            II. NHIỆM VỤ
            1. Rà soát, đơn giản hóa thủ tục hành chính
            - Cơ quan chủ trì: Sở Tư pháp.
            - Cơ quan phối hợp: Các sở, ngành.
            - Thời gian thực hiện: Quý II/2025.
            2. Kiểm tra công tác cải cách hành chính tại các địa phương
            - Thời gian hoàn thành: 30/9/2025.
            3. Tuyên truyền cải cách hành chính
            - Thời gian thực hiện: Thường xuyên.
            4. Tổ chức hội nghị sơ kết
            Thời gian: tháng 7/2025.
            """);
        Assert.Equal(3, doc.Deadlines.Count);
        var quarter = doc.Deadlines[0];
        Assert.Equal((new PartialDate(2025, 6), new PartialDate(2025, 4), DeadlineQualifier.FromTo, "Rà soát, đơn giản hóa thủ tục hành chính", "II.1"),
            (quarter.Due, quarter.Start, quarter.Qualifier, quarter.Action, quarter.Section));
        Assert.Equal(["Sở Tư pháp"], quarter.Responsible);
        // A bare day under a time of completion is due by it.
        Assert.Equal((new PartialDate(2025, 9, 30), DeadlineQualifier.Before, "II.2"), (doc.Deadlines[1].Due, doc.Deadlines[1].Qualifier, doc.Deadlines[1].Section));
        Assert.Equal((new PartialDate(2025, 7), DeadlineQualifier.In, "Tổ chức hội nghị sơ kết"), (doc.Deadlines[2].Due, doc.Deadlines[2].Qualifier, doc.Deadlines[2].Action));
    }

    [Fact]
    public void A_task_tables_rows_are_each_due_by_their_own_time()
    {
        var doc = Extract("""
            III. PHÂN CÔNG NHIỆM VỤ
            STT
            Nội dung công việc
            Cơ quan chủ trì
            Cơ quan phối hợp
            Thời gian
            hoàn thành
            1
            Xây dựng bộ chỉ số đánh giá
            cải cách hành chính cấp huyện
            Sở Nội vụ
            Các sở, ngành
            Tháng 4/2025
            2
            Tuyên truyền cải cách hành chính
            Sở Thông tin và Truyền thông
            UBND các huyện
            Thường xuyên
            3
            Báo cáo kết quả năm
            Sở Nội vụ
            Các sở, ngành
            Trước ngày
            15/12/2025
            IV. TỔ CHỨC THỰC HIỆN
            Các sở, ban, ngành báo cáo kết quả thực hiện trước ngày 20/12/2025.
            """);
        Assert.Equal(3, doc.Deadlines.Count);
        var first = doc.Deadlines[0];
        Assert.Equal((new PartialDate(2025, 4), DeadlineQualifier.In, "Xây dựng bộ chỉ số đánh giá cải cách hành chính cấp huyện", "III"),
            (first.Due, first.Qualifier, first.Action, first.Section));
        Assert.Equal(["Sở Nội vụ"], first.Responsible);
        Assert.Equal((new PartialDate(2025, 12, 15), DeadlineQualifier.Before, "Báo cáo kết quả năm"), (doc.Deadlines[1].Due, doc.Deadlines[1].Qualifier, doc.Deadlines[1].Action));
        // The table ends at the next section; its heading in capitals is not part of the sentence under it.
        var last = doc.Deadlines[2];
        Assert.Equal(("báo cáo kết quả thực hiện", "IV"), (last.Action, last.Section));
        Assert.Equal(["Các sở, ban, ngành"], last.Responsible);
    }

    // As corpus/blind x08 writes its schedule: the units visited, each on its day, under the team that visits them.
    [Fact]
    public void A_schedule_of_visits_dates_each_visit_and_names_its_team()
    {
        var doc = Extract("""
            II. LỊCH KIỂM TRA
            STT
            Đơn vị được kiểm tra
            Thời gian kiểm tra
            I
            Đoàn kiểm tra số 1
            1
            UBND huyện Sơn Hòa
            Ngày 14/4/2025
            2
            UBND huyện Đồng Xuân
            Ngày 15/4/2025
            II
            Đoàn kiểm tra số 2
            3
            UBND thị xã Sông Cầu
            Từ ngày 21/4 đến ngày 22/4/2025
            III. TỔ CHỨC THỰC HIỆN
            """);
        Assert.Equal(
            [("Kiểm tra UBND huyện Sơn Hòa", new PartialDate(2025, 4, 14), DeadlineQualifier.On, "Đoàn kiểm tra số 1"), ("Kiểm tra UBND huyện Đồng Xuân", new PartialDate(2025, 4, 15), DeadlineQualifier.On, "Đoàn kiểm tra số 1"),
                ("Kiểm tra UBND thị xã Sông Cầu", new PartialDate(2025, 4, 22), DeadlineQualifier.FromTo, "Đoàn kiểm tra số 2")],
            doc.Deadlines.Select(d => (d.Action, d.Due, d.Qualifier, d.Responsible.Single())));
    }

    // As corpus/blind y08 writes its programme: no "STT", each row opens on its time, some at an hour.
    [Fact]
    public void A_programme_without_row_numbers_dates_each_event_and_names_who_leads_it()
    {
        var doc = Extract("""
            II. CHƯƠNG TRÌNH
            Thời gian
            Nội dung
            Địa điểm
            Đơn vị chủ trì
            Ngày 19/9/2025
            Các đoàn đăng ký, họp kỹ thuật
            Nhà thi đấu tỉnh
            Sở Văn hóa, Thể thao và Du lịch
            20 giờ 00 ngày 20/9/2025
            Lễ khai mạc
            Quảng trường Trung tâm
            Ban Tổ chức
            III. TỔ CHỨC THỰC HIỆN
            """);
        Assert.Equal(
            [("Các đoàn đăng ký, họp kỹ thuật", new PartialDate(2025, 9, 19), "Sở Văn hóa, Thể thao và Du lịch"), ("Lễ khai mạc", new PartialDate(2025, 9, 20), "Ban Tổ chức")],
            doc.Deadlines.Select(d => (d.Action, d.Due, d.Responsible.Single())));
    }

    // As corpus/blind as07 writes it, kept in its layout: a programme with no "STT", each time wrapped
    // in its own column onto a bracket or the rest of a time left open.
    [Fact]
    public void A_programme_kept_in_its_layout_reads_each_wrapped_time_with_its_event()
    {
        var doc = Extract("""
            II. CHƯƠNG TRÌNH

             Thời gian                     Nội dung                                  Địa điểm
             07 giờ 00, ngày 05/4/2025     Lễ khai mạc Đại hội; đồng diễn dân vũ;    Sân vận động
             (Chủ nhật)                    thi đấu môn Kéo co                        trung tâm xã
             Từ ngày 06/4 đến ngày         Thi đấu môn Cờ tướng và môn Bóng          Hội trường UBND xã
             11/4/2025                     chuyền nam

            III. TỔ CHỨC THỰC HIỆN
            """);
        Assert.Equal(
            [("Lễ khai mạc Đại hội; đồng diễn dân vũ; thi đấu môn Kéo co", new PartialDate(2025, 4, 5), DeadlineQualifier.On),
             ("Thi đấu môn Cờ tướng và môn Bóng chuyền nam", new PartialDate(2025, 4, 11), DeadlineQualifier.FromTo)],
            doc.Deadlines.Select(d => (d.Action, d.Due, d.Qualifier)));
    }

    // As corpus/blind aj03 writes it: the time's column before the leading body's, each time wrapped
    // over two lines in its narrow column.
    [Fact]
    public void A_task_table_with_its_time_before_its_lead_reads_each_wrapped_time_whole()
    {
        var doc = Extract("""
            III. LỊCH TRÌNH
            TT
            Nội dung công việc
            Thời gian
            Chủ trì
            Phối hợp
            1
            Rà soát, thống kê thủ tục hành chính
            thuộc thẩm quyền của xã
            Từ ngày 05/4 đến
            ngày 20/4/2025
            Văn phòng UBND xã
            Công chức Tư pháp
            2
            Niêm yết công khai thủ tục
            Hoàn thành trước
            ngày 30/4/2025
            Ban Chỉ huy Quân sự xã
            Các thôn
            """);
        Assert.Equal(
            [(DeadlineQualifier.FromTo, new PartialDate(2025, 4, 5), new PartialDate(2025, 4, 20), "Văn phòng UBND xã"),
             (DeadlineQualifier.Before, null, new PartialDate(2025, 4, 30), "Ban Chỉ huy Quân sự xã")],
            doc.Deadlines.Select(d => (d.Qualifier, d.Start, d.Due, d.Responsible.Single())));
        Assert.Equal("Niêm yết công khai thủ tục", doc.Deadlines[1].Action);
    }

    // As corpus/blind al02 writes it: a task table kept in its layout whose task cells, joined from
    // their wrapped lines, are longer than a text layer's line; the text right after it is no row's.
    [Fact]
    public void A_laid_out_task_tables_long_cells_are_its_rows_and_the_text_after_it_is_not()
    {
        var doc = Extract("""
            II. NHIỆM VỤ TRỌNG TÂM

             TT   Nhiệm vụ                                         Cơ quan chủ trì          Thời gian hoàn thành
              1   Xây dựng Kho dữ liệu dùng chung của tỉnh,        Sở Thông tin và          Quý IV/2025
                  kết nối với Nền tảng tích hợp, chia sẻ dữ        Truyền thông
                  liệu cấp tỉnh (LGSP)
              2   Tổ chức lớp bồi dưỡng kỹ năng số cho cán         Sở Nội vụ                Tháng 7/2025
                  bộ, công chức cấp xã

            Đối với nhiệm vụ số 2: mỗi huyện, thị xã, thành phố cử 05 học viên.
            III. TỔ CHỨC THỰC HIỆN
            """);
        Assert.Equal(
            [(new PartialDate(2025, 12), "Xây dựng Kho dữ liệu dùng chung của tỉnh, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)"),
             (new PartialDate(2025, 7), "Tổ chức lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã")],
            doc.Deadlines.Select(d => (d.Due, d.Action)));
        Assert.Equal(["Sở Nội vụ"], doc.Deadlines[1].Responsible);
        Assert.Single(doc.Quotas);
    }

    // As corpus/blind am03 writes it: a decision of 12/7/2024 issues a plan whose title opens as a
    // preamble does and cites a resolution by number, closed by its caption; the plan's half-yearly
    // report "(trước ngày 15/6)" is first due after the day it was issued with.
    [Fact]
    public void An_attached_plans_title_is_closed_by_its_caption_and_its_recurring_dates_follow_the_decisions_date()
    {
        var record = TestModels.Extractor.Extract("t.txt", """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG BÌNH
            Số: 1735/QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Quảng Bình, ngày 12 tháng 7 năm 2024
            QUYẾT ĐỊNH
            Về việc ban hành Kế hoạch phát triển du lịch
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            Nơi nhận:
            - Như Điều 2;
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Trần Phong

            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG BÌNH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            KẾ HOẠCH
            Thực hiện Nghị quyết số 15-NQ/TU ngày 28/3/2024 của Ban Thường vụ Tỉnh ủy
            về phát triển du lịch giai đoạn 2024 - 2030
            (Ban hành kèm theo Quyết định số 1735/QĐ-UBND ngày 12/7/2024 của UBND tỉnh Quảng Bình)

            I. TỔ CHỨC THỰC HIỆN
            1. Sở Du lịch
            Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện định kỳ 6 tháng (trước ngày 15/6).
            """);
        var plan = record.Documents[1];
        Assert.Equal("Thực hiện Nghị quyết số 15-NQ/TU ngày 28/3/2024 của Ban Thường vụ Tỉnh ủy về phát triển du lịch giai đoạn 2024 - 2030", plan.Title);
        Assert.Equal(new PartialDate(2025, 6, 15), Assert.Single(plan.Deadlines).Due);
    }

    // As corpus/blind al04 writes it: a standing duty "kể từ quý III/2025" is due at no time; the
    // reports listed under it are, each named by its lead with only "gửi" after the colon.
    [Fact]
    public void Reports_named_by_their_lead_are_the_actions_and_a_duty_since_a_quarter_is_no_deadline()
    {
        var doc = Extract("""
            II. CHẾ ĐỘ BÁO CÁO
            Kể từ quý III/2025, UBND các xã, phường thực hiện chế độ báo cáo định kỳ như sau:
            a) Báo cáo hằng quý: gửi trước ngày 15 của tháng cuối quý;
            b) Báo cáo 6 tháng: gửi trước ngày 15/6;
            """);
        Assert.Equal(
            [(new PartialDate(2025, 3, 15), "Báo cáo hằng quý: gửi"), (new PartialDate(2025, 6, 15), "Báo cáo 6 tháng: gửi")],
            doc.Deadlines.Select(d => (d.Due, d.Action)));
    }

    // As corpus/blind ag08 and ac06 write it: a schedule whose rows open on their time, wrapped in its
    // narrow column ("Từ ngày 17/02 đến ngày" / "19/02/2026 (mùng 2 đến" / "mùng 4 Tết)"), then the
    // task, the place and the body that leads it.
    [Fact]
    public void A_schedule_whose_rows_open_on_their_time_dates_each_task()
    {
        var doc = Extract("""
            III. CHƯƠNG TRÌNH
            TT
            Thời gian
            Nội dung
            Địa điểm
            Đơn vị chủ trì
            1
            07 giờ 00 ngày 16/02/2026
            (mùng 1 Tết)
            Lễ dâng hương
            Nghĩa trang liệt sĩ xã
            Văn phòng UBND xã
            2
            Từ ngày 17/02 đến ngày
            19/02/2026 (mùng 2 đến
            mùng 4 Tết)
            Giải bóng chuyền nam
            Sân vận động xã
            Đoàn Thanh niên xã
            IV. TỔ CHỨC THỰC HIỆN
            """);
        Assert.Equal(
            [(new PartialDate(2026, 2, 16), (PartialDate?)null, "Văn phòng UBND xã"), (new PartialDate(2026, 2, 19), new PartialDate(2026, 2, 17), "Đoàn Thanh niên xã")],
            doc.Deadlines.Select(d => (d.Due, d.Start, d.Responsible.Single())));
        Assert.StartsWith("Lễ dâng hương", doc.Deadlines[0].Action, StringComparison.Ordinal);
        Assert.StartsWith("Giải bóng chuyền nam", doc.Deadlines[1].Action, StringComparison.Ordinal);
    }

    // As corpus/blind f08 writes it: years that open items under a heading of goals date the goals,
    // not tasks; the same label under a heading of tasks dates its task.
    [Fact]
    public void A_year_under_a_heading_of_goals_is_no_deadline()
    {
        var doc = Extract("""
            II. MỤC TIÊU
            3. Mục tiêu từng năm
            - Năm 2025: xã Gia Huynh đạt chuẩn, nâng tổng số xã đạt chuẩn nông thôn mới lên 09 xã.
            III. NHIỆM VỤ
            1. Tổng kết
            - Năm 2025: Tổ chức tổng kết Chương trình.
            """);
        var deadline = Assert.Single(doc.Deadlines);
        Assert.Equal(("III.1", new PartialDate(2025)), (deadline.Section, deadline.Due));
    }

    // As corpus/blind ao03 writes it: a quarter wrapped onto its line, "trong quý" / "IV/2024, chủ trì
    // …", is no Roman heading "IV": the clause keeps its date.
    [Fact]
    public void A_quarter_wrapped_onto_its_line_is_no_roman_heading()
    {
        var doc = Extract("""
            II. TỔ CHỨC THỰC HIỆN
            3. Sở Tài chính: hướng dẫn các chủ đầu tư thực hiện quyết toán dự án theo đúng thời hạn; trong quý
            IV/2025, chủ trì kiểm tra công tác quyết toán tại các chủ đầu tư.
            """);
        var deadline = Assert.Single(doc.Deadlines);
        Assert.Equal((new PartialDate(2025, 12), new PartialDate(2025, 10), "II.3"), (deadline.Due, deadline.Start, deadline.Section));
    }

    // corpus/blind aw01: a plan issued on 18/12/2024 for 2025–2026 holds "trong tháng 6 hằng năm" and "từ ngày
    // 01/6 đến ngày 31/8 hằng năm": both already past in the year of issue, so next year's, as a day is.
    [Fact]
    public void A_month_or_a_span_already_past_at_issue_is_next_years()
    {
        var doc = TestModels.Extractor.Extract("t.txt", Header.Replace("ngày 10 tháng 3 năm 2025", "ngày 18 tháng 12 năm 2024", StringComparison.Ordinal) + """
            IV. NHIỆM VỤ
            1. Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em trong tháng 6 hằng năm.
            2. Tổ chức các lớp dạy bơi tập trung trong dịp hè, từ ngày 01/6 đến ngày 31/8 hằng năm.
            3. Tổng kết chương trình trong tháng 12/2026.
            """).Documents[0];
        Assert.Equal(
            [("2025-06", null), ("2025-08-31", "2025-06-01"), ("2026-12", null)],
            doc.Deadlines.Select(d => (d.Due.ToString(), d.Start?.ToString())));
    }

    // corpus/blind aw03: a monthly report "bắt đầu từ tháng 5/2025" in a plan of 10/3/2025 is first due on
    // 25/5/2025, the month it starts; without that, the first 25th after the issue date.
    [Fact]
    public void A_monthly_duty_is_first_due_in_the_month_it_starts()
    {
        var doc = Extract("""
            V. TỔ CHỨC THỰC HIỆN
            1. Các xã báo cáo kết quả hằng tháng (trước ngày 25 hằng tháng), bắt đầu từ tháng 5/2025.
            2. Các phường báo cáo tiến độ trước ngày 25 hằng tháng.
            """);
        Assert.Equal(["2025-05-25", "2025-03-25"], doc.Deadlines.Select(d => d.Due.ToString()));
    }

    // corpus/blind aw03's schedule, as it stands: no "STT", the time first and wrapped ("Tuần 1" / "(từ ngày
    // 08/4 đến" / "ngày 11/4/2025)"), the task wrapped, and "Đơn vị thực hiện" last: each week is a task of
    // its own, due in its bracket's span, done by its last cell.
    [Fact]
    public void A_programme_whose_cells_wrap_is_read_row_by_row()
    {
        var doc = TestModels.Blind("aw03");
        var weeks = doc.Deadlines.Where(d => d.Action.StartsWith("Khám sàng lọc, tầm soát tại", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [("2025-04-08", "2025-04-11", "Đội khám lưu động số 1"), ("2025-04-14", "2025-04-18", "Đội khám lưu động số 2"),
             ("2025-04-21", "2025-04-25", "Đội khám lưu động số 1"), ("2025-05-05", "2025-05-09", "Đội khám lưu động số 1, Đội khám lưu động số 2")],
            weeks.Select(d => (d.Start?.ToString(), d.Due.ToString(), d.Responsible.Count > 0 ? d.Responsible[0] : null)));
        Assert.Equal("Khám sàng lọc, tầm soát tại thị trấn Thạnh Mỹ, xã Đạ Ròn", weeks[0].Action);
    }

    // corpus/blind ax02's task table, kept in its layout: one whole cell per column, so "Phòng Phổ biến, giáo dục
    // pháp luật" under "Đơn vị chủ trì" leads the task though the vocabulary does not know it, and the
    // partners under "Đơn vị phối hợp" do not. The preamble's "ban hành Chương trình công tác năm 2018, …
    // Kế hoạch … năm 2018 như sau:" opens no programme: the plan's headings are no tasks of 2018.
    [Fact]
    public void A_laid_out_task_tables_cells_are_its_columns()
    {
        var doc = TestModels.Blind("ax02");
        var first = doc.Deadlines.First(d => d.Action.StartsWith("Tham mưu UBND tỉnh ban hành Kế hoạch", StringComparison.Ordinal));
        Assert.Equal("Tham mưu UBND tỉnh ban hành Kế hoạch triển khai thi hành các luật có hiệu lực trong năm 2018 trên địa bàn tỉnh", first.Action);
        Assert.Equal(["Phòng Phổ biến, giáo dục pháp luật"], first.Responsible);
        Assert.DoesNotContain(doc.Deadlines, d => d.Action == "MỤC ĐÍCH, YÊU CẦU");
    }

    // corpus/blind ax03's schedule: the words of a time wrapped above its date ("Trước ngày" / "20/9/2023",
    // "Ngày" / "26/9/2023") open the row, as a date would.
    [Fact]
    public void A_programme_row_may_open_on_a_time_wrapped_above_its_date()
    {
        var doc = TestModels.Blind("ax03");
        var rows = doc.Deadlines.Where(d => d.Section == "IV").ToList();
        Assert.Equal(
            [("2023-09-15", DeadlineQualifier.FromTo, "Ban Chỉ huy Quân sự xã"), ("2023-09-20", DeadlineQualifier.Before, "Trưởng các thôn"), ("2023-09-26", DeadlineQualifier.On, "Ban Chỉ đạo diễn tập")],
            rows.Take(3).Select(d => (d.Due.ToString(), d.Qualifier, d.Responsible[0])));
        Assert.Equal("Rà soát, chuẩn bị phương tiện, trang thiết bị, nhu yếu phẩm; bố trí điểm sơ tán", rows[1].Action);
    }

    // corpus/blind ax01: two rounds' dates after one action, the round named after each ("xong trước ngày
    // 25/02/2025 đối với Đợt 1 và trước ngày 10/9/2025 đối với Đợt 2", "chậm nhất ngày 10/02/2025 (Đợt 1) và
    // ngày 25/8/2025 (Đợt 2)"): the second date repeats the action, and shares the first's "chậm nhất".
    [Fact]
    public void A_second_rounds_date_repeats_the_action()
    {
        var doc = Extract("""
            V. TỔ CHỨC THỰC HIỆN
            1. Trung tâm Dịch vụ nông nghiệp huyện tiếp nhận vắc xin, cấp phát cho các xã xong trước ngày 25/3/2025 đối với
            Đợt 1 và trước ngày 10/9/2025 đối với Đợt 2.
            2. UBND các xã rà soát, thống kê tổng đàn gia súc, gửi Trung tâm Dịch vụ nông nghiệp huyện chậm nhất ngày
            20/3/2025 (Đợt 1) và ngày 25/8/2025 (Đợt 2).
            """);
        Assert.Equal(
            [("2025-03-25", DeadlineQualifier.Before), ("2025-09-10", DeadlineQualifier.Before), ("2025-03-20", DeadlineQualifier.Before), ("2025-08-25", DeadlineQualifier.Before)],
            doc.Deadlines.Select(d => (d.Due.ToString(), d.Qualifier)));
        Assert.Equal(doc.Deadlines[0].Action, doc.Deadlines[1].Action);
        Assert.Equal(doc.Deadlines[2].Action, doc.Deadlines[3].Action);
    }

    // corpus/blind az01's timetable: "b) Tháng 4/2025:" over "- Khởi công 100% số nhà xây mới, sửa chữa." and "- UBND xã
    // tạm ứng kinh phí đợt 1 …": each item with no date of its own is due in the heading's month. "c) Năm 2026:"
    // over goals sets no deadline.
    [Fact]
    public void Items_under_a_month_heading_are_due_that_month()
    {
        var doc = Extract("""
            IV. TỔ CHỨC THỰC HIỆN
            2. Tiến độ thực hiện
            b) Tháng 4/2025:
            - Khởi công 100% số nhà xây mới, sửa chữa.
            - UBND xã tạm ứng kinh phí đợt 1 cho các hộ đã khởi công.
            - Hoàn thành hồ sơ trước ngày 25/4/2025.
            c) Năm 2026:
            - Ít nhất 95% số hộ được hỗ trợ ổn định cuộc sống.
            """);
        Assert.Equal(
            [("2025-04", "Khởi công 100% số nhà xây mới, sửa chữa"), ("2025-04", "UBND xã tạm ứng kinh phí đợt 1 cho các hộ đã khởi công"), ("2025-04-25", "Hoàn thành hồ sơ")],
            doc.Deadlines.Select(d => (d.Due.ToString(), d.Action)));
    }

    // corpus/blind bb05, read as it stands: a laid-out schedule by stages, "Giai đoạn   Nội dung   Thời gian   Cơ
    // quan, đơn vị thực hiện" over "Giai đoạn 1   Chuẩn bị: …   Từ ngày 16/5 / đến ngày / 24/6/2022   Ban CHQS
    // huyện; / Ban CHQS các xã / diễn tập": each stage a task, its time wrapped in its column, its doers responsible.
    [Fact]
    public void A_schedule_by_stages_gives_each_stage_its_time_and_doers()
    {
        var deadlines = TestModels.Blind("bb05").Deadlines;
        var first = Assert.Single(deadlines, d => d.Action.StartsWith("Chuẩn bị: xây dựng văn kiện", StringComparison.Ordinal));
        Assert.Equal(("2022-05-16", "2022-06-24", DeadlineQualifier.FromTo), (first.Start?.ToString(), first.Due.ToString(), first.Qualifier));
        Assert.Equal(["Ban CHQS huyện", "Ban CHQS các xã diễn tập"], first.Responsible);
        Assert.Contains(deadlines, d => d.Action == "Thực hành diễn tập tại xã Thạnh Lợi" && d.Due.ToString() == "2022-07-21");
    }

    // corpus/blind bb07, read as it stands: the annex's laid-out task table numbers its rows from 1 again under
    // each group ("II" / "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" / "1"), and "Tháng 6 và / tháng 12/2024" is due in each month.
    [Fact]
    public void Groups_number_their_rows_again_and_two_months_of_a_year_give_two_deadlines()
    {
        var deadlines = TestModels.Blind("bb07").Deadlines;
        Assert.Equal(["2024-06", "2024-12"], deadlines.Where(d => d.Action.StartsWith("Tự kiểm tra, xử lý văn bản", StringComparison.Ordinal)).Select(d => d.Due.ToString()));
        var khaoSat = Assert.Single(deadlines, d => d.Action.StartsWith("Khảo sát mức độ hài lòng", StringComparison.Ordinal));
        Assert.Equal(("2024-10", DeadlineQualifier.In, "Phòng Nội vụ"), (khaoSat.Due.ToString(), khaoSat.Qualifier, khaoSat.Responsible[0]));
    }

    // corpus/blind bc08, read as it stands: "a) Thành lập Ban Chỉ đạo Tổng điều tra cấp xã: UBND các xã, thị trấn
    // hoàn thành trước ngày 10/12/2018." names its task, then who finishes it by when; "b) Rà soát, phân chia địa bàn
    // điều tra, lập bảng kê hộ: từ ngày 03/12/2018 đến ngày 15/01/2019 (…)", a task of twelve words, then its dates.
    [Fact]
    public void An_item_names_its_task_then_who_finishes_it_by_when()
    {
        var deadlines = TestModels.Blind("bc08").Deadlines;
        var first = Assert.Single(deadlines, d => d.Action == "Thành lập Ban Chỉ đạo Tổng điều tra cấp xã");
        Assert.Equal(("2018-12-10", DeadlineQualifier.Before, "UBND các xã, thị trấn"), (first.Due.ToString(), first.Qualifier, first.Responsible[0]));
        Assert.Contains(deadlines, d => d.Action == "Rà soát, phân chia địa bàn điều tra, lập bảng kê hộ" && d.Due.ToString() == "2019-01-15" && d.Start?.ToString() == "2018-12-03");
    }

    // corpus/blind bd08, read as it stands: "1. Lớp bồi dưỡng nghiệp vụ công tác thi đua, khen thưởng" / … / "c) Thời
    // gian: 05 ngày, từ ngày 23/10 đến ngày 27/10/2017.": the sub-item's label times the course the item above names,
    // the course's length before its dates no step of its own.
    [Fact]
    public void A_sub_items_time_label_times_what_the_item_above_names()
    {
        var deadlines = TestModels.Blind("bd08").Deadlines;
        var course = Assert.Single(deadlines, d => d.Section == "1.c");
        Assert.Equal(("2017-10-27", "2017-10-23", "Lớp bồi dưỡng nghiệp vụ công tác thi đua, khen thưởng"), (course.Due.ToString(), course.Start?.ToString(), course.Action));
        Assert.Contains(deadlines, d => d.Section == "2.c" && d.Due.ToString() == "2017-11-10");
    }

    // corpus/blind bd07, read as it stands: "căn cứ Chương trình công tác Đoàn … năm 2019 của Ban Thường vụ Huyện đoàn,
    // Ban Thường vụ Huyện đoàn Tu Mơ Rông xây dựng Kế hoạch … năm 2019 như sau:" grounds the plan on a programme; it
    // opens none, so "I. MỤC ĐÍCH, YÊU CẦU" and the headings after it are no tasks due in 2019.
    [Fact]
    public void A_programme_the_plan_is_grounded_on_opens_no_list_of_tasks()
    {
        var deadlines = TestModels.Blind("bd07").Deadlines;
        Assert.DoesNotContain(deadlines, d => d.Action == "MỤC ĐÍCH, YÊU CẦU" || d.Section == "VI");
        Assert.Contains(deadlines, d => d.Due.ToString() == "2019-04-10" && d.Qualifier == DeadlineQualifier.Before);
    }

    // corpus/blind be07, read as it stands: a laid-out task table's time "Tháng 4 -" / "tháng 5/2021" runs from April to May.
    [Fact]
    public void A_task_tables_span_of_two_months_runs_from_the_first_to_the_second()
    {
        var training = Assert.Single(TestModels.Blind("be07").Deadlines, d => d.Action.StartsWith("Huấn luyện DQTV năm thứ nhất", StringComparison.Ordinal));
        Assert.Equal(("2021-05", DeadlineQualifier.FromTo, "2021-04"), (training.Due.ToString(), training.Qualifier, training.Start?.ToString()));
    }

    // corpus/blind m04, read as it stands: "1. Quý I/2017" over "- Ban Chỉ đạo xã chỉ đạo tuyên truyền, phổ biến Kế hoạch
    // …": under a heading that is a quarter and nothing more, an item with no date of its own runs through the quarter.
    [Fact]
    public void An_item_under_a_quarters_heading_runs_through_the_quarter()
    {
        var item = Assert.Single(TestModels.Blind("m04").Deadlines, d => d.Action.StartsWith("Chỉ đạo tuyên truyền", StringComparison.Ordinal));
        Assert.Equal(("2017-03", DeadlineQualifier.FromTo, "2017-01", "Ban Chỉ đạo xã"), (item.Due.ToString(), item.Qualifier, item.Start?.ToString(), item.Responsible[0]));
    }

    // corpus/blind ar05 (issued 14/02/2025), af06 (10/08/2022), read as they stand: "tổ chức họp giao ban định kỳ vào ngày 25
    // hằng tháng" is due on the first 25th after issue; "báo cáo … hằng tháng (trước ngày 25), bắt đầu từ tháng 9/2022" by
    // the 25th of the month it starts in (README-b: a recurring date gives its first occurrence).
    [Fact]
    public void A_monthly_day_is_due_at_its_first_occurrence()
    {
        Assert.Contains(TestModels.Blind("ar05").Deadlines, d => d.Due == new PartialDate(2025, 2, 25) && d.Qualifier == DeadlineQualifier.On && d.Action.Contains("họp giao ban", StringComparison.Ordinal));
        Assert.Contains(TestModels.Blind("af06").Deadlines, d => d.Due == new PartialDate(2022, 9, 25) && d.Qualifier == DeadlineQualifier.Before && d.Action.Contains("sĩ số", StringComparison.Ordinal));
    }

    // corpus/blind aq02 (issued 28/03/2016), read as it stands: "c) Hằng tháng, báo cáo tiến độ thực hiện về Sở Lao động -
    // Thương binh và Xã hội trước / ngày 25 để tổng hợp.": the day later in the sentence the recurrence opens is the month's.
    [Fact]
    public void A_day_later_in_a_monthly_sentence_is_the_months()
    {
        Assert.Contains(TestModels.Blind("aq02").Deadlines, d => d.Due == new PartialDate(2016, 4, 25) && d.Qualifier == DeadlineQualifier.Before);
    }

    // corpus/blind r07, read as it stands, one cell per line: the task table's last row ends on "Từ ngày 01/11 đến ngày
    // 20/11/2024", and "Ban Quản lý xây dựng nông thôn mới xã tổng hợp, báo cáo UBND huyện hằng quý / (trước ngày 20 tháng
    // cuối quý). UBND xã sơ kết 6 tháng trong tháng 7/2024 và / tổng kết năm vào ngày 27/12/2024." below it is text, read as such.
    [Fact]
    public void Text_in_capitals_after_a_task_tables_last_time_is_no_cell_of_it()
    {
        var deadlines = TestModels.Blind("r07").Deadlines;
        Assert.Contains(deadlines, d => d.Due == new PartialDate(2024, 7) && d.Qualifier == DeadlineQualifier.In && d.Action.Contains("sơ kết 6 tháng", StringComparison.Ordinal));
        Assert.Contains(deadlines, d => d.Due == new PartialDate(2024, 12, 27) && d.Qualifier == DeadlineQualifier.On);
        Assert.Contains(deadlines, d => d.Due == new PartialDate(2024, 11, 20) && d.Action.StartsWith("Kiểm tra, chấm điểm ấp", StringComparison.Ordinal));
    }

    // corpus/blind u04, read as it stands: under "4. Lịch thi đấu", "- Họp lãnh đội, bốc thăm xếp lịch: 14 giờ 00 ngày
    // 03/5/2019, tại …", "- Kéo co: ngày 11/5/2019 (sau Lễ khai mạc)." are each on their day, done as their label says;
    // bc08's "2. Thời điểm điều tra: 0 giờ ngày 01/4/2019." is the moment the census counts, due at no time.
    [Fact]
    public void A_schedules_item_with_its_day_alone_is_on_that_day()
    {
        var deadlines = TestModels.Blind("u04").Deadlines;
        Assert.Contains(deadlines, d => d.Due == new PartialDate(2019, 5, 3) && d.Qualifier == DeadlineQualifier.On && d.Action == "Họp lãnh đội, bốc thăm xếp lịch");
        Assert.Contains(deadlines, d => d.Due == new PartialDate(2019, 5, 11) && d.Qualifier == DeadlineQualifier.On && d.Action == "Kéo co");
        Assert.DoesNotContain(TestModels.Blind("bc08").Deadlines, d => d.Due == new PartialDate(2019, 4, 1));
    }
}
