using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// The header of an allocation table kept in its layout whose merged cells stand over columns of
/// their own: "Lực lượng (người)" over "Dân quân" / "Đội viên xung kích" beside "Phương tiện
/// (chiếc)" over "Ô tô" / "Xuồng máy" (corpus/blind af02), "Mô hình trình diễn (mô hình)" over
/// three kinds of model beside "Số lớp (lớp)" (ag02), "Kéo co (đội)" beside "Số vận động viên thi
/// đấu (người)" over four sports (ah02). <see cref="LayoutTable"/> knows from where each cell stands
/// which merged cell a lower cell is under (<see cref="SourceLine.Over"/>), which the one-cell-per-line
/// form loses; so each column is read with its own header path, not by counting cells. What a column
/// under a merged cell counts, <see cref="UnitUnder"/> says. Read only when the columns are as many
/// as the first row's figures; any other header is <see cref="QuotaTable"/>'s to read. Rules
/// quota.table-kind-cell, quota.table-total-column and those the column readers of QuotaTable use.
/// </summary>
internal static class SpannedHeader
{
    private static readonly RuleRef HolderColumnRule = new("quota.table-holder-column");
    private static readonly RuleRef LevelColumnRule = new("quota.table-level-column");
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef TotalColumnRule = new("quota.table-total-column");
    private static readonly RuleRef NoteColumnRule = new("quota.table-note-column");
    private static readonly RuleRef CountColumnRule = new("quota.table-count-column");
    private static readonly RuleRef LeadUnitRule = new("quota.table-lead-unit");
    private static readonly RuleRef ClassifierRule = new("quota.table-classifier");
    private static readonly RuleRef KindCellRule = new("quota.table-kind-cell");
    private static readonly RuleRef BreakdownRule = new("table.breakdown-cell");
    private static readonly RuleRef SubsetColumnRule = new("quota.table-subset-column");
    private static readonly RuleRef PeopleCellRule = new("quota.table-people-cell");
    private static readonly RuleRef BareYearCellRule = new("quota.table-year-cell");
    private static readonly RuleRef MembersColumnRule = new("quota.table-members-column");
    private static readonly RuleRef SexCellRule = new("quota.table-sex-cell");

    /// <summary>The header whose "STT" cell is line <paramref name="start"/>, when merged cells of a layout stand in it; else null.</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="lines">The body's lines, header cells whole (<see cref="HeaderView"/>).</param>
    /// <param name="start">The index of the header's "STT" cell.</param>
    /// <param name="opensRows">True for the line where the rows start (row 1, or a group's row).</param>
    /// <param name="first">The index of row 1's number cell, whose figures say how many columns the rows have.</param>
    /// <param name="measured">The unit "Đơn vị tính:" under the caption gives, or null.</param>
    /// <param name="sumsParts">True when the header's row of column numbers makes a column the sum of others (<see cref="HeaderView.SumsParts"/>).</param>
    public static HeaderColumns? Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, Func<int, bool> opensRows, int first, string? measured, bool sumsParts)
    {
        var cells = new List<SourceLine>();
        var i = start + 1;
        for (; i < lines.Count && i - start <= QuotaTable.MaxHeaderLines && !opensRows(i); i++)
        {
            cells.Add(lines[i]);
        }
        var top = cells.Where(c => c.Over is null).ToList();
        if (!cells.Exists(c => c.Over is not null) || top.Count < 2 || !HolderColumnRule.In(rules).IsMatch(top[0].Folded))
        {
            return null;
        }
        var level = LevelColumnRule.In(rules).IsMatch(top[0].Folded) ? top[0].Text.Trim().ToLowerInvariant() : null;
        // Each column with the merged cell above it, left to right, after the holders'.
        var columns = TableCells.LaidOutColumns(cells, top.Skip(1));
        var notes = false;
        while (columns.Count > 0 && columns[^1].Over is null && NoteColumnRule.In(rules).IsMatch(VietnameseText.Fold(columns[^1].Cell)))
        {
            (notes, columns) = (true, columns[..^1]);
        }
        // The rows' totals, first or last among the figures ("Tổng số vận động viên", ah02).
        var total = columns.Count > 0 && IsTotal(rules, columns[^1].Cell);
        if (total)
        {
            columns.RemoveAt(columns.Count - 1);
        }
        // "Tổng số (người)" beside "Trong đó" over "Từ 80 tuổi trở lên (người)" / "Thuộc hộ nghèo, hộ
        // cận nghèo (người)" (corpus/blind an05): the parts are of whom the total is made, no allocation
        // of their own (README-b, rule quota.table-subset-column); the total is what each row is given.
        // Under "Chia ra" the parts are the allocation and the total their sum (aj05); so under "Trong đó" where the
        // row of column numbers says so, "(3)=(4)+(5)" (bi02).
        var subset = !sumsParts && columns.Exists(c => c.Over is { } over && SubsetColumnRule.In(rules).IsMatch(VietnameseText.Fold(over)));
        if (!total && !subset && columns.Count > 0 && IsTotal(rules, columns[0].Cell))
        {
            (total, columns) = (true, columns[1..]);
        }
        if (columns.Count == 0 || QuotaTable.FirstRowShape(rules, lines, first).Figures != columns.Count + (total ? 1 : 0))
        {
            return null;
        }
        // "Cộng" under "Học viên tập huấn … (người)" beside "Cộng tác viên y tế" / "Thành viên tổ xung
        // kích" (corpus/blind al01): a merged cell's own total allots nothing.
        // "Kết nạp mới (đoàn viên)" / "Trong đó: khu vực ngoài nhà nước (đoàn viên)" under "Phát triển đoàn
        // viên" (corpus/blind at01): a column that says it is a part of the one before allots nothing.
        // "Lớp bồi dưỡng nghiệp vụ văn thư, lưu trữ" over "Cấp huyện" / "Cấp xã" under "Đơn vị tính: học viên"
        // (corpus/blind bd08): where neither the merged cell nor the column names a unit, the column is a
        // kind of what the caption measures, "học viên cấp huyện"; under "Chia ra" the parts of a total,
        // "Nghề nông nghiệp" / "Nghề phi nông nghiệp" (corpus/blind ae01), count what it measures.
        // "Số thành viên (người)" under "Tổ thu gom rác thải" beside "Số tổ (tổ)" (corpus/blind ah06): the teams' members
        // are what they are made of, no share (README-b; rule quota.table-members-column).
        // A total under a merged cell that names the unit, beside its parts (bc02): what each row is given.
        // "Cầu lông" / "Đẩy gậy" beside "Việt dã" over "Nam" / "Nữ" under "(Đơn vị tính: vận động viên)" (corpus/blind
        // bi07): a column of its own that names no unit counts what the caption measures, as the parts beside it do.
        var units = columns.Select(c => c.Over is { } over ? UnitBelow(rules, over, c.Cell, subset, measured)
            : subset && IsTotal(rules, c.Cell) ? HeaderBracket.CountedIn(rules, c.Cell)?.ToLowerInvariant()
            : UnitOf(rules, c.Cell) ?? (HeaderBracket.Of(rules, c.Cell) is null ? measured : null)).ToList();
        if (units.TrueForAll(u => u is null))
        {
            return null;
        }
        // A column that counts what the merged cell names is told apart by its own name: "Học viên tập
        // huấn … (Cộng tác viên y tế)" beside "… (Thành viên tổ xung kích)" (al01).
        // Under "Trong đó" (am01) each column is what it names: "Cây bóng mát, cảnh quan đô thị".
        // Under a year ("Năm 2025" over "Trẻ em được dạy bơi (em)", corpus/blind aw01) each column is what
        // it names in that year.
        var purposes = columns.Select((c, k) => c.Over is not { } over ? null
            : BreakdownRule.In(rules).IsMatch(VietnameseText.Fold(over)) ? Name(rules, c.Cell)
            : BareYearCellRule.In(rules).IsMatch(VietnameseText.Fold(over)) ? $"{Name(rules, c.Cell)} {over.Trim().ToLowerInvariant()}"
            : SexCellRule.In(rules).IsMatch(VietnameseText.Fold(c.Cell)) ? $"{Name(rules, over)} {c.Cell.Trim().ToLowerInvariant()}"
            : IsTotal(rules, c.Cell) ? Name(rules, over)
            : units[k] is { } u && !u.EndsWith(c.Cell, StringComparison.OrdinalIgnoreCase) ? $"{Name(rules, over)} ({c.Cell})" : Name(rules, over)).ToList();
        return new HeaderColumns(units, purposes, total, notes, level, i);
    }

    // What the column named cell counts under the merged cell over it, when the header holds parts of a total
    // (subset) or not; null for a column that allots nothing.
    private static string? UnitBelow(RuleBook rules, string over, string cell, bool subset, string? measured)
    {
        if (subset && IsTotal(rules, cell) && !SubsetColumnRule.In(rules).IsMatch(VietnameseText.Fold(over)))
        {
            return HeaderBracket.CountedIn(rules, over)?.ToLowerInvariant();
        }
        if (IsTotal(rules, cell) || subset || SubsetColumnRule.In(rules).IsMatch(VietnameseText.Fold(cell))
            || MembersColumnRule.In(rules).IsMatch(VietnameseText.Fold(Name(rules, cell))))
        {
            return null;
        }
        // "Trong đó" over "Quân đội" / "Công an" under "Đơn vị tính: công dân" (corpus/blind bi02): the parts of a
        // breakdown are where the measured go, though one names a kind of people too.
        var kind = KindUnder(rules, over, cell, measured);
        return measured is not null && kind is not null && BreakdownRule.In(rules).IsMatch(VietnameseText.Fold(over))
            ? kind
            : UnitUnder(rules, over, cell) ?? kind;
    }

    /// <summary>
    /// What a column under a merged cell counts. Under "Số vận động viên thi đấu (người)" (ah02) what the
    /// "Số" counts; under a cell that names its unit, the unit, unless the column names what it counts:
    /// a kind of the merged cell's things, "Mô hình trình diễn (mô hình)" over "Trồng sen" (ag02),
    /// counts mô hình; "Chỉ tiêu (người)" over "Tập trung" (af05) counts người; but "Thành phần tham gia
    /// (người)" over "Cán bộ, công chức, viên chức" (aj01) counts those it names, as does a column that
    /// opens on a unit the vocabulary knows, one under a classifier ("(chiếc)" over "Ô tô", af02) and
    /// one under a cell that names a kind of people or things ("Lực lượng (người)" over "Dân quân").
    /// Under a cell that names no unit ("Bằng khen của Chủ tịch UBND tỉnh" over "Tập thể"), the column's
    /// own. Money and measures allot nothing: null.
    /// </summary>
    internal static string? UnitUnder(RuleBook rules, string merged, string cell)
    {
        // "Số học viên phân bổ (người)" over "Lớp thứ nhất (hòa giải viên)" / "Lớp thứ hai (tuyên truyền
        // viên)" (corpus/blind ar04): a column's own bracket that names a kind of people says whom it counts.
        if (HeaderBracket.CountedIn(rules, cell) is { } own && PeopleCell(rules, own))
        {
            return QuotaTable.LowerUnit(own.Trim());
        }
        if (HeaderBracket.Of(rules, merged) is not { } bracket)
        {
            // "Số lượng người làm việc …" over "Sự nghiệp khác" (aw02): what the amount counts.
            // "Nhân lực thu thập thông tin" over "Điều tra viên" / "Tổ trưởng" (corpus/blind bh06): under a cell that names
            // no kind of people itself (not "Dân quân cơ động", be07, KindUnder's), a column that names one counts them.
            return QuotaTable.CountedUnit(rules, merged) is { Known: true } counted ? counted.Unit : UnitOf(rules, cell) ?? AmountOf(rules, merged, asked: true)
                ?? (PeopleCell(rules, cell) && !PeopleCell(rules, merged) && cell.Count(c => c == ' ') < 3 ? char.ToLowerInvariant(cell[0]) + cell[1..] : null);
        }
        if (bracket.Measure)
        {
            return null;
        }
        if (QuotaTable.CountedUnit(rules, merged) is { Known: true } named)
        {
            return named.Unit;
        }
        var unit = bracket.Unit.ToLowerInvariant();
        var name = VietnameseText.Fold(merged[..bracket.Index].Trim());
        // "Học viên tập huấn diệt lăng quăng, phun hóa chất (người)", "Hộ gia đình đề nghị Giấy khen …
        // (hộ)" (corpus/blind al01): a merged cell that opens on what it counts counts that; its
        // bracket only measures it, as "Số học viên (người)" counts học viên (CountedUnit).
        // ("Phương tiện (chiếc)", af02, names a kind, not the ward "phường".)
        if (!KindCellRule.In(rules).IsMatch(name) && LeadUnitRule.In(rules).Match(name) is { Success: true } lead)
        {
            return merged.Substring(lead.Groups["unit"].Index, lead.Groups["unit"].Length).ToLowerInvariant();
        }
        var folded = VietnameseText.Fold(cell);
        if (name.StartsWith(VietnameseText.Fold(unit), StringComparison.Ordinal))
        {
            return unit;
        }
        // "Quân nhân dự bị (người)" over "Sĩ quan" / "Hạ sĩ quan, binh sĩ" (corpus/blind ar08): under a bracket
        // of people, a column that names a kind of people counts them.
        if (unit == "người" && PeopleCell(rules, cell))
        {
            return char.ToLowerInvariant(cell[0]) + cell[1..];
        }
        // "Lực lượng (người)" over "Tham gia" / "Dự khán" (corpus/blind bf07): columns that name no kind of people
        // count the bracket's people.
        return LeadUnitRule.In(rules).IsMatch(folded) || ClassifierRule.In(rules).IsMatch(VietnameseText.Fold(unit)) || (KindCellRule.In(rules).IsMatch(name) && unit != "người")
            ? char.ToLowerInvariant(cell[0]) + cell[1..]
            : unit;
    }

    /// <summary>
    /// The unit a cell that asks how many opens on, "Số lượng người làm việc trong đơn vị sự nghiệp công lập" (corpus/blind
    /// aw02): "người làm việc"; unless <paramref name="asked"/>, also a cell that opens on it, "Biên chế công chức". Null
    /// when the vocabulary knows none there.
    /// </summary>
    internal static string? AmountOf(RuleBook rules, string cell, bool asked)
    {
        var folded = VietnameseText.Fold(cell.Trim());
        var from = folded.StartsWith("so luong ", StringComparison.Ordinal) ? "so luong ".Length : 0;
        if (asked && from == 0)
        {
            return null;
        }
        return LeadUnitRule.In(rules).Match(folded[from..]) is { Success: true } lead
            ? cell.Trim().Substring(from + lead.Groups["unit"].Index, lead.Groups["unit"].Length).ToLowerInvariant()
            : null;
    }

    /// <summary>
    /// What a column counts where neither it nor the merged cell above it names a unit (<see cref="UnitUnder"/>
    /// found none): under a cell that names a kind of people, that kind of the column's, "Dân quân cơ động" over
    /// "Chiến sĩ mới" / "Năm thứ 2 - 4" (corpus/blind be07) counting "dân quân cơ động - chiến sĩ mới"; else a
    /// kind of what "Đơn vị tính:" measures, "học viên cấp huyện" under a course over "Cấp huyện" (bd08), or
    /// under "Chia ra" or as a sex, "Việt dã" over "Nam" (bi07), the measure alone (ae01). Null when nothing measures them.
    /// </summary>
    internal static string? KindUnder(RuleBook rules, string merged, string cell, string? measured)
    {
        if (HeaderBracket.Of(rules, merged) is not null || HeaderBracket.Of(rules, cell) is not null)
        {
            return null;
        }
        var column = char.ToLowerInvariant(cell[0]) + cell[1..];
        return PeopleCellRule.In(rules).IsMatch(VietnameseText.Fold(merged)) ? $"{char.ToLowerInvariant(merged[0])}{merged[1..]} - {column}"
            : measured is null ? null
            : BreakdownRule.In(rules).IsMatch(VietnameseText.Fold(merged)) || SexCellRule.In(rules).IsMatch(VietnameseText.Fold(cell)) ? measured
            : $"{measured} {column}";
    }

    // What a column with no merged cell above it counts: the unit in its bracket, what its "Số"
    // counts, or the unit it is ("Tập thể"); null for a column of money or measures, or of anything else.
    private static string? UnitOf(RuleBook rules, string cell)
    {
        var folded = VietnameseText.Fold(cell);
        if (HeaderBracket.IsMeasure(rules, cell))
        {
            return null;
        }
        if (QuotaTable.CountedUnit(rules, cell) is { } counted)
        {
            return counted.Unit;
        }
        if (CountColumnRule.In(rules).Match(folded) is { Success: true } count)
        {
            return cell.Substring(count.Groups["unit"].Index, count.Groups["unit"].Length).ToLowerInvariant();
        }
        return HeaderBracket.Of(rules, cell) is not null || LeadUnitRule.In(rules).IsMatch(folded) ? QuotaTable.NamedUnit(rules, cell, null) : null;
    }

    // A bracket that names a kind of people ("hòa giải viên"), not a bare measure of them ("người").
    internal static bool PeopleCell(RuleBook rules, string unit) =>
        PeopleCellRule.In(rules).IsMatch(VietnameseText.Fold(unit.Trim().ToLowerInvariant()));

    // A merged cell's name without its unit: what the columns under it are given for.
    private static string Name(RuleBook rules, string merged) =>
        HeaderBracket.Of(rules, merged) is { } bracket ? merged[..bracket.Index].Trim() : merged;

    // The rows' totals, under the merged cell or beside it: "Tổng số" under "Chỉ tiêu tuyển dụng (người)" (ag03).
    private static bool IsTotal(RuleBook rules, string cell) =>
        VietnameseText.Fold(cell) is var folded && (TotalRule.In(rules).IsMatch(folded) || TotalColumnRule.In(rules).IsMatch(folded));
}
