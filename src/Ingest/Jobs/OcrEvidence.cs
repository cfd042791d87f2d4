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
    /// <summary>
    /// The confidence of the OCR'd pages' words, or null when no page was OCR'd. A page's word boxes
    /// are parsed only when extraction asks about a number on it (most files: one page, or none).
    /// </summary>
    public static ReadingConfidence? Of(IReadOnlyList<PageText> pages)
    {
        var boxes = pages.Where(p => p.IsOcr && !string.IsNullOrEmpty(p.WordBoxesTsv)).ToDictionary(p => p.Number, p => p.WordBoxesTsv!);
        return boxes.Count == 0 ? null : new ReadingConfidence(page => boxes.TryGetValue(page, out var tsv)
            ? [.. PageWords.Parse(tsv).Lines.SelectMany(l => l.Words).Select(w => (w.Text, w.Confidence))]
            : null);
    }

    /// <summary>Extracts the record of restored pages, with the confidence of the pages as read.</summary>
    public static PlanRecord Extract(PlanExtractor extractor, string source, IReadOnlyList<PageText> read, IReadOnlyList<string> restored) =>
        extractor.Extract(source, restored, Of(read));
}
