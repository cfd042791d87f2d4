using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A plan's table of tasks as a text layer gives it: one cell per line, row by row — "STT" /
/// "Nội dung công việc" / "Cơ quan chủ trì" / "Cơ quan phối hợp" / "Thời gian hoàn thành", then
/// "1" / "Xây dựng bộ chỉ số …" / "Sở Nội vụ" / "Các sở, ngành" / "Tháng 4/2025", "2" / … (issue
/// 16: deadlines in tables). Read as a paragraph its rows' tasks and times run together; read as
/// rows each task keeps its own time and leading body. A wrapped cell spans lines, so a row's
/// cells are told apart by what they hold: the task first, then the first line that names a body
/// (the leading body, where the header has that column before the partners'), and the first line
/// that is a time. The rules deadline.table-*, deadline.time-cell and deadline.time-word say what each is.
/// </summary>
/// <param name="Rows">The rows in order.</param>
/// <param name="End">The index of the first line after the table.</param>
public sealed record TaskTable(IReadOnlyList<TaskTable.Row> Rows, int End)
{
    private static readonly RuleRef TaskColumnRule = new("deadline.table-task-column");
    private static readonly RuleRef TimeColumnRule = new("deadline.table-time-column");
    private static readonly RuleRef LeadColumnRule = new("deadline.table-lead-column");
    private static readonly RuleRef TimeWordRule = new("deadline.time-word");
    private static readonly RuleRef TimeCellRule = new("deadline.time-cell");
    private static readonly RuleRef TimeHeadRule = new("deadline.time-cell-head");
    private static readonly RuleRef TimeTailRule = new("deadline.time-cell-tail");
    private static readonly RuleRef VisitedColumnRule = new("deadline.table-visited-column");
    private static readonly RuleRef BareDateRule = new("deadline.time-cell-date");
    private static readonly RuleRef DatedRule = new("deadline.time-cell-dated");
    private static readonly RuleRef TimeOpenRule = new("deadline.time-cell-open");
    private static readonly RuleRef TimeRowLabelRule = new("deadline.time-row-label");
    private static readonly RuleRef DoerColumnRule = new("deadline.table-doer-column");

    // Header cells, wrapped or not, before the first row: a table with more is no task table.
    private const int MaxHeaderLines = 14;

    // A time cell is short: "Trước ngày 30/9/2025", "Từ tháng 3 đến tháng 6/2025".
    private const int MaxTimeLength = 40;

    /// <summary>One row: its task, the body that leads it (or null), and its time cell (or null).</summary>
    /// <param name="Task">The task cell, its lines joined.</param>
    /// <param name="Lead">The leading body's cell, or null.</param>
    /// <param name="Time">The time cell ("Tháng 4/2025", "Thường xuyên"), or null.</param>
    /// <param name="TimeLabel">The header's name for the time column ("Thời gian hoàn thành").</param>
    public sealed record Row(string Task, string? Lead, string? Time, string TimeLabel);

    /// <summary>The task table whose header starts at line <paramref name="start"/>, or null when none does.</summary>
    public static TaskTable? At(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        if (start >= lines.Count || !TableCells.IsStart(rules, lines[start]))
        {
            return null;
        }
        // The header's cells, up to the first row's number.
        var header = new List<SourceLine>();
        var i = start + 1;
        while (i < lines.Count && header.Count <= MaxHeaderLines && !TableCells.IsRowNumber(rules, lines[i], 1) && !StartsGroup(rules, lines, i))
        {
            if (!lines[i].IsBlank)
            {
                header.Add(lines[i]);
            }
            i++;
        }
        if (i >= lines.Count || header.Count > MaxHeaderLines)
        {
            return null;
        }
        // A wrapped header cell ("Thời gian" / "hoàn thành") is read joined with the next line too.
        var cells = header.Select(h => h.Folded).Concat(header.Zip(header.Skip(1), (a, b) => a.Folded + " " + b.Folded)).ToList();
        var time = cells.Select(c => TimeColumnRule.In(rules).Match(c)).FirstOrDefault(m => m.Success);
        // A schedule of visits names its units, not its tasks: each row's task is the visit.
        var visit = header.Select(h => VisitedColumnRule.In(rules).Match(h.Folded)).FirstOrDefault(m => m.Success);
        if (time is null || (visit is null && !cells.Any(c => TaskColumnRule.In(rules).IsMatch(c))))
        {
            return null;
        }
        var verb = visit is null ? null : header.First(h => VisitedColumnRule.In(rules).IsMatch(h.Folded)).Text.Trim()[visit.Groups["verb"].Index..];
        var timeLabel = header.Select(h => h.Text).Concat(header.Zip(header.Skip(1), (a, b) => a.Text + " " + b.Text))
            .First(t => TimeColumnRule.In(rules).IsMatch(VietnameseText.Fold(t)));
        var (leadFirst, leadAfterTime) = LeadColumn(rules, header);
        // "TT" / "Thời gian" / "Nội dung" / "Địa điểm" / "Đơn vị chủ trì" (corpus/blind ag08, ac06): each
        // row opens on its time.
        var timeColumn = header.FindIndex(h => TimeColumnRule.In(rules).IsMatch(h.Folded));
        var taskColumn = header.FindIndex(h => TaskColumnRule.In(rules).IsMatch(h.Folded));
        var timeFirst = timeColumn == 0 && taskColumn > 0;
        // A table kept in its layout, one whole cell per column: each row's cells are the columns' ("Tham mưu
        // UBND tỉnh ban hành Kế hoạch …" / "Phòng Phổ biến, giáo dục pháp luật" / "Các sở, ban, ngành tỉnh" /
        // "Quý I/2018" under "Nội dung" / "Đơn vị chủ trì" / "Đơn vị phối hợp" / "Thời gian thực hiện",
        // corpus/blind ax02), whether or not the vocabulary knows the body that leads it.
        var laidOut = taskColumn >= 0 && timeColumn >= 0 && header.TrueForAll(h => h.IsLaidOutCell);
        var leadColumn = header.FindIndex(h => LeadColumnRule.In(rules).IsMatch(h.Folded));
        var rows = new List<Row>();
        var number = 1;
        // The group a row stands under ("I" / "Đoàn kiểm tra số 1"): who does its rows' tasks.
        string? group = null;
        while (i < lines.Count && (TableCells.IsRowNumber(rules, lines[i], number) || StartsGroup(rules, lines, i)))
        {
            if (StartsGroup(rules, lines, i))
            {
                (group, i) = (lines[i + 1].Text.Trim(), i + 2);
                // "II" / "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" / "1" (corpus/blind bb07): each group may number its rows from 1 again.
                number = i < lines.Count && !TableCells.IsRowNumber(rules, lines[i], number) && TableCells.IsRowNumber(rules, lines[i], 1) ? 1 : number;
                continue;
            }
            var cellLines = new List<SourceLine>();
            i++;
            while (i < lines.Count && !TableCells.IsRowNumber(rules, lines[i], number + 1) && TableCells.IsCell(rules, lines[i]) && TableCells.SameTable(lines[start], lines[i])
                && !RowClosed(rules, cellLines, header.Count, timeColumn, lines[i]))
            {
                if (!lines[i].IsBlank)
                {
                    cellLines.Add(lines[i]);
                }
                i++;
            }
            if (cellLines.Count > 0)
            {
                var row = (laidOut && cellLines.Count == header.Count && cellLines.TrueForAll(c => c.IsLaidOutCell)
                        ? new Row(cellLines[taskColumn].Text.Trim(), leadColumn >= 0 ? cellLines[leadColumn].Text.Trim() : null, cellLines[timeColumn].Text.Trim(), timeLabel)
                        : null)
                    ?? (timeFirst ? TimeFirstRowOf(rules, cellLines, timeLabel) : RowOf(rules, cellLines, leadFirst, leadAfterTime, timeLabel));
                // "Kiểm tra" + "UBND phường Xuân Hương - Đà Lạt", by the group's team.
                rows.Add(verb is null ? row : row with { Task = char.ToUpperInvariant(verb[0]) + verb[1..] + " " + row.Task, Lead = row.Lead ?? group });
            }
            number++;
        }
        return rows.Count == 0 ? null : new TaskTable(rows, i);
    }

    // A row whose cells fill the header's columns and end on its time, the last column, is closed: a line in capitals
    // after it opens the text under the table ("Từ ngày 01/11 đến ngày 20/11/2024" / "Ban Quản lý xây dựng nông thôn
    // mới xã tổng hợp, báo cáo UBND huyện hằng quý", corpus/blind r07), not a wrapped cell of its own.
    private static bool RowClosed(RuleBook rules, List<SourceLine> cells, int columns, int timeColumn, SourceLine next) =>
        timeColumn == columns - 1 && cells.Count >= columns - 1 && IsTime(rules, cells[^1].Folded)
        // A task's wrapped end is no time cell, though it names one: "Hội nghị triển khai nhiệm vụ công tác Hội" / "năm 2018" (bf04).
        && !char.IsLower(cells[^1].Text.TrimStart()[0])
        && next.Text.TrimStart() is { Length: > 0 } text && char.IsUpper(text[0]);

    // A programme's header: the time first, then what is done, where, and who leads it.
    private const int MaxProgrammeColumns = 5;

    /// <summary>
    /// A programme with no "STT" column, its time first: "Thời gian" / "Nội dung" / "Địa điểm" / "Đơn
    /// vị chủ trì", then "Ngày 19/9/2019" / "Các đoàn đăng ký, bốc thăm thi đấu" / "Nhà thi đấu tỉnh" /
    /// "Sở Văn hóa, Thể thao và Du lịch" (corpus/blind y08). Read only where every row opens on a
    /// time and has as many cells as the header; else null.
    /// </summary>
    public static TaskTable? Programme(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        // Every body line that opens no "STT" table is asked: a line that does not open on "t" ("thời
        // gian", "thời hạn", "tiến độ") is none, and its rule is not run.
        if (start + 1 >= lines.Count || lines[start].Folded is not ['t', ..] || !TimeColumnRule.In(rules).IsMatch(lines[start].Folded)
            || !TaskColumnRule.In(rules).IsMatch(lines[start + 1].Folded))
        {
            return null;
        }
        var i = start + 2;
        for (; i < lines.Count && i - start < MaxProgrammeColumns && !IsTime(rules, lines[i].Folded) && TableCells.IsCell(rules, lines[i]); i++)
        {
        }
        var columns = i - start;
        if (i >= lines.Count || !IsTime(rules, lines[i].Folded))
        {
            return null;
        }
        var lead = Enumerable.Range(start + 2, columns - 2).Select(k => k - start).FirstOrDefault(k => LeadColumnRule.In(rules).IsMatch(lines[start + k].Folded), -1);
        var label = lines[start].Text.Trim();
        var rows = new List<Row>();
        while (i + columns <= lines.Count && IsTime(rules, lines[i].Folded)
            && Enumerable.Range(i + 1, columns - 1).All(k => TableCells.IsCell(rules, lines[k]) && !lines[k].IsBlank && !IsTime(rules, lines[k].Folded)))
        {
            rows.Add(new Row(lines[i + 1].Text.Trim(), lead > 0 ? lines[i + lead].Text.Trim() : null, lines[i].Text.Trim(), label));
            i += columns;
        }
        return rows.Count < 2 ? Wrapped(rules, lines, start, label) : new TaskTable(rows, i);
    }

    // A programme whose cells wrap over lines: "Thời gian" / "Nội dung, địa điểm" / "Đơn vị thực hiện",
    // then "Tuần 1" / "(từ ngày 08/4 đến" / "ngày 11/4/2025)" / "Khám sàng lọc, tầm soát tại thị" / "trấn
    // Thạnh Mỹ, xã Đạ Ròn" / "Đội khám lưu động số 1" (corpus/blind aw03). Each row opens on its time or
    // the stage it names (rule deadline.time-row-label) and runs to the next row's; its time's wrapped
    // lines, task and leading body are told apart as a numbered table's time-first row is (TimeFirstRowOf).
    private static TaskTable? Wrapped(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, string label)
    {
        var i = start + 2;
        for (; i < lines.Count && i - start < MaxProgrammeColumns && !OpensRow(rules, lines, i) && InRow(rules, lines[i]); i++)
        {
        }
        // "Đơn vị thực hiện" last in the header (aw03): each row's last cell is who does it, a body the
        // vocabulary may not know ("Đội khám lưu động số 1").
        var lastLeads = i - 1 > start + 1 && DoerColumnRule.In(rules).IsMatch(lines[i - 1].Folded);
        var rows = new List<Row>();
        while (i < lines.Count && OpensRow(rules, lines, i))
        {
            var cells = new List<SourceLine> { lines[i] };
            var k = i + 1;
            for (; k < lines.Count && cells.Count < MaxTimeLines && InRow(rules, lines[k]) && TimeContinues(rules, [.. cells, lines[k]], cells.Count); k++)
            {
                cells.Add(lines[k]);
            }
            for (; k < lines.Count && InRow(rules, lines[k]) && !OpensRow(rules, lines, k); k++)
            {
                cells.Add(lines[k]);
            }
            var row = TimeFirstRowOf(rules, cells, label, lastLeads);
            if (row.Time is null || row.Task.Length == 0)
            {
                break;
            }
            // "Tuần 1 (từ ngày 08/4 đến ngày 11/4/2025)": the stage names the row, its bracket is the time.
            var stage = lines[i].Text.Trim();
            if (TimeRowLabelRule.In(rules).IsMatch(lines[i].Folded) && row.Time[stage.Length..].Trim() is ['(', .. var dates, ')'])
            {
                row = row with { Time = dates.Trim() };
            }
            rows.Add(row);
            i = k;
        }
        return rows.Count < 2 ? null : new TaskTable(rows, i);
    }

    // A line that opens a programme's row: a time or a stage's name, not the lower-case rest of one; or
    // the words of a time wrapped above its date, "Trước ngày" / "20/9/2023", "Ngày" / "26/9/2023"
    // (corpus/blind ax03).
    private static bool OpensRow(RuleBook rules, IReadOnlyList<SourceLine> lines, int k)
    {
        var line = lines[k];
        if (line.Text.Length == 0 || char.IsLower(line.Text[0]) || line.Text[0] == '(')
        {
            return false;
        }
        return IsTime(rules, line.Folded) || TimeRowLabelRule.In(rules).IsMatch(line.Folded)
            || ((TimeHeadRule.In(rules).IsMatch(line.Folded) || TimeOpenRule.In(rules).IsMatch(line.Folded)) && k + 1 < lines.Count
                && (IsTime(rules, lines[k + 1].Folded) || BareDateRule.In(rules).IsMatch(lines[k + 1].Folded)));
    }

    private static bool InRow(RuleBook rules, SourceLine line) => !line.IsBlank && TableCells.IsCell(rules, line);

    // A group's row: a Roman numeral and its name ("II" / "Đoàn kiểm tra số 2"), no figures in a task table.
    private static bool StartsGroup(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) =>
        TableCells.StartsGroup(rules, lines, i, static (_, _) => false);

    // Where the header puts the leading body's column: First when it names one before the partners'
    // (if any); AfterTime when the time's column stands before it ("Nội dung công việc" / "Thời gian"
    // / "Chủ trì" / "Phối hợp", corpus/blind aj03).
    private static (bool First, bool AfterTime) LeadColumn(RuleBook rules, List<SourceLine> header)
    {
        var lead = header.FindIndex(h => LeadColumnRule.In(rules).IsMatch(h.Folded));
        var partners = header.FindIndex(h => h.Folded.Contains("phoi hop", StringComparison.Ordinal));
        var time = header.FindIndex(h => TimeColumnRule.In(rules).IsMatch(h.Folded));
        var first = lead >= 0 && (partners < 0 || lead < partners);
        return (first, first && time >= 0 && time < lead);
    }

    private static Row RowOf(RuleBook rules, List<SourceLine> cells, bool leadFirst, bool leadAfterTime, string timeLabel)
    {
        // The time: the first line after the task's first that is a date, or a standing time.
        var t = cells.FindIndex(1, c => IsTime(rules, c.Folded));
        // "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu" / "năm 2025" / "Văn phòng - Thống kê" / … /
        // "Trước ngày" / "15/6/2025" (corpus/blind aq04): a line in lower case that goes on the task's
        // words is no time of its own where a time follows it.
        while (t > 0 && cells[t].Text.Length > 0 && char.IsLower(cells[t].Text[0]) && !TimeHeadRule.In(rules).IsMatch(cells[t - 1].Folded)
            && cells.FindIndex(t + 1, c => IsTime(rules, c.Folded)) is var later and > 0)
        {
            t = later;
        }
        var timeAt = t < 0 ? cells.Count : t;
        // The leading body: the first line after the task that names one, before the time — or,
        // where the time's column comes first, after it.
        var lead = !leadFirst ? -1
            : leadAfterTime ? (t < 0 ? -1 : cells.FindIndex(t + 1, c => ResponsibleParty.NamesBody(rules, c.Text)))
            : cells.FindIndex(1, timeAt - 1 < 1 ? 0 : timeAt - 1, c => ResponsibleParty.NamesBody(rules, c.Text));
        var taskEnd = lead > 0 && lead < timeAt ? lead : timeAt;
        string? time = null;
        if (t > 0)
        {
            // "Trước ngày" / "30/9/2025", "Hoàn thành trước" / "ngày 24/01/2025" (aj03): a time wrapped in its narrow column.
            var from = t - 1 > (lead > 0 && lead < t ? lead : 0) && TimeHeadRule.In(rules).IsMatch(cells[t - 1].Folded) ? t - 1 : t;
            taskEnd = Math.Min(taskEnd, from);
            time = cells[from].Text + (from < t ? " " + cells[t].Text : "");
            // "Từ ngày 09/01 đến" / "ngày 16/01/2025" (aj03): the time goes on to a line that opens in lower case on a date's word.
            if (t + 1 < cells.Count && t + 1 != lead && TimeGoesOn(rules, cells[t + 1]))
            {
                time += " " + cells[t + 1].Text;
            }
        }
        var task = VietnameseText.CollapseSpaces(string.Join(' ', cells.Take(taskEnd).Select(c => c.Text)));
        return new Row(task, lead > 0 ? cells[lead].Text : null, time, timeLabel);
    }

    // A row that opens on its time, wrapped or not ("19 giờ 30, thứ Bảy, ngày" / "10/02/2018", "Từ ngày
    // 20/12 đến" / "ngày 24/12/2021", corpus/blind ag08, ac06), then its task, and last the body that
    // leads it; null time where the first cell is none.
    private static Row TimeFirstRowOf(RuleBook rules, List<SourceLine> cells, string timeLabel, bool lastLeads = false)
    {
        var end = 1;
        while (end < cells.Count - 1 && end < MaxTimeLines && TimeContinues(rules, cells, end))
        {
            end++;
        }
        var time = IsTime(rules, cells[0].Folded) || DatedRule.In(rules).IsMatch(cells[0].Folded) || end > 1 ? string.Join(' ', cells.Take(end).Select(c => c.Text)) : null;
        var from = time is null ? 0 : end;
        // The leading body is the last cell that names one, its wrapped lines with it ("Công chức Văn
        // hóa - Xã" / "hội").
        var lead = -1;
        for (var k = cells.Count - 1; k > from; k--)
        {
            if (cells[k].Text.Length > 0 && !char.IsLower(cells[k].Text[0]))
            {
                lead = lastLeads || ResponsibleParty.NamesBody(rules, string.Join(' ', cells.Skip(k).Select(c => c.Text))) ? k : -1;
                break;
            }
        }
        var taskEnd = lead > from ? lead : cells.Count;
        var task = VietnameseText.CollapseSpaces(string.Join(' ', cells.Skip(from).Take(taskEnd - from).Select(c => c.Text)));
        return new Row(task, lead > from ? string.Join(' ', cells.Skip(lead).Select(c => c.Text)) : null, time, timeLabel);
    }

    // Whether line k goes on the time cell above it: a date alone, "ngày …", "đến …", a bracket
    // ("(mùng 1 Tết)"), or the rest of a bracket left open ("(mùng 2 đến" / "mùng 4 Tết)").
    private static bool TimeContinues(RuleBook rules, List<SourceLine> cells, int k)
    {
        var above = string.Join(' ', cells.Take(k).Select(c => c.Text));
        return TimeGoesOn(rules, cells[k]) || BareDateRule.In(rules).IsMatch(cells[k].Folded) || cells[k].Text.StartsWith('(')
            || above.Count(c => c == '(') > above.Count(c => c == ')') || TimeOpenRule.In(rules).IsMatch(cells[k - 1].Folded);
    }

    // A time cell wraps over three lines at most ("Từ ngày 17/02 đến ngày" / "19/02/2018 (mùng 2 đến" / "mùng 4 Tết)").
    private const int MaxTimeLines = 3;

    // The rest of a time cell wrapped onto the next line: "ngày 16/01/2025", "tháng 12/2025" (rule deadline.time-cell-tail).
    private static bool TimeGoesOn(RuleBook rules, SourceLine line) =>
        line.Text.Length > 0 && char.IsLower(line.Text[0]) && TimeTailRule.In(rules).IsMatch(line.Folded);

    private static bool IsTime(RuleBook rules, string folded) =>
        TimeWordRule.In(rules).IsMatch(folded) || (folded.Length <= MaxTimeLength && TimeCellRule.In(rules).IsMatch(folded));
}
