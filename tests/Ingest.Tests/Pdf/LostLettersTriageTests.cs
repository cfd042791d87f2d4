using Ingest.Corpus;
using Ingest.Pdf;
using Ingest.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Ingest.Tests.Pdf;

/// <summary>
/// A born-digital page whose font cannot give the marked letters goes to OCR of the page,
/// while the same text with every letter is kept as its layer.
/// </summary>
public class LostLettersTriageTests
{
    private static string PlanText() => string.Join('\n', File.ReadAllLines(CorpusFiles.Path_("plans", "a01.txt")).Take(30));

    /// <summary>
    /// The text in Helvetica, a standard font of PdfPig's writer whose encoding has no ẫ, ặ, ư,
    /// ơ, đ… (PdfPig refuses them: "The font does not contain a character"): each such letter
    /// is left as a blank, as Hà Nội's 35/2024 layer left its lost glyphs ("x t t ng").
    /// </summary>
    private static byte[] HelveticaWithoutUnencodable(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var encodable = new Dictionary<char, bool>();
        bool Fits(char c)
        {
            if (!encodable.TryGetValue(c, out var fits))
            {
                try
                {
                    page.MeasureText(c.ToString(), 11, new PdfPoint(0, 0), font);
                    fits = true;
                }
                catch (InvalidOperationException)
                {
                    fits = false;
                }
                encodable[c] = fits;
            }
            return fits;
        }
        var y = 800.0;
        foreach (var line in VietnameseText.Nfc(text).Split('\n'))
        {
            var kept = new string([.. line.Select(c => Fits(c) ? c : ' ')]);
            if (kept.Trim().Length > 0)
            {
                page.AddText(kept.Length > 95 ? kept[..95] : kept, 11, new PdfPoint(40, y), font);
            }
            y -= 14;
        }
        Assert.Contains(encodable, e => !e.Value);
        return builder.Build();
    }

    private static TriagedPage TriageFirstPage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return PageTriage.Triage(document.GetPage(1));
    }

    [Fact]
    public void A_layer_without_the_marked_letters_goes_to_ocr()
    {
        var triaged = TriageFirstPage(HelveticaWithoutUnencodable(PlanText()));
        Assert.True(MissingGlyphs.Found(triaged.LayerText), triaged.LayerText);
        Assert.Equal(PageAction.OcrRendered, triaged.Action);
        Assert.Contains("lost its marked letters", triaged.Reason);
    }

    [Fact]
    public void The_same_text_with_every_letter_is_kept()
    {
        var triaged = TriageFirstPage(BornDigitalPdf.Render(PlanText()));
        Assert.Equal(PageAction.KeepTextLayer, triaged.Action);
    }

    [Fact]
    public void Every_born_digital_page_of_the_real_Hanoi_pdfs_is_kept()
    {
        // The land-price tables of QĐ 01/2025 (pages 6 and 7: "m" units, "X" marks) were sent to
        // OCR before units and list letters were left out of the language measure.
        var kept = 0;
        foreach (var file in Directory.EnumerateFiles(RealFiles.Path_("hanoi-decisions", "pdf_subset"), "*.pdf"))
        {
            using var document = PdfDocument.Open(file);
            foreach (var page in document.GetPages().Where(p => !p.GetImages().Any() || TextLayerReader.Read(p).Any(char.IsLetter)))
            {
                var triaged = PageTriage.Triage(page);
                Assert.True(triaged.Action == PageAction.KeepTextLayer, $"{Path.GetFileName(file)} p{page.Number}: {triaged.Action} ({triaged.Reason})");
                kept++;
            }
        }
        Assert.True(kept >= 19, $"{kept} pages");
    }
}
