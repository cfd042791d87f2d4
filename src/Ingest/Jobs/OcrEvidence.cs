using Ingest.Extraction;
using Ingest.Ocr;
using Ingest.Text;

namespace Ingest.Jobs;

/// <summary>
/// What extraction may know of how a file was read: each OCR'd page's words with Tesseract's
/// confidence, from the word boxes stored with the page. Text layers and text files give none.
/// </summary>
public static class OcrEvidence
{
    /// <summary>The confidence of the OCR'd pages' words, or null when no page was OCR'd.</summary>
    public static ReadingConfidence? Of(IReadOnlyList<PageText> pages)
    {
        var byPage = new Dictionary<int, IReadOnlyList<(string Text, double Confidence)>>();
        foreach (var page in pages)
        {
            if (!page.IsOcr || string.IsNullOrEmpty(page.WordBoxesTsv))
            {
                continue;
            }
            var words = PageWords.Parse(page.WordBoxesTsv);
            byPage[page.Number] = [.. words.Lines.SelectMany(l => l.Words).Select(w => (w.Text, w.Confidence))];
        }
        return byPage.Count == 0 ? null : new ReadingConfidence(byPage);
    }

    /// <summary>Extracts the record of restored pages, with the confidence of the pages as read.</summary>
    public static PlanRecord Extract(PlanExtractor extractor, string source, IReadOnlyList<PageText> read, IReadOnlyList<string> restored) =>
        extractor.Extract(source, restored, Of(read));
}
