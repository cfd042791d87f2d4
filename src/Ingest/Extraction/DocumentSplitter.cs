using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Splits a file's lines into its documents. A file often holds a cover letter (Công văn) that
/// forwards a plan, the plan, and an attached report outline (Đề cương); each begins with a
/// header block — issuer, "Số: …", place and date — above a type heading ("KẾ HOẠCH") or, for a
/// letter, a subject line ("V/v …").
/// </summary>
public sealed class DocumentSplitter(RuleBook rules)
{
    private static readonly RuleRef HeaderFormLabelRule = new("header.form-label");
    private static readonly RuleRef HeaderChapterLabelRule = new("header.chapter-label");

    /// <summary>A document's lines and where its type heading (or subject) stands among them.</summary>
    public sealed record Segment(IReadOnlyList<SourceLine> Lines, int AnchorIndex, HeaderLineKind AnchorKind);

    /// <summary>Splits lines into segments in reading order; a file without any header is one segment.</summary>
    public IReadOnlyList<Segment> Split(IReadOnlyList<SourceLine> lines)
    {
        var kinds = lines.Select(l => HeaderLine.Classify(rules, l)).ToArray();
        var anchors = FindAnchors(lines, kinds);
        if (anchors.Count == 0)
        {
            return [new Segment(lines, -1, HeaderLineKind.None)];
        }
        var starts = new List<int>();
        var previousAnchor = -1;
        foreach (var anchor in anchors)
        {
            var start = anchor;
            // Walk back over the header block: issuer, motto, number, place-date and blank lines.
            for (var i = anchor - 1; i > previousAnchor; i--)
            {
                var k = kinds[i];
                if (k is HeaderLineKind.None or HeaderLineKind.KindHeading)
                {
                    break;
                }
                if (k is not HeaderLineKind.Blank)
                {
                    start = i;
                }
            }
            starts.Add(starts.Count == 0 ? 0 : start);
            previousAnchor = anchor;
        }
        var segments = new List<Segment>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : lines.Count;
            var slice = lines.Skip(starts[s]).Take(end - starts[s]).ToList();
            segments.Add(new Segment(slice, anchors[s] - starts[s], kinds[anchors[s]]));
        }
        return segments;
    }

    private List<int> FindAnchors(IReadOnlyList<SourceLine> lines, HeaderLineKind[] kinds)
    {
        var anchors = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == HeaderLineKind.KindHeading && !FollowsHeading(lines, kinds, i) && !UnderChapterLabel(lines, kinds, i) && !UnderFormLabel(lines, i))
            {
                // A heading right after a letter's subject block belongs to the same document only
                // when no body text came between; otherwise it starts a new one.
                anchors.Add(i);
            }
            else if (kinds[i] == HeaderLineKind.Subject && !HeadingFollows(lines, kinds, i))
            {
                anchors.Add(i);
            }
        }
        return anchors;
    }

    // "Mẫu số 01" / "Mẫu báo cáo …" / "(Kèm theo Quy chế …)" / "TÊN ĐƠN VỊ" … "BÁO CÁO THÀNH TÍCH"
    // (hanoi-decisions 35.2024): a numbered form printed at the end of a regulation is part of it,
    // not a document of the file — within the twenty lines above its heading (title, caption, header table) stands its label.
    private bool UnderFormLabel(IReadOnlyList<SourceLine> lines, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 20); j--)
        {
            if (HeaderFormLabelRule.In(rules).IsMatch(lines[j].Folded))
            {
                return true;
            }
        }
        return false;
    }

    // "NGHỊ QUYẾT" / "QUY ĐỊNH MỨC TRÍCH …" (provincial-resolutions 126-2017): a title that starts
    // with a kind's name, right under the heading, is the title, not another document; so is
    // one under the title's first capital lines ("NGHỊ QUYẾT / VỀ VIỆC THÔNG QUA / PHƯƠNG ÁN ĐIỀU
    // CHỈNH KẾ HOẠCH VỐN …", provincial-resolutions 110-2017) or under a "V/v" line.
    private static bool FollowsHeading(IReadOnlyList<SourceLine> lines, HeaderLineKind[] kinds, int i)
    {
        var j = i - 1;
        var titleLines = 0;
        while (j >= 0 && (kinds[j] is HeaderLineKind.Blank or HeaderLineKind.Subject
            || (kinds[j] == HeaderLineKind.None && titleLines < 3 && VietnameseText.IsAllCaps(lines[j].Text))))
        {
            titleLines += kinds[j] == HeaderLineKind.Blank ? 0 : 1;
            j--;
        }
        return j >= 0 && kinds[j] == HeaderLineKind.KindHeading;
    }



    // "Chương I" / "QUY ĐỊNH CHUNG" (hanoi-decisions QĐ 03/2025): a chapter's name that starts
    // with a kind's name heads a chapter, not a document.
    private bool UnderChapterLabel(IReadOnlyList<SourceLine> lines, HeaderLineKind[] kinds, int i)
    {
        var j = i - 1;
        while (j >= 0 && kinds[j] == HeaderLineKind.Blank)
        {
            j--;
        }
        return j >= 0 && HeaderChapterLabelRule.In(rules).IsMatch(lines[j].Folded);
    }

    // A plan may carry a "V/v" line in its header too; then its type heading is the anchor. The
    // subject runs on over the lines right under it, up to the letter's body ("Kính gửi:", "Thực
    // hiện …", rule header.body-start); after that, header lines may come (the right-hand column read
    // after the left), and body text means no heading is coming. A letter's whole body is no
    // subject: a cover letter whose header holds both columns on one line (corpus/blind c02) ran
    // on to the plan it forwards, and took the plan's heading as its own.
    private bool HeadingFollows(IReadOnlyList<SourceLine> lines, HeaderLineKind[] kinds, int subject)
    {
        var i = subject + 1;
        while (i < kinds.Length && kinds[i] == HeaderLineKind.None && !HeaderLine.StartsBody(rules, lines[i]))
        {
            i++;
        }
        for (; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case HeaderLineKind.KindHeading:
                    return true;
                case HeaderLineKind.None:
                    return false;
            }
        }
        return false;
    }
}
