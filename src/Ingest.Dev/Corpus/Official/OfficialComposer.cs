using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Ingest.Corpus.Official;

/// <summary>
/// The page flow under <see cref="OfficialPdf"/>: A4 pages with the style's margins, a cursor
/// down the page, paragraphs broken into lines (justified or not) and across pages, page numbers
/// from a document's second page on (centred in the top margin, as the decree asks), the true text
/// recorded as the lines are set, and each page's layout notes for the marks.
/// </summary>
internal sealed class OfficialComposer : IDisposable
{
    public const double Mm = 72 / 25.4;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly List<string> _truth = [];
    private readonly List<OfficialPageLayout> _done = [];
    private readonly Dictionary<(PdfDocumentBuilder.AddedFont, double, string), double> _widths = [];
    private PdfCanvas? _canvas;
    private int _pageInDocument;

    public OfficialComposer(OfficialStyle style)
    {
        Style = style;
        Fonts = OfficialFonts.Add(_builder);
    }

    public OfficialStyle Style { get; }
    public OfficialFonts Fonts { get; }
    public PdfCanvas Canvas => _canvas ?? throw new InvalidOperationException("no page yet");

    /// <summary>The top of the free space on the page, points from the bottom.</summary>
    public double Y { get; set; }

    public double Left => Style.LeftMm * Mm;
    public double Right => Canvas.Width - Style.RightMm * Mm;
    public double Top => Canvas.Height - Style.TopMm * Mm;
    public double Bottom => Style.BottomMm * Mm;
    public double BodyLine => Style.BodySize * Style.Leading;

    // Notes of the page being set, turned into an OfficialPageLayout when it is done.
    public PdfRectangle? Header { get; set; }
    public PdfRectangle? SignerBlock { get; set; }
    public PdfRectangle? SignatureArea { get; set; }
    public string? Issuer { get; set; }
    public List<HandwrittenField> Handwriting { get; } = [];

    /// <summary>A document starts on a new page, numbered 1 (unprinted).</summary>
    public void BeginDocument()
    {
        _pageInDocument = 0;
        NewPage();
    }

    /// <summary>Closes the page being set and starts the next; from a document's second page its number is printed at the top.</summary>
    public void NewPage()
    {
        FinishPage();
        _canvas = new PdfCanvas(_builder.AddPage(PageSize.A4));
        _pageInDocument++;
        Y = Top;
        if (_pageInDocument > 1)
        {
            var number = _pageInDocument.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Centered(number, Fonts.Regular, Style.BodySize, Canvas.Width / 2 + (Style.LeftMm - Style.RightMm) * Mm / 2, Canvas.Height - Style.TopMm * Mm * 0.55);
            Truth(number);
        }
    }

    private void FinishPage()
    {
        if (_canvas is null)
        {
            return;
        }
        _done.Add(new OfficialPageLayout(_done.Count, _canvas.Width, _canvas.Height, Header, SignerBlock, SignatureArea, Issuer, [.. Handwriting]));
        Header = SignerBlock = SignatureArea = null;
        Handwriting.Clear();
    }

    /// <summary>The file, its pages' notes and its true text.</summary>
    public OfficialRendering Build()
    {
        FinishPage();
        _canvas = null;
        return new OfficialRendering(_builder.Build(), _done, string.Join('\n', _truth) + "\n");
    }

    public void Dispose() => _builder.Dispose();

    /// <summary>Records a printed line of the true text, in reading order.</summary>
    public void Truth(string line) => _truth.Add(line);

    public double Width(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        if (!_widths.TryGetValue((font, size, text), out var w))
        {
            w = Canvas.Measure(text, font, size);
            _widths[(font, size, text)] = w;
        }
        return w;
    }

    /// <summary>The size at which <paramref name="text"/> fits <paramref name="width"/>: shrinks a line that would overflow its column (a long unit name, the national name at 13 pt).</summary>
    public double Fit(string text, PdfDocumentBuilder.AddedFont font, double size, double width)
    {
        var w = Width(text, font, size);
        return w <= width ? size : Math.Floor(size * width / w * 4) / 4;
    }

    /// <summary>Sets <paramref name="text"/> centred on <paramref name="cx"/>; returns its width.</summary>
    public double Centered(string text, PdfDocumentBuilder.AddedFont font, double size, double cx, double baseline)
    {
        var w = Width(text, font, size);
        Canvas.Text(text, font, size, cx - w / 2, baseline);
        return w;
    }

    /// <summary>
    /// Sets a line of printed pieces and handwritten blanks (<see cref="LinePiece"/>) centred on
    /// <paramref name="cx"/>; each blank becomes a <see cref="HandwrittenField"/> of this page.
    /// </summary>
    public void CenteredWithBlanks(IReadOnlyList<LinePiece> pieces, PdfDocumentBuilder.AddedFont font, double size, double cx, double baseline)
    {
        double PieceWidth(LinePiece p) => p.Handwritten ? BlankWidth(p.Text, font, size) : Width(p.Text, font, size);
        var x = cx - pieces.Sum(PieceWidth) / 2;
        foreach (var p in pieces)
        {
            var w = PieceWidth(p);
            if (p.Handwritten)
            {
                Handwriting.Add(new HandwrittenField(p.Text, x, baseline, w, size));
            }
            else
            {
                Canvas.Text(p.Text, font, size, x, baseline);
            }
            x += w;
        }
    }

    // Room a clerk is left for digits: a little more than they take in print.
    private double BlankWidth(string digits, PdfDocumentBuilder.AddedFont font, double size) => Width(digits, font, size) * 1.35 + size * 0.3;

    /// <summary>Greedy line breaking of <paramref name="text"/> into lines of at most <paramref name="width"/> points (the first <paramref name="firstIndent"/> shorter).</summary>
    public List<string[]> Break(string text, PdfDocumentBuilder.AddedFont font, double size, double width, double firstIndent = 0)
    {
        var space = Width(" ", font, size);
        var lines = new List<string[]>();
        var line = new List<string>();
        double used = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Width(word, font, size);
            var room = width - (lines.Count == 0 ? firstIndent : 0);
            if (line.Count > 0 && used + space + w > room)
            {
                lines.Add([.. line]);
                line.Clear();
                used = 0;
            }
            used += (line.Count > 0 ? space : 0) + w;
            line.Add(word);
        }
        if (line.Count > 0)
        {
            lines.Add([.. line]);
        }
        return lines;
    }

    /// <summary>
    /// Sets a paragraph in the flow between <paramref name="x0"/> and <paramref name="x1"/>,
    /// justified but for its last line when <paramref name="justify"/>, breaking pages where
    /// it must; a paragraph split by a page break is two lines of the true text with the page
    /// number between them, as a reader meets them.
    /// </summary>
    public void Paragraph(string text, PdfDocumentBuilder.AddedFont font, double size, double lineHeight, double x0, double x1, double firstIndent, bool justify)
    {
        var lines = Break(text, font, size, x1 - x0, firstIndent);
        var space = Width(" ", font, size);
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Y - lineHeight < Bottom)
            {
                if (i > start)
                {
                    Truth(string.Join(' ', lines.Skip(start).Take(i - start).SelectMany(l => l)));
                }
                start = i;
                NewPage();
            }
            var baseline = Y - lineHeight * 0.78;
            var x = x0 + (i == 0 ? firstIndent : 0);
            var words = lines[i];
            var natural = words.Sum(w => Width(w, font, size)) + space * (words.Length - 1);
            var extra = justify && i < lines.Count - 1 && words.Length > 1 ? (x1 - x - natural) / (words.Length - 1) : 0;
            foreach (var word in words)
            {
                Canvas.Text(word, font, size, x, baseline);
                x += Width(word, font, size) + space + extra;
            }
            Y -= lineHeight;
        }
        Truth(string.Join(' ', lines.Skip(start).SelectMany(l => l)));
    }
}
