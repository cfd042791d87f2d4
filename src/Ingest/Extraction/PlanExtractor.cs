using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Text → <see cref="PlanRecord"/>: splits the file into documents, reads each header, and
/// repairs a header number OCR damaged from a citation of the same document elsewhere in the file.
/// </summary>
public static class PlanExtractor
{
    /// <summary>Extracts the record of a file given as page texts.</summary>
    public static PlanRecord Extract(string source, IReadOnlyList<string> pages)
    {
        var lines = TextLines.FromPages(pages);
        var segments = DocumentSplitter.Split(lines);
        var headers = segments.Select(HeaderParser.Parse).ToList();
        var citations = CitationFinder.Find(lines);

        var documents = new List<PlanDocument>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var header = headers[i];
            var segment = segments[i];
            documents.Add(new PlanDocument
            {
                Kind = header.Kind,
                Number = ResolveNumber(header, segment, citations),
                Issuer = header.Issuer,
                Place = header.Place,
                IssuedOn = header.IssuedOn,
                Title = header.Title,
                Period = header.Period,
                Page = segment.Lines.Count > 0 ? segment.Lines[0].Page : 1,
                Text = TextOf(segment.Lines),
            });
        }
        return new PlanRecord(source, documents);
    }

    /// <summary>Extracts from a text whose pages are separated by form feeds.</summary>
    public static PlanRecord Extract(string source, string text) => Extract(source, text.Split('\f'));

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

    private static int Differences(string a, string b) => a.Zip(b).Count(p => p.First != p.Second);

    /// <summary>Text of the segment's lines joined with newlines, NFC.</summary>
    public static string TextOf(IEnumerable<SourceLine> lines) =>
        VietnameseText.Nfc(string.Join('\n', lines.Select(l => l.Text)));
}
