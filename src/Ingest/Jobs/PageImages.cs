using System.Collections.Concurrent;
using System.Globalization;
using Ingest.Ocr;
using Ingest.Pdf;
using Ingest.Text;

namespace Ingest.Jobs;

/// <summary>
/// Page images for showing a page beside its text: each rendered once, on first view, at
/// <see cref="Dpi"/> by pdftoppm (a PDF) or decoded by Leptonica (a JPEG, PNG or TIFF page), and kept as <c>ARCHIVE/pages/SHA256/N.png</c> (written to a
/// temporary name and renamed, so a reader never sees half a file). Before rendering, the page's
/// declared pixels — its images at their full size, and its rendering at <see cref="Dpi"/> — are
/// held to <see cref="IngestLimits.MaxPixelsPerPage"/>, the limit ingest applies: the 30,000 ×
/// 30,000 px bomb is refused for the price of reading its dictionary instead of costing poppler
/// gigabytes per request. Callers asking for the same page at once share one render; renders of
/// different pages run at most <c>concurrentRenders</c> at a time, which bounds the memory
/// (an original is read whole to check its pages, and a render holds one page bitmap).
/// </summary>
public sealed class PageImages : IDisposable
{
    /// <summary>Resolution pages are shown at: an A4 page is 827 × 1170 px, readable beside its text.</summary>
    public const int Dpi = 100;

    // An image file that declares no resolution is shown at most this wide: A4 at Dpi.
    private const int MaxImageWidth = 850;

    private readonly string _root;
    private readonly IngestLimits _limits;
    private readonly SemaphoreSlim _renders;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentDictionary<string, Lazy<Task<PageImageFile>>> _inFlight = new(StringComparer.Ordinal);

    // Refusals are remembered for the life of the process: asking again for the bomb's page
    // must not open the file again. (Not on disk: a later run may have other limits.)
    private readonly ConcurrentDictionary<string, PageImageFile> _refused = new(StringComparer.Ordinal);
    private int _rendered;

    /// <param name="archiveRoot">The archive folder; images go under its <c>pages/</c>.</param>
    /// <param name="limits">The pixel and file-size limits (<see cref="IngestLimits.Default"/> when null).</param>
    /// <param name="concurrentRenders">Renders of different pages at once.</param>
    /// <param name="renderTimeout">How long pdftoppm may take for one page.</param>
    public PageImages(string archiveRoot, IngestLimits? limits = null, int concurrentRenders = 2, TimeSpan? renderTimeout = null)
    {
        _root = Path.Combine(archiveRoot, "pages");
        _limits = limits ?? IngestLimits.Default;
        _renders = new SemaphoreSlim(Math.Max(1, concurrentRenders));
        _timeout = renderTimeout ?? TimeSpan.FromSeconds(30);
    }

    /// <summary>How many pages this instance has rendered (each page once, however many asked).</summary>
    public int Rendered => Volatile.Read(ref _rendered);

    /// <summary>The validator of a page's image: its content hash, page and resolution fix its bytes.</summary>
    public static string ETagOf(string sha256, int page) => $"\"{sha256}-{page}-{Dpi}\"";

    /// <summary>Where the image of a page is kept.</summary>
    public string PathOf(string sha256, int page) => Path.Combine(_root, sha256, $"{page}.png");

    /// <summary>Where the page images of the file with this hash are cached in the archive at <paramref name="archiveRoot"/>.</summary>
    public static string FolderOf(string archiveRoot, string sha256) => Path.Combine(archiveRoot, "pages", sha256);

    /// <summary>
    /// The image of 1-based <paramref name="page"/> of the original at <paramref name="originalPath"/>
    /// (content hash <paramref name="sha256"/>, named <paramref name="fileName"/> in errors):
    /// kept, rendered now, or refused with the reason. <paramref name="cancel"/> stops this
    /// caller's wait, not a render others may be waiting for.
    /// </summary>
    public Task<PageImageFile> GetAsync(string sha256, string originalPath, string fileName, int page, CancellationToken cancel = default)
    {
        var etag = ETagOf(sha256, page);
        if (page < 1)
        {
            return Task.FromResult(new PageImageFile(PageImageStatus.NotFound, null, etag, $"{fileName}: no page {page}"));
        }
        var path = PathOf(sha256, page);
        if (File.Exists(path))
        {
            return Task.FromResult(new PageImageFile(PageImageStatus.Ready, path, etag, null));
        }
        var key = $"{sha256}/{page}";
        if (_refused.TryGetValue(key, out var refused))
        {
            return Task.FromResult(refused);
        }
        // Lazy: GetOrAdd may run its factory twice under a race; the Lazy makes one render.
        var render = _inFlight.GetOrAdd(key, _ => new Lazy<Task<PageImageFile>>(() => RenderAsync(key, originalPath, fileName, page, path, etag)));
        return render.Value.WaitAsync(cancel);
    }

    private async Task<PageImageFile> RenderAsync(string key, string originalPath, string fileName, int page, string path, string etag)
    {
        try
        {
            await _renders.WaitAsync().ConfigureAwait(false);
            try
            {
                var result = await Task.Run(() => Render(originalPath, fileName, page, path, etag)).ConfigureAwait(false);
                if (result.Status != PageImageStatus.Ready)
                {
                    _refused[key] = result;
                }
                return result;
            }
            finally
            {
                _renders.Release();
            }
        }
        finally
        {
            // The file (or the refusal) answers from now on; a caller that missed both renders
            // again, and Render finds the file first.
            _inFlight.TryRemove(key, out _);
        }
    }

    // Why the page may not be rendered, judged from the file without rendering it; null when it
    // may. Its own method so the original's bytes are garbage before pdftoppm runs.
    private (PageImageStatus Status, string Reason)? Check(string originalPath, int page)
    {
        if (!File.Exists(originalPath))
        {
            return (PageImageStatus.NotFound, "the original is not kept; no page image");
        }
        if (new FileInfo(originalPath).Length > _limits.MaxFileBytes)
        {
            return (PageImageStatus.Refused, "the file is over the size limit; its pages are not shown");
        }
        var bytes = File.ReadAllBytes(originalPath);
        if (FileSignature.IsImage(bytes))
        {
            return ImageCheck(bytes, page);
        }
        if (!FileSignature.IsPdf(bytes))
        {
            return (PageImageStatus.NotFound, "not a PDF or an image; no page image");
        }
        try
        {
            using var pdf = PdfFile.Open(bytes);
            if (page > pdf.PageCount)
            {
                return (PageImageStatus.NotFound, $"no page {page} (the file has {pdf.PageCount})");
            }
            return pdf.RenderRefusal(page, Dpi, _limits.MaxPixelsPerPage) is { } refusal ? (PageImageStatus.Refused, $"page {page}: {refusal}") : null;
        }
        catch (UnreadablePdfException e)
        {
            return (PageImageStatus.Refused, e.Page is { } p ? $"page {p}: {e.Reason}" : e.Reason);
        }
    }

    // An image file's page: there, and its declared size within the pixel limit before it is decoded.
    private (PageImageStatus Status, string Reason)? ImageCheck(byte[] bytes, int page)
    {
        IReadOnlyList<(long Width, long Height)> declared;
        try
        {
            declared = ImageFile.DeclaredPages(bytes, _limits.MaxPages);
        }
        catch (ImageDecodeException e)
        {
            return (PageImageStatus.Refused, e.Message);
        }
        if (page > declared.Count)
        {
            return (PageImageStatus.NotFound, $"no page {page} (the file has {declared.Count})");
        }
        var (w, h) = declared[page - 1];
        return h > 0 && w > _limits.MaxPixelsPerPage / h
            ? (PageImageStatus.Refused, string.Create(CultureInfo.InvariantCulture, $"page {page}: page image of {w:N0} × {h:N0} px is over the limit of {_limits.MaxPixelsPerPage:N0} px; not shown"))
            : null;
    }

    /// <inheritdoc/>
    public void Dispose() => _renders.Dispose();

    private PageImageFile Render(string originalPath, string fileName, int page, string path, string etag)
    {
        PageImageFile Fail(PageImageStatus status, string reason) => new(status, null, etag, $"{fileName}: {reason}");
        if (File.Exists(path))
        {
            return new PageImageFile(PageImageStatus.Ready, path, etag, null);
        }
        if (Check(originalPath, page) is { } refused)
        {
            return Fail(refused.Status, refused.Reason);
        }
        byte[] png;
        try
        {
            var original = File.ReadAllBytes(originalPath);
            // An image file's page is decoded and written as PNG (scaled to Dpi when finer), a PDF's rendered by pdftoppm.
            png = FileSignature.IsImage(original)
                ? ImageFile.ToPng(original, page - 1, Dpi, MaxImageWidth)
                : PdfRasterizer.RenderGray(originalPath, page, Dpi, _timeout, png: true);
        }
        catch (Exception e) when (e is PdfRasterizeException or ImageDecodeException)
        {
            return Fail(PageImageStatus.Refused, $"page {page}: cannot be shown: {ErrorText.OneLine(e.Message)}");
        }
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var tmp = Path.Combine(folder, $".{page}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(tmp, png);
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            File.Delete(tmp);
        }
        Interlocked.Increment(ref _rendered);
        return new PageImageFile(PageImageStatus.Ready, path, etag, null);
    }
}
