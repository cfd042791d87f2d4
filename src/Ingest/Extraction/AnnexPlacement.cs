using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// An annex printed after the last document of a file belongs to the document its caption names:
/// a plan, then the outline of the report it asks for, then "PHỤ LỤC" / "CHỈ TIÊU GIẢM HỘ NGHÈO NĂM
/// 2022 CỦA CÁC XÃ, THỊ TRẤN" / "(Kèm theo Kế hoạch số 72/KH-UBND ngày 28/3/2022 …)" and its table
/// (corpus/blind c08): the table is the plan's, though it stands below the outline's signature.
/// Rules section.annex-of.
/// </summary>
public static class AnnexPlacement
{
    private static readonly RuleRef AnnexOfRule = new("section.annex-of");

    /// <summary>
    /// The segments with each annex moved to the end of the document its caption names by number,
    /// when that is another document of the file; the same list when none moves.
    /// </summary>
    public static IReadOnlyList<DocumentSplitter.Segment> Place(RuleBook rules, IReadOnlyList<DocumentSplitter.Segment> segments, IReadOnlyList<DocumentHeader> headers)
    {
        if (segments.Count < 2)
        {
            return segments;
        }
        var result = segments.ToList();
        for (var k = 1; k < result.Count; k++)
        {
            var lines = result[k].Lines;
            var recipients = -1;
            for (var c = Math.Max(0, result[k].AnchorIndex); c < lines.Count; c++)
            {
                if (lines[c].OpensRecipients)
                {
                    recipients = c;
                }
                if (recipients < 0 || AnnexOfRule.In(rules).Match(lines[c].Folded) is not { Success: true } caption)
                {
                    continue;
                }
                var cited = caption.Groups["n"].Value;
                var owner = Enumerable.Range(0, result.Count).FirstOrDefault(m => m != k && headers[m].Number is { } n && VietnameseText.Fold(n) == cited, -1);
                if (owner < 0)
                {
                    break;
                }
                // The annex's own heading in capitals stands above its caption.
                var start = c;
                while (start - 1 > recipients && VietnameseText.IsAllCaps(lines[start - 1].Text))
                {
                    start--;
                }
                result[owner] = result[owner] with { Lines = [.. result[owner].Lines, .. lines.Skip(start)] };
                result[k] = result[k] with { Lines = [.. lines.Take(start)] };
                break;
            }
        }
        return result;
    }
}
