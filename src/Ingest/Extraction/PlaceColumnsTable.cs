using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// An allocation table set the other way round, the places as its columns and what is allotted as
/// its rows: "TT" / "Môn thi đấu" / "Thị trấn Cam Lộ" / "Cam Chính" / … / "Xã Cam Thành" / … /
/// "Cộng", then "1" / "Bóng đá nam (sân 7 người)" / "12" / "12" / … (corpus/blind au01, under
/// "BẢNG PHÂN BỔ SỐ LƯỢNG VẬN ĐỘNG VIÊN …" / "(Đơn vị tính: vận động viên)"). Each place is a holder
/// and gets, row by row, its column's figure of what the row names, counted in the row's own bracket
/// ("Kéo co nam nữ (đội)") or the table's unit. Read only under a caption that allots, when three
/// header cells or more are places and one of them names its level; a level that names many places
/// ("Xã" set over the communes' columns) goes to the places beside it that name none (rules
/// quota.table-place-cell, quota.table-spreading-level).
/// </summary>
internal static class PlaceColumnsTable
{
    private static readonly RuleRef HolderColumnRule = new("quota.table-holder-column");
    private static readonly RuleRef PlaceCellRule = new("quota.table-place-cell");
    private static readonly RuleRef SpreadingRule = new("quota.table-spreading-level");
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef WholeRule = new("target.table-whole");
    private static readonly RuleRef UnitColumnRule = new("target.table-unit-column");
    private static readonly RuleRef CountCellRule = new("quota.table-count-cell");

    // The fewest place columns that make such a table.
    private const int MinPlaces = 3;

    // The most lines a row that gives no figure per place may run to.
    private const int MaxRowLines = 4;

    /// <summary>The table whose "STT" cell is line <paramref name="start"/>, when it is one with places as its columns; else null.</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="lines">The body's lines, one cell per line.</param>
    /// <param name="start">The index of the header's "STT" cell.</param>
    /// <param name="caption">What the caption above says (<see cref="TableCaption"/>).</param>
    public static QuotaTable? Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, TableCaption caption)
    {
        if (!caption.Allots)
        {
            return null;
        }
        var i = start + 1;
        var header = new List<string>();
        for (; i < lines.Count && i - start <= QuotaTable.MaxHeaderLines && !TableCells.IsRowNumber(rules, lines[i], 1); i++)
        {
            if (!lines[i].IsBlank)
            {
                header.Add(lines[i].Text.Trim());
            }
        }
        // The rows' names ("Môn thi đấu"), no holders; a column of units may follow them.
        if (i >= lines.Count || header.Count < MinPlaces + 1 || HolderColumnRule.In(rules).IsMatch(VietnameseText.Fold(header[0])))
        {
            return null;
        }
        var columns = header.Skip(UnitColumnRule.In(rules).IsMatch(VietnameseText.Fold(header[1])) ? 2 : 1).ToList();
        var unitColumn = columns.Count < header.Count - 1;
        var total = columns.Count > 0 && VietnameseText.Fold(columns[^1]) is var last && (TotalRule.In(rules).IsMatch(last) || WholeRule.In(rules).IsMatch(last));
        if (total)
        {
            columns.RemoveAt(columns.Count - 1);
        }
        if (Places(rules, columns) is not { } places)
        {
            return null;
        }
        var allotted = places.Select(_ => new List<(int, string, string?)>()).ToList();
        for (var n = 1; i < lines.Count && TableCells.IsRowNumber(rules, lines[i], n); n++)
        {
            var name = lines[++i].Text.Trim();
            i++;
            var unitCell = unitColumn && i < lines.Count && !CountCellRule.In(rules).IsMatch(lines[i].Folded) ? lines[i++].Text.Trim() : null;
            var figures = new List<string>();
            for (; i < lines.Count && figures.Count < places.Count + (total ? 1 : 0) && CountCellRule.In(rules).IsMatch(lines[i].Folded); i++)
            {
                figures.Add(lines[i].Text.Trim());
            }
            if (figures.Count != places.Count + (total ? 1 : 0))
            {
                // "5" / "Truyền thông lưu động tại khu dân cư (buổi)" / "Mỗi xã, thị trấn 02 buổi" / "16"
                // (corpus/blind av01): a row written across the places in words is no column's; the
                // rows after it are read on.
                for (var skipped = 0; i < lines.Count && skipped < MaxRowLines && !TableCells.IsRowNumber(rules, lines[i], n + 1) && !TotalRule.In(rules).IsMatch(lines[i].Folded); i++, skipped++)
                {
                }
                continue;
            }
            // "Kéo co nam nữ (đội)": the row's bracket counts it; else the unit column's, or the table's.
            var bracket = HeaderBracket.Of(rules, name);
            if (bracket is { Measure: true })
            {
                continue;
            }
            var unit = bracket?.Unit ?? unitCell ?? caption.Measured ?? caption.Unit;
            var what = bracket is { } b ? name[..b.Index].Trim() : name;
            for (var k = 0; unit is not null && k < places.Count; k++)
            {
                if (int.TryParse(figures[k].Replace(".", "", StringComparison.Ordinal), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0)
                {
                    allotted[k].Add((count, QuotaTable.LowerUnit(unit.Trim()), what));
                }
            }
        }
        var rows = places.Select((p, k) => new AllottedRow(p, allotted[k])).Where(r => r.Counts.Count > 0).Select(r => (r.ColonForm(), r)).ToList();
        // The total's row ("Tổng số vận động viên" / "63" / …) and its figures.
        return rows.Count == 0 ? null : new QuotaTable(rows, QuotaTable.AfterTotal(rules, lines, i), false);
    }

    // Each column's place as a holder is named ("thị trấn Cam Lộ", "xã Cam Chính"); null unless every
    // column is a place, enough of them, and one names its level.
    private static List<string>? Places(RuleBook rules, List<string> columns)
    {
        if (columns.Count < MinPlaces)
        {
            return null;
        }
        var cells = columns.Select(c => PlaceCellRule.In(rules).Match(VietnameseText.Fold(c)) is { Success: true } m
            ? (Level: c.Substring(m.Groups["level"].Index, m.Groups["level"].Length).ToLowerInvariant(), Name: c[m.Groups["name"].Index..].Trim())
            : (Level: (string?)null, Name: c.Trim())).ToList();
        if (!cells.Exists(c => c.Level is not null) || !cells.TrueForAll(c => IsName(c.Name)))
        {
            return null;
        }
        // A level set over many columns names the places beside it that name none: the nearest such
        // level on the right, else on the left. A town's ("Thị trấn Cam Lộ") is its own.
        var spreading = cells.Select(c => c.Level is { } l && SpreadingRule.In(rules).IsMatch(VietnameseText.Fold(l)) ? l : null).ToList();
        return [.. cells.Select((c, k) => c.Level is { } own ? own + " " + c.Name
            : (spreading.Skip(k + 1).FirstOrDefault(l => l is not null) ?? spreading.Take(k).LastOrDefault(l => l is not null)) is { } level ? level + " " + c.Name
            : c.Name)];
    }

    // A place's name: one to four words, each opening in a capital, no figure.
    private static bool IsName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && Array.TrueForAll(words, w => char.IsUpper(w[0]) && !w.Any(char.IsDigit));
    }
}
