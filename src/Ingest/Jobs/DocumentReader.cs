using System.Diagnostics;
using System.Globalization;
using Ingest.Ocr;
using Ingest.Pdf;
using Ingest.Text;
using static System.FormattableString;

namespace Ingest.Jobs;

/// <summary>
/// Reads the pages of an input file: a text file (pages split by form feeds), or a PDF page by
/// page — opened and triaged by <see cref="PdfFile"/>, text layers kept, scans OCR'd on the
/// engine pool, several pages at once — within <see cref="IngestLimits"/>. Bad input raises
/// <see cref="BadInputException"/> naming file and page; a page whose OCR runs over the time
/// limit keeps its partial text with source <see cref="TextSource.OcrTimedOut"/>.
/// </summary>
public sealed class DocumentReader(EnginePool pool, IngestLimits? limits = null)
{
    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;

    /// <summary>Reads the file at <paramref name="path"/>, named <paramref name="fileName"/> in errors.</summary>
    public async Task<IReadOnlyList<PageText>> ReadAsync(string path, string fileName, IProgress<PageProgress>? progress = null, CancellationToken cancel = default)
    {
        byte[] bytes;
        try
        {
            // The size is checked before anything is read: a 5 GB file costs a stat, not 5 GB.
            if (_limits.SizeRefusal(new FileInfo(path).Length) is { } tooLarge)
            {
                throw new BadInputException(fileName, null, tooLarge + " (--max-file-mb)");
            }
            bytes = await File.ReadAllBytesAsync(path, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(fileName, null, $"cannot read: {ErrorText.OneLine(e.Message)}");
        }
        if (bytes.Length == 0)
        {
            throw new BadInputException(fileName, null, "empty file (0 bytes)");
        }
        if (FileSignature.IsPdf(bytes))
        {
            return await ReadPdfAsync(path, fileName, bytes, progress, cancel).ConfigureAwait(false);
        }
        if (FileSignature.IsImage(bytes))
        {
            return await ReadImageAsync(fileName, bytes, progress, cancel).ConfigureAwait(false);
        }
        if (FileSignature.Refusal(bytes, fileName) is { } refusal)
        {
            throw new BadInputException(fileName, null, refusal);
        }
        return ReadText(fileName, bytes);
    }

    /// <summary>
    /// A JPEG, PNG or TIFF: each page OCR'd as a scanned PDF page is, after its declared size is
    /// held to the pixel limit (a TIFF page of 30,000 × 30,000 px is refused before libtiff
    /// allocates it) and a TIFF's page count to the page limit.
    /// </summary>
    private async Task<IReadOnlyList<PageText>> ReadImageAsync(string fileName, byte[] bytes, IProgress<PageProgress>? progress, CancellationToken cancel)
    {
        IReadOnlyList<(long Width, long Height)> declared;
        try
        {
            declared = ImageFile.DeclaredPages(bytes, _limits.MaxPages);
        }
        catch (ImageDecodeException e)
        {
            throw new BadInputException(fileName, null, e.Message);
        }
        if (declared.Count > _limits.MaxPages)
        {
            throw new BadInputException(fileName, null, $"more pages than the limit of {_limits.MaxPages} (--max-pages); not decoded");
        }
        for (var i = 0; i < declared.Count; i++)
        {
            var (w, h) = declared[i];
            // w > max / h is w·h > max without the overflow a hostile 4-billion-pixel-wide page would cause.
            if (h > 0 && w > _limits.MaxPixelsPerPage / h)
            {
                throw new BadInputException(fileName, i + 1, Invariant($"page image of {w:N0} × {h:N0} px is over the limit of {_limits.MaxPixelsPerPage:N0} px (--max-pixels); not decoded"));
            }
        }
        var pages = new PageText[declared.Count];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(1, declared.Count), new ParallelOptions { MaxDegreeOfParallelism = pool.Size, CancellationToken = cancel },
            async (number, ct) =>
            {
                var sw = Stopwatch.StartNew();
                var image = ImageFile.Page(bytes, number - 1);
                var page = await RecognizeAsync(fileName, number, image, $"{image.Origin} image file", ct).ConfigureAwait(false) with { Elapsed = sw.Elapsed };
                pages[number - 1] = page;
                progress?.Report(new PageProgress(Interlocked.Increment(ref done), declared.Count, page));
            }).ConfigureAwait(false);
        return pages;
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
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BadInputException(fileName, null, "no text in it (only a byte-order mark, spaces or form feeds)");
        }
        text = VietnameseText.Nfc(text);
        // A text file has no image to read again: one that lost its marked letters is kept as it is, and says so.
        var note = MissingGlyphs.Found(text) ? "text " + MissingGlyphs.Reason + "; kept as it is: no page image to OCR" : null;
        return text.Split('\f').Select((t, i) => new PageText(i + 1, t, TextSource.PlainText, null, TimeSpan.Zero) { Note = note }).ToList();
    }

    private async Task<IReadOnlyList<PageText>> ReadPdfAsync(string path, string fileName, byte[] bytes, IProgress<PageProgress>? progress, CancellationToken cancel)
    {
        using var pdf = OpenPdf(fileName, bytes);
        var count = pdf.PageCount;
        if (count > _limits.MaxPages)
        {
            throw new BadInputException(fileName, null, $"{count} pages is over the limit of {_limits.MaxPages} (--max-pages)");
        }
        var pages = new PageText[count];
        var done = 0;
        // Triage takes one page at a time (PdfFile's lock); recognition runs on the pool's
        // engines, several pages at once.
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = pool.Size, CancellationToken = cancel },
            async (number, ct) =>
            {
                var sw = Stopwatch.StartNew();
                TriagedPage triaged;
                try
                {
                    triaged = pdf.Triage(number, _limits.MaxPixelsPerPage);
                }
                catch (UnreadablePdfException e)
                {
                    throw new BadInputException(fileName, e.Page, e.Reason);
                }
                if (triaged.Action == PageAction.Refuse)
                {
                    throw new BadInputException(fileName, number, triaged.Reason);
                }
                var page = await ReadPageAsync(path, fileName, triaged, ct).ConfigureAwait(false) with { Elapsed = sw.Elapsed };
                pages[number - 1] = page;
                progress?.Report(new PageProgress(Interlocked.Increment(ref done), count, page));
            }).ConfigureAwait(false);
        return pages;
    }

    private static PdfFile OpenPdf(string fileName, byte[] bytes)
    {
        try
        {
            return PdfFile.Open(bytes);
        }
        catch (UnreadablePdfException e)
        {
            throw new BadInputException(fileName, e.Page, e.Reason);
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
                image = new PageImage(PdfRasterizer.ForReading(path, triaged.Number, triaged.Dpi, _limits.PageTimeout), triaged.Dpi, "pdftoppm");
            }
            catch (PdfRasterizeException e)
            {
                throw new BadInputException(fileName, triaged.Number, $"no usable page image and {e.Message}");
            }
        }
        return await RecognizeAsync(fileName, triaged.Number, image, triaged.Reason, cancel).ConfigureAwait(false);
    }

    // OCR of one page image on the pool; reason is why the page was OCR'd, kept as its note.
    private async Task<PageText> RecognizeAsync(string fileName, int number, PageImage image, string reason, CancellationToken cancel)
    {
        OcrResult result;
        try
        {
            result = await pool.RecognizeAsync(image, _limits.PageTimeout, cancel).ConfigureAwait(false);
        }
        catch (ImageDecodeException e)
        {
            throw new BadInputException(fileName, number, $"{image.Origin} image: {e.Message}");
        }
        var note = result.TimedOut ? Invariant($"{reason}; OCR stopped at the {_limits.PageTimeout.TotalSeconds:0.#} s page limit, text partial") : reason;
        return new PageText(number, VietnameseText.Nfc(result.Text.TrimEnd()), result.TimedOut ? TextSource.OcrTimedOut : TextSource.Ocr, result.MeanConfidence, TimeSpan.Zero)
        {
            WordBoxesTsv = result.Tsv,
            RegionsJson = PageRegion.ToJson(result.Regions),
            Note = note,
            OcrLanguage = pool.Options.Model,
        };
    }

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;
}
