using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Joins the body lines of a document (from under its title to "Nơi nhận:", the distribution
/// list) into paragraphs and gives each its section path. Wrapped lines are joined; a line starts
/// a new paragraph when it carries a label ("II.", "3.", "b)", "-", "+") or when it starts with a
/// capital after a sentence end or a blank line. An appendix after the distribution list
/// ("Phụ lục … (Kèm theo Công văn số …)", danang-scans 3.pdf, whose tasks and targets are all there)
/// is read on as part of the body, its numbering afresh.
/// </summary>
public static class BodyReader
{
    private static readonly RuleRef AppendixRule = new("section.appendix");
    private static readonly RuleRef AnnexCaptionRule = new("section.annex-caption");
    private static readonly RuleRef ArticleRule = new("section.article");

    /// <summary>The body paragraphs of a segment, in reading order.</summary>
    public static IReadOnlyList<BodyParagraph> Read(RuleBook rules, TextRepair repair, DocumentSplitter.Segment segment, int bodyStart)
    {
        // A table kept in its layout is read as the others are, one cell per line.
        var lines = LayoutTable.Cells(rules, segment.Lines, bodyStart);
        var width = TypicalWidth(lines);
        var paragraphs = new List<BodyParagraph>();
        var pending = new List<string>();
        var pendingLabel = SectionLabel.None;
        var state = new SectionState(rules);
        var blankBefore = false;
        var inDistribution = false;
        var inCaption = false;
        var captionOpen = false;

        void Flush()
        {
            if (pending.Count == 0)
            {
                return;
            }
            var text = repair.Numbers(VietnameseText.CollapseSpaces(string.Join(' ', pending)));
            paragraphs.Add(state.Add(text, pendingLabel));
            pending.Clear();
        }

        for (var i = Math.Clamp(bodyStart, 0, lines.Count); i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                blankBefore = true;
                continue;
            }
            if (AppendixRule.In(rules).IsMatch(line.Folded))
            {
                // An appendix heading ends the recipients and the signature before it, or the body
                // itself where no distribution list came first (a resolution whose signature table
                // was lost, provincial-resolutions 20); its own title and caption are skipped.
                Flush();
                (inDistribution, inCaption, blankBefore) = (false, true, true);
                state = new SectionState(rules, numbered: true);
                pendingLabel = SectionLabel.None;
                continue;
            }
            if (line.OpensRecipients)
            {
                Flush();
                inDistribution = true;
                continue;
            }
            if (inDistribution && AnnexCaptionRule.In(rules).IsMatch(line.Folded))
            {
                // An annex after the signature with no "Phụ lục" heading: "PHÂN BỔ SỐ LƯỢNG ĐỀ NGHỊ
                // TẶNG BẰNG KHEN …" / "(Kèm theo Kế hoạch số 62/KH-UBND …)" / its table (corpus/blind
                // e07). Its caption opens it; the table is the plan's.
                (inDistribution, inCaption, captionOpen, blankBefore) = (false, true, !line.Text.TrimEnd().EndsWith(')'), true);
                state = new SectionState(rules, numbered: true);
                pendingLabel = SectionLabel.None;
                continue;
            }
            if (inDistribution)
            {
                continue; // the recipients and the signature are not body
            }
            if (inCaption)
            {
                // The appendix's own title in capitals and its caption "(Kèm theo Nghị quyết số
                // 20/NQ-HĐND ngày 13 tháng 7 năm 2017 …)" (provincial-resolutions 20): they name this
                // document itself, not a document it cites.
                if ((captionOpen || VietnameseText.IsAllCaps(line.Text) || line.Text.StartsWith('(')) && !TableCells.IsStart(rules, line))
                {
                    captionOpen = (captionOpen || line.Text.StartsWith('(')) && !line.Text.TrimEnd().EndsWith(')');
                    continue;
                }
                inCaption = false;
            }
            // A table's "STT" line, read once here; most lines are no table's start.
            var tableStart = TableCells.IsStart(rules, line);
            if ((tableStart ? TaskTable.At(rules, lines, i) : TaskTable.Programme(rules, lines, i)) is { } table)
            {
                // A table of tasks, one cell per line: each row is a paragraph of its own, its
                // task, then its time under the column's own label ("Thời gian hoàn thành: Tháng
                // 4/2025"), with its leading body kept beside it.
                Flush();
                foreach (var row in table.Rows)
                {
                    var text = row.Time is null ? row.Task : row.Task.TrimEnd('.', ';', ' ') + ". " + row.TimeLabel + ": " + row.Time;
                    paragraphs.Add(state.Add(repair.Numbers(VietnameseText.CollapseSpaces(text)), SectionLabel.None) with { Lead = row.Lead });
                }
                (i, blankBefore, pendingLabel) = (table.End - 1, false, SectionLabel.None);
                continue;
            }
            if ((tableStart ? TargetTable.At(rules, lines, i) : TargetTable.Unnumbered(rules, lines, i)) is { } goals)
            {
                // A table of goals: each row a paragraph of its indicator or place, its goals read
                // from its figures by column (a figure's year is its column's, not in its text).
                Flush();
                // A table of places may set goals and allot beside them: "Chỉ tiêu tỷ lệ tiêm (≥ %)"
                // and "Số liều vắc xin MR phân bổ (liều)" per district (corpus/blind u06).
                var beside = goals.PerPlace ? QuotaTable.At(rules, lines, i) is { Marked: true } marked ? marked : null : null;
                foreach (var ((row, targets), k) in goals.Rows.Select((r, k) => (r, k)))
                {
                    // The whole area's row ("Toàn tỉnh") is no one place's: its goals may repeat the text's (TargetFinder).
                    paragraphs.Add(state.Add(row, SectionLabel.None) with { Goals = beside is null ? targets : [.. targets.Where(t => !Allotted(beside, t))], GoalsPerPlace = goals.PerPlace && k < goals.Rows.Count - goals.WholeRows });
                }
                var end = goals.End;
                if (beside is not null)
                {
                    foreach (var (text, row) in beside.Rows)
                    {
                        paragraphs.Add(state.Add(repair.Numbers(text), SectionLabel.None) with { Allotted = row });
                    }
                    end = Math.Max(end, beside.End);
                }
                (i, blankBefore, pendingLabel) = (end - 1, false, SectionLabel.None);
                continue;
            }
            if ((tableStart ? QuotaTable.At(rules, lines, i) : UnnumberedQuotaTable.At(rules, lines, i)) is { } allotted)
            {
                // A table of allocations: each row a paragraph in the colon form, "Huyện Long Hồ: 02
                // tập thể, 03 cá nhân", under the heading above the table.
                Flush();
                foreach (var (text, row) in allotted.Rows)
                {
                    paragraphs.Add(state.Add(repair.Numbers(text), SectionLabel.None) with { Allotted = row });
                }
                (i, blankBefore, pendingLabel) = (allotted.End - 1, false, SectionLabel.None);
                continue;
            }
            var label = SectionLabel.Read(rules, line.Text);
            var startsNew = label.Kind != SectionLabelKind.None || pending.Count == 0
                || (StartsCapital(line.Text) && (blankBefore || EndsSentence(pending[^1])) && !(!blankBefore && CountAfterName(pending[^1], line.Text)))
                || EndsCapitalsHeading(pending, line.Text)
                || EndsBodyHeading(rules, pending, pendingLabel, line.Text)
                || EndsShortHeading(pending, pendingLabel, line.Text, width);
            if (startsNew)
            {
                Flush();
                pendingLabel = label;
                var rest = line.Text[Math.Min(label.Length, line.Text.Length)..].Trim();
                if (rest.Length > 0 || label.Kind != SectionLabelKind.None)
                {
                    pending.Add(rest);
                }
            }
            else
            {
                pending.Add(line.Text);
            }
            blankBefore = false;
        }
        Flush();
        return paragraphs;
    }

    // A place's goal that is its share in the allocation beside it: "Số hộ được hỗ trợ (hộ)" over
    // "Xây mới" / "Sửa chữa" (corpus/blind z02) reads as a goal "14 hộ" of "Xã Trà Mai" and as the
    // allotment "14 hộ xây mới"; the count is the allotment's.
    private static bool Allotted(QuotaTable beside, Target goal) =>
        goal.Unit is { } unit && beside.Rows.Any(r => goal.Indicator.EndsWith(" " + r.Row.Holder, StringComparison.Ordinal)
            && r.Row.Counts.Any(c => c.Count == goal.Value && (c.Unit == unit || c.Unit.StartsWith(unit + " ", StringComparison.Ordinal))));

    // "IV. TỔ CHỨC THỰC HIỆN" / "Các sở, ban, ngành báo cáo …": a heading in capitals ends where
    // a line of sentence case begins, though the heading has no full stop; otherwise the first
    // sentence under it reads "TỔ CHỨC THỰC HIỆN Các sở, …" and a deadline there has the heading in
    // its action.
    private static bool EndsCapitalsHeading(List<string> pending, string line) =>
        pending.Count > 0 && char.IsUpper(line[0]) && !VietnameseText.IsAllCaps(line)
        && pending.All(VietnameseText.IsAllCaps) && pending.Any(t => t.Any(char.IsLetter));

    // "4. Trung tâm Y tế các huyện, thành phố" / "Tham mưu UBND cùng cấp tổ chức …" (corpus/blind
    // c04): a numbered heading that only names a body is whole on its line, and the duties under it
    // start a paragraph of their own; joined, the body's name and the first verb read as one subject.
    private static bool EndsBodyHeading(RuleBook rules, List<string> pending, SectionLabel label, string line) =>
        pending.Count == 1 && label.Kind is SectionLabelKind.Arabic or SectionLabelKind.Letter && char.IsUpper(line[0])
        && ResponsibleParty.NamesBody(rules, pending[0]);

    // "2. Cờ thi đua của UBND tỉnh" / "Hội đồng Thi đua - Khen thưởng tỉnh xét chọn 02 đơn vị …"
    // (corpus/blind c01, d01): a numbered line well short of the text's width is a heading, whole
    // on its line; joined, the heading's words open the sentence under it and hide its subject.
    private static bool EndsShortHeading(List<string> pending, SectionLabel label, string line, int width) =>
        pending.Count == 1 && label.Kind is SectionLabelKind.Arabic or SectionLabelKind.Letter && char.IsUpper(line[0])
        && width > 0 && pending[0].Length + label.Length < width * ShortHeadingShare && !EndsSentence(pending[0]);

    // A heading line is shorter than this share of the text's width: "3. Bằng khen của Trung ương Hội
    // Cựu chiến binh Việt Nam" (58 characters in lines of 92, corpus/blind ap03) is one.
    private const double ShortHeadingShare = 0.7;

    // The width of the segment's full lines: the 80th percentile of its line lengths, or 0 when it
    // has too few lines to tell (a text whose paragraphs are one line each has no width).
    private static int TypicalWidth(IReadOnlyList<SourceLine> lines)
    {
        var lengths = lines.Where(l => !l.IsBlank).Select(l => l.Text.Length).Order().ToList();
        if (lengths.Count < 20)
        {
            return 0;
        }
        var typical = lengths[(int)(lengths.Count * 0.8)];
        // One-line paragraphs (a text converted without wrapping) are no measure of a line.
        return typical > 200 ? 0 : typical;
    }

    private static bool StartsCapital(string text) =>
        text.Length > 0 && (char.IsUpper(text[0]) || text[0] is '“' or '"' or '(' || char.IsDigit(text[0]));

    // "… huyện Krông Năng: 320 hội viên; huyện Krông Búk:" / "220 hội viên; các huyện …" (corpus/blind bb06): a
    // count in lower-case words after a name and its colon goes on the line, no paragraph of its own.
    private static bool CountAfterName(string before, string text)
    {
        var t = before.TrimEnd();
        var digits = 0;
        while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || (digits > 0 && text[digits] == '.')))
        {
            digits++;
        }
        return t.EndsWith(':') && t.Contains(';', StringComparison.Ordinal) && digits > 0 && digits + 1 < text.Length
            && text[digits] == ' ' && char.IsLower(text[digits + 1]);
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or ';' or ':' or '!' or '?';
    }

    /// <summary>Tracks the numbered headings above the current paragraph.</summary>
    private sealed class SectionState
    {
        private string? _roman, _arabic, _letter;
        private string? _arabicHeading, _letterHeading;

        // The headings folded once, as their own paragraphs were: each paragraph under them
        // carries the folded heading too, instead of every reader folding it again.
        private string? _arabicFolded, _letterFolded;
        private string? _outerLeadIn, _bulletLeadIn, _bulletChar;
        private bool _numbered;
        private readonly RuleBook _rules;

        /// <param name="rules">The rule book (section.article ends the grounds too).</param>
        /// <param name="numbered">True where the grounds are already behind (an appendix).</param>
        public SectionState(RuleBook rules, bool numbered = false) => (_rules, _numbered) = (rules, numbered);

        public BodyParagraph Add(string text, SectionLabel label)
        {
            var folded = VietnameseText.Fold(text);
            // "Điều 1. …" (corpus/blind w02): a decision's first article ends its grounds as a
            // plan's first numbered heading does.
            _numbered |= label.Kind == SectionLabelKind.None && ArticleRule.In(_rules).IsMatch(folded);
            switch (label.Kind)
            {
                case SectionLabelKind.Roman:
                    (_roman, _arabic, _letter, _arabicHeading, _letterHeading, _arabicFolded, _letterFolded) = (label.Value, null, null, null, null, null, null);
                    (_outerLeadIn, _bulletLeadIn) = (null, null);
                    _numbered = true;
                    break;
                case SectionLabelKind.Arabic:
                    (_arabic, _letter, _arabicHeading, _letterHeading, _arabicFolded, _letterFolded) = (label.Value, null, text, null, folded, null);
                    (_outerLeadIn, _bulletLeadIn) = (null, null);
                    _numbered = true;
                    break;
                case SectionLabelKind.Letter:
                    (_letter, _letterHeading, _letterFolded) = (label.Value, text, folded);
                    (_outerLeadIn, _bulletLeadIn) = (null, null);
                    break;
            }
            var section = _roman is null && _arabic is null && _letter is null
                ? null
                : string.Join('.', new[] { _roman, _arabic, _letter }.Where(s => s is not null));
            // A bullet hangs from the paragraph ending in ":" above it — the heading's lead-in, or
            // a bullet of another kind ("- Các huyện …: Mỗi đơn vị lựa chọn, đề nghị:" / "+ 01 thôn …").
            string? leadIn = null;
            if (label.Kind == SectionLabelKind.Bullet)
            {
                if (_bulletLeadIn is not null && _bulletChar == label.Value)
                {
                    _bulletLeadIn = null; // a sibling of the bullet that led in
                }
                leadIn = _bulletLeadIn ?? _outerLeadIn;
            }
            else if (label.Kind == SectionLabelKind.None)
            {
                leadIn = _bulletLeadIn ?? _outerLeadIn;
            }
            var paragraph = new BodyParagraph(text, folded, label, section, _letterHeading ?? _arabicHeading, leadIn, !_numbered)
            {
                HeadingFolded = _letterHeading is null ? _arabicFolded : _letterFolded,
            };
            if (text.TrimEnd().EndsWith(':'))
            {
                if (label.Kind == SectionLabelKind.Bullet)
                {
                    (_bulletLeadIn, _bulletChar) = (text, label.Value);
                }
                else
                {
                    _outerLeadIn = text;
                }
            }
            return paragraph;
        }
    }
}
