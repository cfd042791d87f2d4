using System.Diagnostics;
using System.Text;
using Ingest.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Ingest.Pdf;

/// <summary>
/// Reads a page's text layer the way a person reads the page: letters → words → lines →
/// blocks (Docstrum), blocks in reading order — so the two-column header of a plan comes out as
/// its left column (issuer, "Số: …") then its right column (motto, place and date).
/// </summary>
public static class TextLayerReader
{
    /// <summary>The page's text: a block's lines one per line, blocks separated by a blank line.</summary>
    public static string Read(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
        if (words.Count == 0)
        {
            return "";
        }
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks);
        var sb = new StringBuilder();
        foreach (var block in ordered)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }
            foreach (var line in block.TextLines)
            {
                sb.Append(string.Join(' ', line.Words.Select(w => w.Text))).Append('\n');
            }
        }
        return VietnameseText.Nfc(sb.ToString().TrimEnd('\n'));
    }

    /// <summary>Reads every page's text layer of a PDF held in memory.</summary>
    public static IReadOnlyList<PageText> ReadAll(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<PageText>(document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            var sw = Stopwatch.StartNew();
            var text = Read(page);
            pages.Add(new PageText(page.Number, text, TextSource.TextLayer, null, sw.Elapsed));
        }
        return pages;
    }
}
