using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Finds the dated obligations of a document's body: each qualified date of a clause
/// (<see cref="DatePhraseFinder"/>) with the action around it, who must do it and the section.
/// The connectors trimmed off an action are the rules deadline.* (Extraction/Rules/deadline.yaml).
/// </summary>
public static class DeadlineFinder
{
    private static readonly RuleRef DeadlineEventAfterLabelRule = new("deadline.event-after-label");
    private static readonly RuleRef DeadlineEventGapRule = new("deadline.event-gap");
    private static readonly RuleRef DeadlineLabelDurationRule = new("deadline.label-duration");
    private static readonly RuleRef DeadlineEventDoerGapRule = new("deadline.event-doer-gap");
    private static readonly RuleRef DeadlineItemLabelRule = new("deadline.item-label");
    private static readonly RuleRef DeadlineAmountOnlyRule = new("deadline.amount-only");
    private static readonly RuleRef DeadlineEmptyActionRule = new("deadline.empty-action");
    private static readonly RuleRef DeadlineLeadingWordsRule = new("deadline.leading-words");
    private static readonly RuleRef DeadlineRecurrenceOnlyRule = new("deadline.recurrence-only");
    private static readonly RuleRef DeadlineRoundRule = new("deadline.round");
    private static readonly RuleRef DeadlineRecurringRule = new("deadline.recurring");
    private static readonly RuleRef DeadlineTrailingWordsRule = new("deadline.trailing-words");
    private static readonly RuleRef DeadlineWrittenYearRule = new("deadline.written-year");
    private static readonly RuleRef DeadlineYearLabelStartRule = new("deadline.year-label-start");
    private static readonly RuleRef DeadlineNotObligationRule = new("deadline.not-obligation");
    private static readonly RuleRef DeadlineProgrammeLeadRule = new("deadline.programme-lead");
    private static readonly RuleRef DeadlineArticleStartRule = new("deadline.article-start");
    private static readonly RuleRef DeadlineLeadLabelRule = new("deadline.lead-label");
    private static readonly RuleRef DeadlineDataPeriodRule = new("deadline.data-period");
    private static readonly RuleRef DeadlineRoundOnlyRule = new("deadline.round-only");
    private static readonly RuleRef DeadlineGoalLabelRule = new("deadline.goal-label");
    private static readonly RuleRef DeadlineGoalHeadingRule = new("deadline.goal-heading");
    private static readonly RuleRef DeadlineBareVerbRule = new("deadline.bare-verb");
    private static readonly RuleRef DateTimeLabelRule = new("date.time-label");
    private static readonly RuleRef DeadlineReferenceMomentRule = new("deadline.reference-moment");

    /// <summary>The deadlines of one document's body paragraphs, in reading order.</summary>
    /// <param name="rules">The rule book (what opens the grounds of a document, the connectors around an action).</param>
    /// <param name="paragraphs">The body.</param>
    /// <param name="calendar">The year a date written without one belongs to.</param>
    /// <param name="recurringUndated">True for documents that set standing rules (decisions, regulations): a duty
    /// that comes back every year ("trước ngày 30 tháng 6 hằng năm", hanoi-decisions QĐ 03, 34/2025) has no due
    /// date there. In a plan for one year it is due in that year (corpus/plans a01: "Định kỳ hằng năm … trước ngày 15/12").</param>
    public static IReadOnlyList<Deadline> Find(RuleBook rules, IReadOnlyList<BodyParagraph> paragraphs, DatePhraseFinder.Calendar calendar, bool recurringUndated = false)
    {
        var result = new List<Deadline>();
        // The year of a programme of work whose items are being listed, and the label kind of its items.
        PartialDate? programmeYear = null;
        SectionLabelKind? itemKind = null;
        // Read only for a document that gives a task's time on its own line (few do).
        var leads = new Lazy<Dictionary<string, IReadOnlyList<string>>>(() => Leads(rules, paragraphs), LazyThreadSafetyMode.None);
        var sectionHeadings = new Lazy<Dictionary<string, string>>(() => SectionHeadings(paragraphs), LazyThreadSafetyMode.None);
        // The bodies each heading names, read once per heading: the paragraphs under one share it.
        var headings = new HeadingParties(rules);
        foreach (var p in paragraphs)
        {
            if (programmeYear is { } year && !DeadlineArticleStartRule.In(rules).IsMatch(p.Folded))
            {
                if (ProgrammeItem(rules, p, year, ref itemKind) is { } item)
                {
                    result.Add(item);
                    continue;
                }
            }
            else
            {
                programmeYear = null;
            }
            // A ground of the document ("Căn cứ …", "Xét Tờ trình … về chương trình giám sát … năm
            // 2018; … QUYẾT NGHỊ:") neither opens a programme nor holds a duty; asked once.
            var ground = p.InPreamble && ReferenceFinder.IsGround(rules, p.Folded);
            if (!ground)
            {
                var lead = DeadlineProgrammeLeadRule.In(rules).Match(p.Folded);
                if (lead.Success)
                {
                    (programmeYear, itemKind) = (PartialDate.Create(int.Parse(lead.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), null, null), null);
                }
            }
            if (!ground && UnderTimeHeading(rules, p, calendar) is { } underTime)
            {
                result.Add(underTime);
                continue;
            }
            if (ground || !DatePhraseFinder.MayHold(rules, p.Folded) || DeadlineNotObligationRule.In(rules).IsMatch(p.Folded))
            {
                continue;
            }
            if (TaskTime(rules, p, calendar, leads, sectionHeadings, headings) is { } timed)
            {
                // Only a paragraph the label times is split: the label's rule runs once for the others.
                if (AfterTimeLabel(rules, p) is (var own, { } after))
                {
                    result.AddRange(TaskTime(rules, own, calendar, leads, sectionHeadings, headings) ?? []);
                    FindIn(rules, after, calendar, recurringUndated, headings, result);
                    continue;
                }
                result.AddRange(timed);
                continue;
            }
            FindIn(rules, p, calendar, recurringUndated, headings, result);
        }
        // "Năm 2020, đợt mưa lũ lịch sử tháng 10/2020 …" in a plan of 2021 (corpus/blind d08): what a
        // document recalls from before its own year binds no one; nor does a day gone by when it was issued,
        // "Tại cuộc họp ngày 18/4/2024, UBND tỉnh đã yêu cầu … trước ngày 30/6/2024" in a notice of 08/7/2024
        // (bi08). A day written without its year has already rolled to the next (DatePhraseFinder).
        if (calendar.IssuedOn is { } issued)
        {
            result.RemoveAll(d => d.Due.Year < issued.Year || (issued.Day is not null && d.Due.Day is not null && d.Due < issued));
        }
        return result;
    }

    private static void FindIn(RuleBook rules, BodyParagraph p, DatePhraseFinder.Calendar calendar, bool recurringUndated, HeadingParties headings, List<Deadline> result)
    {
        var text = p.Text;
        var folded = p.Folded;
        // "Cấp xã: Tùy thuộc …", "3. Tiếp nhận hồ sơ ứng cử: Ủy ban bầu cử…": a short lead before
        // ":" names who acts, or only what the item is about.
        var body = 0;
        IReadOnlyList<string>? labelled = null;
        var colon = folded.IndexOf(':');
        if (colon > 0 && colon < 90 && !DeadlineYearLabelStartRule.In(rules).IsMatch(folded) && folded[..colon].Count(c => c == ' ') < 12)
        {
            if (ResponsibleParty.NamesBody(rules, text[..colon]))
            {
                labelled = ResponsibleParty.Split(rules, text[..colon]);
                body = colon + 1;
            }
            else
            {
                // "a) Báo cáo hằng quý: gửi trước ngày 15 của tháng cuối quý" (corpus/blind al04): what
                // the lead names is the action when only a verb stands after it.
                body = BareVerbAfter(rules, folded, colon) ? 0 : colon + 1;
            }
        }
        var headingParties = headings.Of(p.Heading);
        var underGoals = p.HeadingFolded is { } heading && DeadlineGoalHeadingRule.In(rules).IsMatch(heading);
        if (colon > 0 && !underGoals && DateLead(rules, p, colon, calendar, headingParties) is { } led)
        {
            result.Add(led);
            return;
        }
        if (colon > 0 && EventLead(rules, p, colon, calendar) is { } held)
        {
            result.Add(held);
            return;
        }
        IReadOnlyList<string>? paragraphSubject = null;
        // The first clause's subject as written, split into bodies only once a deadline needs it.
        string? paragraphSubjectText = null;
        string? previousAction = null;
        string? previousClause = null;
        // "Giai đoạn 2021 - 2025: Hoàn thiện …; đầu tư xây dựng …; cải tạo, nâng cấp …" (124-2017):
        // the label that opens a paragraph dates each of its clauses that has no date of its own.
        DatePhrase? paragraphLabel = null;
        // "Giai đoạn 2021 - 2025, toàn thành phố trồng mới tối thiểu 120.000 cây xanh …" under "Mục
        // tiêu cụ thể" (corpus/blind am01): a stage that opens a bounded figure dates a goal (a
        // target's year), not a task.
        // So does a year that opens an item under a heading of goals: "3. Mục tiêu từng năm" / "- Năm
        // 2021: xã Gia Huynh đạt chuẩn, nâng tổng số … lên 09 xã" (corpus/blind f08).
        var goalLabel = underGoals || DeadlineGoalLabelRule.In(rules).IsMatch(folded[body..]);

        foreach (var span in ClauseSplitter.Split(rules, folded[body..]).Select(s => new ClauseSplitter.Span(s.Start + body, s.Length)))
        {
            var cf = folded.Substring(span.Start, span.Length);
            var ct = text.Substring(span.Start, span.Length);
            // "Số liệu báo cáo tính từ ngày … đến ngày …": a data period, not an obligation (rule deadline.data-period).
            // A standing rule's yearly duty: the year the calendar would lend it is not in the text.
            var phrases = recurringUndated && DeadlineRecurringRule.In(rules).IsMatch(cf) && !DeadlineWrittenYearRule.In(rules).IsMatch(cf) ? [] : DatePhraseFinder.Find(cf, calendar).ToList();
            foreach (Match data in DeadlineDataPeriodRule.In(rules).Matches(cf))
            {
                phrases.RemoveAll(ph => ph.Index < data.Index + data.Length && ph.End > data.Index);
            }
            if (goalLabel)
            {
                phrases.RemoveAll(ph => ph.IsLabel);
            }
            var subjectLength = ResponsibleParty.SubjectLength(rules, ct);
            var subjectText = subjectLength > 0 ? ct[..subjectLength] : null;
            paragraphSubjectText ??= subjectText;
            if (phrases.Count == 0 && paragraphLabel is null)
            {
                // A clause with no date and no label over it holds no deadline: who it names is split only
                // when a later clause needs it.
                previousClause = ct[Math.Min(subjectLength, ct.Length)..];
                continue;
            }
            IReadOnlyList<string>? subject = subjectText is null ? null : ResponsibleParty.Split(rules, subjectText);
            // The paragraph's first subject, split once: this clause's when it is that one.
            paragraphSubject ??= paragraphSubjectText is null ? null
                : ReferenceEquals(paragraphSubjectText, subjectText) ? subject
                : ResponsibleParty.Split(rules, paragraphSubjectText);
            var responsible = subject ?? labelled ?? paragraphSubject ?? headingParties;
            var cursor = subjectLength;

            if (phrases.Count > 0 && phrases[0].IsLabel)
            {
                var own = phrases[0];
                if (phrases.Skip(1).Any(x => x.Due.Year == own.Due.Year))
                {
                    // "Năm 2022: … xong trước ngày 30/9/2022": the precise date is the deadline.
                    phrases.RemoveAt(0);
                    cursor = LabelEnd(rules, cf, own, ref responsible, ct);
                }
            }
            if (phrases.Count == 0)
            {
                previousClause = ct[Math.Min(subjectLength, ct.Length)..];
                if (paragraphLabel is not null)
                {
                    AddDeadline(rules, result, paragraphLabel, ct, Math.Min(subjectLength, ct.Length), ct.Length, responsible, p.Section, ref previousAction);
                    if (cf.Contains(':', StringComparison.Ordinal))
                    {
                        paragraphLabel = null;
                    }
                }
                continue;
            }
            if (span.Start == body && phrases[0].IsLabel && phrases[0].Index == 0)
            {
                paragraphLabel = phrases[0];
            }
            else if (paragraphLabel is not null && cf.Contains(':', StringComparison.Ordinal))
            {
                // "… phát triển mới 05 đô thị loại V gồm: Long Khánh B (…); Tân Thạnh, Tân Mỹ (…)": the
                // clauses after a list opens are its items, not tasks of the label.
                paragraphLabel = null;
            }
            for (var k = 0; k < phrases.Count; k++)
            {
                var ph = phrases[k];
                if (ph.IsLabel && ph.Index == 0)
                {
                    // "Năm 2018: Tổ chức sơ kết…" dates its clause; "Năm 2018, các sở … tiến hành sơ kết …
                    // và tiến hành tổng kết … vào năm 2020" — only what comes before the last "và"
                    // ahead of the next date.
                    var from = LabelEnd(rules, cf, ph, ref responsible, ct);
                    var end = ct.Length;
                    if (k + 1 < phrases.Count)
                    {
                        var next = phrases[k + 1];
                        var cut = next.Index > from ? cf.LastIndexOf(" va ", next.Index, next.Index - from, StringComparison.Ordinal) : -1;
                        end = cut > from ? cut : next.Index;
                    }
                    AddDeadline(rules, result, ph, ct, from, end, responsible, p.Section, ref previousAction);
                    cursor = end;
                    continue;
                }
                if (ph.ActionAfter)
                {
                    var next = k + 1 < phrases.Count ? phrases[k + 1].Index : ct.Length;
                    AddDeadline(rules, result, ph, ct, Math.Min(ph.End, next), next, responsible, p.Section, ref previousAction);
                    cursor = Math.Max(cursor, next);
                    continue;
                }
                var before = ph.Index > cursor ? Trim(rules, ct[cursor..ph.Index]) : "";
                // "… đối với Đợt 1 và trước ngày 10/9/2025", "(Đợt 1) và ngày 25/8/2025" (corpus/blind ax01):
                // the round named there is the first date's; the second repeats the action without it.
                if (previousAction is { } repeated && before.Length > 0 && DeadlineRoundRule.In(rules).IsMatch(VietnameseText.Fold(before)))
                {
                    result.Add(Make(ph, repeated, responsible, p.Section));
                }
                else if (before.Length > 0 && !IsConnectorOnly(rules, before) && !IsEmptyAction(rules, before))
                {
                    AddDeadline(rules, result, ph, ct, cursor, ph.Index, responsible, p.Section, ref previousAction);
                }
                else if (before.Length > 0 && IsConnectorOnly(rules, before) && previousAction is not null)
                {
                    // "… định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)": the same
                    // action again, with its own recurrence.
                    result.Add(Make(ph, previousAction + " " + before, responsible, p.Section));
                }
                else
                {
                    var end = k + 1 < phrases.Count ? phrases[k + 1].Index : ct.Length;
                    var from = Math.Min(ph.End, end);
                    var after = Trim(rules, ct[from..end]);
                    if (after.Length > 0 && IsConnectorOnly(rules, after) && previousAction is null && (before.Length == 0 || IsConnectorOnly(rules, before))
                        && SharedAction(rules, ct, phrases, k + 1) is { } shared)
                    {
                        // "Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12) tổng hợp, báo
                        // cáo …" (corpus/blind m01, g01): both dates share the action after the last.
                        result.Add(Make(ph, (before.Length > 0 ? before + " " : "") + shared, responsible, p.Section));
                    }
                    else if (after.Length > 0 && IsConnectorOnly(rules, after) && previousAction is not null)
                    {
                        // "trước ngày 15/6 và 15/12 hằng năm": the same action, recurring.
                        result.Add(Make(ph, previousAction + " " + after, responsible, p.Section));
                    }
                    else if (after.Length > 0 && !ct[from..end].TrimStart().StartsWith('(') && !IsEmptyAction(rules, after)
                        && (before.Length == 0 || IsEmptyAction(rules, before) || (IsConnectorOnly(rules, before) && previousAction is null)))
                    {
                        // The date opens the clause: "Trong tháng 11, tổ chức …" — the action follows; so it
                        // does after a recurrence or a word that only says a goal is due ("Định kỳ hằng quý
                        // (trước ngày 20 tháng cuối quý) tổng hợp …", "Phấn đấu trước ngày 30/6/2025 có …",
                        // corpus/blind f01, f04).
                        AddDeadline(rules, result, ph, ct, from, end, responsible, p.Section, ref previousAction);
                    }
                    else if (previousClause is not null && Trim(rules, previousClause).Length > 0)
                    {
                        // "…, nhất là tại các xã …; hoàn thành trong tháng 4 năm 2015": the clause before.
                        result.Add(Make(ph, Trim(rules, previousClause), responsible, p.Section));
                        previousAction = Trim(rules, previousClause);
                    }
                    else if (p.Heading is not null && p.Label.Kind == SectionLabelKind.None)
                    {
                        // "2. Kiểm tra …" / "Từ ngày 03/6 đến ngày 28/6/2024 (lịch … thông báo sau).": the heading is the action.
                        result.Add(Make(ph, Trim(rules, HeadingName(p.Heading)), responsible, p.Section));
                    }
                }
                cursor = Math.Max(cursor, ph.End);
            }
            previousClause = ct[Math.Min(subjectLength, ct.Length)..];
        }
    }

    // Each section's heading, by section path: the heading its first paragraph stands under (or is).
    private static Dictionary<string, string> SectionHeadings(IReadOnlyList<BodyParagraph> paragraphs)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in paragraphs)
        {
            if (p.Section is { } section && p.Heading is { } heading)
            {
                found.TryAdd(section, heading);
            }
        }
        return found;
    }

    // The bodies that lead each section's task, from its "Cơ quan chủ trì: Sở Tư pháp." line (rule
    // deadline.lead-label), by section path.
    private static Dictionary<string, IReadOnlyList<string>> Leads(RuleBook rules, IReadOnlyList<BodyParagraph> paragraphs)
    {
        var leads = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var p in paragraphs)
        {
            var m = DeadlineLeadLabelRule.In(rules).Match(p.Folded);
            if (m.Success && p.Section is { } section && !leads.ContainsKey(section))
            {
                var parties = ResponsibleParty.Split(rules, p.Text[m.Length..]);
                if (parties.Count > 0)
                {
                    leads[section] = parties;
                }
            }
        }
        return leads;
    }

    // "3. Thời gian: kỳ thi dự kiến tổ chức vào ngày 15/3/2017. Các phòng Giáo dục và Đào tạo nộp hồ sơ đăng ký dự thi
    // về Sở trước ngày 25/02/2017." (corpus/blind aa04): the label times its own sentence; the sentences after it, with
    // dates of their own, are read as any are. The paragraph split after the label's sentence, or whole with nothing after.
    private static (BodyParagraph Timed, BodyParagraph? After) AfterTimeLabel(RuleBook rules, BodyParagraph p)
    {
        var m = DateTimeLabelRule.In(rules).Match(p.Folded);
        var stop = m.Success ? p.Text.IndexOf(". ", m.Index + m.Length, StringComparison.Ordinal) : -1;
        if (stop < 0 || stop + 2 >= p.Text.Length || !char.IsUpper(p.Text[stop + 2]) || !p.Text.AsSpan(stop + 2).ContainsAnyInRange('0', '9'))
        {
            return (p, null);
        }
        return (p with { Text = p.Text[..(stop + 1)], Folded = p.Folded[..(stop + 1)] },
            p with { Text = p.Text[(stop + 2)..], Folded = p.Folded[(stop + 2)..] });
    }

    // A task's time given under its own label (rule date.time-label): "- Thời gian thực hiện: Quý
    // II/2025." under "1. Rà soát, đơn giản hóa thủ tục hành chính" and "- Cơ quan chủ trì: Sở Tư
    // pháp.", or a task table's row ("Xây dựng bộ chỉ số đánh giá. Thời gian hoàn thành: Tháng
    // 4/2025", TaskTable). The task is the words before the label, else the heading; who leads it is
    // the row's lead, else the section's "Cơ quan chủ trì", else a heading that names a body. Null
    // when the paragraph gives no task time; empty when its time is no date ("Thường xuyên").
    private static List<Deadline>? TaskTime(RuleBook rules, BodyParagraph p, DatePhraseFinder.Calendar calendar, Lazy<Dictionary<string, IReadOnlyList<string>>> leads,
        Lazy<Dictionary<string, string>> sectionHeadings, HeadingParties headings)
    {
        var m = DateTimeLabelRule.In(rules).Match(p.Folded);
        if (!m.Success)
        {
            return null;
        }
        // At the paragraph's start, after a sentence, or after a heading the label's line was joined to.
        var before = p.Folded[..m.Index].TrimEnd();
        if (before.Length > 0 && before[^1] is not ('.' or ';') && p.Lead is null && p.Label.Kind is SectionLabelKind.None or SectionLabelKind.Bullet)
        {
            return null;
        }
        var action = Trim(rules, p.Text[..m.Index]);
        if (action.Length == 0 && p.Heading is { } heading)
        {
            action = Trim(rules, HeadingName(heading));
        }
        if (action.Length == 0)
        {
            return null;
        }
        if (IsEmptyAction(rules, action))
        {
            // "1. Thời gian: Chiến dịch diễn ra từ ngày 05/6/2022 đến ngày 31/7/2022" (corpus/blind av03):
            // an event named after the label is read as any sentence is (rule deadline.event-after-label).
            if (DeadlineEventAfterLabelRule.In(rules).IsMatch(p.Folded[(m.Index + m.Length)..]))
            {
                return null;
            }
            // "1. Lớp bồi dưỡng nghiệp vụ công tác thi đua, khen thưởng" / … / "c) Thời gian: 05 ngày, từ ngày
            // 23/10 đến ngày 27/10/2017." (corpus/blind bd08): a sub-item's label times what the item above names.
            var dot = p.Section?.LastIndexOf('.') ?? -1;
            if (dot > 0 && sectionHeadings.Value.TryGetValue(p.Section![..dot], out var parent) && Trim(rules, HeadingName(parent)) is { Length: > 0 } named && !IsEmptyAction(rules, named))
            {
                action = named;
            }
            else
            {
                // "2. Thời gian: năm 2024; số liệu … tính đến ngày 31/10/2024" (corpus/blind d01): the
                // plan's own span under a heading that is only the label, no task.
                return [];
            }
        }
        IReadOnlyList<string> responsible = p.Lead is { } lead ? ResponsibleParty.Split(rules, lead)
            : p.Section is { } section && leads.Value.TryGetValue(section, out var led) ? led
            : headings.Of(p.Heading);
        var phrases = DatePhraseFinder.FindTaskTime(p.Folded[m.Index..][m.Length..], calendar, m.Groups["c"].Success);
        // "- Thời gian thực hiện: lựa chọn thôn điểm xong trước ngày 30/10/2021; hoàn thành xây dựng
        // thôn … trong năm 2022" (corpus/blind f08): the label holds steps with their own actions,
        // read as any clauses are, not one time of the task above.
        // A course's length before its dates is none ("Thời gian: 05 ngày, từ ngày 23/10 …", rule deadline.label-duration).
        var start = m.Index + m.Length;
        if (phrases.Count > 0 && Trim(rules, p.Text.Substring(start, phrases[0].Index)).Contains(' ', StringComparison.Ordinal)
            && !DeadlineLabelDurationRule.In(rules).IsMatch(p.Folded.AsSpan(start, phrases[0].Index)))
        {
            return null;
        }
        return [.. phrases.Select(ph => Make(ph, action, responsible, p.Section))];
    }

    // A schedule's item that opens on its date: "1. Trước ngày 25/3/2025: UBND các xã, thị trấn lựa
    // chọn địa bàn, đăng ký mô hình điểm …" (corpus/blind f04). The date is the whole lead before
    // the colon; the subject after it is who acts, the rest the action.
    private static Deadline? DateLead(RuleBook rules, BodyParagraph p, int colon, DatePhraseFinder.Calendar calendar, IReadOnlyList<string> headingParties)
    {
        var lead = DatePhraseFinder.Find(p.Folded[..colon], calendar);
        if (lead.Count == 0)
        {
            // "1. Tháng 3/2026: Thành lập Tổ công tác …" (corpus/blind g04): the lead is the item's
            // time as a task's time is written, bare (rule date.bare-time).
            var label = DeadlineItemLabelRule.In(rules).Match(p.Folded[..colon]);
            lead = [.. DatePhraseFinder.FindBareTime(p.Folded[label.Length..colon], calendar, completion: false)
                .Select(d => d with { Index = d.Index + label.Length })];
        }
        if (lead.Count != 1 || Trim(rules, p.Text[..lead[0].Index]).Length > 0 || Trim(rules, p.Text[lead[0].End..colon]).Length > 0)
        {
            return null;
        }
        var rest = p.Text[(colon + 1)..].TrimStart();
        var subject = ResponsibleParty.SubjectLength(rules, rest);
        var action = Trim(rules, rest[subject..]);
        if (action.Length == 0 || DatePhraseFinder.MayHold(rules, VietnameseText.Fold(action)) && DatePhraseFinder.Find(VietnameseText.Fold(action), calendar).Count > 0)
        {
            return null; // the item holds dates of its own: read as any clause
        }
        return Make(lead[0], action, subject > 0 ? ResponsibleParty.Split(rules, rest[..subject]) : headingParties, p.Section);
    }

    // A schedule's item that names its event, then its date: "- Lễ khai mạc: vào lúc 19 giờ 00 ngày
    // 12/11/2024." (corpus/blind f06), "5. Lễ bế mạc, trao giải: vào 20 giờ 00 ngày 21/11/2022." (g06).
    // The event is the action; only a time of day may stand between the colon and the date, and a
    // label of time ("Thời gian:") is no event.
    // How far after an event's colon its date may start and end: "vào lúc 19 giờ 00 ngày 12/11/2024",
    // "từ ngày 18/11 đến ngày 21/11/2022".
    private const int EventDateReach = 48;

    // How many words an event's name may have: "Rà soát, phân chia địa bàn điều tra, lập bảng kê hộ" (corpus/blind bc08).
    private const int MaxEventSpaces = 14;

    private static Deadline? EventLead(RuleBook rules, BodyParagraph p, int colon, DatePhraseFinder.Calendar calendar)
    {
        var reach = Math.Min(p.Folded.Length, colon + 1 + EventDateReach);
        if (p.Folded.AsSpan(colon + 1, reach - colon - 1).IndexOfAnyInRange('0', '9') < 0)
        {
            return null; // no figure right after the colon, so no date there (most items)
        }
        var label = DeadlineItemLabelRule.In(rules).Match(p.Folded[..colon]);
        var eventName = Trim(rules, p.Text[label.Length..colon]);
        // "Môn Bóng đá nam (sân 7 người)" (corpus/blind bi07): a figure in an aside names no date.
        if (eventName.Length == 0 || eventName.Where((c, k) => char.IsAsciiDigit(c) && !Parentheses.Enclose(eventName, k)).Any() || eventName.Count(c => c == ' ') > MaxEventSpaces
            || DateTimeLabelRule.In(rules).IsMatch(p.Folded[..(colon + 1)]) || ResponsibleParty.NamesBody(rules, eventName)
            || DeadlineReferenceMomentRule.In(rules).IsMatch(VietnameseText.Fold(eventName)))
        {
            return null;
        }
        // The date stands right after the colon: only the start of what follows is read for it. Or after the
        // body that does it: "a) Thành lập Ban Chỉ đạo Tổng điều tra cấp xã: UBND các xã, thị trấn hoàn thành
        // trước ngày 10/12/2018" (corpus/blind bc08; rule deadline.event-doer-gap).
        var after = p.Folded[(colon + 1)..reach];
        var phrases = DatePhraseFinder.Find(after, calendar);
        // A schedule's item with its day alone: "- Họp lãnh đội, bốc thăm xếp lịch: 14 giờ 00 ngày 03/5/2019, tại …",
        // "- Kéo co: ngày 11/5/2019 (sau Lễ khai mạc)" (corpus/blind u04, z06): on that day, as a task table's
        // bare time is (rule date.bare-time).
        if (phrases.Count == 0 && DatePhraseFinder.FindBareTime(after, calendar, completion: false) is [{ Qualifier: DeadlineQualifier.On } day])
        {
            phrases = [day];
        }
        if (phrases.Count > 0 && DeadlineEventGapRule.In(rules).IsMatch(after[..phrases[0].Index]))
        {
            return Make(phrases[0] with { Index = phrases[0].Index + colon + 1 }, eventName, [], p.Section);
        }
        var rest = p.Text[(colon + 1)..].TrimStart();
        var subject = ResponsibleParty.SubjectLength(rules, rest);
        var skip = p.Text.Length - rest.Length + subject;
        if (subject == 0 || DeadlineEventDoerGapRule.In(rules).Match(p.Folded, skip, p.Folded.Length - skip) is not { Success: true } gap)
        {
            return null;
        }
        var from = skip + gap.Length;
        var due = DatePhraseFinder.Find(p.Folded[from..Math.Min(p.Folded.Length, from + EventDateReach)], calendar);
        return due.Count == 0 || due[0].Index > 1 ? null
            : Make(due[0] with { Index = due[0].Index + from }, eventName, ResponsibleParty.Split(rules, rest[..subject]), p.Section);
    }

    // A first-level item of a one-year programme of work (rule deadline.programme-lead): "1. Hội
    // đồng nhân dân tỉnh giám sát tại các kỳ họp:" is due in the programme's year, done by the body
    // it names. Sub-items, and items with a date of their own, are read as any other paragraph.
    private static Deadline? ProgrammeItem(RuleBook rules, BodyParagraph p, PartialDate year, ref SectionLabelKind? itemKind)
    {
        if (p.Label.Kind is SectionLabelKind.None or SectionLabelKind.Bullet || (itemKind is { } kind && p.Label.Kind != kind))
        {
            return null;
        }
        itemKind = p.Label.Kind;
        if (DatePhraseFinder.MayHold(rules, p.Folded))
        {
            return null;
        }
        var text = p.Text.TrimEnd(' ', ':', '.', ';');
        var subject = ResponsibleParty.SubjectLength(rules, text);
        var action = Trim(rules, text[subject..]);
        if (action.Length == 0)
        {
            return null;
        }
        IReadOnlyList<string> responsible = subject > 0 ? ResponsibleParty.Split(rules, text[..subject]) : [];
        return new Deadline { Due = year, Qualifier = DeadlineQualifier.In, Action = action, Responsible = responsible, Section = p.Section };
    }

    // Where the text a label dates begins: after "Năm 2018:" and after the subject that follows it.
    private static int LabelEnd(RuleBook rules, string cf, DatePhrase label, ref IReadOnlyList<string> responsible, string ct)
    {
        var from = Math.Min(label.End, cf.Length);
        while (from < cf.Length && cf[from] is ' ' or ',' or ':')
        {
            from++;
        }
        var subject = ResponsibleParty.SubjectLength(rules, ct[from..]);
        if (subject > 0)
        {
            responsible = ResponsibleParty.Split(rules, ct.Substring(from, subject));
            from += subject;
        }
        return from;
    }

    private static bool IsEmptyAction(RuleBook rules, string s) => DeadlineEmptyActionRule.In(rules).IsMatch(VietnameseText.Fold(s));

    private static void AddDeadline(RuleBook rules, List<Deadline> result, DatePhrase ph, string clause, int from, int to, IReadOnlyList<string> responsible, string? section, ref string? previousAction)
    {
        if (to <= from)
        {
            return;
        }
        var action = Trim(rules, clause[from..to]);
        if (action.Length == 0 || DeadlineAmountOnlyRule.In(rules).IsMatch(VietnameseText.Fold(action)))
        {
            return;
        }
        var round = DeadlineRoundOnlyRule.In(rules);
        if (previousAction is not null && round.Match(VietnameseText.Fold(action)) is { Success: true, Index: 0 })
        {
            // "…: đợt 1 từ ngày …; đợt 2 từ ngày …": the next round of the task before.
            var before = round.Match(VietnameseText.Fold(previousAction));
            action = before.Success ? Trim(rules, previousAction[..before.Index]) : previousAction;
        }
        previousAction = action;
        result.Add(Make(ph, action, responsible, section));
    }

    // "b) Tháng 4/2025:" / "- Khởi công 100% số nhà xây mới, sửa chữa." / "- UBND xã tạm ứng kinh phí đợt 1 …"
    // (corpus/blind az01): under a heading that is a time and nothing more, each item with no date of its
    // own is due then, done by the body it opens on.
    private static Deadline? UnderTimeHeading(RuleBook rules, BodyParagraph p, DatePhraseFinder.Calendar calendar)
    {
        // Most bullets stand under headings that name no month: "thang …" and "quy …" are the ones asked.
        if (p.Label.Kind != SectionLabelKind.Bullet || p.HeadingFolded is not ['t' or 'q', ..] heading)
        {
            return null;
        }
        var time = heading.TrimEnd(' ', ':');
        // A month: "Năm 2023:" over items heads a year's goals more often than its tasks (az05, aw01). Or a
        // quarter: "1. Quý I/2017" over "- Ban Chỉ đạo xã chỉ đạo tuyên truyền …" (corpus/blind m04).
        var times = time[0] == 'q' ? DatePhraseFinder.Find(time, calendar) : DatePhraseFinder.FindBareTime(time, calendar, completion: false);
        if (times is not [var ph] || ph.Index != 0 || ph.Length != time.Length || ph.Due.Month is null
            || (DatePhraseFinder.MayHold(rules, p.Folded) && DatePhraseFinder.Find(p.Folded, calendar).Count > 0))
        {
            return null;
        }
        var subject = ResponsibleParty.SubjectLength(rules, p.Text);
        var action = Trim(rules, p.Text[subject..]);
        return action.Length == 0 ? null : Make(ph, char.ToUpperInvariant(action[0]) + action[1..], subject > 0 ? ResponsibleParty.Split(rules, p.Text[..subject]) : [], p.Section);
    }

    private static Deadline Make(DatePhrase ph, string action, IReadOnlyList<string> responsible, string? section) => new()
    {
        Due = ph.Due,
        Qualifier = ph.Qualifier,
        Start = ph.Start,
        Action = action,
        Responsible = responsible,
        Section = section,
    };

    // What an action does not end in (kept as one array: every deadline's action is trimmed).
    private static readonly char[] ActionEnds = [' ', ',', ';', ':', '.', '-', '–'];

    // Trims connectors and punctuation the date phrase leaves behind: "…, xong", "… hoàn thành", "(", "và".
    private static string Trim(RuleBook rules, string s)
    {
        var t = VietnameseText.CollapseSpaces(s);
        string previous;
        do
        {
            previous = t;
            t = TrimBrackets(t.Trim(ActionEnds));
            t = DeadlineTrailingWordsRule.In(rules).Remove(t);
            t = DeadlineLeadingWordsRule.In(rules).Remove(t);
        }
        while (t != previous);
        if (t.Count(c => c == '(') > t.Count(c => c == ')'))
        {
            t = t.TrimEnd('(', ' ');
        }
        return t;
    }

    // True when a verb and then its date are all that follow the colon at `colon` (rule deadline.bare-verb).
    private static bool BareVerbAfter(RuleBook rules, string folded, int colon) =>
        DeadlineBareVerbRule.In(rules).IsMatch(folded.AsSpan(colon + 1).TrimStart());

    // A bracket the date phrase left open or closed at either end, but not one the action closes
    // itself: "… chia sẻ dữ liệu cấp tỉnh (LGSP)" (corpus/blind al02) keeps its ")".
    private static string TrimBrackets(string t)
    {
        var open = t.Count(c => c == '(') - t.Count(c => c == ')');
        if (t.EndsWith('(') || (t.EndsWith(')') && open < 0))
        {
            return t[..^1];
        }
        return t.StartsWith(')') || (t.StartsWith('(') && open > 0) ? t[1..] : t;
    }

    // The first text after the phrases from `next` on that is more than a recurrence or a connector:
    // the action the dates before it share. Null when there is none.
    private static string? SharedAction(RuleBook rules, string ct, List<DatePhrase> phrases, int next)
    {
        for (var j = next; j < phrases.Count; j++)
        {
            var end = j + 1 < phrases.Count ? phrases[j + 1].Index : ct.Length;
            var text = Trim(rules, ct[Math.Min(phrases[j].End, end)..end]);
            if (text.Length > 0 && !IsConnectorOnly(rules, text))
            {
                return IsEmptyAction(rules, text) ? null : text;
            }
        }
        return null;
    }

    private static bool IsConnectorOnly(RuleBook rules, string s) =>
        DeadlineRecurrenceOnlyRule.In(rules).IsMatch(VietnameseText.Fold(s));

    private static string HeadingName(string heading)
    {
        var colon = heading.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? heading[..colon] : heading;
    }

    // The bodies a heading names ("2. Ủy ban nhân dân các huyện:" names them), or none, kept per heading.
    private sealed class HeadingParties(RuleBook rules)
    {
        private readonly Dictionary<string, IReadOnlyList<string>> _read = new(StringComparer.Ordinal);

        public IReadOnlyList<string> Of(string? heading)
        {
            if (heading is null)
            {
                return [];
            }
            if (!_read.TryGetValue(heading, out var parties))
            {
                var name = HeadingName(heading);
                parties = ResponsibleParty.NamesBody(rules, name) ? ResponsibleParty.Split(rules, name) : [];
                _read[heading] = parties;
            }
            return parties;
        }
    }
}
