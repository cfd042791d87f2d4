using System.Diagnostics;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Evaluation;

/// <summary>
/// Reads every page of the real development set as the product does — a PDF or an image file
/// through <see cref="DocumentReader"/> (triage, page image, its resolution, Tesseract) —
/// restores it as the pipeline does, and scores raw and restored text against the hand-written
/// truth; OCRmyPDF reads the same files in the same run.
/// </summary>
/// <param name="pool">The OCR engines pages are read with.</param>
/// <param name="models">The restoration models the pipeline would restore with.</param>
/// <param name="withPeer">Whether OCRmyPDF reads the same files.</param>
public sealed class RealOcrEvaluation(EnginePool pool, RestorationModels models, bool withPeer)
{
    private readonly PageRestorer _restorer = new(models);

    /// <summary>Scores the pages, one source file at a time, in manifest order.</summary>
    public async Task<IReadOnlyList<RealPageResult>> RunAsync(IReadOnlyList<RealPage> pages, IProgress<RealPageResult>? progress = null, CancellationToken cancel = default)
    {
        var results = new List<RealPageResult>();
        foreach (var file in pages.GroupBy(p => p.Source))
        {
            // OCRmyPDF is given the resolution the product reads an image at (the library's rule).
            var dpi = file.First().IsImage ? ImageFile.Resolution(await File.ReadAllBytesAsync(file.Key, cancel).ConfigureAwait(false), 0) : 0;
            var sw = Stopwatch.StartNew();
            var read = await ReadAsync(file.First(), cancel).ConfigureAwait(false);
            var restored = _restorer.Restore(read);
            sw.Stop();
            string[]? peerPages = null;
            double? peerSeconds = null;
            if (withPeer)
            {
                var (text, wall) = file.First().IsImage
                    ? OcrPeer.RunImage(file.Key, pool.Options.Language, pool.Size, dpi)
                    : OcrPeer.Run(file.Key, pool.Options.Language, pool.Size);
                peerPages = text.Split('\f');
                peerSeconds = wall.TotalSeconds;
            }
            foreach (var page in file)
            {
                if (page.Page > read.Count)
                {
                    throw new InvalidOperationException($"{page.Name}: {Path.GetFileName(page.Source)} has {read.Count} pages, not {page.Page}");
                }
                var truth = await page.TruthAsync(cancel).ConfigureAwait(false);
                var result = new RealPageResult(page,
                    TextAccuracy.Measure(truth, read[page.Page - 1].Text),
                    TextAccuracy.Measure(truth, restored[page.Page - 1]),
                    peerPages is null ? null : TextAccuracy.Measure(truth, page.Page <= peerPages.Length ? peerPages[page.Page - 1] : ""),
                    sw.Elapsed.TotalSeconds, peerSeconds);
                results.Add(result);
                progress?.Report(result);
            }
        }
        return results;
    }

    /// <summary>Every page of the file <paramref name="page"/> is in, read as the product reads it (not restored).</summary>
    public Task<IReadOnlyList<PageText>> ReadAsync(RealPage page, CancellationToken cancel = default) =>
        new DocumentReader(pool).ReadAsync(page.Source, Path.GetFileName(page.Source), cancel: cancel);
}
