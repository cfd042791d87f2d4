using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A table a text layer keeps in its layout, its columns apart by runs of spaces, as pdftotext
/// -layout writes one: "STT   Đơn vị   Số lớp   Số học viên   Ghi chú", then "1     Thị trấn Yên
/// Minh     02     70" (corpus/blind aa01). The table readers (<see cref="QuotaTable"/>, <see
/// cref="TaskTable"/>, <see cref="TargetTable"/>) read one cell per line, as most text layers give
/// a table; here each cell is placed in its column by where it stands on the line, so a header
/// written over two lines ("Thực hiện" / "năm 2022") and a row whose name wraps ("Tỷ lệ chủ thể
/// OCOP là hợp tác xã," / "doanh nghiệp", ab01) come out whole, one cell per line. The table runs
/// from its "STT" line to the first line that is neither a row nor the wrapped part of one. Rules
/// table.layout-start and table.layout-gap.
/// </summary>
internal static class LayoutTable
{
    private static readonly RuleRef StartRule = new("table.layout-start");
    private static readonly RuleRef TimeOpenRule = new("deadline.time-cell-open");
    private static readonly RuleRef GapRule = new("table.layout-gap");
    private static readonly RuleRef GroupTitleRule = new("table.group-title");
    private static readonly RuleRef GroupHeadingRule = new("table.layout-group-heading");
    private static readonly RuleRef StageLabelRule = new("table.stage-label");
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef WholeRule = new("target.table-whole");
    private static readonly RuleRef BreakdownRule = new("table.breakdown-cell");
    private static readonly RuleRef SubsetRule = new("quota.table-subset-column");
    private static readonly RuleRef InlinePartRule = new("target.table-inline-part");
    private static readonly RuleRef TotalColumnRule = new("quota.table-total-column");
    private static readonly RuleRef SumRowRule = new("table.layout-sum-row");
    private static readonly RuleRef AverageRowRule = new("table.layout-average-row");
    private static readonly RuleRef CountCellRule = new("quota.table-count-cell");
    private static readonly RuleRef YearCellRule = new("quota.table-year-cell");

    // A cell may start a little left of its column's header (right-aligned figures).
    private const int Slack = 3;

    /// <summary>The lines with every layout table from line <paramref name="from"/> on written one cell per line; the lines themselves when there is none.</summary>
    public static IReadOnlyList<SourceLine> Cells(RuleBook rules, IReadOnlyList<SourceLine> lines, int from)
    {
        List<SourceLine>? result = null;
        for (var i = Math.Max(0, from); i < lines.Count; i++)
        {
            if (lines[i].Folded.Length == 0 || lines[i].Folded[0] is not ('s' or 't' or 'g') || !StartRule.In(rules).IsMatch(lines[i].Folded))
            {
                result?.Add(lines[i]);
                continue;
            }
            result ??= [.. lines.Take(i)];
            var above = HeaderAbove(rules, lines, i);
            result.RemoveRange(result.Count - above, above);
            i = Read(rules, lines, i, above, result) - 1;
        }
        return result ?? lines;
    }

    // Reads the table whose header is line start into cells, one per line, and returns the index of
    // the first line after it.
    private static int Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, int above, List<SourceLine> result)
    {
        var header = Split(rules, lines[start]);
        var columns = header.Select(c => c.At).ToArray();
        // The header's lines: those set above the "STT" line, that line, and those under it before the first row.
        var block = new List<List<(string Text, int At)>>();
        for (var k = start - above; k < start; k++)
        {
            block.Add(Split(rules, lines[k]));
        }
        block.Add(header);
        var i = start + 1;
        for (; i < lines.Count && !lines[i].IsBlank && Split(rules, lines[i]) is var cells && !OpensRow(rules, cells, columns); i++)
        {
            block.Add(cells);
        }
        block = [.. block.Select(cells => cells.Where(c => !IsRuleLine(c.Text)).ToList())];
        // "Điền / kinh", "Cầu / lông", … under "Số vận động viên được đăng ký" and its rule of dashes
        // (corpus/blind ae02): a merged cell spans columns that only a lower line of the header names.
        // Each line's cells mark where columns stand, the fullest line's first.
        var spans = Spans(block);
        if (SplitSetTooClose(block, spans))
        {
            spans = Spans(block);
        }
        // Row 1, past a blank line the text layer may leave under the header.
        var rowOne = i < lines.Count && lines[i].IsBlank && i + 1 < lines.Count ? i + 1 : i;
        if (rowOne < lines.Count && !lines[rowOne].IsBlank && SplitNamesByRow(block, spans, Split(rules, lines[rowOne])))
        {
            spans = Spans(block);
        }
        columns = [.. spans.Select(c => c.Start)];
        var heads = Heads(rules, block, spans);
        var rows = new List<string[]>();
        // Where the rows' own cells start in each column, left of its header's start at most by Slack.
        var opened = columns.ToArray();
        // A programme opens each row on its time, which wraps in its own column (rule table.layout-start).
        var timeFirst = StartRule.In(rules).Match(lines[start].Folded).Groups["time"].Success;
        // A name's first line set above its row's number, held for that row.
        string? ahead = null;
        for (; i < lines.Count && (!lines[i].IsBlank || RowAfterBlank(rules, lines, i, columns)); i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            var cells = Split(rules, lines[i]);
            // "Nhóm I: Thị trấn và các xã vùng thấp" between the rows (corpus/blind bc04): a group's heading,
            // written as a one-cell-per-line table writes one, its number then its name.
            if (cells.Count == 1 && columns.Length > 1 && GroupHeadingRule.In(rules).Match(VietnameseText.Fold(cells[0].Text)) is { Success: true } heading)
            {
                var group = new string[columns.Length];
                (group[0], group[1]) = (cells[0].Text.Substring(heading.Groups["n"].Index, heading.Groups["n"].Length).ToUpperInvariant(), cells[0].Text[heading.Groups["name"].Index..].Trim());
                rows.Add(group);
                continue;
            }
            var first = OpensRow(rules, cells, columns) && !(timeFirst && rows.Count > 0 && TimeGoesOn(rules, rows[^1][0], cells[0].Text));
            if (first && (cells.Count >= 2 || rows.Count == 0))
            {
                var row = new string[columns.Length];
                Append(rules, row, columns, cells, opened: opened);
                if (ahead is not null && columns.Length > 1)
                {
                    row[1] = row[1] is { Length: > 0 } name ? ahead + " " + name : ahead;
                    ahead = null;
                }
                rows.Add(row);
            }
            else if (!first && rows.Count > 0 && ahead is null && columns.Length > 1 && cells.Count == 1 && !timeFirst
                && rows[^1][1] is { } closed && closed.TrimEnd().EndsWith(')') && char.IsUpper(cells[0].Text[0])
                && i + 1 < lines.Count && !lines[i + 1].IsBlank && OpensRow(rules, Split(rules, lines[i + 1]), columns))
            {
                // "Tập huấn, cập nhật kiến thức" over "3   ATTP cho người sản xuất, kinh   120 …" (corpus/blind
                // av01): under a name closed by its unit ("… dịch vụ ăn uống (cơ sở)"), a name's first line
                // set above the next row's number is that row's.
                ahead = cells[0].Text;
            }
            else if (!first && rows.Count > 0 && cells.Count >= 2 && (SubsetRule.In(rules).IsMatch(VietnameseText.Fold(cells[0].Text))
                || InlinePartRule.In(rules).IsMatch(cells[0].Text) && cells.Skip(1).Any(c => CountCellRule.In(rules).IsMatch(VietnameseText.Fold(c.Text)))))
            {
                // "Trong đó: khách quốc tế    lượt    95.600    120.000" under row 1 (corpus/blind
                // ae05): the row's part, a row of its own with no number, not its wrapped cells. So is a
                // marked part with its own figures: "- Nông, lâm nghiệp và thủy sản    %    23,4    22,5"
                // under "3   Cơ cấu kinh tế (theo GRDP):" (bg04; rule target.table-inline-part).
                var part = new string[columns.Length];
                Append(rules, part, columns, cells, columns.Length > 1 ? 1 : 0);
                rows.Add(part);
            }
            else if (!first && rows.Count > 0)
            {
                // "doanh nghiệp" under "Tỷ lệ chủ thể OCOP là hợp tác xã,": the row's wrapped cells. The
                // number column never wraps: "trực tuyến" set under the row's number (corpus/blind ad01)
                // goes on the name beside it.
                // "xã Đạ Sar" under "Ghép đội hình", both left of "Ghi chú" (corpus/blind as03): a wrapped
                // cell goes where the rows' cells of its column start, not only where its header does.
                Append(rules, rows[^1], opened, cells, timeFirst || columns.Length < 2 ? 0 : 1);
            }
            else
            {
                break;
            }
        }
        var at = lines[start];
        // "Giai đoạn   Nội dung   Thời gian   Cơ quan, đơn vị thực hiện" over "Giai đoạn 1   Chuẩn bị: …" (corpus/blind
        // bb05): a schedule by stages, each stage's label its row's number, as "TT" over "1" is written.
        var stages = StartRule.In(rules).Match(lines[start].Folded).Groups["stage"].Success;
        result.AddRange(heads.Where(h => h.Text is { Length: > 0 }).Select((h, k) => Line(at, stages && k == 0 ? "TT" : h.Text!) with { Over = h.Over }));
        foreach (var row in rows)
        {
            result.AddRange(row.Where(c => c is { Length: > 0 }).Select((c, k) => Line(at, stages && k == 0 && StageNumber(rules, c) is { } n ? n : c)));
        }
        return i;
    }

    // A merged header cell: its words, the first and last columns under it, and where it stands.
    private readonly record struct Merged(string Text, int First, int Last, int Start, int End);

    // The header's cells, one per column. Header cells are set centred over their columns ("Kinh phí"
    // over "dự kiến", ae01): each goes to the column whose middle is nearest its own. A cell over two
    // columns or more ("Chỉ tiêu (người)" over "Tập trung" and "Không tập trung", af05) is written as a
    // text layer writes a two-row header: the merged cell in the first row where its columns start,
    // the columns under it in the second, each with the merged cell it stands under (SourceLine.Over).
    private static List<(string? Text, string? Over)> Heads(RuleBook rules, List<List<(string Text, int At)>> block, List<(int Start, int End)> spans)
    {
        var middles = spans.Select(c => (c.Start + c.End) / 2.0).ToArray();
        var heads = new string?[spans.Count];
        var merged = new List<Merged>();
        // The lowest line that names the most columns; a merged cell stands above it. "Cộng tác viên" /
        // "Thành viên" / "Cộng" over "y tế" / "tổ xung kích" / "Đợt 1" / "Đợt 2" (corpus/blind al01):
        // the columns' names wrap, and the merged cells stand above both lines.
        var most = block.Max(cells => cells.Count);
        var lowest = block.FindLastIndex(cells => cells.Count == most);
        for (var line = 0; line < block.Count; line++)
        {
            var single = new List<(string Text, int At)>();
            foreach (var cell in block[line])
            {
                // "tỉnh" under "Bằng khen của Chủ tịch UBND" (corpus/blind ag01): above the columns' own
                // line, the words within a merged cell's reach are its next line.
                // One cell only: two or more within its reach are the columns under it.
                // "Tổng số" under "Phát triển hội viên mới (hội viên)" beside "Trong đó" (corpus/blind bi06) is the column
                // of the merged cell's total, no words of it.
                var within = line < lowest && !TotalRule.In(rules).IsMatch(VietnameseText.Fold(cell.Text)) ? merged.FindIndex(m => Within(m, cell)) : -1;
                // "Trong đó" under "Chỉ tiêu đào tạo (người)", over "Nông nghiệp" / "Phi nông nghiệp" beside "Tổng số"
                // (corpus/blind bc02): a breakdown under a merged cell is a merged cell of its own, inside it, and the
                // outer one spans all it spans.
                var parent = within >= 0 && BreakdownRule.In(rules).IsMatch(VietnameseText.Fold(cell.Text)) ? within : -1;
                if (within >= 0 && (block[line].Count(c => Within(merged[within], c)) > 1 || parent >= 0))
                {
                    within = -1;
                }
                var (first, last) = (spans.FindIndex(s => Overlap(s, cell)), spans.FindLastIndex(s => Overlap(s, cell)));
                // "Đồng" / "diễn" / "thể dục" (corpus/blind at04): words in lower case go on a cell above
                // them and span nothing, however wide they are set.
                if (char.IsLower(cell.Text[0]))
                {
                    (first, last) = (-1, -1);
                }
                if (within < 0 && first >= 0 && last > first)
                {
                    (first, last) = Centred(spans, block[line], cell, first, last);
                }
                else if (within < 0 && line < lowest && first >= 0 && first == last && GroupTitle(rules, block[lowest], cell)
                    && first > 0 && first + 1 < spans.Count && !block[line].Exists(c => c != cell && (Overlap(spans[first - 1], c) || Overlap(spans[first + 1], c))))
                {
                    // "LỰC LƯỢNG" / "PHƯƠNG TIỆN" over "Dân quân" / "Tự vệ" and "Xe ô tô" / "Xe mô tô" / "Tàu,
                    // thuyền" (corpus/blind az04): a title in capitals set over the middle of three columns,
                    // whose names are not in capitals, spans the three.
                    (first, last) = (first - 1, first + 1);
                }
                else if (within < 0 && line < lowest && first >= 0 && first == last && YearRun(rules, block[lowest], spans, first) is { } years)
                {
                    // "Chỉ tiêu (%)" set over the last of "Năm 2018" / "Năm 2019" (corpus/blind ba02): a cell over
                    // one of a run of years is over them all.
                    (first, last) = years;
                }
                else if (within < 0 && line < lowest && BreakdownRule.In(rules).IsMatch(VietnameseText.Fold(cell.Text)) && Breakdown(rules, block, spans, block[line], cell) is { } split)
                {
                    (first, last) = split;
                }
                else if (within < 0 && line < lowest && char.IsUpper(cell.Text[0])
                    && (first < 0 || (first == last && (cell.At < spans[first].Start - Slack || cell.At + cell.Text.Length > spans[first].End + Slack))))
                {
                    // "Tổ thu gom rác thải" over "Số tổ (tổ)" / "Số thành viên (người)" (corpus/blind ah06): a cell that
                    // reaches out of its one column into the gap beside it is set centred over both; so is "XMC" in the
                    // gap between "Cấp huyện" and "Tỷ lệ xã (%)" (be01; Spans made it no column), from the nearest.
                    var from = first >= 0 ? first : Enumerable.Range(0, middles.Length).MinBy(k => Math.Abs(middles[k] - (cell.At + (cell.Text.Length / 2.0))));
                    (first, last) = Centred(spans, block[line], cell, from, from);
                }
                if (within >= 0)
                {
                    merged[within] = merged[within] with { Text = merged[within].Text + " " + cell.Text };
                }
                else if (first >= 0 && last > first)
                {
                    merged.Add(new Merged(cell.Text, first, last, cell.At, cell.At + cell.Text.Length));
                    if (parent >= 0)
                    {
                        merged[parent] = merged[parent] with { First = Math.Min(merged[parent].First, first), Last = Math.Max(merged[parent].Last, last) };
                    }
                }
                else
                {
                    single.Add(cell);
                }
            }
            AppendCentred(heads, middles, single);
        }
        if (merged.Count == 0)
        {
            return [.. heads.Select(h => (h, (string?)null))];
        }
        var top = new List<(string?, string?)>();
        var under = new List<(string?, string?)>();
        for (var k = 0; k < heads.Length; k++)
        {
            // The innermost merged cell a column stands under: "Trong đó" inside "Chỉ tiêu đào tạo (người)" (bc02).
            var spanning = merged.Select((m, j) => (m, j)).Where(x => x.m.First <= k && k <= x.m.Last).OrderBy(x => x.m.Last - x.m.First).Select(x => x.j).DefaultIfEmpty(-1).First();
            if (spanning < 0)
            {
                top.Add((heads[k], null));
                continue;
            }
            if (k == merged[spanning].First)
            {
                top.Add((merged[spanning].Text, null));
            }
            under.Add((heads[k], merged[spanning].Text));
        }
        return [.. top, .. under];
    }

    // The columns "Trong đó" or "Chia ra" spans (rule table.breakdown-cell): from the one after the
    // total's column left of it ("Tổng số", corpus/blind am01) — or, with none, the first it stands
    // over — to the last before the next cell of its line. Null when that is fewer than two.
    private static (int First, int Last)? Breakdown(RuleBook rules, List<List<(string Text, int At)>> block, List<(int Start, int End)> spans, List<(string Text, int At)> line, (string Text, int At) cell)
    {
        var over = spans.FindIndex(s => s.End > cell.At);
        if (over < 0)
        {
            return null;
        }
        var total = Enumerable.Range(0, over + 1).LastOrDefault(k => block.Exists(cells => cells.Exists(c => Overlap(spans[k], c) && TotalColumnRule.In(rules).IsMatch(VietnameseText.Fold(c.Text)))), -1);
        var first = total >= 0 ? total + 1 : over;
        var next = line.Where(c => c.At > cell.At).Select(c => spans.FindIndex(s => Overlap(s, c))).Where(k => k > first).DefaultIfEmpty(spans.Count).Min();
        var last = next - 1;
        return first >= 2 && last > first ? (first, last) : null;
    }

    // The run of columns around column k whose cells in the columns' own line are years ("Năm 2018" /
    // "Năm 2019"), when there are two or more; else null.
    private static (int First, int Last)? YearRun(RuleBook rules, List<(string Text, int At)> columns, List<(int Start, int End)> spans, int k)
    {
        bool IsYear(int j) => j >= 0 && j < spans.Count && columns.Exists(c => Overlap(spans[j], c) && YearCellRule.In(rules).IsMatch(VietnameseText.Fold(c.Text)));
        if (!IsYear(k))
        {
            return null;
        }
        var (first, last) = (k, k);
        while (IsYear(first - 1))
        {
            first--;
        }
        while (IsYear(last + 1))
        {
            last++;
        }
        return last > first ? (first, last) : null;
    }

    // A header cell in capitals over columns named otherwise: a group's title, no column's name. So is
    // one that names what a group of columns holds, "Lực lượng" over "Dân quân (người)" / "Tự vệ (người)" /
    // "Quân nhân dự bị (người)" (corpus/blind ba08; rule table.group-title).
    private static bool GroupTitle(RuleBook rules, List<(string Text, int At)> columns, (string Text, int At) cell) =>
        (cell.Text.Contains(' ', StringComparison.Ordinal) && VietnameseText.IsAllCaps(cell.Text) && !columns.TrueForAll(c => VietnameseText.IsAllCaps(c.Text)))
        || GroupTitleRule.In(rules).IsMatch(VietnameseText.Fold(cell.Text));

    // Whether a header cell stands within a merged cell's reach ("phun hóa chất (người)" under
    // "Học viên tập huấn diệt lăng quăng,", corpus/blind al01).
    private static bool Within(Merged merged, (string Text, int At) cell) =>
        cell.At >= merged.Start - Slack && cell.At + cell.Text.Length <= merged.End + Slack;

    // The columns a merged cell spans: those it overlaps, and a neighbour more when the cell is set
    // centred over it. "Thành phần tham gia (người)" over "Cán bộ, công chức, viên chức" / "Đoàn viên,
    // hội viên" / "Học sinh, sinh viên" (corpus/blind aj01) reaches into the first two only, but its
    // middle is nearer the middle of all three. A column with a cell of its own on the merged cell's
    // line ("Kéo co" beside "Số vận động viên thi đấu (người)", ah02) is none of its.
    private static (int First, int Last) Centred(List<(int Start, int End)> spans, List<(string Text, int At)> line, (string Text, int At) cell, int first, int last)
    {
        var middle = cell.At + (cell.Text.Length / 2.0);
        bool Free(int k) => k >= 0 && k < spans.Count && !line.Exists(c => c != cell && Overlap(spans[k], c));
        double Off(int a, int b) => Math.Abs(((spans[a].Start + spans[b].End) / 2.0) - middle);
        while (true)
        {
            if (Free(last + 1) && Off(first, last + 1) < Off(first, last))
            {
                last++;
            }
            else if (Free(first - 1) && Off(first - 1, last) < Off(first, last))
            {
                first--;
            }
            else
            {
                return (first, last);
            }
        }
    }

    // "07 giờ 00, ngày 05/3/2017" / "(Chủ nhật)", "Từ ngày 06/3 đến ngày" / "11/3/2017" (corpus/blind
    // as07): under a programme's time, a bracket or the rest of a time left open is the same time.
    private static bool TimeGoesOn(RuleBook rules, string? time, string cell) =>
        cell.StartsWith('(') || (time is not null && TimeOpenRule.In(rules).IsMatch(VietnameseText.Fold(time)));

    // A blank line the text layer left between the header and row 1, or before the total's row
    // (corpus/blind ah03): the table goes on when the next line opens a row.
    // A group's heading (rule table.layout-group-heading) may follow the blank line too (corpus/blind bc04).
    private static bool RowAfterBlank(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, int[] columns) =>
        i + 1 < lines.Count && !lines[i + 1].IsBlank && Split(rules, lines[i + 1]) is var next
        && ((next.Count >= 2 && OpensRow(rules, next, columns)) || (next.Count == 1 && GroupHeadingRule.In(rules).IsMatch(VietnameseText.Fold(next[0].Text))));

    // A row opens in the first column; the total's row ("Tổng cộng" under the names, aa01) opens one
    // too, as does the whole area's ("Toàn tỉnh", corpus/blind ak03).
    // So does a row of sums that says what it sums, when its figures stand beside it ("Tổng số vận động
    // viên   63   54 …", corpus/blind au01; rule table.layout-sum-row).
    // A sum row's "Cộng" stands under the number or the name: "công", the last word of a note wrapped
    // in the "Ghi chú" column ("Có 02 hộ" / "người có" / "công", corpus/blind ba05), folds alike.
    // "Tổng số   Tổng số" under "Trong đó   Trong đó" (corpus/blind bi06) is a line of the header, a total's column
    // under each merged cell: a row of sums has one such cell, its figures after it.
    private static bool OpensRow(RuleBook rules, List<(string Text, int At)> cells, int[] columns) =>
        (cells[0].At <= columns[0] + Slack && (columns.Length < 2 || cells[0].At < columns[1] - Slack + 1))
        || ((columns.Length < 3 || cells[0].At < columns[2] - Slack)
            && VietnameseText.Fold(cells[0].Text) is var folded
            && (TotalRule.In(rules).IsMatch(folded) && (cells.Count < 2 || !TotalRule.In(rules).IsMatch(VietnameseText.Fold(cells[1].Text))) || WholeRule.In(rules).IsMatch(folded)
            || (cells.Count >= 2 && AverageRowRule.In(rules).IsMatch(folded))
            || (cells.Count >= 3 && SumRowRule.In(rules).IsMatch(cells[0].Text) && cells.Skip(1).All(c => CountCellRule.In(rules).IsMatch(VietnameseText.Fold(c.Text))))));

    // "Tổ thu gom rác thải" over "Số tổ (tổ)" / "Số thành viên (người)" (corpus/blind ah06): a cell that reaches out of
    // column k into the gap on one side only, toward a column there, is a merged cell set over both (Heads), not
    // column k's own name; it widens no column.
    private static bool OutToOneSide(List<(int Start, int End)> spans, int k, (string Text, int At) cell)
    {
        var left = spans[k].Start - cell.At > Slack && k > 0;
        var right = cell.At + cell.Text.Length - spans[k].End > Slack && k + 1 < spans.Count;
        return left != right && (left ? cell.At + cell.Text.Length <= spans[k].End + Slack : cell.At >= spans[k].Start - Slack);
    }

    // The columns a table's header lines mark, left to right: each cell that overlaps no column yet
    // starts one, a cell over one column widens it, a cell over several is a merged cell. The lines
    // with most cells are read first, so a merged cell meets the columns under it.
    private static List<(int Start, int End)> Spans(List<List<(string Text, int At)>> block)
    {
        var spans = new List<(int Start, int End)>();
        var most = block.Max(c => c.Count);
        var fullest = block.FindLastIndex(c => c.Count == most);
        foreach (var cells in block.OrderByDescending(c => c.Count))
        {
            // "Số lượng học viên (người)" on the "TT" line over "Thành viên" / "Đoàn viên" on the line
            // under it (corpus/blind ak02): a cell over two cells of another line marks no column,
            // though its line has the most cells.
            // "Việt dã" above the "TT" line, in the gap between "Nam" and "Nữ" on the line under it (corpus/blind bi07):
            // above the line that names the most columns, a cell that two cells of a lower line reach up to from both
            // sides is over them, though it overlaps neither. On that line itself such a cell is a column (ai04's
            // "Bác Ái" between the wrapped "Tháp Chàm" and "Hải" below it) or a breakdown Heads spans ("Trong đó", bd05).
            var line = block.IndexOf(cells);
            var below = line < fullest ? block[(line + 1)..] : [];
            foreach (var cell in cells.Where(c => !block.Exists(other => other != cells && other.Count(o => Overlap((c.At, c.At + c.Text.Length), o)) >= 2)
                && !below.Exists(other => InGap(other, c))))
            {
                var first = spans.FindIndex(s => Overlap(s, cell));
                if (first < 0)
                {
                    var k = spans.FindIndex(s => s.Start > cell.At);
                    // "Phổ cập mầm non" / "PCGD tiểu học" / "XMC" over "Cấp huyện" / "Tỷ lệ xã (%)" thrice (corpus/blind
                    // be01): on a line of merged cells (two or more), a short title set in the gap between two columns,
                    // close to both, is one more, no column of its own (Heads gives it its columns).
                    if (k > 0 && cell.At - spans[k - 1].End <= Slack && spans[k].Start - (cell.At + cell.Text.Length) <= Slack
                        && cells.Count(o => o != cell && spans.Count(s => Overlap(s, o)) >= 2) >= 2)
                    {
                        continue;
                    }
                    spans.Insert(k < 0 ? spans.Count : k, (cell.At, cell.At + cell.Text.Length));
                }
                else if (spans.FindLastIndex(s => Overlap(s, cell)) == first && !OutToOneSide(spans, first, cell))
                {
                    spans[first] = (Math.Min(spans[first].Start, cell.At), Math.Max(spans[first].End, cell.At + cell.Text.Length));
                }
            }
        }
        return spans;
    }

    // True when cell stands in the gap between two cells of a line, each within a slack of it, and over neither.
    private static bool InGap(List<(string Text, int At)> line, (string Text, int At) cell) =>
        !line.Exists(o => Overlap((cell.At, cell.At + cell.Text.Length), o))
        && line.Exists(o => o.At + o.Text.Length <= cell.At && o.At + o.Text.Length >= cell.At - Slack)
        && line.Exists(o => o.At >= cell.At + cell.Text.Length && o.At <= cell.At + cell.Text.Length + Slack);

    // "Bóng chuyền Bóng chuyền" over "nam" / "nữ" and "(đội)" / "(đội)", "Việt dã Cờ tướng Đẩy gậy" over
    // "(VĐV)" / "(VĐV)" / "(VĐV)" (corpus/blind at04): names of columns set one space apart read as one
    // cell over several columns, but a merged cell names what the columns under it are, and words that
    // go on ("nam") or units alone name nothing. Such a cell is its words, each with the column nearest
    // it, when every column it covers gets some. True when a cell was split.
    private static bool SplitSetTooClose(List<List<(string Text, int At)>> block, List<(int Start, int End)> spans)
    {
        var split = false;
        for (var line = 0; line < block.Count; line++)
        {
            for (var c = 0; c < block[line].Count; c++)
            {
                var cell = block[line][c];
                var (first, last) = (spans.FindIndex(s => Overlap(s, cell)), spans.FindLastIndex(s => Overlap(s, cell)));
                if (first < 0 || last == first)
                {
                    continue;
                }
                var under = block.Skip(line + 1).SelectMany(cells => cells.Where(u => Enumerable.Range(first, last - first + 1).Any(k => Overlap(spans[k], u)))).ToList();
                if (under.Count == 0 || under.Exists(u => !char.IsLower(u.Text[0]) && u.Text[0] != '('))
                {
                    continue;
                }
                var words = WordsOf(cell).Select(w => (w.Text, w.At, Column: Nearest(spans, first, last, w.At + (w.Text.Length / 2.0)))).ToList();
                var parts = words.GroupBy(w => w.Column).Select(g => (Text: string.Join(' ', g.Select(w => w.Text)), g.First().At)).ToList();
                if (parts.Count != last - first + 1 || words.Select(w => w.Column).Zip(words.Skip(1).Select(w => w.Column)).Any(p => p.Second < p.First))
                {
                    continue;
                }
                block[line].RemoveAt(c);
                block[line].InsertRange(c, parts);
                c += parts.Count - 1;
                split = true;
            }
        }
        return split;
    }

    // "Cam Lộ  Cam Tuyền Cam Thành  Cam Hiếu Cam Chính Cam Nghĩa" over "40   15   22   14   16   12"
    // (corpus/blind av01), "Đơn vị Thị trấn Đầm Hà" over "%   96,0   95,5" (at07): names of columns set
    // one space apart read as one cell, and the header marks fewer columns than row 1 has cells. A
    // header cell over two of row 1's cells or more is as many names, when each opens on a capital and
    // is set right at its cell (by its start, end or middle, within a character). (Split anywhere, not
    // only at capitals, it cost the report set 16 shares.) True when a cell was split.
    private static bool SplitNamesByRow(List<List<(string Text, int At)>> block, List<(int Start, int End)> spans, List<(string Text, int At)> row)
    {
        if (row.Count <= spans.Count)
        {
            return false;
        }
        var split = false;
        foreach (var cells in block)
        {
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var under = row.Where(r => Overlap((cell.At, cell.At + cell.Text.Length), r)).ToList();
                var words = WordsOf(cell);
                if (under.Count < 2 || words.Count < 2 * under.Count || !char.IsUpper(words[0].Text[0]) || Partition(words, under) is not { } parts || !parts.TrueForAll(p => char.IsUpper(p.Text[0])))
                {
                    continue;
                }
                cells.RemoveAt(c);
                cells.InsertRange(c, parts);
                c += parts.Count - 1;
                split = true;
            }
        }
        return split;
    }

    // The words in as many runs as the cells under them, in order, each run set as near its cell as
    // can be: by its start, its end or its middle, whichever is nearest (text is set left, figures right,
    // names centred); null when a run stands more than a character off its cell.
    private static List<(string Text, int At)>? Partition(List<(string Text, int At)> words, List<(string Text, int At)> under)
    {
        double Cost(int from, int to, int k)
        {
            var (start, end) = (words[from].At, words[to - 1].At + words[to - 1].Text.Length);
            var (cellStart, cellEnd) = (under[k].At, under[k].At + under[k].Text.Length);
            return Math.Min(Math.Min(Math.Abs(start - cellStart), Math.Abs(end - cellEnd)), Math.Abs(((start + end) / 2.0) - ((cellStart + cellEnd) / 2.0)));
        }
        // best[k, j]: the least cost of the first j words in k runs; cut[k, j] where the k-th run starts.
        var (n, m) = (words.Count, under.Count);
        var best = new double[m + 1, n + 1];
        var cut = new int[m + 1, n + 1];
        for (var k = 0; k <= m; k++)
        {
            for (var j = 0; j <= n; j++)
            {
                best[k, j] = double.PositiveInfinity;
            }
        }
        best[0, 0] = 0;
        for (var k = 1; k <= m; k++)
        {
            for (var j = k; j <= n - (m - k); j++)
            {
                for (var from = k - 1; from < j; from++)
                {
                    var cost = best[k - 1, from] + Cost(from, j, k - 1);
                    if (cost < best[k, j])
                    {
                        (best[k, j], cut[k, j]) = (cost, from);
                    }
                }
            }
        }
        var parts = new List<(string Text, int At)>();
        for (var (k, j) = (m, n); k > 0; j = cut[k, j], k--)
        {
            var from = cut[k, j];
            if (Cost(from, j, k - 1) > 1)
            {
                return null;
            }
            parts.Insert(0, (string.Join(' ', words.Skip(from).Take(j - from).Select(w => w.Text)), words[from].At));
        }
        return parts;
    }

    // A cell's words, each with where it stands on the line.
    private static List<(string Text, int At)> WordsOf((string Text, int At) cell)
    {
        var words = new List<(string Text, int At)>();
        var at = cell.At;
        foreach (var word in cell.Text.Split(' '))
        {
            words.Add((word, at));
            at += word.Length + 1;
        }
        return words;
    }

    // The column from first to last whose span is nearest a word's middle.
    private static int Nearest(List<(int Start, int End)> spans, int first, int last, double middle) =>
        Enumerable.Range(first, last - first + 1).MinBy(k => middle < spans[k].Start ? spans[k].Start - middle : middle > spans[k].End ? middle - spans[k].End : 0);

    private static bool Overlap((int Start, int End) span, (string Text, int At) cell) =>
        cell.At < span.End && cell.At + cell.Text.Length > span.Start;

    // A rule drawn with dashes under a merged header cell ("-----------", corpus/blind ae02).
    private static bool IsRuleLine(string text) => text.All(c => c is '-' or '–' or '_' or '=');

    // Each header cell into the column whose middle is nearest its own, left to right.
    private static void AppendCentred(string?[] row, double[] middles, List<(string Text, int At)> cells)
    {
        var last = -1;
        foreach (var (text, at) in cells)
        {
            var middle = at + (text.Length / 2.0);
            var k = Math.Min(middles.Length - 1, last + 1);
            for (var j = k + 1; j < middles.Length; j++)
            {
                if (Math.Abs(middles[j] - middle) < Math.Abs(middles[k] - middle))
                {
                    k = j;
                }
            }
            last = k;
            row[k] = row[k] is { Length: > 0 } before ? before + " " + text : text;
        }
    }

    // The most header lines a table's "STT" line can have above it.
    private const int MaxHeaderAbove = 2;

    // How many lines right above a table's "STT" line are the upper part of its header: "Diện tích
    // Số tổ, đội Số chốt, trạm" over "TT Đơn vị đất có rừng PCCCR canh lửa" (corpus/blind ad06), where
    // the text layer set the header's first line above the row that holds "TT". Such a line has two
    // cells or more, all right of where the names start; a caption or a sentence has one cell, or
    // starts at the margin.
    private static int HeaderAbove(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        var columns = Split(rules, lines[start]).Select(c => c.At).ToArray();
        if (columns.Length < 3)
        {
            return 0;
        }
        var above = 0;
        for (var k = start - 1; k >= 0 && above < MaxHeaderAbove && !lines[k].IsBlank; k--, above++)
        {
            // One cell above the columns is the header's when it names a unit: "Chỉ tiêu (người)" (af05).
            var cells = Split(rules, lines[k]);
            // So is "Trong đó" or "Chia ra" alone over the parts (corpus/blind am01, an05).
            // So is a column's name that goes on under it, "Hỗ trợ sách," over "vở, đồ dùng" / "học tập (suất)" (bc04).
            if ((cells.Count < 2 && HeaderBracket.Of(rules, cells[0].Text) is null && !BreakdownRule.In(rules).IsMatch(VietnameseText.Fold(cells[0].Text))
                    && !cells[0].Text.EndsWith(',')) || cells[0].At < columns[1] + Slack)
            {
                break;
            }
        }
        return above;
    }

    // Each cell's text into the column it stands under: the last whose start is not right of it.
    // Two cells of one line never share a column: "   1   Thành phố Kon Tum" under "  TT        Đơn
    // vị" (corpus/blind ad06), the name set left of its centred header, is the second column's.
    private static void Append(RuleBook rules, string?[] row, int[] columns, List<(string Text, int At)> cells, int first = 0, int[]? opened = null)
    {
        var last = first - 1;
        foreach (var (text, at) in cells.SelectMany(c => AtColumns(rules, c, columns)))
        {
            var k = Array.FindLastIndex(columns, c => c <= at + Slack);
            // "1" set two places left of "Đơn vị" (corpus/blind ah02): a cell that starts left of a
            // column and ends before it is the column's before, however near.
            if (k > 0 && at < columns[k] && at + text.Length <= columns[k] && at >= columns[k - 1])
            {
                k--;
            }
            var natural = k;
            k = Math.Min(columns.Length - 1, Math.Max(last + 1, k));
            last = k;
            row[k] = row[k] is { Length: > 0 } before ? before + " " + text : text;
            // "Địa phương" set five places left of "Ghi chú", after the row's last figure (corpus/blind bf07): pushed
            // past the column it stands in, it opens the one it went to, where its wrapped "diễn tập" goes on.
            if (opened is not null && at < opened[k] && (at >= columns[k] - Slack || (k > natural && at > columns[k - 1])))
            {
                opened[k] = at;
            }
        }
    }

    // "trường 3" under "Đơn vị tính" and "TP. Phan Rang" (corpus/blind ai04): a cell whose last word is a
    // figure that stands where the next column starts, one space after the words, is two cells — but
    // not a subtotal's name and number, "Cộng cụm 1" (ak02).
    private static IEnumerable<(string Text, int At)> AtColumns(RuleBook rules, (string Text, int At) cell, int[] columns)
    {
        var space = cell.Text.LastIndexOf(' ');
        if (space > 0 && cell.Text[(space + 1)..] is var tail && char.IsDigit(tail[0]) && tail.All(c => char.IsDigit(c) || c is '.' or ',' or '%')
            && Array.Exists(columns, c => Math.Abs(c - (cell.At + space + 1)) <= 1 && c > cell.At) && !TotalRule.In(rules).IsMatch(VietnameseText.Fold(cell.Text)))
        {
            yield return (cell.Text[..space].TrimEnd(), cell.At);
            yield return (tail, cell.At + space + 1);
        }
        else
        {
            yield return cell;
        }
    }

    // A line's cells with where each starts on the page.
    // The number of a stage's label, "Giai đoạn 1": "1" (rule table.stage-label); null for any other cell.
    private static string? StageNumber(RuleBook rules, string cell) =>
        StageLabelRule.In(rules).Match(VietnameseText.Fold(cell.Trim())) is { Success: true } m ? m.Groups["n"].Value : null;

    private static List<(string Text, int At)> Split(RuleBook rules, SourceLine line)
    {
        var cells = new List<(string, int)>();
        var from = 0;
        foreach (Match gap in GapRule.In(rules).Matches(line.Text))
        {
            if (gap.Index > from)
            {
                cells.Add((line.Text[from..gap.Index], line.Indent + from));
            }
            from = gap.Index + gap.Length;
        }
        if (from < line.Text.Length)
        {
            cells.Add((line.Text[from..], line.Indent + from));
        }
        return cells;
    }

    private static SourceLine Line(SourceLine at, string text) => at with { Text = text, Folded = VietnameseText.Fold(text), Indent = 0, IsLaidOutCell = true };
}
