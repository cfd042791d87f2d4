using System.Diagnostics;
using System.Globalization;
using Ingest.Ocr;
using Ingest.Pdf;
using Ingest.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;
using static System.FormattableString;

namespace Ingest.Jobs;

/// <summary>Progress of one document: page n of m done.</summary>
public sealed record PageProgress(int Done, int Total, PageText Page);

/// <summary>
/// Reads the pages of an input file: a text file (pages split by form feeds), or a PDF page by
/// page through <see cref="PageTriage"/> — text layers kept, scans OCR'd on the engine pool,
/// several pages at once — within <see cref="IngestLimits"/>. Bad input raises
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
            var length = new FileInfo(path).Length;
            if (length > _limits.MaxFileBytes)
            {
                throw new BadInputException(fileName, null, Invariant($"{Megabytes(length)} MB is over the limit of {Megabytes(_limits.MaxFileBytes)} MB (--max-file-mb)"));
            }
            bytes = await File.ReadAllBytesAsync(path, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(fileName, null, $"cannot read: {OneLine(e.Message)}");
        }
        if (bytes.Length == 0)
        {
            throw new BadInputException(fileName, null, "empty file (0 bytes)");
        }
        if (FileSignature.IsPdf(bytes))
        {
            return await ReadPdfAsync(path, fileName, bytes, progress, cancel).ConfigureAwait(false);
        }
        if (FileSignature.Describe(bytes) is { } kind)
        {
            throw new BadInputException(fileName, null, $"not a PDF: it is {kind}");
        }
        if (Path.GetExtension(fileName).Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return ReadText(fileName, bytes);
        }
        throw new BadInputException(fileName, null, "not a PDF (no %PDF- header) nor a .txt file");
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);

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
        return VietnameseText.Nfc(text).Split('\f').Select((t, i) => new PageText(i + 1, t, TextSource.PlainText, null, TimeSpan.Zero)).ToList();
    }

    private async Task<IReadOnlyList<PageText>> ReadPdfAsync(string path, string fileName, byte[] bytes, IProgress<PageProgress>? progress, CancellationToken cancel)
    {
        using var document = Open(fileName, bytes);
        var count = document.NumberOfPages;
        if (count == 0)
        {
            var declared = DeclaredPageCount(document);
            throw new BadInputException(fileName, null, declared > 0
                ? $"the page tree is broken: it claims {declared} pages and leads to none (a loop?)"
                : "the PDF has no pages");
        }
        if (count > _limits.MaxPages)
        {
            throw new BadInputException(fileName, null, $"{count} pages is over the limit of {_limits.MaxPages} (--max-pages)");
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
                        triaged = PageTriage.Triage(document.GetPage(number), _limits.MaxPixelsPerPage);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // PdfPig throws what it meets in a broken page (its own exceptions,
                        // InvalidOperationException, IndexOutOfRange, InvalidCast…): all of them
                        // say this page cannot be read, and the file fails naming it.
                        throw new BadInputException(fileName, number, $"cannot read the page: {Describe(e)}");
                    }
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

    private static PdfDocument Open(string fileName, byte[] bytes)
    {
        if (ReferenceLoops.Find(bytes) is { } loop)
        {
            throw new BadInputException(fileName, null, $"objects refer to each other in a loop ({loop}); not opened");
        }
        try
        {
            return PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new BadInputException(fileName, null, "encrypted: opening it needs a password");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An interrupted download or copy ends without the %%EOF marker that closes a PDF.
            var truncated = bytes.AsSpan(Math.Max(0, bytes.Length - 1024)).IndexOf("%%EOF"u8) < 0;
            throw new BadInputException(fileName, null, truncated
                ? Invariant($"cannot open the PDF: it is truncated (no %%EOF at its end after {bytes.Length:N0} bytes): {Describe(e)}")
                : $"cannot open the PDF: {Describe(e)}");
        }
    }

    // What the catalog's page tree root claims (/Count), to tell a broken tree from an empty one.
    private static long DeclaredPageCount(PdfDocument document)
    {
        try
        {
            var catalog = document.Structure.Catalog.CatalogDictionary;
            if (catalog.TryGet(NameToken.Pages, out var token) && token is IndirectReferenceToken reference
                && document.Structure.GetObject(reference.Data).Data is DictionaryToken pages
                && pages.TryGet(NameToken.Count, out var c) && c is NumericToken n)
            {
                return n.Long;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A tree too broken to read its root: it leads to no page, which is all we say.
        }
        return 0;
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
                image = new PageImage(PdfRasterizer.RenderGray(path, triaged.Number, triaged.Dpi, _limits.PageTimeout), triaged.Dpi, "pdftoppm");
            }
            catch (PdfRasterizeException e)
            {
                throw new BadInputException(fileName, triaged.Number, $"no usable page image and {e.Message}");
            }
        }
        OcrResult result;
        try
        {
            result = await pool.RecognizeAsync(image, _limits.PageTimeout, cancel).ConfigureAwait(false);
        }
        catch (ImageDecodeException e)
        {
            throw new BadInputException(fileName, triaged.Number, $"{image.Origin} image: {e.Message}");
        }
        var note = result.TimedOut ? Invariant($"{triaged.Reason}; OCR stopped at the {_limits.PageTimeout.TotalSeconds:0.#} s page limit, text partial") : triaged.Reason;
        return new PageText(triaged.Number, VietnameseText.Nfc(result.Text.TrimEnd()), result.TimedOut ? TextSource.OcrTimedOut : TextSource.Ocr, result.MeanConfidence, TimeSpan.Zero)
        {
            WordBoxesTsv = result.Tsv,
            Note = note,
            OcrLanguage = pool.Options.Language,
        };
    }

    /// <summary>
    /// An unexpected exception as one line: its message's first line and its type, which tells
    /// a maintainer where to look (a PdfPig limitation, a bug of ours) when the message does not.
    /// </summary>
    public static string Describe(Exception e) => $"{OneLine(e.Message)} ({e.GetType().Name})".TrimStart();

    private static string OneLine(string message) => message.Split('\n')[0].Trim();

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;
}
