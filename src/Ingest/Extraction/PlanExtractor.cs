using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Text → <see cref="PlanRecord"/>: splits the file into documents, reads each header, and
/// repairs a header number OCR damaged from a citation of the same document elsewhere in the file.
/// </summary>
/// <param name="rules">The rule tables and vocabularies (<see cref="RuleBook.LoadEmbedded"/>), loaded once by the program.</param>
public sealed class PlanExtractor(RuleBook rules)
{
    private static readonly RuleRef DateLongFormRule = new("date.long-form");
    private static readonly RuleRef DocumentFullYearRule = new("document.full-year");
    private static readonly RuleRef DocumentTitleYearRule = new("document.title-year");
    private static readonly RuleRef DocumentTitlePlanYearRule = new("document.title-plan-year");

    private readonly DocumentSplitter _splitter = new(rules);
    private readonly HeaderParser _headers = new(rules);
    private readonly CitationFinder _citations = new(rules);
    private readonly TextRepair _repair = new(rules);
    private readonly ReferenceFinder _references = new(rules, new TextRepair(rules));

    /// <summary>The rules this extractor reads with.</summary>
    public RuleBook Rules => rules;

    /// <summary>Extracts the record of a file given as page texts.</summary>
    public PlanRecord Extract(string source, IReadOnlyList<string> pages) => Extract(source, pages, null);

    /// <summary>
    /// Extracts the record of a file given as page texts, with how sure OCR was of its words: a
    /// header number read with too little confidence becomes <see cref="PlanDocument.NumberRead"/>.
    /// </summary>
    public PlanRecord Extract(string source, IReadOnlyList<string> pages, ReadingConfidence? confidence)
    {
        var lines = TextLines.FromPages(rules, pages);
        var segments = _splitter.Split(lines);
        var headers = segments.Select(_headers.Parse).ToList();
        segments = AnnexPlacement.Place(rules, segments, headers);
        var citations = _citations.Find(lines);

        var documents = new List<PlanDocument>(segments.Count);
        int? previousYear = null;
        for (var i = 0; i < segments.Count; i++)
        {
            var header = headers[i];
            var segment = segments[i];
            string? numberRead = null;
            double? numberConfidence = null;
            var page = segment.Lines.Count > 0 ? segment.Lines[0].Page : 1;
            if (header.Number is { } read && confidence is not null && confidence.Doubts(page, read, out var sure))
            {
                // Digits filled in by hand: kept for a person to confirm, not filed under.
                (numberRead, numberConfidence) = (read, sure);
                header = header with { Number = null, DamagedNumberCode = DocumentNumber.CodeOf(read) };
            }
            var number = ResolveNumber(header, segment, citations);
            var body = BodyReader.Read(rules, _repair, segment, header.BodyStart);
            // An attached programme without a date of its own is of the year of the document it comes
            // with: its caption's ("(Kèm theo Nghị quyết số 124/2017/NQ-HĐND ngày 14 tháng 7 năm 2017 …)",
            // 124-2017), else that document's.
            var year = YearOf(header, body, header.AttachedTo is not null ? CaptionYear(body) ?? previousYear : null);
            previousYear = year;
            // Its recurring duties come first after the day it was issued with ("định kỳ 6 tháng
            // (trước ngày 15/6)" in a plan attached to a decision of 12/7/2024 is due 15/6/2025,
            // corpus/blind am03).
            var issued = header.IssuedOn ?? (header.AttachedTo is not null && documents.Count > 0 && documents[^1].IssuedOn is { } before && before.Year == year ? before : null);
            var calendar = new DatePhraseFinder.Calendar(rules, year, issued);
            IReadOnlyList<Quota> quotas = header.Kind == DocumentKinds.Outline ? [] : QuotaFinder.Find(rules, body, ProvinceOf(header.Issuer));
            documents.Add(new PlanDocument
            {
                Kind = header.Kind,
                Number = number,
                NumberRead = number is null ? numberRead : null,
                NumberConfidence = number is null ? numberConfidence : null,
                Issuer = header.Issuer,
                FromBody = header.FromBody.Count > 0 ? header.FromBody : null,
                Place = header.Place,
                IssuedOn = header.IssuedOn,
                Title = header.Title,
                Period = header.Period,
                Signer = SignerParser.Parse(rules, segment),
                References = _references.Find(body, number ?? header.Number,
                    header.Kind == DocumentKinds.OfficialLetter ? header.Title : null),
                Deadlines = header.Kind == DocumentKinds.Outline ? [] : DeadlineFinder.Find(rules, body, calendar, StandingRules(rules, header)),
                Quotas = quotas,
                Targets = header.Kind == DocumentKinds.Outline ? [] : TargetFinder.WithoutShares(TargetFinder.Find(rules, body, DefaultBy(header), calendar, rules.Kinds.SetsRules(header.Kind)), quotas),
                Page = page,
                Text = TextOf(segment.Lines),
            });
        }
        return new PlanRecord(source, LinkAttachments(documents, headers, (page, n) => confidence is null || !confidence.Doubts(page, n, out _)));
    }

    // The province an issuer names last ("UBND tỉnh Tây Ninh", "Ban Thi đua - Khen thưởng tỉnh Sóc
    // Trăng"): what a plan's bare "tỉnh" is.
    private static string? ProvinceOf(string? issuer)
    {
        var at = issuer?.LastIndexOf("tỉnh ", StringComparison.Ordinal) ?? -1;
        return at < 0 ? null : issuer![(at + 5)..].Trim();
    }

    // A document issued with a decision of the same file ("QUY ĐỊNH … (Ban hành kèm theo Quyết
    // định số 70/2024/QĐ-UBND …)", hanoi-decisions 70.2024) has no number of its own: it is the
    // issuer's, and cites the decision as issued_by, so a search by the decision's number finds it.
    // The caption's own number is often left blank for the signing tool ("Quyết định số   /2024"):
    // the decision is the nearest earlier document of the caption's kind.
    // A decision whose header was lost ("NGHỊ QUYẾT" with no "Số:" line, provincial-resolutions
    // 124-2017, 53-2017, 77-2017) takes the number its attachment's caption prints for it — the
    // caption's own words, of the decision's kind, read with confidence — never a number the
    // attachment's body cites.
    private static List<PlanDocument> LinkAttachments(List<PlanDocument> documents, List<DocumentHeader> headers, Func<int, string, bool> trusted)
    {
        for (var i = 1; i < documents.Count; i++)
        {
            // A report outline "(Kèm theo Kế hoạch số …)" is a form the plan's addressees fill in:
            // not issued in the plan's name (corpus/plans a03, b07: issuer null, the plan a mention).
            if (headers[i].AttachedTo is not { } kind || documents[i].Kind == DocumentKinds.Outline)
            {
                continue;
            }
            var at = Enumerable.Range(0, i).LastOrDefault(j => documents[j].Kind == kind && headers[j].AttachedTo is null, -1);
            if (at < 0)
            {
                continue;
            }
            var doc = documents[i];
            if (documents[at] is { Number: null, NumberRead: null } unnumbered && CaptionNumber(doc, kind) is { } captioned && trusted(doc.Page, captioned))
            {
                documents[at] = unnumbered with { Number = captioned };
            }
            var issuing = documents[at];
            var references = doc.References.Where(r => issuing.Number is null || DocumentNumber.Key(r.Number) != DocumentNumber.Key(issuing.Number));
            documents[i] = doc with
            {
                Number = null,
                Issuer = doc.Issuer ?? issuing.Issuer,
                References = issuing.Number is null
                    ? [.. references]
                    : [new Reference(issuing.Kind, issuing.Number, issuing.IssuedOn, issuing.Issuer, ReferenceRelation.IssuedBy), .. references],
            };
        }
        return documents;
    }

    // The number of the kind that issues a document, in its caption "(Ban hành kèm theo Nghị quyết
    // số 53/2017/NQ-HĐND ngày …)": the document's first reference of that kind whose number the
    // caption line (its first line opening with "(") prints.
    private static string? CaptionNumber(PlanDocument doc, string kind)
    {
        var caption = doc.Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('('));
        if (caption is null)
        {
            return null;
        }
        var printed = VietnameseText.CollapseSpaces(caption).Replace(" /", "/", StringComparison.Ordinal).Replace("/ ", "/", StringComparison.Ordinal);
        return doc.References.FirstOrDefault(r => r.Kind == kind && r.Number is { Length: > 0 } n && printed.Contains(n, StringComparison.Ordinal))?.Number;
    }

    /// <summary>Extracts from a text whose pages are separated by form feeds.</summary>
    public PlanRecord Extract(string source, string text) => Extract(source, text.Split('\f'));

    // 004: the plan's header reads "M325/KH-UBND"; its cover letter cites "Kế hoạch số
    // 11325/KH-UBND ngày 02/11/2017" — same kind, same code, same day: that is its number.
    // A header number that reads cleanly but differs from such a citation by one or two
    // characters of the same length is taken to be an OCR slip too.
    private static string? ResolveNumber(DocumentHeader header, DocumentSplitter.Segment segment, IReadOnlyList<Citation> citations)
    {
        var code = header.Number is not null ? DocumentNumber.CodeOf(header.Number) : header.DamagedNumberCode;
        if (code is null || header.IssuedOn is null)
        {
            return header.Number;
        }
        var first = segment.Lines.Count > 0 ? segment.Lines[0].Index : 0;
        var last = segment.Lines.Count > 0 ? segment.Lines[^1].Index : -1;
        var codeKey = DocumentNumber.Key(code);
        var candidates = citations
            .Where(c => c.Line.Index < first || c.Line.Index > last)
            .Where(c => c.Kind == header.Kind && c.Date == header.IssuedOn)
            .Where(c => DocumentNumber.Key(DocumentNumber.CodeOf(c.Number)) == codeKey)
            .Select(c => c.Number)
            .Distinct()
            .ToList();
        if (candidates.Count != 1)
        {
            return header.Number;
        }
        var cited = candidates[0];
        if (header.Number is null)
        {
            return cited;
        }
        return header.Number != cited && header.Number.Length == cited.Length && Differences(header.Number, cited) <= 2
            ? cited
            : header.Number;
    }

    // The year a date written without one belongs to: the issue date's, else the year most
    // dates of the body carry (003 leaves its date blank but dates everything "…/2023").
    private int? CaptionYear(IReadOnlyList<BodyParagraph> body)
    {
        var m = body.Count > 0 ? DateLongFormRule.In(rules).Match(body[0].Folded) : null;
        return m is { Success: true } && m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private int YearOf(DocumentHeader header, IReadOnlyList<BodyParagraph> body, int? issuingYear)
    {
        if (header.IssuedOn is { } issued)
        {
            return issued.Year;
        }
        if (issuingYear is { } y)
        {
            return y;
        }
        var years = body.SelectMany(p => DocumentFullYearRule.In(rules).Matches(p.Folded).Select(m => int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault();
        return years?.Key ?? header.Period?.From ?? 2000;
    }

    // A decision or resolution sets standing rules, whose recurring duties have no date — unless its
    // title names the year or period its work is for (rule document.title-plan-year).
    private static bool StandingRules(RuleBook rules, DocumentHeader header) =>
        rules.Kinds.SetsRules(header.Kind) && (header.Title is null || !DocumentTitlePlanYearRule.In(rules).IsMatch(VietnameseText.Fold(header.Title)));

    // A goal with no year of its own is due in the plan's year ("… chuyển đổi số năm 2023") or at
    // the end of its period.
    private string? DefaultBy(DocumentHeader header)
    {
        // "Kết quả thực hiện … năm 2024; mục tiêu, nhiệm vụ, giải pháp năm 2025" (corpus/blind z08): a
        // title that names two years aims at the later; and no goal of a document is due before the
        // year it was issued in (a report of 2024 issued in January 2025 sets the goals of 2025).
        var year = header.Title is null ? 0
            : DocumentTitleYearRule.In(rules).Matches(VietnameseText.Fold(header.Title)).Select(m => int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty().Max();
        int? by = year > 0 && header.Period is null ? year : header.Period is { } p ? p.To : header.IssuedOn?.Year;
        if (by is { } b && header.IssuedOn is { } on && b < on.Year)
        {
            by = on.Year;
        }
        return by?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Differences(string a, string b) => a.Zip(b).Count(p => p.First != p.Second);

    /// <summary>Text of the segment's lines joined with newlines, NFC.</summary>
    public static string TextOf(IEnumerable<SourceLine> lines) =>
        VietnameseText.Nfc(string.Join('\n', lines.Select(l => l.Text)));
}
