using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A table of allocations as a text layer gives it: one cell per line, row by row — "STT" / "Cơ
/// quan, đơn vị" / "Tập thể" / "Cá nhân", then "1" / "Huyện Long Hồ" / "02" / "03", "2" / … and a
/// "Tổng cộng" row (issue 16: quotas; an annex of awards per unit is how plans of emulation allot
/// them). Each row becomes the colon form the quota rules read, "Huyện Long Hồ: 02 tập thể, 03 cá
/// nhân"; the total is no one's. Rules quota.table-* and those of <see cref="TableCells"/>.
/// </summary>
/// <param name="Rows">Each row: as text, "holder: N unit, M unit", and as its holder and counts.</param>
/// <param name="End">The index of the first line after the table.</param>
/// <param name="Marked">True when the header marks which columns allot (<see cref="AllotmentHeader"/>): the
/// others are facts or goals, and a table of goals may stand over the same rows.</param>
public sealed record QuotaTable(IReadOnlyList<(string Text, AllottedRow Row)> Rows, int End, bool Marked = false)
{
    private static readonly RuleRef HolderColumnRule = new("quota.table-holder-column");
    private static readonly RuleRef CountColumnRule = new("quota.table-count-column");
    private static readonly RuleRef CountCellRule = new("quota.table-count-cell");
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef AwardedColumnRule = new("quota.table-awarded-column");
    private static readonly RuleRef MembersColumnRule = new("quota.table-members-column");
    private static readonly RuleRef NoteColumnRule = new("quota.table-note-column");
    private static readonly RuleRef CellOpenEndRule = new("quota.table-cell-open-end");
    private static readonly RuleRef EachNoteRule = new("quota.table-each-note");
    private static readonly RuleRef RowClassRule = new("quota.table-row-class");
    private static readonly RuleRef PlainCountRule = new("quota.table-plain-count");
    private static readonly RuleRef UnitCellRule = new("quota.table-unit-cell");
    private static readonly RuleRef HowManyRule = new("quota.table-how-many-cell");
    private static readonly RuleRef PerUnitRule = new("quota.table-per-unit");
    private static readonly RuleRef CountedColumnRule = new("quota.table-counted-column");
    private static readonly RuleRef StriveRule = new("quota.table-strive-column");
    private static readonly RuleRef LeadUnitRule = new("quota.table-lead-unit");
    private static readonly RuleRef SubsetColumnRule = new("quota.table-subset-column");
    private static readonly RuleRef BreakdownRule = new("table.breakdown-cell");
    private static readonly RuleRef LevelColumnRule = new("quota.table-level-column");
    private static readonly RuleRef PlaceLevelRule = new("quota.level");
    private static readonly RuleRef PeopleRule = new("quota.table-people");
    private static readonly RuleRef FactColumnRule = new("target.table-fact-column");
    private static readonly RuleRef UnitsColumnRule = new("quota.table-units-column");
    private static readonly RuleRef PeopleCellRule = new("quota.table-people-cell");
    private static readonly RuleRef GenericLeadRule = new("quota.table-generic-lead");
    private static readonly RuleRef ClassifierRule = new("quota.table-classifier");

    /// <summary>
    /// Header cells, wrapped or not, before the first row (<see cref="AllotmentHeader"/> reads as many):
    /// "Đơn vị", four fields and five columns each closed by its bracket make 15 (corpus/blind ar02).
    /// </summary>
    internal const int MaxHeaderLines = 18;

    // A row's note, wrapped or not.
    private const int MaxNoteLines = 5;

    /// <summary>The allocation table whose header starts at line <paramref name="start"/>, or null when none does.</summary>
    public static QuotaTable? At(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        if (start >= lines.Count || !TableCells.IsStart(rules, lines[start]))
        {
            return null;
        }
        // Header cells broken over lines are read whole (HeaderView); the table's end is the body's line.
        var view = HeaderView.Of(rules, lines, start, 2 * MaxHeaderLines, k => OpensRows(rules, lines, k));
        var caption = TableCaption.Of(rules, view, start);
        var table = Read(rules, view, start, caption) ?? PlaceColumnsTable.Read(rules, view, start, caption);
        return table is null || view is not HeaderView joined ? table : table with { End = table.End + joined.Removed };
    }

    private static QuotaTable? Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, TableCaption caption)
    {
        // Each column of figures: what it counts, or null for figures that allot nothing (members).
        var units = new List<string?>();
        // Under a caption that allots, a column "Số lớp nghề nông nghiệp" counts what it names (corpus/blind
        // q02); "Đơn vị tính: học viên" is what every column counts that names no unit of its own (k06);
        // "Số lượng vận động viên của từng đơn vị …" over "Kéo co" / "Bắn nỏ" (y08) names what the columns
        // count, each column what they are given for.
        var (allots, measured, captionUnit) = caption;
        var holder = false;
        var total = false;
        var i = start + 1;
        // Header cells that name no column known here, after the first column of counts: the
        // columns a merged cell's unit spans ("Ngạch chuyên viên" under "Số học viên được phân bổ").
        var spanned = false;
        var notes = false;
        // A "Trong đó" after the totals' column: the columns after it are parts of the total.
        var breakdown = false;
        // A total under a group's own cell after a column of counts: the group's parts follow it, counted in its unit.
        var groupTotal = false;
        // The columns "Số <unit>" and nothing more, and whether another column names what is allotted.
        var had = new List<int>();
        var allotting = false;
        string? level = null;
        // The header cells after the holders' that no rule here reads, in order, and how many of
        // them came before the first column of counts.
        var named = new List<string>();
        var namedFirst = -1;
        // Per column, what it is given for, where the header says ("Chỉ tiêu giao quân").
        IReadOnlyList<string?>? purposes = null;
        // Per column, the header cell that spans it, where two rows of header cells stand.
        IReadOnlyList<string?>? spanners = null;
        // A layout's merged cells say which columns each spans (SpannedHeader): the loop below counts cells.
        var laidOut = false;
        // Where the header ends and row 1 stands, for the readers of a header written one cell per line.
        var headerEnd = HeaderEnd(rules, lines, i);
        var rowOne = headerEnd is { } end ? FirstNumbered(rules, lines, end) : null;
        if (FirstNumbered(rules, lines, i) is { } firstRow
            && SpannedHeader.Read(rules, lines, start, k => OpensRows(rules, lines, k), firstRow, measured, lines is HeaderView { SumsParts: true }) is { } layout)
        {
            (units, spanners, total, notes, level, holder, i, laidOut) = ([.. layout.Units], layout.Purposes, layout.Total, layout.Notes, layout.Level, true, layout.End, true);
        }
        else if (headerEnd is { } breakdownEnd && rowOne is { } breakdownFirst
            && BreakdownHeader.Read(rules, lines, start, breakdownEnd, breakdownFirst, measured) is { } breakdownHeader)
        {
            (units, purposes, notes, level, holder, i) = ([.. breakdownHeader.Units], breakdownHeader.Purposes, breakdownHeader.Notes, breakdownHeader.Level, true, breakdownHeader.End);
        }
        else if (headerEnd is { } allotmentEnd && AllotmentHeader.Read(rules, lines, start, allotmentEnd, measured) is { } allotment)
        {
            (units, purposes, total, notes, level, holder, i) = ([.. allotment.Units], allotment.Purposes, allotment.Total, allotment.Notes, allotment.Level, true, allotment.End);
        }
        // The header line a column of counts was last read from, the totals' column's, and the holders'.
        var unitLine = -1;
        // The header line a cell no rule here reads was last taken from, and whether the first
        // column of counts is a bracket that closes such a cell.
        var namedLine = -1;
        var closesNamed = false;
        var holderLine = -1;
        var totalLine = -1;
        for (; purposes is null && !laidOut && i < lines.Count && i - start <= MaxHeaderLines && !OpensRows(rules, lines, i); i++)
        {
            var unitsBefore = units.Count;
            // The first column that names holders is theirs ("Đơn vị"), though "đơn vị" is also a unit counted.
            if (!holder && units.Count == 0 && HolderColumnRule.In(rules).IsMatch(lines[i].Folded) && !NamesUnits(rules, lines, i))
            {
                (holder, holderLine) = (true, i);
                // "Ấp" over "Tân Hưng", "Phước Thọ" (corpus/blind r07): each row's place is an ấp.
                level = LevelColumnRule.In(rules).IsMatch(lines[i].Folded) ? lines[i].Text.Trim().ToLowerInvariant() : null;
            }
            else if (MembersColumnRule.In(rules).Match(lines[i].Folded) is { Success: true } members)
            {
                // "Số đơn vị thành viên", or "Số đơn vị" wrapped over "thành viên": a column of figures that allot nothing.
                if (members.Groups["wrap"].Success && units.Count > 0)
                {
                    units[^1] = null;
                }
                else if (!members.Groups["wrap"].Success)
                {
                    units.Add(null);
                }
            }
            else if (CountColumnRule.In(rules).Match(lines[i].Folded) is { Success: true } unit)
            {
                // "Số ấp", "Số hộ gia đình": how many a place has, unless nothing else in the header allots.
                if (PlainCountRule.In(rules).IsMatch(lines[i].Folded))
                {
                    had.Add(units.Count);
                }
                else
                {
                    allotting = true;
                }
                units.Add(lines[i].Text.Substring(unit.Groups["unit"].Index, unit.Groups["unit"].Length));
            }
            else if (AwardedColumnRule.In(rules).Match(lines[i].Folded) is { Success: true } awarded)
            {
                // "Số tập thể được" / "suy tôn Cờ thi đua", "Số đơn vị được đề nghị tặng Cờ thi đua" (corpus/blind g05, e02).
                units.Add(lines[i].Text.Substring(awarded.Groups["unit"].Index, awarded.Groups["unit"].Length));
            }

            else if (UnitCellRule.In(rules).Match(lines[i].Folded) is { Success: true } && (unitLine == i - 1 || totalLine == i - 1) && !IsBracketOnly(lines[i - 1]))
            {
                // "Tổng số" / "(công dân)" (corpus/blind ao02): the totals' own unit, no column.
                // "Số người có uy tín" / "(người)" (corpus/blind z04): the bracket closes the column above —
                // but a bracket after a bracket is the next column's (IsBracketOnly, az02).
            }
            else if (UnitCellRule.In(rules).Match(lines[i].Folded) is { Success: true } unitCell)
            {
                // "Bắn nỏ" / "(VĐV)", "Nhập ngũ" / "Quân đội" / "(công dân)" (corpus/blind q05, q06): the
                // unit in brackets closes a column of counts named above it.
                // What the unit is called in the record ("VĐV": vận động viên) QuotaFinder reads, as for every column.
                // A people's bracket under a column that opens on a kind of people counts them, as NamedUnit
                // reads one cell: the whole name, "Kiểm lâm địa bàn" / "(người)" (corpus/blind an06), or the
                // kind a name wrapped over lines opens on, "Đại biểu dự" / "Hội nghị" / "(người)" (ar03).
                var bracketed = lines[i].Text.Substring(unitCell.Groups["unit"].Index, unitCell.Groups["unit"].Length);
                closesNamed |= units.Count == 0 && namedLine == i - 1;
                var opening = Math.Max(unitLine, holderLine) + 1;
                units.Add(opening > 0 && opening < i && PeopleRule.In(rules).IsMatch(VietnameseText.Fold(bracketed.ToLowerInvariant()))
                    && PeopleCellRule.In(rules).Match(lines[opening].Folded) is { Success: true } kind
                    ? opening == i - 1 ? char.ToLowerInvariant(lines[opening].Text.Trim()[0]) + lines[opening].Text.Trim()[1..]
                        : lines[opening].Text.Substring(kind.Index, kind.Length).ToLowerInvariant()
                    : bracketed);
            }
            else if (allots && CountedColumn(rules, lines, ref i) is { } counted)
            {
                units.Add(counted);
            }
            else if (TotalRule.In(rules).IsMatch(lines[i].Folded) && units.Count > 0 && namedLine == i - 1
                && HeaderBracket.CountedIn(rules, lines[i - 1].Text) is { } grouped && HeaderBracket.Of(rules, lines[i - 1].Text) is { Index: > 0 })
            {
                // "Kết nạp hội viên mới (người)" / "Mô hình kinh tế xây dựng mới (mô hình)" / "Tổng số" / "Trong đó" /
                // "Trang trại" / "Gia trại" / … (corpus/blind bc03): a total under a cell that names its own unit,
                // after a column of counts, is that group's total, not the row's; the parts under "Trong đó" after
                // it count the group's unit too, as bc03's gold gives them. (bh02's "Vắc xin lở mồm long móng (liều)"
                // … "Vắc xin dại (liều)" / "Tổng số" / "Trong đó" / "Trâu, bò" / "Lợn" is read so too, its parts
                // counted where its gold counts the total alone: a reader that found the spanning column by row 1's
                // sums read bh02 right but found 12 more quotas no gold of the report set holds, so was not kept.)
                units.Add(NamedUnit(rules, lines[i - 1].Text.Trim(), measured) ?? grouped);
                groupTotal = true;
            }
            else if (TotalRule.In(rules).IsMatch(lines[i].Folded))
            {
                (total, totalLine) = (true, i);
            }
            else if (total && units.Count == 0 && BreakdownRule.In(rules).IsMatch(lines[i].Folded) && SubsetColumnRule.In(rules).IsMatch(lines[i].Folded)
                && (HeaderBracket.CountedIn(rules, lines[totalLine].Text) ?? HeaderBracket.CountedIn(rules, lines[totalLine + 1].Text)) is { } allotted)
            {
                // "Tổng số (người)" / "Trong đó" / "Nghề nông nghiệp (người)" / "Nghề phi nông nghiệp
                // (người)" (corpus/blind aq02): the total is what each place is given, the parts only
                // what it is made of (rule table.breakdown-cell; SpannedHeader reads a layout's so).
                (units, total, breakdown) = ([allotted], false, true);
            }
            else if (NoteColumnRule.In(rules).IsMatch(lines[i].Folded))
            {
                notes = true;
            }
            else if (named.Count == 0 && (units.Count > 0 && unitLine == i - 1 || allots && units.Count == 0 && holderLine == i - 1 && ThingsDone(rules, lines[i].Text))
                && HeaderBracket.CountedIn(rules, lines[i].Text) is not null && HeaderBracket.Of(rules, lines[i].Text) is { Index: > 0 }
                && NamedUnit(rules, lines[i].Text.Trim(), measured) is { } own)
            {
                // "Số hộ (hộ)" / "Bò giống (con)" / "Kinh phí (triệu đồng)" (corpus/blind az05): after a column of
                // counts, a cell that names its unit in its own bracket is the next column, counting what it names.
                units.Add(own);
            }
            else if ((units.Count > 0 || holder) && HeaderBracket.IsMeasure(rules, lines[i].Text))
            {
                // "Số học viên (người)" / "Kinh phí (triệu đồng)" (corpus/blind x07): money beside
                // the places is a column of its own that allots nothing, not one the cell before spans;
                // so is an area before the counts, "Diện tích đất có rừng (ha)" (ad06).
                units.Add(null);
            }
            else
            {
                spanned |= units.Count > 0;
                if (holder)
                {
                    named.Add(lines[i].Text.Trim());
                    namedLine = i;
                }
            }
            if (namedFirst < 0 && units.Count > 0)
            {
                namedFirst = named.Count;
            }
            if (units.Count > unitsBefore)
            {
                unitLine = i;
            }
        }
        // A cell no rule read after the columns of counts may be the upper row's, spanning the cells
        // after it (corpus/blind ah04): read as two rows when that reading fits the figures.
        // So may cells that name no unit at all: "Dân quân cơ động" / "Dân quân tại chỗ" / "Tự vệ" over "Chiến sĩ
        // mới" / "Năm thứ 2 - 4" thrice (corpus/blind be07).
        if (purposes is null && !laidOut && (spanned || units.Count == 0 && named.Count > 0 && named.TrueForAll(c => HeaderBracket.Of(rules, c) is null)) && holder && headerEnd is { } stackedEnd && rowOne is { } stackedFirst
            && StackedHeader.Read(rules, lines, start, stackedEnd, stackedFirst, measured) is { } stacked)
        {
            (units, spanners, notes, level, spanned) = ([.. stacked.Units], stacked.Purposes, stacked.Notes, stacked.Level, false);
        }
        // Or each upper cell names its unit over a run of parts ("Số hộ được hỗ trợ (hộ)" / "Kinh phí hỗ trợ (triệu
        // đồng)" over "Xây mới" / "Sửa chữa" twice and "Cộng", corpus/blind bg05; "Lực lượng tham gia (người)" over "Dân
        // quân tự vệ" / "Dự bị động viên" beside "Phương tiện (chiếc)" over "Ô tô" / "Mô tô, xe máy", bg08).
        else if (purposes is null && !laidOut && spanned && holder && headerEnd is { } repeatedEnd && rowOne is { } repeatedFirst
            && UnitGroupsHeader.Read(rules, lines, start, repeatedEnd, repeatedFirst, measured) is { } repeated)
        {
            // Read whole: no cell is left for the two-row reading below.
            (units, spanners, notes, level, spanned, total, namedFirst) = ([.. repeated.Units], repeated.Purposes, repeated.Notes, repeated.Level, false, false, 0);
        }
        if (purposes is null && holder && !spanned && namedFirst > 0 && units.Count > 0 && i < lines.Count)
        {
            var upper = Unwrapped(rules, named.Take(namedFirst).ToList());
            // "Bằng khen của Chủ tịch" / "UBND tỉnh" / "Chiến sĩ thi" / "đua cấp tỉnh" / "(cá nhân)" / "Ghi
            // chú" / "Tập thể" / "Cá nhân" (corpus/blind as08): a bracket on its own line closes the
            // upper cell above it, a column of its own beside the merged cell's.
            var closed = closesNamed && units[0] is { } bracket
                ? TwoRows(rules, lines, i, [.. upper[..^1], upper[^1] + " (" + bracket + ")"], units[1..], total)
                : null;
            if ((closed ?? TwoRows(rules, lines, i, upper, units, total)) is { } two)
            {
                (units, spanners) = two;
            }
        }
        for (var k = 1; breakdown && k < units.Count; k++)
        {
            units[k] = null;
        }
        // "Số ấp" / "Số hộ gia đình" / "Đề nghị tặng Giấy khen …" over "Tập thể" / "Cá nhân" / "Hộ gia
        // đình" (corpus/blind t01): beside columns that allot, the plain counts are what each place
        // has, and allot nothing.
        if (allotting)
        {
            foreach (var k in had)
            {
                units[k] = null;
            }
        }
        // Under a caption that allots, the header may name its columns by what they count and
        // nothing the rules above know: "Giáo viên mầm non" / "Giáo viên tiểu học" / "Giáo viên
        // THCS" (corpus/blind r03), "Nhà ở cho hộ nghèo, hộ cận nghèo (hộ)" / "Nhà văn hóa bản xây
        // mới (công trình)" (r05), "Vận động viên Cờ tướng (người)" (r01). When those cells are as
        // many as the first row's figures, each is a column of counts.
        // Columns of words may follow the figures' ("Cây trồng chủ lực": "Nhãn, xoài", corpus/blind
        // s05); the first cells are the figures'.
        if (purposes is null && allots && holder && units.Count == 0 && named.Count > 0 && i < lines.Count && MergedOver(rules, lines, i, Unwrapped(rules, named), total) is { } merged)
        {
            (units, spanners) = merged;
        }
        else if (purposes is null && allots && holder && units.Count == 0 && named.Count > 0 && i < lines.Count)
        {
            var cells = Unwrapped(rules, named);
            // A group's row without sums ("I" / "CỤM I - KHU VỰC THỊ TRẤN HÒN ĐẤT", corpus/blind an08) has no figures: row 1 has.
            var (figures, words) = FirstRowShape(rules, lines, FirstNumbered(rules, lines, i) ?? i);
            var columns = figures - (total ? 1 : 0);
            if (columns > 0 && (cells.Count == columns || cells.Count == columns + words))
            {
                // Columns named by what they count ("Giáo viên mầm non", corpus/blind r03) keep their names.
                // ("Bắn nỏ" folds to the "bản" a village is, so one such cell is no sign.) Nor do columns
                // that name kinds of what the caption counts: "Tiết mục hát" / "Tiết mục múa" / "Tiểu
                // phẩm, kịch ngắn" under "Biểu phân bổ số lượng tiết mục" (corpus/blind z01).
                var kind = captionUnit is null ? null : VietnameseText.Fold(captionUnit) + " ";
                var contests = kind is not null && cells.Take(columns).All(c => HeaderBracket.Of(rules, c) is null)
                    && !cells.Take(columns).All(c => LeadUnitRule.In(rules).IsMatch(VietnameseText.Fold(c)))
                    && !cells.Take(columns).Any(c => VietnameseText.Fold(c).StartsWith(kind, StringComparison.Ordinal));
                units.AddRange(cells.Take(columns).Select(c => contests ? captionUnit : NamedUnit(rules, c, measured)));
                spanners = contests ? [.. cells.Take(columns)] : null;
                spanned = cells.Count > columns;
            }
        }
        // "Hộ nghèo, hộ cận nghèo" / "Hộ người có công" / "Kinh phí hỗ trợ (triệu đồng)" over "Xây mới (nhà)" /
        // "Sửa chữa (nhà)" twice (corpus/blind bb03): the lower row names the work each column counts, as a
        // single row does (ThingsDone, ba05); the upper cells without a bracket span them, money stands alone.
        // (Its "(triệu đồng)", a line of its own, was read as a column that allots nothing: the money's.)
        else if (purposes is null && holder && units.Count <= 1 && units.All(u => u is null) && named.Count > 2 && i < lines.Count
            && Unwrapped(rules, named) is var stackedCells
            && stackedCells.Count - stackedCells.FindLastIndex(c => !ThingsDone(rules, c)) - 1 is var works and >= 2
            && TwoRows(rules, lines, i, stackedCells[..^works], [.. stackedCells[^works..].Select(c => NamedUnit(rules, c, measured))], total) is { } worked)
        {
            // Each column is given for its work under its group: "Hộ người có công: Sửa chữa".
            var work = new Queue<string>(stackedCells[^works..].Select(c => c[..HeaderBracket.Of(rules, c)!.Value.Index].Trim()));
            var uppers = stackedCells[..^works];
            (units, spanners) = (worked.Units, [.. worked.Spanners.Select((s, k) => s is not null && worked.Units[k] is not null && uppers.Contains(s) && work.Count > 0 ? s + ": " + work.Dequeue() : s)]);
        }
        // A header with a column of rates ("Tỷ lệ hộ nghèo" / "cuối năm (%)", corpus/blind v05) sets
        // goals per place, unless AllotmentHeader found the columns that allot beside them.
        // So does a column of what each place strives for, "Chỉ tiêu số tiêu chí phấn đấu đạt năm 2018
        // (tiêu chí)" (corpus/blind ad02): a goal, not a share handed out.
        var header = Enumerable.Range(start + 1, Math.Max(0, i - start - 1)).Where(k => k < lines.Count).Select(k => lines[k]).ToList();
        // A rate striven for beside the columns AllotmentHeader found to allot ("Chỉ tiêu khám sàng lọc
        // (người)" / "Tỷ lệ phấn đấu đạt (%)", corpus/blind aw03) is each place's share put as a rate.
        var rates = (purposes is null && header.Any(l => l.Text.TrimEnd().EndsWith("(%)", StringComparison.Ordinal)))
            || header.Any(l => StriveRule.In(rules).IsMatch(l.Folded) && !(purposes is not null && l.Text.TrimEnd().EndsWith("(%)", StringComparison.Ordinal)));
        if (rates || !holder || units.All(u => u is null) || i >= lines.Count || !OpensRows(rules, lines, i))
        {
            return null;
        }
        // A merged header cell names the unit once over the columns under it: "Số học viên được
        // phân bổ" over "Ngạch chuyên viên" / "Ngạch chuyên" / "viên chính" (corpus/blind p07, the
        // wrapped cell two lines). How many columns it spans, the first row's figures tell.
        // So does a group's own cell over its total and parts (groupTotal, bc03): its unit is the last read.
        if ((spanned && units.Count == 1 || groupTotal) && units[^1] is { } spanning)
        {
            var extra = FirstRowFigures(rules, lines, i) - units.Count - (total ? 1 : 0);
            // Under "Trong đó" the columns are the total's parts and allot nothing ("Tổng số" / "(người)" / "Trong đó" /
            // "Ghi chú" / "Tuyến huyện" / "Tuyến xã", corpus/blind bf05; README-b).
            units.AddRange(Enumerable.Repeat(breakdown ? null : spanning, Math.Max(0, extra)));
        }
        var rows = new List<(string, AllottedRow)>();
        var number = 1;
        while (i < lines.Count)
        {
            // A blank line between a group's last row and its sums ("Xã Bản Công" … / "" / "Cộng cụm
            // số 1", corpus/blind ap02) does not end the table.
            if (lines[i].IsBlank && i + 1 < lines.Count && TotalRule.In(rules).IsMatch(lines[i + 1].Folded) && rows.Count > 0)
            {
                i++;
                continue;
            }
            // A group's row ("II" / "Các sở, ban, ngành, đoàn thể" / "08" / "11", corpus/blind f05)
            // heads the rows numbered from 1 again below it; its figures are the group's sums.
            if (StartsGroup(rules, lines, i))
            {
                // Its name, wrapped or not ("Khối thi đua các huyện," / "thành phố", corpus/blind as08),
                // then its sums, one per column: the next row's number "1" reads as a figure too.
                for (i += 2; i < lines.Count && !IsFigure(rules, lines[i]) && IsCell(rules, lines[i]) && char.IsLower(lines[i].Text.TrimStart()[0]); i++)
                {
                }
                var sums = units.Count + (total ? 1 : 0);
                for (; i < lines.Count && sums-- > 0 && CountCellRule.In(rules).IsMatch(lines[i].Folded) && !StartsRow(rules, lines, i, 1) && !StartsRow(rules, lines, i, number); i++)
                {
                }
                // Below a group the rows are numbered from 1 again (corpus/blind f05) or go on (k04: "II" / "CÁC HUYỆN, THÀNH PHỐ" / "5").
                number = StartsRow(rules, lines, i, number) ? number : 1;
                continue;
            }
            // A group's subtotal ("Cộng (I)", "Cộng nhóm I") with its sums, then more groups or rows:
            // no one's counts, and the table goes on.
            if (TotalRule.In(rules).IsMatch(lines[i].Folded))
            {
                var after = i + 1;
                for (; after < lines.Count && CountCellRule.In(rules).IsMatch(lines[after].Folded) && !StartsRow(rules, lines, after, number) && !StartsRow(rules, lines, after, 1); after++)
                {
                }
                if (after < lines.Count && (StartsGroup(rules, lines, after) || StartsRow(rules, lines, after, number) || StartsRow(rules, lines, after, 1)))
                {
                    // Numbered on across the groups, or from 1 again after the subtotal.
                    (i, number) = (after, StartsRow(rules, lines, after, number) || StartsGroup(rules, lines, after) ? number : 1);
                    continue;
                }
            }
            if (!StartsRow(rules, lines, i, number))
            {
                break;
            }
            i++;
            var name = new List<string>();
            var counts = new List<string>();
            // A row ends with its last column: what follows the table's last row is text, however
            // short its lines ("Riêng Sở Xây dựng (…) được đề nghị không quá 03", corpus/blind f01).
            var columns = units.Count + (total ? 1 : 0);
            // A row's first figure written "04" is its count though a note follows it ("Huyện Ngọc Hồi" /
            // "04" / "Ưu tiên xã biên giới", corpus/blind z04): row numbers have no leading zero. So is a
            // later one: "Thôn Phú Lộc" / "18" / "03" / "Ghe, thuyền máy" (ax03) is 18 people and 3 boats.
            for (; i < lines.Count && counts.Count < columns && !(StartsRow(rules, lines, i, number + 1) && !lines[i].Text.Trim().StartsWith('0') && !(counts.Count > 0 && RowNumberLater(rules, lines, i, number + 1)))
                && !StartsGroup(rules, lines, i) && IsCell(rules, lines[i]); i++)
            {
                if (counts.Count == 0 && !CountCellRule.In(rules).IsMatch(lines[i].Folded))
                {
                    name.Add(lines[i].Text);
                }
                else if (CountCellRule.In(rules).IsMatch(lines[i].Folded))
                {
                    counts.Add(lines[i].Text.Trim().Replace(".", "", StringComparison.Ordinal)); // "1.000" is a thousand
                }
            }
            // A row's note ("Tổ làm điểm", corpus/blind p05) or its text under a column of words
            // ("Nghề đào tạo dự kiến": "Nuôi cá lóc; May công nghiệp", q02) stands after its figures,
            // before the next row.
            // "Sở Tư pháp, Thanh tra tỉnh" / "01" / "02" / "01" / "Mỗi đơn vị" (corpus/blind as08): a note that
            // gives the figures to each body the row names (rule quota.table-each-note).
            string? eachNote = null;
            for (var note = 0; (notes || spanned) && note < MaxNoteLines && i < lines.Count && !StartsRow(rules, lines, i, number + 1) && !StartsGroup(rules, lines, i)
                && !IsFigure(rules, lines[i]) && IsCell(rules, lines[i]); note++)
            {
                eachNote ??= EachNoteRule.In(rules).IsMatch(lines[i].Folded) ? lines[i].Text.Trim() : null;
                i++;
            }
            if (total)
            {
                WithoutTotal(counts, units);
            }
            // A total the sums did not find (a cell read wrong) is taken as the last column's.
            var allotted = counts.Take(units.Count).Select((c, k) => (Count: c, Unit: units[k], Purpose: purposes?[k] ?? spanners?[k])).Where(x => x.Unit is not null && x.Count.All(char.IsAsciiDigit) && x.Count.Any(d => d is > '0' and <= '9')).ToList();
            if (name.Count > 0 && allotted.Count > 0)
            {
                var who = VietnameseText.CollapseSpaces(string.Join(' ', name)).TrimEnd(':', ' ');
                if (eachNote is not null && !who.Contains('(', StringComparison.Ordinal))
                {
                    who += " (" + char.ToLowerInvariant(eachNote[0]) + eachNote[1..] + ")";
                }
                // "Khu phố" over "Khu phố 1" (corpus/blind ad07): a row that already names its level keeps
                // it once, lower-cased as README-b writes a common noun ("khu phố 1").
                // A class of the rows' places keeps its words: "Các khu phố còn lại, mỗi khu phố" (corpus/blind as06).
                who = level is null || PlaceLevelRule.In(rules).IsMatch(who) || !char.IsUpper(who[0]) || RowClassRule.In(rules).IsMatch(who) ? who
                    : who.StartsWith(level + " ", StringComparison.OrdinalIgnoreCase) ? level + who[level.Length..]
                    : level + " " + who;
                var row = new AllottedRow(who, [.. allotted.Select(x => (int.Parse(x.Count, System.Globalization.CultureInfo.InvariantCulture), LowerUnit(x.Unit!), x.Purpose))]);
                rows.Add((row.ColonForm(), row));
            }
            number++;
        }
        return rows.Count == 0 ? null : new QuotaTable(rows, AfterTotal(rules, lines, i), purposes is not null);
    }

    /// <summary>The line after the total's row and its figures when line <paramref name="i"/> opens it; else <paramref name="i"/>.</summary>
    internal static int AfterTotal(RuleBook rules, IReadOnlyList<SourceLine> lines, int i)
    {
        if (i < lines.Count && TotalRule.In(rules).IsMatch(lines[i].Folded))
        {
            for (i++; i < lines.Count && CountCellRule.In(rules).IsMatch(lines[i].Folded); i++)
            {
            }
        }
        return i;
    }

    // Two rows of header cells, the upper written first: "Bằng khen của Chủ tịch UBND tỉnh" spanning
    // "Tập thể" / "Cá nhân" beside "Cờ thi đua của UBND tỉnh (xã)", then "Tập thể" / "Cá nhân"
    // (corpus/blind w01). An upper cell with a unit in brackets is a column of its own; one without
    // spans the lower cells, shared evenly when several do. Read only when the columns so built are
    // as many as the first row's figures: the columns in the upper row's order, and per column the
    // upper cell it stands under (what it is given for); null for any other header.
    private static (List<string?> Units, IReadOnlyList<string?> Spanners)? TwoRows(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, List<string> upper, List<string?> lower, bool total)
    {
        if (FirstNumbered(rules, lines, i) is not { } first)
        {
            return null;
        }
        var figures = FirstRowShape(rules, lines, first).Figures - (total ? 1 : 0);
        var own = upper.Select(c => HeaderBracket.CountedIn(rules, c) is { } u ? LowerUnit(u) : null).ToList();
        // Money beside them, "Kinh phí hỗ trợ (triệu đồng)" (corpus/blind bb03), is a column of its own that allots
        // nothing, its bracket read or not (rule target.table-fact-column).
        var money = upper.Select(c => HeaderBracket.Of(rules, c) is { Measure: true } || (HeaderBracket.Of(rules, c) is null && FactColumnRule.In(rules).IsMatch(VietnameseText.Fold(c)))).ToList();
        var spanning = own.Where((u, k) => u is null && !money[k]).Count();
        if (spanning == 0 || own.Where((u, k) => u is not null || money[k]).Count() + lower.Count != figures || Groups(lower, spanning) is not { } groups)
        {
            return null;
        }
        var (units, spanners, next) = (new List<string?>(), new List<string?>(), 0);
        for (var k = 0; k < upper.Count; k++)
        {
            if (own[k] is not null || money[k])
            {
                units.Add(own[k]);
                spanners.Add(HeaderBracket.Of(rules, upper[k]) is { } bracket ? upper[k][..bracket.Index].Trim() : upper[k]);
                continue;
            }
            foreach (var lowerUnit in groups[next++])
            {
                units.Add(lowerUnit);
                spanners.Add(upper[k]);
            }
        }
        return (units, spanners);
    }

    // Where a header that starts at line i ends: at row 1's number cell or a group's, within reach.
    private static int? HeaderEnd(RuleBook rules, IReadOnlyList<SourceLine> lines, int i)
    {
        var end = i;
        while (end < lines.Count && end - i <= MaxHeaderLines && !OpensRows(rules, lines, end))
        {
            end++;
        }
        return end < lines.Count && end - i <= MaxHeaderLines ? end : null;
    }

    // Row 1's number cell at line i or below it: a group's row ("I" / "Khối huyện, thành, thị",
    // "A" / "KHỐI HUYỆN, THÀNH PHỐ") may stand above it.
    private static int? FirstNumbered(RuleBook rules, IReadOnlyList<SourceLine> lines, int i)
    {
        var first = i;
        while (first < lines.Count && first - i <= MaxHeaderLines && !StartsRow(rules, lines, first, 1))
        {
            first++;
        }
        return first < lines.Count && first - i <= MaxHeaderLines ? first : null;
    }

    // A merged cell that names its unit over the columns under it, under a caption that allots, one
    // cell per line: "Thành phần tham gia (người)" over "Cán bộ, công chức, viên chức" / "Đoàn viên,
    // hội viên" / "Học sinh, sinh viên" (corpus/blind aj01). What each column counts is read as under
    // a layout's merged cell (SpannedHeader.UnitUnder). Read only when the columns under the merged
    // cell are as many as the first row's figures; null otherwise.
    private static (List<string?> Units, IReadOnlyList<string?> Spanners)? MergedOver(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, List<string> cells, bool total)
    {
        if (cells.Count >= 5 && TwoMergedOver(rules, lines, i, cells, total) is { } two)
        {
            return two;
        }
        if (cells.Count < 3 || HeaderBracket.Of(rules, cells[0]) is not { Measure: false } bracket || cells.Skip(1).Any(c => HeaderBracket.Of(rules, c) is not null)
            || FirstNumbered(rules, lines, i) is not { } first || FirstRowShape(rules, lines, first).Figures - (total ? 1 : 0) != cells.Count - 1)
        {
            return null;
        }
        var spanner = cells[0][..bracket.Index].Trim();
        var lower = cells.Skip(1).ToList();
        return ([.. lower.Select(c => SpannedHeader.UnitUnder(rules, cells[0], c))], [.. lower.Select(_ => spanner)]);
    }

    // Two merged cells, each naming its unit, over the columns under them: "Lực lượng (người)" / "Phương
    // tiện (chiếc)" over "Dân quân cơ động" / "Dân quân tại chỗ" / "Tự vệ" / "Xe ô tô" / "Xuồng máy" (corpus/
    // blind bb05). One cell per line says not where the first ends: the people's run the kinds of people
    // it names (rule quota.table-people-cell). Null unless one merged cell counts people and the other not.
    private static (List<string?> Units, IReadOnlyList<string?> Spanners)? TwoMergedOver(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, List<string> cells, bool total)
    {
        var lower = cells.Skip(2).ToList();
        if (HeaderBracket.Of(rules, cells[0]) is not { Measure: false } a || HeaderBracket.Of(rules, cells[1]) is not { Measure: false } b
            || lower.Exists(c => HeaderBracket.Of(rules, c) is not null)
            || FirstNumbered(rules, lines, i) is not { } first || FirstRowShape(rules, lines, first).Figures - (total ? 1 : 0) != lower.Count)
        {
            return null;
        }
        bool People(HeaderBracket bracket) => PeopleRule.In(rules).IsMatch(VietnameseText.Fold(bracket.Unit.Trim().ToLowerInvariant()));
        bool Kind(string cell) => PeopleCellRule.In(rules).IsMatch(VietnameseText.Fold(cell));
        if (People(a) == People(b))
        {
            return null;
        }
        var run = People(a) ? lower.TakeWhile(Kind).Count() : lower.Count - Enumerable.Reverse(lower).TakeWhile(Kind).Count();
        if (run == 0 || run == lower.Count || (People(a) ? lower.Skip(run).Any(Kind) : lower.Take(run).Any(Kind)))
        {
            return null;
        }
        var units = lower.Select((c, k) => SpannedHeader.UnitUnder(rules, k < run ? cells[0] : cells[1], c)).ToList();
        var spanners = lower.Select((_, k) => (k < run ? cells[0][..a.Index] : cells[1][..b.Index]).Trim()).ToList();
        return (units, [.. spanners]);
    }

    // The lower header cells in as many groups as there are merged cells above them: equal groups
    // ("Tập thể" / "Cá nhân" under each award), or, when they do not divide evenly, a group starts
    // again where the first cell comes back: "Tập thể" / "Cá nhân" / "Hộ gia đình" under "Bằng khen
    // của Chủ tịch UBND tỉnh", "Tập thể" / "Cá nhân" under "Giấy khen …" (corpus/blind ag01).
    private static List<List<string?>>? Groups(List<string?> lower, int spanning)
    {
        if (lower.Count % spanning == 0)
        {
            return [.. lower.Chunk(lower.Count / spanning).Select(g => g.ToList())];
        }
        var groups = new List<List<string?>>();
        foreach (var cell in lower)
        {
            if (groups.Count == 0 || string.Equals(cell, lower[0], StringComparison.OrdinalIgnoreCase))
            {
                groups.Add([]);
            }
            groups[^1].Add(cell);
        }
        return groups.Count == spanning ? groups : null;
    }

    // A row's total cell, wherever its column stands: a merged header gives "Số lượng phân bổ" /
    // "Tổng cộng" / "Hộ gia đình" / "Ấp, khu phố" / "Cá nhân" while each row ends on its total
    // ("Thành phố Tây Ninh" / "03" / "02" / "03" / "08", corpus/blind g03). The cell that is the
    // sum of the others, last or first, is the total; a row without one keeps its cells. Columns that
    // allot nothing are no part of the sum: "Tổng số" / "Chia ra" over two trades / "Kinh phí dự kiến
    // (triệu đồng)" (corpus/blind ae01).
    private static void WithoutTotal(List<string> counts, List<string?> units)
    {
        if (counts.Count != units.Count + 1)
        {
            return;
        }
        var values = counts.Select(c => int.TryParse(c, out var v) ? v : 0).ToList();
        if (values[^1] == Enumerable.Range(0, units.Count).Where(k => units[k] is not null).Sum(k => values[k]))
        {
            counts.RemoveAt(units.Count);
        }
        else if (values[0] == Enumerable.Range(0, units.Count).Where(k => units[k] is not null).Sum(k => values[k + 1]))
        {
            counts.RemoveAt(0);
        }
    }

    // A header cell "Số …" under a caption that allots (rule quota.table-counted-column), with the
    // lines it wraps onto ("Số xã, phường," / "thị trấn thí điểm", corpus/blind m08): what it counts,
    // the unit it opens on when the vocabulary knows one ("xã, phường, thị trấn", "thôn"), else its
    // words ("lớp nghề nông nghiệp", q02); null when the cell is no such column. Moves i to the cell's last line.
    private static string? CountedColumn(RuleBook rules, IReadOnlyList<SourceLine> lines, ref int i)
    {
        var end = i;
        // A bracket on a line of its own closes the cell ("Số người có uy tín" / "(người)", corpus/blind z04).
        while (end + 1 < lines.Count && lines[end + 1].Text.TrimStart() is { Length: > 0 } next && (char.IsLower(next[0]) || (next[0] == '(' && next.TrimEnd().EndsWith(')'))))
        {
            end++;
        }
        var text = VietnameseText.CollapseSpaces(string.Join(' ', Enumerable.Range(i, end - i + 1).Select(k => lines[k].Text.Trim())));
        if (CountedUnit(rules, text) is not { } counted)
        {
            return null;
        }
        i = end;
        return counted.Unit;
    }

    /// <summary>
    /// What a header cell "Số …" counts (rule quota.table-counted-column): the unit it opens on when
    /// the vocabulary knows one (<c>Known</c>: "Số hộ được hỗ trợ nhà ở" counts hộ, "Số giáo viên
    /// (người)" giáo viên), else its words ("Số lớp nghề nông nghiệp", corpus/blind q02); null for no
    /// such cell. <see cref="AllotmentHeader"/> and <see cref="UnnumberedQuotaTable"/> read cells so too.
    /// </summary>
    internal static (string Unit, bool Known)? CountedUnit(RuleBook rules, string cell)
    {
        // "Sơ cấp" folds to the "so cap" a "Số cấp" would (corpus/blind av02): the "Số" must be written so.
        if (!HowManyRule.In(rules).IsMatch(cell.TrimStart()) || CountedColumnRule.In(rules).Match(VietnameseText.Fold(cell)) is not { Success: true } counted)
        {
            return null;
        }
        var unit = counted.Groups["unit"];
        if (HeaderBracket.CountedIn(rules, cell) is { } bracket && FirstOf(unit.Value, VietnameseText.Fold(bracket.ToLowerInvariant())))
        {
            return (bracket.ToLowerInvariant(), true);
        }
        var lead = LeadUnitRule.In(rules).Match(unit.Value);
        // "Số thí sinh mỗi môn văn hóa" (corpus/blind aa04): so many per subject, "thí sinh/môn", as the
        // running text writes it (rule quota.table-per-unit).
        if (lead.Success && PerUnitRule.In(rules).Match(unit.Value[lead.Length..]) is { Success: true } per)
        {
            var after = unit.Index + lead.Length + per.Groups["per"].Index;
            return ($"{cell.AsSpan(unit.Index, lead.Length).Trim()}/{cell.AsSpan(after, per.Groups["per"].Length)}", true);
        }
        return ((lead.Success ? cell.Substring(unit.Index, lead.Groups["unit"].Length) : cell.Substring(unit.Index, unit.Length)).Trim(' ', ','), lead.Success);
    }

    // True when the folded words of a cell "Số …" open on the bracket's unit: "tổ, đội PCCCR" under
    // "(tổ)" (corpus/blind ad06) counts the first thing it lists, as its bracket says; "học viên" under
    // "(người)" keeps its words, which the bracket only measures.
    private static bool FirstOf(string words, string unit) =>
        words.StartsWith(unit, StringComparison.Ordinal) && words.Length > unit.Length && words[unit.Length] is ',' or ' ';

    // A column named by the work its figures count, "Xây mới (nhà)" / "Kinh phí xây mới (triệu đồng)" /
    // "Sửa chữa (nhà)" under "Số lượng nhà và kinh phí phân bổ cho các thôn, buôn" (corpus/blind ba05): the
    // bracket counts things, not people, and the name before it is no kind of what is counted, nor a "Số …".
    private static bool ThingsDone(RuleBook rules, string cell)
    {
        if (HeaderBracket.Of(rules, cell) is not { Measure: false } bracket)
        {
            return false;
        }
        // "Cây phân tán (cây)" (au04), "Sản phẩm đánh giá, phân hạng mới (sản phẩm)" (ab01) name a kind of
        // what the bracket counts, which the golds write either way: not read here.
        var name = VietnameseText.Fold(cell[..bracket.Index].Trim().ToLowerInvariant());
        var unit = VietnameseText.Fold(bracket.Unit.Trim().ToLowerInvariant());
        return !PeopleRule.In(rules).IsMatch(unit) && !name.StartsWith(unit, StringComparison.Ordinal)
            && !LeadUnitRule.In(rules).IsMatch(name) && !name.StartsWith("so ", StringComparison.Ordinal);
    }

    // "Đơn vị" / "tính" beside "Chỉ tiêu" (corpus/blind af06): the column of units a table of indicators has,
    // wrapped or not (rule quota.table-units-column), names no holders.
    private static bool NamesUnits(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) =>
        UnitsColumnRule.In(rules).IsMatch(lines[i].Folded)
        || (i + 1 < lines.Count && UnitsColumnRule.In(rules).IsMatch(lines[i].Folded + " " + lines[i + 1].Folded));

    // A unit in lower case as a record writes it, its acronyms as written (README-b: units as written):
    // "(VĐV)" stays "VĐV" (corpus/blind ao04, as07, at04), "Giáo viên THCS" is "giáo viên THCS" (at06). A
    // caption's words all in capitals ("SỐ LƯỢNG VẬN ĐỘNG VIÊN") are no acronyms.
    internal static string LowerUnit(string unit) =>
        VietnameseText.IsAllCaps(unit) && unit.Contains(' ', StringComparison.Ordinal) ? unit.ToLowerInvariant()
            : string.Join(' ', unit.Split(' ').Select(w => VietnameseText.IsAcronym(w) ? w : w.ToLowerInvariant()));

    // Header cells as columns: a cell that opens in lower case continues the one above it
    // ("Số đơn vị" / "thành viên" is one cell wrapped), as does one after a cell left open ("Bằng khen
    // của Chủ tịch" / "UBND tỉnh", rule quota.table-cell-open-end).
    internal static List<string> Unwrapped(RuleBook rules, List<string> cells)
    {
        var joined = new List<string>();
        foreach (var cell in cells)
        {
            if (joined.Count > 0 && cell.Length > 0 && (char.IsLower(cell[0]) || cell[0] == '(' || CellOpenEndRule.In(rules).IsMatch(VietnameseText.Fold(joined[^1]))))
            {
                joined[^1] += " " + cell;
            }
            else
            {
                joined.Add(cell);
            }
        }
        return joined;
    }

    /// <summary>
    /// What a column named by its contents counts: the unit it opens on when it ends in a bracketed
    /// unit ("Vận động viên Cờ tướng (người)": vận động viên), else that bracket ("Nhà ở cho hộ
    /// nghèo, hộ cận nghèo (hộ)": hộ), else the table's measure or the whole cell ("Giáo viên THCS":
    /// giáo viên THCS). A column of a part of another ("Trong đó: người khuyết tật, …", k06) or of
    /// goods measured ("Giống lúa (kg)", "Chế phẩm vi sinh (lít)", k08: supplies, no one's places)
    /// allots nothing: null. <see cref="UnnumberedQuotaTable"/> reads its columns so too.
    /// </summary>
    internal static string? NamedUnit(RuleBook rules, string cell, string? measured)
    {
        if (SubsetColumnRule.In(rules).IsMatch(VietnameseText.Fold(cell)))
        {
            return null;
        }
        if (HeaderBracket.Of(rules, cell) is not { } bracket)
        {
            // "Điều tra viên" / "Giám sát viên" under "Đơn vị tính: người" (corpus/blind ay01): a column that
            // names a kind of people counts them, as a bracket "(người)" under one does.
            return measured is not null && !(PeopleRule.In(rules).IsMatch(VietnameseText.Fold(measured.ToLowerInvariant())) && PeopleCellRule.In(rules).IsMatch(VietnameseText.Fold(cell)))
                ? measured.ToLowerInvariant()
                : char.ToLowerInvariant(cell[0]) + cell[1..];
        }
        if (bracket.Measure)
        {
            return null;
        }
        var unit = VietnameseText.Fold(bracket.Unit.ToLowerInvariant());
        var people = PeopleRule.In(rules).IsMatch(unit);
        var measures = people || ClassifierRule.In(rules).IsMatch(unit);
        // "Vận động viên Cờ tướng (người)" (r01) counts vận động viên, "Xã, phường, thị trấn (đơn vị)"
        // (corpus/blind ap01) đơn vị cấp xã; but "Người có công với cách mạng (suất)" (ah08) counts
        // suất, gifts for them: after a bare "người" or "hộ" a bracket that is no mere measure of
        // people or things says what is counted, unless the cell opens on it ("Hộ gia đình … (hộ)").
        var lead = LeadUnitRule.In(rules).Match(VietnameseText.Fold(cell));
        // "Trẻ em được dạy bơi (em)" (corpus/blind aw01): a bracket that is the lead's own head word counts the lead.
        if (lead.Success && (measures || lead.Groups["unit"].Value.StartsWith(unit, StringComparison.Ordinal) || lead.Groups["unit"].Value.EndsWith(" " + unit, StringComparison.Ordinal)
            || !GenericLeadRule.In(rules).IsMatch(lead.Groups["unit"].Value)))
        {
            return cell.Substring(lead.Groups["unit"].Index, lead.Groups["unit"].Length).Trim().ToLowerInvariant();
        }
        // "Sĩ quan dự bị (người)", "Xe ô tô (chiếc)" (corpus/blind an08): a bracket that counts people
        // counts the kind of people the cell names (as UnnumberedQuotaTable reads "Đội viên xung kích
        // (người)", y06), a classifier what it names — but "Đào tạo nghề (người)" (af01) counts người.
        return measures && (!people || PeopleCellRule.In(rules).IsMatch(VietnameseText.Fold(cell)))
            && cell[..bracket.Index].Trim() is { Length: > 0 } named
            ? char.ToLowerInvariant(named[0]) + named[1..]
            : LowerUnit(bracket.Unit.Trim());
    }

    // The figures of the row or group whose number cell is line i: after its name, up to the next row or group.
    private static int FirstRowFigures(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) => FirstRowShape(rules, lines, i).Figures;

    // The figures of the row or group whose number cell is line i, and the cells of words after
    // them before the next row ("Nhãn, xoài" under "Cây trồng chủ lực", corpus/blind s05).
    internal static (int Figures, int Words) FirstRowShape(RuleBook rules, IReadOnlyList<SourceLine> lines, int i)
    {
        var j = i + 1;
        for (; j < lines.Count && !IsFigure(rules, lines[j]) && IsCell(rules, lines[j]); j++)
        {
        }
        // The next row is 2 after row 1, and 1 after a group's row ("I" / "Khối sở, ban, ngành tỉnh").
        var next = TableCells.IsRowNumber(rules, lines[i], 1) ? 2 : 1;
        var figures = 0;
        for (; j < lines.Count && CountCellRule.In(rules).IsMatch(lines[j].Folded) && !(StartsRow(rules, lines, j, next) && !(figures > 0 && RowNumberLater(rules, lines, j, next)))
            && !StartsGroup(rules, lines, j); j++)
        {
            figures++;
        }
        var words = 0;
        for (; j < lines.Count && words < MaxNoteLines && !IsFigure(rules, lines[j]) && IsCell(rules, lines[j]) && !StartsRow(rules, lines, j, next) && !StartsGroup(rules, lines, j); j++)
        {
            words++;
        }
        return (figures, words);
    }

    internal static bool StartsGroup(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) => TableCells.StartsGroup(rules, lines, i, IsFigure);

    // Where the header ends and the rows begin: row 1, a group's row, or the table's sums set first,
    // "Tổng cộng" / "6.700" / "48" / "1" / "LĐLĐ thành phố Tây Ninh" (corpus/blind be06).
    private static bool OpensRows(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) =>
        TableCells.IsRowNumber(rules, lines[i], 1) || StartsGroup(rules, lines, i) || SumsFirst(rules, lines, i);

    // A total's row of figures right above row 1.
    private static bool SumsFirst(RuleBook rules, IReadOnlyList<SourceLine> lines, int i)
    {
        if (!TotalRule.In(rules).IsMatch(lines[i].Folded))
        {
            return false;
        }
        var j = i + 1;
        for (; j < lines.Count && j - i <= MaxHeaderLines && IsFigure(rules, lines[j]) && !TableCells.IsRowNumber(rules, lines[j], 1); j++)
        {
        }
        return j > i + 1 && j < lines.Count && TableCells.IsRowNumber(rules, lines[j], 1);
    }

    // A header cell that is a bracket alone, "(triệu đồng)", "(hộ)": a row of them names each column's unit
    // in turn ("(đảng viên)" / "(triệu đồng)" / "(triệu đồng)" / "(hộ)" / "(ấp, khóm)", corpus/blind az02).
    private static bool IsBracketOnly(SourceLine line) => line.Text.Trim() is ['(', .., ')'];

    // "Thị trấn Mường" / "Chà" / "9" / "2" / "GSV: Đặng Thị Thu Hà, Lò" / "Văn Tiến" / "2" / "Xã Huổi Lèng"
    // (corpus/blind ay01): a row's figure that reads as the next row's number, a note after it, is the row's
    // own where that number stands again after the note, before any figure.
    private static bool RowNumberLater(RuleBook rules, IReadOnlyList<SourceLine> lines, int j, int n)
    {
        for (var k = j + 1; k < lines.Count && k <= j + 1 + MaxNoteLines && IsCell(rules, lines[k]); k++)
        {
            if (StartsRow(rules, lines, k, n))
            {
                return true;
            }
            if (IsFigure(rules, lines[k]))
            {
                return false;
            }
        }
        return false;
    }

    // Row n's number cell: its number, then a holder's name (a count "02" or "04" before the next
    // count or the total is no row number).
    private static bool StartsRow(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, int n) => TableCells.StartsRow(rules, lines, i, n, IsFigure);

    // A count cell or the total's: no row's name.
    private static bool IsFigure(RuleBook rules, SourceLine line) =>
        CountCellRule.In(rules).IsMatch(line.Folded) || TotalRule.In(rules).IsMatch(line.Folded);

    // A line that may be a cell: not the total, and a figure ("02") though it reads as a label.
    private static bool IsCell(RuleBook rules, SourceLine line) =>
        !TotalRule.In(rules).IsMatch(line.Folded) && TableCells.IsCell(rules, line, CountCellRule.In(rules).IsMatch(line.Folded));
}
