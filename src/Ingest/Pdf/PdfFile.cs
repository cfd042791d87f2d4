using Ingest.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;
using static System.FormattableString;

namespace Ingest.Pdf;

/// <summary>
/// A PDF opened for reading its pages: what PdfPig would crash on is refused before it opens the
/// file, what it throws on is reported as <see cref="UnreadablePdfException"/> naming the page
/// where there is one, and each page is triaged (<see cref="PageTriage"/>) from any thread.
/// </summary>
public sealed class PdfFile : IDisposable
{
    private readonly PdfDocument _document;

    // PdfPig's document is not thread safe: triage (parsing, image bytes) runs one page at a
    // time, while the caller recognises pages already triaged on other threads.
    private readonly Lock _gate = new();

    private PdfFile(PdfDocument document) => _document = document;

    /// <summary>Pages the file has (at least one: a file with none is not opened).</summary>
    public int PageCount => _document.NumberOfPages;

    /// <summary>
    /// Opens a PDF held in memory. Throws <see cref="UnreadablePdfException"/> when its objects
    /// refer to each other in a loop, it is encrypted, it is broken or truncated, or it leads to
    /// no page.
    /// </summary>
    public static PdfFile Open(byte[] bytes)
    {
        if (ReferenceLoops.Find(bytes) is { } loop)
        {
            throw new UnreadablePdfException(null, $"objects refer to each other in a loop ({loop}); not opened");
        }
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadablePdfException(null, "encrypted: opening it needs a password");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An interrupted download or copy ends without the %%EOF marker that closes a PDF.
            var truncated = bytes.AsSpan(Math.Max(0, bytes.Length - 1024)).IndexOf("%%EOF"u8) < 0;
            throw new UnreadablePdfException(null, truncated
                ? Invariant($"cannot open the PDF: it is truncated (no %%EOF at its end after {bytes.Length:N0} bytes): {ErrorText.Describe(e)}")
                : $"cannot open the PDF: {ErrorText.Describe(e)}");
        }
        if (document.NumberOfPages == 0)
        {
            var declared = DeclaredPageCount(document);
            document.Dispose();
            throw new UnreadablePdfException(null, declared > 0
                ? $"the page tree is broken: it claims {declared} pages and leads to none (a loop?)"
                : "the PDF has no pages");
        }
        return new PdfFile(document);
    }

    /// <summary>
    /// Triage of 1-based page <paramref name="number"/> (<see cref="PageTriage.Triage"/>); safe to
    /// call from several threads. A page PdfPig cannot parse throws <see cref="UnreadablePdfException"/>.
    /// </summary>
    public TriagedPage Triage(int number, long maxPixels)
    {
        lock (_gate)
        {
            try
            {
                return PageTriage.Triage(_document.GetPage(number), maxPixels);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // PdfPig throws what it meets in a broken page (its own exceptions,
                // InvalidOperationException, IndexOutOfRange, InvalidCast…): all of them
                // say this page cannot be read, and the file fails naming it.
                throw new UnreadablePdfException(number, $"cannot read the page: {ErrorText.Describe(e)}");
            }
        }
    }

    /// <summary>
    /// Why 1-based page <paramref name="number"/> may not be rendered at <paramref name="dpi"/>
    /// (<see cref="RenderCost.Refusal"/>), or null; safe to call from several threads. A page
    /// PdfPig cannot parse throws <see cref="UnreadablePdfException"/>.
    /// </summary>
    public string? RenderRefusal(int number, int dpi, long maxPixels)
    {
        lock (_gate)
        {
            try
            {
                return RenderCost.Refusal(_document.GetPage(number), dpi, maxPixels);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new UnreadablePdfException(number, $"cannot read the page: {ErrorText.Describe(e)}");
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _document.Dispose();

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
}
