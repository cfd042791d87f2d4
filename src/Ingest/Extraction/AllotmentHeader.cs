using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// The header of a table that sets what each place has beside what it is given: "TT" / "Xã, thị
/// trấn" / "Công dân trong độ tuổi gọi nhập ngũ" / "Số đã sơ tuyển" / "Chỉ tiêu gọi khám sức khỏe"
/// / "Chỉ tiêu giao quân" (corpus/blind u01), or "Chỉ tiêu giao" spanning "Gọi khám sức khỏe" /
/// "Giao quân" (t04). The columns a "Chỉ tiêu …" cell names, or that a bare "Chỉ tiêu giao" spans,
/// allot; the columns before are facts and allot nothing. What they count is the bracket a column
/// ends on, the table's "Đơn vị tính:", or the unit another header cell opens on ("Công dân …"):
/// the people the facts count are those allotted. Read only when the cells are as many as the
/// first row's figures; any other header is <see cref="QuotaTable"/>'s to read. Rule
/// quota.table-allotment-column.
/// </summary>
internal static class AllotmentHeader
{
    private static readonly RuleRef AllotmentColumnRule = new("quota.table-allotment-column");
    private static readonly RuleRef HolderColumnRule = new("quota.table-holder-column");
    private static readonly RuleRef LevelColumnRule = new("quota.table-level-column");
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef NoteColumnRule = new("quota.table-note-column");
    private static readonly RuleRef LeadUnitRule = new("quota.table-lead-unit");
    private static readonly RuleRef ClassifierRule = new("quota.table-classifier");
    private static readonly RuleRef BareYearCellRule = new("quota.table-year-cell");
    private static readonly RuleRef FactColumnRule = new("target.table-fact-column");
    private static readonly RuleRef MeasureColumnRule = new("quota.table-measure-column");

    /// <summary>The header whose "STT" cell is line <paramref name="start"/>, when it is such a header; else null.</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="lines">The body's lines.</param>
    /// <param name="start">The index of the header's "STT" cell.</param>
    /// <param name="end">Where the header ends: at row 1, or at the first group's row ("I" / "Cụm thi đua số
    /// 1", corpus/blind ap02) (QuotaTable.HeaderEnd).</param>
    /// <param name="measured">The unit "Đơn vị tính:" under the caption gives, or null.</param>
    public static HeaderColumns? Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, int end, string? measured)
    {
        var i = end;
        var header = Enumerable.Range(start + 1, end - start - 1).Select(k => lines[k].Text.Trim()).ToList();
        var first = i;
        for (; first < lines.Count && first - i <= QuotaTable.MaxHeaderLines && !TableCells.IsRowNumber(rules, lines[first], 1); first++)
        {
        }
        if (first >= lines.Count)
        {
            return null;
        }
        var figures = QuotaTable.FirstRowShape(rules, lines, first).Figures;
        var cells = QuotaTable.Unwrapped(rules, header);
        return Read(rules, cells, figures, measured, i)
            // "Số liều vắc xin" / "MR phân bổ" / "(liều)" (corpus/blind u06): a line that opens on an
            // acronym may go on the cell above it.
            ?? Read(rules, AcronymsJoined(cells), figures, measured, i)
            ?? (WithoutFields(rules, cells, figures) is { } leaves ? Read(rules, leaves, figures, measured, i) : null);
    }

    // The cells without the fields over the columns (TableHeader.Fields), after the holders' cell:
    // "Đơn vị" / "Quốc phòng" / … / "Giao quân (người)" / … (corpus/blind ar02); null for any other header.
    private static List<string>? WithoutFields(RuleBook rules, List<string> cells, int figures)
    {
        var h = cells.FindIndex(c => HolderColumnRule.In(rules).IsMatch(VietnameseText.Fold(c)));
        return h >= 0 && TableHeader.Fields(rules, cells[(h + 1)..], figures) is > 0 and var fields
            ? [.. cells.Take(h + 1), .. cells.Skip(h + 1 + fields)]
            : null;
    }

    private static HeaderColumns? Read(RuleBook rules, List<string> cells, int figures, string? measured, int i)
    {
        if (!cells.Any(c => AllotmentColumnRule.In(rules).IsMatch(VietnameseText.Fold(c))))
        {
            return null;
        }
        var h = cells.FindIndex(c => HolderColumnRule.In(rules).IsMatch(VietnameseText.Fold(c)));
        if (h < 0)
        {
            return null;
        }
        var level = LevelColumnRule.In(rules).IsMatch(VietnameseText.Fold(cells[h])) ? cells[h].ToLowerInvariant() : null;
        var columns = new List<(string Cell, bool Allots, string? Purpose)>();
        var (total, notes, spanning) = (false, false, false);
        foreach (var cell in cells.Skip(h + 1))
        {
            var folded = VietnameseText.Fold(cell);
            if (TotalRule.In(rules).IsMatch(folded))
            {
                total = true;
            }
            else if (NoteColumnRule.In(rules).IsMatch(folded))
            {
                notes = true;
            }
            else if (AllotmentColumnRule.In(rules).Match(folded) is { Success: true } allotment)
            {
                // "Chỉ tiêu giao" alone heads the columns under it; "Chỉ tiêu giao quân" is one.
                var what = allotment.Groups["what"];
                spanning = allotment.Groups["span"].Success;
                if (what.Success)
                {
                    // What the column is given for, without the unit it is counted in ("Chỉ tiêu khám sàng lọc
                    // (người)", corpus/blind aw03: khám sàng lọc).
                    var purpose = cell.Substring(what.Index, what.Length).Trim();
                    columns.Add((cell, true, HeaderBracket.Of(rules, purpose) is { } unit ? purpose[..unit.Index].Trim() : purpose));
                }
            }
            // "Chỉ tiêu hiến máu (đơn vị máu)" / "Người đăng ký hiến máu dự bị (người)" (corpus/blind as06),
            // "Chỉ tiêu giao quân (công dân)" / "Lớp tập huấn KHKT (lớp)" (w02): after a column that allots,
            // one that counts people or things in its bracket allots too, unless it says what stood
            // before (rule target.table-fact-column), or measures a place or a part of another (rule
            // quota.table-measure-column).
            else if (!spanning && columns.Exists(c => c.Allots) && HeaderBracket.CountedIn(rules, cell) is { } counted and not "%"
                && !FactColumnRule.In(rules).IsMatch(folded) && !MeasureColumnRule.In(rules).IsMatch(folded))
            {
                columns.Add((cell, true, cell[..HeaderBracket.Of(rules, cell)!.Value.Index].Trim()));
            }
            else
            {
                columns.Add((cell, spanning, spanning ? cell : null));
            }
        }
        // "Chỉ tiêu giao quân năm 2024" over "Quân đội" / "Công an" (corpus/blind y04), "Số hộ được hỗ
        // trợ (hộ)" over "Xây mới" / "Sửa chữa" beside "Kinh phí hỗ trợ (triệu đồng)" (z02): a cell
        // that names what is allotted may still span the cells of the second header row; a money
        // cell beside it is of the first row, and its column comes after the spanned ones. The
        // figures tell. What a spanned column counts: the spanning cell's unit and its own words
        // ("hộ xây mới"), else the table's measure.
        var spannedUnits = new Dictionary<int, string>();
        // The cell that spans is the last that allots: "Số hộ được hỗ trợ (hộ)" / "Số con giống phân bổ
        // (con)" / "Kinh phí hỗ trợ (triệu đồng)" / "Trâu cái sinh sản" / "Bò cái sinh sản" (aa02).
        if (columns.Count + (total ? 1 : 0) == figures + 1 && columns.FindLastIndex(c => c.Allots) is var named and >= 0)
        {
            var (upper, lower) = (columns[named], columns.Skip(named + 1).ToList());
            var money = lower.Where(c => HeaderBracket.IsMeasure(rules, c.Cell)).ToList();
            var parts = lower.Where(c => !HeaderBracket.IsMeasure(rules, c.Cell)).ToList();
            if (parts.Count >= 2)
            {
                var unit = HeaderBracket.CountedIn(rules, upper.Cell);
                // "Chỉ tiêu đào tạo (người)" over "Năm 2023" / "Năm 2024" / "Năm 2025" (corpus/blind am02): a
                // part that is a year says when, not what; the spanning cell's unit counts it.
                bool IsYear(string cell) => BareYearCellRule.In(rules).IsMatch(VietnameseText.Fold(cell));
                var what = upper.Purpose is { } p && HeaderBracket.Of(rules, p) is { } b ? p[..b.Index].Trim() : upper.Purpose;
                columns = [.. columns.Take(named), .. parts.Select(c => (c.Cell, true, (string?)(IsYear(c.Cell) ? what + " " + c.Cell.ToLowerInvariant() : c.Cell + " " + upper.Purpose))), .. money];
                // A classifier ("(con)" over "Trâu cái sinh sản", aa02) counts what the cell under it names.
                var classifier = unit is not null && ClassifierRule.In(rules).IsMatch(VietnameseText.Fold(unit.ToLowerInvariant()));
                for (var k = 0; unit is not null && k < parts.Count; k++)
                {
                    spannedUnits[named + k] = IsYear(parts[k].Cell) ? unit : classifier ? parts[k].Cell.ToLowerInvariant() : unit + " " + parts[k].Cell.ToLowerInvariant();
                }
            }
        }
        if (!columns.Any(c => c.Allots) || columns.Count + (total ? 1 : 0) != figures)
        {
            return null;
        }
        // What the allotted columns count when they do not say: the table's measure, or the unit a
        // header cell opens on ("Công dân nam trong độ tuổi …").
        var people = measured ?? cells.Skip(h + 1).Select(c => LeadUnitRule.In(rules).Match(VietnameseText.Fold(c)) is { Success: true } m ? c.Substring(m.Groups["unit"].Index, m.Groups["unit"].Length) : null)
            .FirstOrDefault(u => u is not null);
        // "Số hộ được hỗ trợ nhà ở" (corpus/blind v01) counts the unit after its "Số".
        var units = columns.Select((c, k) => c.Allots ? spannedUnits.GetValueOrDefault(k) ?? HeaderBracket.CountedIn(rules, c.Cell) ?? CountedUnit(rules, c.Cell) ?? people : null).ToList();
        if (units.Where((u, k) => columns[k].Allots && u is null).Any())
        {
            return null;
        }
        return new HeaderColumns(units, [.. columns.Select(c => c.Purpose is { } p ? char.ToLowerInvariant(p[0]) + p[1..] : null)], total, notes, level, i);
    }

    // Cells with each one that opens on an acronym followed by small words ("MR phân bổ (liều)")
    // joined to the cell above it, unless that one is closed by its bracket.
    private static List<string> AcronymsJoined(List<string> cells)
    {
        var joined = new List<string>();
        foreach (var cell in cells)
        {
            var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (joined.Count > 0 && !joined[^1].EndsWith(')') && words.Length > 1 && words[0].Length > 1 && words[0].All(char.IsUpper) && char.IsLower(words[1][0]))
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

    // "Số hộ được hỗ trợ nhà ở": the unit its "Số" counts, when the vocabulary knows it.
    private static string? CountedUnit(RuleBook rules, string cell) =>
        QuotaTable.CountedUnit(rules, cell) is { Known: true } counted ? counted.Unit : null;
}
