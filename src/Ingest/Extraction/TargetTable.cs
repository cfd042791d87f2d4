using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A table of goals as a text layer gives it, one cell per line (issue 16: targets of plans and
/// resolutions, "yearly targets in a table, targets per district"). Two shapes:
/// <list type="bullet">
/// <item>indicators by year: "TT" / "Chỉ tiêu" / "Đơn vị tính" / "Năm 2022" / "Năm 2023" …, then
/// "1" / "Số xã đạt chuẩn nông thôn mới (lũy kế)" / "xã" / "11" / "13" … (corpus/blind m01): each
/// figure a goal of its row's indicator, due in its column's year;</item>
/// <item>places by goal: "STT" / "Xã, thị trấn" / "Số hộ nghèo đầu năm 2022 (hộ)" / "Chỉ tiêu giảm
/// hộ nghèo năm 2022 (hộ)", then "1" / "Thị trấn Gò Dầu" / "38" / "8" (corpus/blind c08): the
/// figures of a column that names a goal are goals of the row's place, due in the column's year
/// or in the row's own "Năm đạt chỉ tiêu" (n02); where things stood ("đầu năm", "Thực hiện năm
/// 2023") is none.</item>
/// </list>
/// The header may wrap and stand on two levels (<see cref="TableHeader"/>); the whole area's row
/// ("Tổng cộng") and a group's heading row set no goal; the rates a "Toàn tỉnh" row sets are the whole
/// area's (corpus/blind bd01), last among the rows (<see cref="WholeRows"/>). Rules target.table-*,
/// quota.table-holder-column and quota.table-total, and those of <see cref="TableCells"/>.
/// </summary>
/// <param name="Rows">Each row: its indicator or place cell as written, and its goals.</param>
/// <param name="End">The index of the first line after the table.</param>
/// <param name="PerPlace">True when the rows or the columns are places or bodies, false when the goals are the whole area's.</param>
/// <param name="WholeRows">How many of the last rows are the whole area's ("Toàn tỉnh"), whose goals are no one place's.</param>
public sealed record TargetTable(IReadOnlyList<(string Row, IReadOnlyList<Target> Targets)> Rows, int End, bool PerPlace, int WholeRows = 0)
{
    private static readonly RuleRef IndicatorColumnRule = new("target.table-indicator-column");
    private static readonly RuleRef GoalsCellRule = new("target.table-goals-cell");
    private static readonly RuleRef UnitColumnRule = new("target.table-unit-column");
    private static readonly RuleRef AllotsRule = new("target.table-shares-caption");
    private static readonly RuleRef YearColumnRule = new("target.table-year-column");
    private static readonly RuleRef GoalColumnRule = new("target.table-goal-column");
    private static readonly RuleRef BoundColumnRule = new("target.table-bound-column");
    private static readonly RuleRef BoundRowRule = new("target.table-bound-row");
    private static readonly RuleRef NoteColumnRule = new("quota.table-note-column");
    private static readonly RuleRef YearCellColumnRule = new("target.table-year-cell-column");
    private static readonly RuleRef UnitAsideRule = new("target.table-unit-aside");
    private static readonly RuleRef UnitHeadRule = new("target.table-unit-head");
    private static readonly RuleRef ValueCellRule = new("target.table-value-cell");
    private static readonly RuleRef HolderColumnRule = new("quota.table-holder-column");
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef WholeRule = new("target.table-whole");
    private static readonly RuleRef CaptionGoalsRule = new("target.table-caption-goals");
    private static readonly RuleRef FactColumnRule = new("target.table-fact-column");
    private static readonly RuleRef CellYearRule = new("table.year");
    private static readonly RuleRef SubRowRule = new("target.table-part-row");
    private static readonly RuleRef InlinePartRule = new("target.table-inline-part");
    private static readonly RuleRef CaptionWorksRule = new("target.table-caption-works");
    private static readonly RuleRef MeasureRule = new("quota.table-measure");
    private static readonly RuleRef PartNameRule = new("quota.table-subset-column");
    private static readonly RuleRef FloorNoteRule = new("target.table-floor-note");
    private static readonly RuleRef FloorColumnRule = new("target.table-floor-column");
    private static readonly RuleRef AnnexFloorRule = new("target.annex-floor-note");
    private static readonly RuleRef AnnexRule = new("section.annex-caption");

    // Header lines before the first row (a two-level header that wraps, and its column numbers).
    private const int MaxHeaderLines = 28;

    // A row's name cell wraps over a few lines at most.
    private const int MaxNameLines = 4;

    // A unit's cell is a word or two ("xã", "%", "Triệu" / "đồng").
    private const int MaxUnitLength = 16;

    private const int MaxPerUnitLength = 24;

    // What a column holds: a goal due in its year (or in the row's year cell when it names none),
    // with its unit and indicator when the header names them; or the row's year (a year cell).
    // A column may be a place's, in a table of indicators (<see cref="Place"/>).
    private sealed record Column(string? Year, string? Unit, string? Indicator, bool IsYearCell = false, string? Bound = null, string? Place = null);

    // One row as read: its name, its unit's cell (indicator tables), its figure cells.
    private sealed record Row(string Name, string? Unit, IReadOnlyList<SourceLine> Figures, int End);

    /// <summary>The table of goals whose header starts at line <paramref name="start"/>, or null when none does.</summary>
    public static TargetTable? At(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        if (start >= lines.Count || !TableCells.IsStart(rules, lines[start]))
        {
            return null;
        }
        var header = TableHeader.Read(rules, lines, start, i => StartsData(rules, lines, i), MaxHeaderLines);
        if (header.Cells.Count < 2)
        {
            return null;
        }
        // "(Giá trị trong bảng là mức tối thiểu phải đạt)" under the caption (corpus/blind s04): every
        // figure is a floor.
        // So does a sentence of the body about the annex the table stands in: "Các chỉ tiêu giao tại Phụ
        // lục là mức tối thiểu" (corpus/blind ar02).
        var caption = TableCells.Caption(lines, start).ToList();
        var annexFloor = caption.Exists(l => AnnexRule.In(rules).IsMatch(l.Folded))
            && Enumerable.Range(0, start).Any(k => AnnexFloorRule.In(rules).IsMatch(lines[k].Folded));
        var bound = annexFloor || caption.Exists(l => FloorNoteRule.In(rules).IsMatch(l.Folded)) ? ">=" : "=";
        // The first column names the rows: indicators, or places and bodies.
        var name = VietnameseText.Fold(header.Cells[0]);
        bool byIndicator;
        if (IndicatorColumnRule.In(rules).IsMatch(name))
        {
            byIndicator = true;
        }
        else if (HolderColumnRule.In(rules).IsMatch(name))
        {
            byIndicator = false;
        }
        else if (header.Cells.Skip(1).Any(c => GoalsCellRule.In(rules).IsMatch(VietnameseText.Fold(c))))
        {
            // "Vắc xin, đối tượng" beside "Chỉ tiêu (%)" over "Năm 2018" / "Năm 2019" (corpus/blind ba02): the
            // rows are what the goals are set for, whatever the first column is called.
            byIndicator = true;
        }
        else
        {
            return null;
        }
        // A layout says which merged cell each lower cell stands under: its columns, left to right, are
        // the upper row's cells with each merged one replaced by those under it (LaidOutColumns), when
        // they are as many as the first row's figures; else the cells are read in their order.
        var laidOut = LaidOutColumns(lines, start, header.End);
        var read = (laidOut is null ? null : Leaves(rules, lines, header.End, byIndicator, laidOut.Skip(1).ToList(), laid: true))
            ?? Leaves(rules, lines, header.End, byIndicator, [.. header.Cells.Skip(1).Select(c => (Group: "", Cell: c))], laid: false);
        if (read is not var (leaves, notes, hasUnit))
        {
            return null;
        }
        var i = header.End;
        // "CHỈ TIÊU CHỦ YẾU NĂM 2019 GIAO CÁC XÃ" (corpus/blind v05): the caption names a table of places' goals and their year.
        var captionYear = caption.Select(l => CaptionGoalsRule.In(rules).Match(l.Folded)).LastOrDefault(m => m.Success)?.Groups["y"].Value
            ?? LeadInYear(rules, lines, start);
        // "Bảng: Chỉ tiêu tỷ lệ tiêm chủng năm 2019 theo đơn vị (%)" over "TCĐĐ cho trẻ dưới 1 tuổi" / "VGB sơ sinh
        // trong 24 giờ" per district (corpus/blind bd01): the caption's "(%)" measures every column that names no unit.
        var captionRates = !byIndicator && caption.Exists(l => l.Text.TrimEnd().EndsWith("(%)", StringComparison.Ordinal));
        // "KHỐI LƯỢNG NHỰA HÓA, BÊ TÔNG HÓA … NĂM 2018" / "Đơn vị tính: km" over "Đường trục xã, liên xã" / … per
        // commune (corpus/blind ad02): the works of the caption's year, each column in the measure it gives.
        var works = byIndicator || captionYear is not null ? null
            : caption.Select(l => CaptionWorksRule.In(rules).Match(l.Folded)).LastOrDefault(m => m.Success)?.Groups["y"].Value;
        var measure = works is null ? null : TableCaption.Of(rules, lines, start).Measured is { } m && MeasureRule.In(rules).IsMatch(VietnameseText.Fold(m.ToLowerInvariant())) ? m : null;
        var columns = leaves.Select(l => Classify(rules, byIndicator, l.Group, l.Cell, captionYear)
            ?? (captionRates && !UnitAsideRule.In(rules).IsMatch(l.Cell) ? Classify(rules, byIndicator, l.Group, l.Cell + " (%)", captionYear) : null)
            ?? (measure is not null && !UnitAsideRule.In(rules).IsMatch(l.Cell) ? Classify(rules, byIndicator, l.Group, $"{l.Cell} ({measure})", works) : null)).ToList();
        // "PHÂN BỔ CHỈ TIÊU THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2023 CHO CÁC HUYỆN, THÀNH PHỐ" over "Sản phẩm
        // đánh giá, phân hạng mới (sản phẩm)" / "Lớp tập huấn cấp huyện (lớp)" (corpus/blind ab01): a
        // table of places under a caption that allots gives shares, not goals, unless it sets rates.
        if (!byIndicator && caption.Exists(l => AllotsRule.In(rules).IsMatch(l.Folded)) && !columns.Any(c => c is { Unit: "%" }))
        {
            return null;
        }
        // Nor does one whose layout sets merged cells over the counts of its places, no rate among
        // them: "Phát triển tổ chức Hội" over "Thành lập mới chi hội (chi hội)" / "Thành lập mới tổ hội
        // nghề nghiệp (tổ)" beside "Kết nạp hội viên mới (hội viên)" (corpus/blind ao01) allot, as
        // QuotaTable reads them (SpannedHeader).
        var headerLines = Enumerable.Range(start + 1, Math.Max(0, header.End - start - 1)).Select(k => lines[k]).ToList();
        // One cell per line, a merged cell is one no column is read from: "Chỉ tiêu giao năm 2023" over "Thành
        // lập mới chi hội (chi hội)" / "Kết nạp hội viên mới (hội viên)" / "Mô hình sinh kế (mô hình)" per
        // district (corpus/blind bb08).
        if (!byIndicator && (headerLines.Exists(l => l.Over is not null) || leaves.Any(l => l.Group.Length > 0) || header.Cells.Count - 1 > leaves.Count + (notes ? 1 : 0))
            && !headerLines.Exists(l => l.Text.Contains('%', StringComparison.Ordinal)))
        {
            return null;
        }
        var yearCell = columns.FindIndex(c => c is { IsYearCell: true });
        // A table of places may name no year for a rate: its goals are due when the plan's are
        // ("Chỉ tiêu tỷ lệ tiêm (≥ %)" per district, corpus/blind u06; TargetFinder gives them the
        // plan's year). A count without a year is a share ("Chỉ tiêu đào tạo nghề (lao động)", t05).
        // So may a table of indicators' column of goals in rates: "Vắc xin" / "Đối tượng" / "Số đối tượng dự kiến
        // (trẻ)" / "Chỉ tiêu tỷ lệ (%)" under "Chỉ tiêu cụ thể cho từng loại vắc xin như sau:" (corpus/blind bg01).
        if (!columns.Where((c, k) => c is { IsYearCell: false } && (c.Year is not null || yearCell >= 0
                || (c.Unit == "%" && (!byIndicator || GoalsCellRule.In(rules).IsMatch(VietnameseText.Fold(leaves[k].Cell)))))).Any())
        {
            return null;
        }
        var readRows = new List<Row>();
        var wholeRows = new List<Row>();
        var number = 1;
        while (i < lines.Count)
        {
            // A blank line between a group's last row and its sums ("Xã Bản Công" … / "" / "Cộng cụm
            // số 1", corpus/blind ap02) does not end the table.
            if (lines[i].IsBlank && i + 1 < lines.Count && (StartsWhole(rules, lines, i + 1) || StartsGroup(rules, lines, i + 1) || StartsRow(rules, lines, i + 1, number)))
            {
                i++;
                continue;
            }
            // The whole area's row ("Toàn tỉnh", "Tổng cộng"), first or last, and its figures: no
            // one place's goal. A group's row ("I" / "Chỉ tiêu về kinh tế"), whose rows are numbered
            // from 1 again or go on.
            if (StartsWhole(rules, lines, i) || StartsGroup(rules, lines, i))
            {
                // "Toàn tỉnh" / "≥ 95" / "≥ 75" … above the districts' rows (corpus/blind bd01): the rates the whole
                // area must reach are its goals (its counts only sum the places').
                if (!byIndicator && WholeRule.In(rules).IsMatch(lines[i].Folded) && ReadRow(rules, lines, i, hasUnit: false, columns.Count, number) is { Figures.Count: > 0 } whole)
                {
                    wholeRows.Add(whole with { Name = LowerFirst(whole.Name) });
                }
                for (i += StartsGroup(rules, lines, i) ? 2 : 1; i < lines.Count && ValueCellRule.In(rules).IsMatch(lines[i].Folded) && !StartsRow(rules, lines, i, number) && !StartsRow(rules, lines, i, 1); i++)
                {
                }
                // A group's sums then the next group's row ("Cộng cụm số 1" … / "II" / "Cụm thi đua số 2" /
                // "5", corpus/blind ap02): its rows may go on numbering, so the count is kept until a row 1.
                number = i < lines.Count && !StartsRow(rules, lines, i, number) && (StartsRow(rules, lines, i, 1) || !StartsGroup(rules, lines, i)) ? 1 : number;
                continue;
            }
            // A row's part ("-" / "Trong đó: có bằng cấp, chứng chỉ" / "%" / "23,5" / "28", corpus/blind
            // n01): a row of its own under the one before, unnumbered.
            var part = SubRowRule.In(rules).IsMatch(lines[i].Text.Trim()) && i + 1 < lines.Count && !ValueCellRule.In(rules).IsMatch(lines[i + 1].Folded);
            // Or with no mark, its name first: "Trong đó: khách quốc tế" / "lượt" / "95.600" (ae05).
            var named = !part && readRows.Count > 0 && PartNameRule.In(rules).IsMatch(lines[i].Folded);
            // Or its mark and name on one line: "- Công nghiệp - xây dựng" / "%" / "18,1" / "19,0" (rule target.table-inline-part).
            named |= !part && readRows.Count > 0 && InlinePartRule.In(rules).IsMatch(lines[i].Text);
            if ((!part && !named && !TableCells.IsRowNumber(rules, lines[i], number)) || ReadRow(rules, lines, named ? i : i + 1, hasUnit, columns.Count, number + 1) is not { } row)
            {
                break;
            }
            readRows.Add(row);
            (i, number) = (row.End, part || named ? number : number + 1);
            // A row's note ("Cờ thi đua UBND tỉnh năm 2023"), before the next row.
            for (var note = 0; notes && note < MaxNameLines && i < lines.Count && !StartsRow(rules, lines, i, number) && !IsFigure(rules, lines[i]) && TableCells.IsCell(rules, lines[i]); note++)
            {
                i++;
            }
        }
        // "Ghi chú: Các chỉ tiêu tại Biểu 2 là mức tối thiểu các huyện, thành phố phải đạt" under the
        // table (corpus/blind ak03), as under its caption: each figure written bare is a floor.
        // "Ghi chú: Chỉ tiêu tại cột (3) và cột (4) là mức tối thiểu mỗi ấp phải đạt; cột (5), cột (6) là
        // số hộ phấn đấu đạt" (corpus/blind ar05): only the columns the note numbers, counted as the
        // header's numbers count them (STT, the rows' names, a unit's column, then the figures).
        var floorNote = bound == "=" ? FloorNoteBelow(rules, lines, i) : null;
        var numbered = floorNote is null ? [] : FloorColumnRule.In(rules).Matches(floorNote).Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) - (hasUnit ? 4 : 3)).ToHashSet();
        var bounded = numbered.Count == 0 ? columns : [.. columns.Select((c, k) => c is not null && numbered.Contains(k) ? c with { Bound = c.Bound ?? ">=" } : c)];
        List<(string, IReadOnlyList<Target>)> rows = [.. readRows.Select(r => (r.Name, Goals(rules, r, bounded, yearCell, bound))),
            .. wholeRows.Select(r => (r.Name, (IReadOnlyList<Target>)[.. Goals(rules, r, bounded, yearCell, bound).Where(t => t.Unit == "%")]))];
        if (floorNote is not null && numbered.Count == 0)
        {
            rows = [.. rows.Select(r => (r.Item1, (IReadOnlyList<Target>)[.. r.Item2.Select(t => t.Comparator == "=" ? t with { Comparator = ">=" } : t)]))];
        }
        return rows.Any(r => r.Item2.Count > 0) ? new TargetTable(rows, i, !byIndicator || columns.Any(c => c?.Place is not null), wholeRows.Count) : null;
    }

    /// <summary>
    /// A table of indicators with no "STT" column: "Chỉ tiêu" / "Năm 2021" … "Năm 2025", then each
    /// row's name with its unit in brackets and one figure per year — "Số lao động nông thôn được
    /// đào tạo nghề (người)" / "5.800" … (corpus/blind v02). Read only when every row has a figure
    /// under every year; null when line <paramref name="start"/> opens no such table.
    /// </summary>
    public static TargetTable? Unnumbered(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        if (!IndicatorColumnRule.In(rules).IsMatch(lines[start].Folded))
        {
            return null;
        }
        var years = new List<string>();
        var i = start + 1;
        // "Chỉ tiêu" / "Đơn vị tính" / "Năm 2022" / … (corpus/blind x01): each row's unit in a cell of its own.
        var unitColumn = i < lines.Count && UnitColumnRule.In(rules).IsMatch(lines[i].Folded);
        i += unitColumn ? 1 : 0;
        for (; i < lines.Count && YearColumnRule.In(rules).Match(lines[i].Folded) is { Success: true } year; i++)
        {
            years.Add(year.Groups["y"].Value);
        }
        if (years.Count < 2)
        {
            return null;
        }
        var rows = new List<(string, IReadOnlyList<Target>)>();
        var first = unitColumn ? 2 : 1;
        // A row's name may carry its number ("1. Số hợp tác xã thành lập mới", corpus/blind aa08): the
        // unit cell and the year's figures after it say it is a row, not a heading.
        while (i + first - 1 + years.Count < lines.Count && !IsFigure(rules, lines[i]) && TableCells.IsCell(rules, lines[i], figure: unitColumn)
            && UnitOfRow(rules, lines, i, unitColumn) is { } unit
            && Enumerable.Range(i + first, years.Count).All(k => ValueCellRule.In(rules).IsMatch(lines[k].Folded)))
        {
            var name = unitColumn ? lines[i].Text.Trim() : UnitAsideRule.In(rules).Remove(lines[i].Text).Trim();
            name = SectionLabel.Read(rules, name) is { Kind: SectionLabelKind.Arabic } label ? name[label.Length..].Trim() : name;
            var targets = new List<Target>();
            var (indicator, rowBound) = BoundedName(rules, name);
            indicator = LowerFirst(indicator);
            for (var k = 0; k < years.Count; k++)
            {
                if (ValueCellRule.In(rules).Match(lines[i + first + k].Folded) is { Success: true } g && g.Groups["v"].Success)
                {
                    targets.Add(GoalOf(rules, g, indicator, g.Groups["pct"].Success ? "%" : unit, years[k], rowBound ?? "="));
                }
            }
            rows.Add((name, targets));
            i += first + years.Count;
        }
        return rows.Count == 0 ? null : new TargetTable(rows, i, PerPlace: false);
    }

    // The unit in brackets a row's name ends on ("… về ATTP (%)"), or null.
    private static string? NameUnit(RuleBook rules, string name) =>
        UnitAsideRule.In(rules).Matches(name) is { Count: > 0 } asides && asides[^1].Index + asides[^1].Length >= name.TrimEnd().Length
            ? asides[^1].Groups["unit"].Value.Trim()
            : null;

    // A row's unit: its own cell after the name where the header has a unit column ("%", "hộ",
    // "xã"), else the bracket its name ends on ("Tỷ lệ hộ nghèo (%)"); null for a row with neither.
    private static string? UnitOfRow(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, bool unitColumn)
    {
        if (!unitColumn)
        {
            return UnitAsideRule.In(rules).Match(lines[i].Text) is { Success: true } aside ? aside.Groups["unit"].Value.Trim() : null;
        }
        var cell = lines[i + 1].Text.Trim();
        return cell.Length is > 0 and <= MaxUnitCell && !IsFigure(rules, lines[i + 1]) && !ValueCellRule.In(rules).IsMatch(lines[i + 1].Folded) ? cell : null;
    }

    // The header's columns of figures from its cells after the rows' names: a "Ghi chú" after them
    // (corpus/blind ai08) is words, a unit column first (a table of indicators) no figures; null when
    // the first row's figures do not fit them.
    private static (IReadOnlyList<(string Group, string Cell)> Leaves, bool Notes, bool HasUnit)? Leaves(
        RuleBook rules, IReadOnlyList<SourceLine> lines, int end, bool byIndicator, List<(string Group, string Cell)> rest, bool laid)
    {
        var notes = false;
        while (rest.Count > 1 && rest[^1].Group.Length == 0 && NoteColumnRule.In(rules).IsMatch(VietnameseText.Fold(rest[^1].Cell)))
        {
            (notes, rest) = (true, rest[..^1]);
        }
        var hasUnit = byIndicator && UnitColumnRule.In(rules).IsMatch(VietnameseText.Fold(rest[0].Cell));
        if (hasUnit)
        {
            rest.RemoveAt(0);
        }
        if (FirstRow(rules, lines, end, hasUnit) is not { } sample)
        {
            return null;
        }
        var leaves = laid ? (rest.Count == sample.Figures.Count ? rest : null) : TableHeader.Columns(rules, [.. rest.Select(c => c.Cell)], sample.Figures.Count);
        return leaves is null ? null : (leaves, notes, hasUnit);
    }

    // The columns of a header kept in its layout, the rows' names first: "Số tiêu chí đạt đến 31/12/2018
    // (tiêu chí)" beside "Chỉ tiêu phấn đấu năm 2019" over "Số tiêu chí đạt (tiêu chí)" / "Tỷ lệ hộ nghèo
    // giảm còn dưới (%)" beside "Ghi chú" (corpus/blind aq01), which the cells in the order a layout
    // gives them ("… năm 2019" / "Ghi chú" / "Số tiêu chí đạt …") misplace; null for a header with no
    // merged cell.
    private static List<(string Group, string Cell)>? LaidOutColumns(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var cells = Enumerable.Range(start + 1, Math.Max(0, end - start - 1)).Select(k => lines[k]).Where(l => !l.IsBlank).ToList();
        if (!cells.Exists(c => c.Over is not null))
        {
            return null;
        }
        return [.. TableCells.LaidOutColumns(cells, cells.Where(c => c.Over is null)).Select(c => (c.Over ?? "", c.Cell))];
    }

    // A row's name without the bracket that bounds its figures, and that bound ("… cai nghiện (tối
    // thiểu)", corpus/blind ap01: ">="); the name as it is and null when it ends on none.
    private static (string Name, string? Bound) BoundedName(RuleBook rules, string name) =>
        BoundRowRule.In(rules).Match(VietnameseText.Fold(name)) is { Success: true } m
            ? (name[..m.Index], m.Groups["most"].Success ? "<=" : ">=")
            : (name, null);

    // An indicator starts lower-case (README-a), an acronym as written: "Số hộ thoát nghèo của …" →
    // "số hộ thoát nghèo của …", "BHYT …" stays.
    private static string LowerFirst(string indicator) =>
        indicator.Length > 1 && char.IsUpper(indicator[0]) && char.IsLower(indicator[1]) ? char.ToLowerInvariant(indicator[0]) + indicator[1..] : indicator;

    // A unit cell is a word or two ("%", "hộ", "triệu đồng/người/năm"), never a sentence.
    private const int MaxUnitCell = 24;

    private static List<Target> Goals(RuleBook rules, Row row, List<Column?> columns, int yearCell, string bound)
    {
        var targets = new List<Target>();
        var rowYear = yearCell >= 0 && yearCell < row.Figures.Count && ValueCellRule.In(rules).Match(row.Figures[yearCell].Folded) is { Success: true } y && y.Groups["v"].Value.Length == 4
            ? y.Groups["v"].Value : null;
        var (name, rowBound) = BoundedName(rules, row.Name);
        for (var k = 0; k < row.Figures.Count && k < columns.Count; k++)
        {
            if (columns[k] is not { IsYearCell: false } column || ValueCellRule.In(rules).Match(row.Figures[k].Folded) is not { Success: true } cell || cell.Groups["v"] is not { Success: true })
            {
                continue;
            }
            // "Tỷ lệ mẫu thực phẩm giám sát đạt yêu cầu về ATTP (%)" (corpus/blind aa03): a table
            // without a unit column gives each row's unit in brackets after its name.
            var unit = cell.Groups["pct"].Success ? "%" : column.Unit ?? row.Unit ?? NameUnit(rules, row.Name);
            var year = column.Year ?? rowYear;
            if (unit is null || (year is null && unit != "%"))
            {
                continue;
            }
            var indicator = column.Indicator is { Length: > 0 } what ? what + " của " + name
                : column.Place is { } place ? name + " (" + place + ")"
                : name;
            targets.Add(GoalOf(rules, cell, LowerFirst(indicator), unit, year, rowBound ?? column.Bound ?? bound));
        }
        return targets;
    }

    // The goal a figure cell sets (rule target.table-value-cell): its own bound ("≥ 95") or the
    // column's or table's, its figure as written ("1.000", "5,6").
    private static Target GoalOf(RuleBook rules, Match cell, string indicator, string unit, string? year, string bound)
    {
        var value = decimal.Parse(cell.Groups["v"].Value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
        var comparator = cell.Groups["cmp"].Success ? TargetFinder.Comparator(rules, cell.Groups["cmp"].Value.Trim())
            : cell.Groups["up"].Success || cell.Groups["range"].Success ? ">="
            : bound;
        // A floor of 100% is the whole: "= 100" (README-a: "100% …" gives "=").
        if (comparator == ">=" && value == 100 && unit == "%" && !cell.Groups["cmp"].Success && !cell.Groups["up"].Success)
        {
            comparator = "=";
        }
        return new Target(indicator, comparator, value, unit, year);
    }

    // What a column of figures holds, from its cell and the group above it.
    private static Column? Classify(RuleBook rules, bool byIndicator, string group, string cell, string? captionYear)
    {
        var text = (group + " " + cell).Trim();
        var folded = VietnameseText.Fold(text);
        if (byIndicator)
        {
            var year = YearColumnRule.In(rules).Match(VietnameseText.Fold(cell));
            if (!year.Success && group.Length > 0)
            {
                year = YearColumnRule.In(rules).Match(folded); // "Kế hoạch" over "2017" (corpus/blind n04)
            }
            // "Chỉ tiêu tối thiểu theo năm" over "2024" / "2025" / "2026" (corpus/blind al02): the
            // group bounds every figure under it.
            var groupBound = group.Length > 0 && BoundColumnRule.In(rules).Match(VietnameseText.Fold(group)) is { Success: true } b ? BoundOf(b) : null;
            // "Chỉ tiêu (%)" over "Năm 2018" / "Năm 2019" (corpus/blind ba02): the group's unit is every year's.
            var groupUnit = group.Length > 0 && UnitAsideRule.In(rules).Match(group) is { Success: true } over ? over.Groups["unit"].Value.Trim() : null;
            // "Chỉ tiêu (%)" beside "Số đối tượng (trẻ)" under "Bảng 1. Chỉ tiêu tiêm chủng năm 2019" (corpus/blind
            // bb01): the column of each row's goal, due in the caption's year or when the plan's are.
            if (!year.Success && group.Length == 0 && GoalsCellRule.In(rules).IsMatch(VietnameseText.Fold(cell)))
            {
                return new Column(captionYear, UnitAsideRule.In(rules).Match(cell) is { Success: true } own ? own.Groups["unit"].Value.Trim() : null, null);
            }
            return year.Success ? new Column(year.Groups["y"].Value, groupUnit, null, Bound: groupBound)
                : captionYear is not null ? Place(rules, folded, cell, captionYear)
                : null;
        }
        if (YearCellColumnRule.In(rules).IsMatch(VietnameseText.Fold(cell)))
        {
            return new Column(null, null, null, IsYearCell: true);
        }
        var goal = GoalColumnRule.In(rules).Match(folded);
        var measured = UnitAsideRule.In(rules).Match(text);
        // "Tỷ lệ tối đa xếp loại HTXS (%)" beside each body's staff (corpus/blind ai08): a rate its
        // column bounds is each row's goal, due when the plan's are.
        if (!goal.Success && measured.Success && measured.Groups["unit"].Value.Trim() == "%" && BoundColumnRule.In(rules).Match(folded) is { Success: true } bounded)
        {
            return new Column(null, "%", UnitAsideRule.In(rules).Remove(text).Trim(), Bound: BoundOf(bounded));
        }
        if (!goal.Success && (captionYear is null || !measured.Success || FactColumnRule.In(rules).IsMatch(folded) || NamesEarlierYear(rules, folded, captionYear)))
        {
            return null;
        }
        // Under a caption that names the goals, a column named by its measure alone: "Tỷ lệ hộ nghèo
        // cuối năm (%)" (corpus/blind v05).
        var unit = goal.Success && goal.Groups["unit"].Success ? text.Substring(goal.Groups["unit"].Index, goal.Groups["unit"].Length).Trim()
            : UnitAsideRule.In(rules).Match(group) is { Success: true } aside ? aside.Groups["unit"].Value.Trim()
            : !goal.Success ? measured.Groups["unit"].Value.Trim() : null;
        // "(≥ %)": the bound of every cell under it, and its unit.
        string? columnBound = null;
        if (unit is { Length: > 1 } && unit[0] is '≥' or '≤' or '>' or '<')
        {
            columnBound = TargetFinder.Comparator(rules, unit[..1]);
            unit = unit[1..].Trim();
        }
        // "Tỷ lệ hộ nghèo giảm còn dưới (%)" under "Chỉ tiêu phấn đấu năm 2019" (corpus/blind aq01): the
        // column's own words bound its cells.
        else if (BoundColumnRule.In(rules).Match(VietnameseText.Fold(cell)) is { Success: true } worded)
        {
            columnBound = BoundOf(worded);
        }
        // The group names the indicator over its years ("Tỷ lệ bao phủ bảo hiểm y tế (%)" over "Năm
        // 2024", n03), or the year over its indicators ("Chỉ tiêu phấn đấu đến cuối năm 2025" over
        // "Tỷ lệ hộ nghèo (%)", aj02), or what its cells measure ("Tỷ lệ tiêm phòng … (%)" over "Dại
        // chó", ak04).
        var cellHasYear = group.Length > 0 && CellYearRule.In(rules).IsMatch(VietnameseText.Fold(cell));
        // A group that names the year over cells that name none gives it to them all (aj02).
        var groupYear = group.Length > 0 && !cellHasYear ? CellYearRule.In(rules).Matches(VietnameseText.Fold(group)).LastOrDefault()?.Value : null;
        var indicator = cellHasYear ? UnitAsideRule.In(rules).Remove(group).Trim()
            : groupYear is not null ? UnitAsideRule.In(rules).Remove(cell).Trim()
            : group.Length > 0 ? UnitAsideRule.In(rules).Remove(group).Trim() + " " + UnitAsideRule.In(rules).Remove(cell).Trim()
            : TrimYearWords(goal.Groups["y"].Success ? text[..goal.Groups["y"].Index].Trim() : UnitAsideRule.In(rules).Remove(text).Trim());
        // The caption's year is the measured columns' only: a "Chỉ tiêu …" count with no year of its
        // own is a share ("Chỉ tiêu đào tạo nghề (lao động)", corpus/blind t05).
        return new Column(goal.Groups["y"].Success ? goal.Groups["y"].Value : groupYear ?? (goal.Success ? null : captionYear), unit, indicator, Bound: columnBound);
    }

    // Lines above a table a heading may stand, past the paragraph that leads into it.
    private const int LeadInReach = 8;

    // "3. Chỉ tiêu cụ thể đối với các xã, thị trấn năm 2022" / "Căn cứ kết quả năm 2021 …, Phòng Văn hóa
    // và Thông tin đề xuất chỉ tiêu cụ thể như sau (…):" (corpus/blind ba03): a heading that names the goals
    // of a year, over a paragraph ending on ":" that leads into the table, captions it as the line above
    // would. The year of the nearest such line, or null.
    private static string? LeadInYear(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        var last = start - 1;
        while (last >= 0 && lines[last].IsBlank)
        {
            last--;
        }
        if (last < 0 || !lines[last].Text.TrimEnd().EndsWith(':'))
        {
            return null;
        }
        for (var k = last; k >= Math.Max(0, start - LeadInReach); k--)
        {
            if (CaptionGoalsRule.In(rules).Match(lines[k].Folded) is { Success: true } m)
            {
                return m.Groups["y"].Value;
            }
        }
        return null;
    }

    // The comparator a bound column's words give (rule target.table-bound-column).
    private static string BoundOf(Match bound) =>
        bound.Groups["most"].Success ? "<=" : bound.Groups["below"].Success ? "<" : bound.Groups["above"].Success ? ">" : ">=";

    // "CHỈ TIÊU KẾ HOẠCH … NĂM 2017 GIAO CÁC HUYỆN, THÀNH PHỐ" over "Chỉ tiêu" / "Đơn vị tính" / "TP. Phan
    // Rang - Tháp Chàm" / "Bác Ái" … (corpus/blind ai04): under a caption that names the goals of a
    // year, a column of a table of indicators that names no year is a place's or a body's, and its
    // figures are their goals — unless it names what stood before or money.
    // The whole area's column ("Toàn huyện" before the communes, corpus/blind ar07) is no one place's.
    private static Column? Place(RuleBook rules, string folded, string cell, string captionYear) =>
        FactColumnRule.In(rules).IsMatch(folded) || NamesEarlierYear(rules, folded, captionYear) || WholeRule.In(rules).IsMatch(VietnameseText.Fold(cell.Trim()))
            ? null : new Column(captionYear, null, null, Place: cell.Trim());

    // The lines under a table where its note stands: past the whole area's row and a blank line.
    private const int NoteReach = 8;

    // A note under a table that makes its figures floors: the clause of it that says so (to ";"), or null.
    private static string? FloorNoteBelow(RuleBook rules, IReadOnlyList<SourceLine> lines, int end) =>
        Enumerable.Range(end, Math.Max(0, Math.Min(NoteReach, lines.Count - end))).Select(k => lines[k].Folded)
            .FirstOrDefault(f => FloorNoteRule.In(rules).IsMatch(f)) is { } line
            ? line.Split(';').First(c => FloorNoteRule.In(rules).IsMatch(c))
            : null;

    // "Tỷ lệ hộ nghèo cuối năm 2021 (%)" under goals for 2025 (corpus/blind m05): where a place
    // stood, not where it is to be. Years as a header cell names them (rule table.year).
    private static bool NamesEarlierYear(RuleBook rules, string folded, string captionYear) =>
        CellYearRule.In(rules).Matches(folded).Any(m => string.CompareOrdinal(m.Value, captionYear) < 0);

    // The first row's figures, wherever the rows start (a whole area's row or a group's heading
    // first): how many columns of figures the table has.
    private static Row? FirstRow(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, bool hasUnit)
    {
        if (i < lines.Count && StartsGroup(rules, lines, i))
        {
            i += 2;
        }
        if (i < lines.Count && StartsWhole(rules, lines, i))
        {
            return ReadRow(rules, lines, i, hasUnit: false, columns: int.MaxValue, next: 1);
        }
        return i < lines.Count && TableCells.IsRowNumber(rules, lines[i], 1) ? ReadRow(rules, lines, i + 1, hasUnit, int.MaxValue, next: 2) : null;
    }

    // A row from its name cell: the name's lines, the unit's cell (one or two short lines right
    // before the figures: "xã", "Triệu" / "đồng"), then up to `columns` figures — fewer when the
    // next row starts (row `next` or a new group's 1, then a name; "70" / "Ngoài ra: …" after row 5
    // is its last figure and the text below, corpus/blind u07).
    private static Row? ReadRow(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, bool hasUnit, int columns, int next)
    {
        var name = new List<string>();
        for (; i < lines.Count && name.Count < MaxNameLines && !ValueCellRule.In(rules).IsMatch(lines[i].Folded) && TableCells.IsCell(rules, lines[i]); i++)
        {
            name.Add(lines[i].Text.Trim());
        }
        string? unit = null;
        if (hasUnit && name.Count > 1 && IsUnitCell(name[^1]))
        {
            unit = name[^1];
            name.RemoveAt(name.Count - 1);
            // "Triệu" / "đồng", "Triệu" / "USD" (corpus/blind n01): a unit's head on the line above.
            if (name.Count > 1 && UnitHeadRule.In(rules).IsMatch(VietnameseText.Fold(name[^1])))
            {
                unit = name[^1] + " " + unit;
                name.RemoveAt(name.Count - 1);
            }
            unit = unit.Length > 1 && char.IsUpper(unit[0]) && char.IsLower(unit[1]) ? char.ToLowerInvariant(unit[0]) + unit[1..] : unit;
        }
        if (name.Count == 0)
        {
            return null;
        }
        // A part's mark is no part of its name ("- Công nghiệp - xây dựng", rule target.table-inline-part).
        var rowName = VietnameseText.CollapseSpaces(string.Join(' ', name)).TrimEnd(':', ' ').TrimStart('-', '+', '–', ' ');
        if (unit is not null)
        {
            unit = PerUnit(rowName, unit);
        }
        var figures = new List<SourceLine>();
        for (; i < lines.Count && figures.Count < columns && ValueCellRule.In(rules).IsMatch(lines[i].Folded) && !StartsRow(rules, lines, i, next) && !StartsRow(rules, lines, i, 1); i++)
        {
            figures.Add(lines[i]);
        }
        return new Row(rowName, unit, figures, i);
    }

    // "Số bác sĩ/vạn dân" with the unit "Bác sĩ" (corpus/blind n01): what the unit is counted per
    // is in the indicator's name, "bác sĩ/vạn dân".
    private static string PerUnit(string name, string unit)
    {
        var folded = VietnameseText.Fold(name);
        var at = folded.IndexOf(VietnameseText.Fold(unit) + "/", StringComparison.Ordinal);
        if (at < 0)
        {
            return unit;
        }
        var end = name.IndexOfAny(['(', ',', ';'], at);
        return name[at..(end < 0 ? name.Length : end)].Trim();
    }

    // Where the rows start: row 1's number then its name, a whole area's row, a group's heading.
    private static bool StartsData(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) =>
        StartsRow(rules, lines, i, 1) || StartsWhole(rules, lines, i) || StartsGroup(rules, lines, i);

    // Row n's number cell, then a name (a figure after it makes it a figure; so does a group's cell
    // after it: "1" / "B" / "CHỈ TIÊU XÃ HỘI" is the last figure of a row and the next group, ai04).
    private static bool StartsRow(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, int n) =>
        TableCells.StartsRow(rules, lines, i, n, IsFigure) && !StartsGroup(rules, lines, i + 1);

    // A figure, or the whole area's or the total's name: what no row's number is followed by ("14" /
    // "Tổng cộng" is row 13's last figure and the total, corpus/blind v01).
    private static bool IsFigure(RuleBook rules, SourceLine line) =>
        ValueCellRule.In(rules).IsMatch(line.Folded) || TotalRule.In(rules).IsMatch(line.Folded) || WholeRule.In(rules).IsMatch(line.Folded);

    // A unit's cell: a word or two ("xã", "%", "Triệu" / "đồng"), or a unit per head and year
    // ("triệu đồng/người/năm", corpus/blind u07).
    private static bool IsUnitCell(string cell) =>
        cell.Length <= MaxUnitLength || (cell.Length <= MaxPerUnitLength && cell.Contains('/', StringComparison.Ordinal) && !cell.Any(char.IsDigit));

    // "Toàn tỉnh" / "Tổng cộng" alone on a line, then figures.
    // "Toàn huyện" last among the places' columns, over "1" / "Tỷ lệ người dân tham gia BHYT" (corpus/blind
    // at07), is the header's: row 1 follows it, not figures.
    private static bool StartsWhole(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) =>
        (TotalRule.In(rules).IsMatch(lines[i].Folded) || WholeRule.In(rules).IsMatch(lines[i].Folded))
        && i + 1 < lines.Count && ValueCellRule.In(rules).IsMatch(lines[i + 1].Folded) && !StartsRow(rules, lines, i + 1, 1);

    // "I" / "Chỉ tiêu về kinh tế": a group's number, then its name.
    private static bool StartsGroup(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) => TableCells.StartsGroup(rules, lines, i, IsFigure);

    // "Chỉ tiêu giảm hộ nghèo năm" → "Chỉ tiêu giảm hộ nghèo": the year's own words go with the year.
    private static string TrimYearWords(string indicator)
    {
        foreach (var tail in (string[])[" đến năm", " năm", " đến", " đạt đến", " đạt"])
        {
            if (indicator.EndsWith(tail, StringComparison.Ordinal))
            {
                indicator = indicator[..^tail.Length];
            }
        }
        return indicator;
    }
}
