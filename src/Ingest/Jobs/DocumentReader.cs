using System.Diagnostics;
using Ingest.Ocr;
using Ingest.Pdf;
using Ingest.Text;
using UglyToad.PdfPig;

namespace Ingest.Jobs;

/// <summary>Progress of one document: page n of m done.</summary>
public sealed record PageProgress(int Done, int Total, PageText Page);

/// <summary>
/// Reads the pages of an input file: a text file (pages split by form feeds), or a PDF page by
/// page through <see cref="PageTriage"/> — text layers kept, scans OCR'd on the engine pool,
/// several pages at once. Bad input raises <see cref="BadInputException"/> naming file and page.
/// </summary>
public sealed class DocumentReader(EnginePool pool)
{
    /// <summary>Reads the file at <paramref name="path"/>, named <paramref name="fileName"/> in errors.</summary>
    public async Task<IReadOnlyList<PageText>> ReadAsync(string path, string fileName, IProgress<PageProgress>? progress = null, CancellationToken cancel = default)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(fileName, null, $"cannot read: {e.Message}");
        }
        if (bytes.Length == 0)
        {
            throw new BadInputException(fileName, null, "empty file (0 bytes)");
        }
        if (IsPdf(bytes))
        {
            return await ReadPdfAsync(path, fileName, bytes, progress, cancel).ConfigureAwait(false);
        }
        if (Path.GetExtension(fileName).Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return ReadText(fileName, bytes);
        }
        throw new BadInputException(fileName, null, "not a PDF or a .txt file");
    }

    /// <summary>A UTF-8 text file, pages separated by form feeds.</summary>
    public static IReadOnlyList<PageText> ReadText(string fileName, byte[] bytes)
    {
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, true).GetString(StripBom(bytes));
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new BadInputException(fileName, null, "not UTF-8 text");
        }
        return VietnameseText.Nfc(text).Split('\f').Select((t, i) => new PageText(i + 1, t, TextSource.PlainText, null, TimeSpan.Zero)).ToList();
    }

    private async Task<IReadOnlyList<PageText>> ReadPdfAsync(string path, string fileName, byte[] bytes, IProgress<PageProgress>? progress, CancellationToken cancel)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new BadInputException(fileName, null, $"cannot open the PDF: {OneLine(e.Message)}");
        }
        using (document)
        {
            var count = document.NumberOfPages;
            if (count == 0)
            {
                throw new BadInputException(fileName, null, "the PDF has no pages");
            }
            var pages = new PageText[count];
            var done = 0;
            // PdfPig's document is not thread safe: triage (parsing, image bytes) runs under a
            // lock, recognition runs outside it on the pool's engines.
            var gate = new Lock();
            await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = pool.Size, CancellationToken = cancel },
                async (number, ct) =>
                {
                    var sw = Stopwatch.StartNew();
                    TriagedPage triaged;
                    lock (gate)
                    {
                        try
                        {
                            triaged = PageTriage.Triage(document.GetPage(number));
                        }
                        catch (Exception e) when (e is not OutOfMemoryException)
                        {
                            throw new BadInputException(fileName, number, $"cannot read the page: {OneLine(e.Message)}");
                        }
                    }
                    var page = await ReadPageAsync(path, fileName, triaged, ct).ConfigureAwait(false) with { Elapsed = sw.Elapsed };
                    pages[number - 1] = page;
                    progress?.Report(new PageProgress(Interlocked.Increment(ref done), count, page));
                }).ConfigureAwait(false);
            return pages;
        }
    }

    private async Task<PageText> ReadPageAsync(string path, string fileName, TriagedPage triaged, CancellationToken cancel)
    {
        if (triaged.Action == PageAction.KeepTextLayer)
        {
            return new PageText(triaged.Number, triaged.LayerText, TextSource.TextLayer, null, TimeSpan.Zero) { Note = triaged.Reason };
        }
        var image = triaged.Image;
        if (image is null)
        {
            try
            {
                image = new PageImage(PdfRasterizer.RenderGray(path, triaged.Number, triaged.Dpi), triaged.Dpi, "pdftoppm");
            }
            catch (PdfRasterizeException e)
            {
                throw new BadInputException(fileName, triaged.Number, $"no usable page image and {e.Message}");
            }
        }
        OcrResult result;
        try
        {
            result = await pool.RecognizeAsync(image, cancel).ConfigureAwait(false);
        }
        catch (ImageDecodeException e)
        {
            throw new BadInputException(fileName, triaged.Number, $"{image.Origin} image: {e.Message}");
        }
        var note = result.TimedOut ? $"{triaged.Reason}; OCR stopped at the {pool.Options.PageTimeLimit.TotalSeconds:0} s page limit" : triaged.Reason;
        return new PageText(triaged.Number, VietnameseText.Nfc(result.Text.TrimEnd()), TextSource.Ocr, result.MeanConfidence, TimeSpan.Zero)
        {
            WordBoxesTsv = result.Tsv,
            Note = note,
            OcrLanguage = pool.Options.Language,
            TimedOut = result.TimedOut,
        };
    }

    private static string OneLine(string message) => message.Split('\n')[0].Trim();

    private static bool IsPdf(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;
}
