using System.Text.RegularExpressions;

namespace Ingest.Restoration;

/// <summary>
/// The letters of a list's points ("a)", "b)", "c)" … in the order of Decree 30/2020/NĐ-CP:
/// a b c d đ e g h i k l m n …) where OCR read one as another sign. Danang-scans 3.pdf page 2
/// reads its italic "a)" as "4)" and "8)", each one line before its "b)"; a harsh render reads
/// "c)" as "€)" after "b)". A marker that is no point letter takes the letter its neighbours
/// put there: the one before the next point's, or after the previous point's when the next
/// says nothing. Markers that are letters already, and numbered lists' ("2)" near "1)" or
/// "3)"), are left as they are. A dash that opens an item and came out as "~" is a dash again.
/// </summary>
public static partial class ListMarkers
{
    /// <summary>The letters of points, in order.</summary>
    public const string Letters = "abcdđeghiklmnopqrstuvxy";

    // Neighbours further apart than this many lines are different lists.
    private const int MaxGap = 40;

    /// <summary>The lines with each misread point letter mended; others as they are.</summary>
    public static string[] Mend(string[] lines)
    {
        var markers = new List<(int Line, Match Match)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var m = Marker().Match(lines[i]);
            if (m.Success)
            {
                markers.Add((i, m));
            }
        }
        var result = (string[])lines.Clone();
        for (var i = 0; i < result.Length; i++)
        {
            // An item's dash read as a tilde: "~ Tòa án nhân dân tối cao;" among "- Văn phòng
            // Quốc hội;" (vbpl pline_2's Nơi nhận), "~ Ủy ban nhân dân" (official harsh a06). A
            // line of a Vietnamese document never opens on a tilde.
            if (TildeDash().Match(result[i]) is { Success: true } dash)
            {
                result[i] = string.Concat(result[i].AsSpan(0, dash.Index), "-", result[i].AsSpan(dash.Index + 1));
            }
        }
        for (var k = 0; k < markers.Count; k++)
        {
            var sign = markers[k].Match.Groups["sign"].Value;
            if (Letters.Contains(sign, StringComparison.Ordinal))
            {
                continue;
            }
            var before = k > 0 && markers[k].Line - markers[k - 1].Line <= MaxGap ? markers[k - 1].Match.Groups["sign"].Value : null;
            var after = k + 1 < markers.Count && markers[k + 1].Line - markers[k].Line <= MaxGap ? markers[k + 1].Match.Groups["sign"].Value : null;
            if (char.IsDigit(sign[0]) && InNumberedList(markers, k))
            {
                continue;
            }
            var fromAfter = after is not null && Letters.IndexOf(after, StringComparison.Ordinal) is > 0 and var n ? Letters[n - 1] : (char?)null;
            var fromBefore = before is not null && Letters.IndexOf(before, StringComparison.Ordinal) is >= 0 and var p && p + 1 < Letters.Length ? Letters[p + 1] : (char?)null;
            // A list starts again at "a)": then the next point alone decides.
            var letter = fromAfter is { } x && (fromBefore is null || fromBefore == x || x == 'a') ? x
                : fromAfter is null ? fromBefore
                : null;
            if (letter is { } l)
            {
                var g = markers[k].Match.Groups["sign"];
                result[markers[k].Line] = string.Concat(lines[markers[k].Line].AsSpan(0, g.Index), l.ToString(), lines[markers[k].Line].AsSpan(g.Index + g.Length));
            }
        }
        return result;
    }

    // "3)" with a "2)" or "4)" near it is a numbered list's, though points "a)", "b)" come between.
    private static bool InNumberedList(List<(int Line, Match Match)> markers, int k)
    {
        var digit = markers[k].Match.Groups["sign"].Value[0];
        return markers.Any(m => Math.Abs(m.Line - markers[k].Line) <= MaxGap
            && m.Match.Groups["sign"].Value[0] is var d && char.IsDigit(d) && Math.Abs(d - digit) == 1);
    }

    // A point's marker opens its line: one sign and ")" ("a) Đơn vị chủ trì", "4) Đơn vị …").
    [GeneratedRegex(@"^\s*(?<sign>[^\s()\-–+•*])\)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    // A tilde alone before an item's first word: "~ Ngân hàng Phát triển Việt Nam;".
    [GeneratedRegex(@"(?<=^\s*)~(?=\s+\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex TildeDash();
}
