using System.Globalization;
using System.Text;
using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>
/// Upscaling of a low-resolution page before recognition: Tesseract's LSTM reads text whose
/// x-height is a handful of pixels poorly (a phone photo of a letter at 70 dpi), and reads it
/// better from the page resampled, as 8-bit gray by linear interpolation, to
/// <see cref="OcrOptions.UpscaleToDpi"/>. What is read is handed back in the original image's
/// pixels — every TSV box, the page row included, and every layout region — so stored word
/// boxes, regions and page overlays match the image the archive keeps.
/// </summary>
/// <param name="FromDpi">The page's own resolution.</param>
/// <param name="ToDpi">The resolution it is read at.</param>
public sealed record PageScale(int FromDpi, int ToDpi)
{
    /// <summary>
    /// The most pixels a page is upscaled to: an A3 sheet at 250 dpi is 12 million, so only a
    /// page larger than paper stays as it is (a PDF's 200-inch page holding a 10,000-pixel image
    /// is "50 dpi", and would otherwise become 2.5 billion pixels).
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>
    /// How a page of <paramref name="width"/> × <paramref name="height"/> pixels at <paramref name="dpi"/>
    /// is read under <paramref name="options"/>: null when as it is (also when its resolution is unknown).
    /// </summary>
    public static PageScale? For(int dpi, int width, int height, OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (dpi <= 0 || dpi >= options.UpscaleBelowDpi || options.UpscaleToDpi <= dpi)
        {
            return null;
        }
        var factor = (double)options.UpscaleToDpi / dpi;
        return (double)width * height * factor * factor <= MaxPixels ? new PageScale(dpi, options.UpscaleToDpi) : null;
    }

    /// <summary>The page as 8-bit gray, linearly interpolated to <see cref="ToDpi"/>.</summary>
    internal PixHandle Apply(PixHandle pix)
    {
        var factor = (float)ToDpi / FromDpi;
        // pixScaleGrayLI takes 8 bits without a colormap: a colour photo becomes its luminance,
        // a 1-bit scan gray (the interpolation then smooths its staircase edges).
        using var gray = pix.Depth == 8 && Lept.pixGetColormap(pix) == IntPtr.Zero ? null : PixHandle.Own(Lept.pixConvertTo8(pix, 0), "pixConvertTo8 failed");
        return PixHandle.Own(Lept.pixScaleGrayLI(gray ?? pix, factor, factor), "pixScaleGrayLI failed");
    }

    /// <summary>
    /// <paramref name="result"/>, read from an image of <paramref name="readWidth"/> × <paramref name="readHeight"/>
    /// pixels, in the pixels of the original <paramref name="width"/> × <paramref name="height"/> image: boxes
    /// scaled back edge by edge and kept inside the image; the text is left as it was read.
    /// </summary>
    public static OcrResult ToOriginal(OcrResult result, int readWidth, int readHeight, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (sx, sy) = ((double)width / readWidth, (double)height / readHeight);
        (int Left, int Top, int Width, int Height) Map(int left, int top, int w, int h)
        {
            var (l, t) = (Edge(left, sx, width), Edge(top, sy, height));
            return (l, t, Edge(left + w, sx, width) - l, Edge(top + h, sy, height) - t);
        }
        var regions = result.Regions.Select(r => Map(r.Left, r.Top, r.Width, r.Height) is var (l, t, w, h) ? r with { Left = l, Top = t, Width = w, Height = h } : r).ToList();
        return result with { Tsv = MapTsv(result.Tsv, Map), Regions = regions };
    }

    private static int Edge(int x, double scale, int limit) => Math.Clamp((int)Math.Round(x * scale), 0, limit);

    // Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, conf,
    // text (and our choices); the header line and any row without numbers pass through as they are.
    private static string MapTsv(string tsv, Func<int, int, int, int, (int, int, int, int)> map)
    {
        var text = new StringBuilder(tsv.Length + 64);
        foreach (var line in tsv.Split('\n'))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            var f = line.Split('\t');
            if (f.Length >= 10 && int.TryParse(f[6], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var left)
                && int.TryParse(f[7], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var top)
                && int.TryParse(f[8], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var w)
                && int.TryParse(f[9], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var h))
            {
                var (l, t, mw, mh) = map(left, top, w, h);
                (f[6], f[7], f[8], f[9]) = (Invariant(l), Invariant(t), Invariant(mw), Invariant(mh));
                text.AppendJoin('\t', f);
            }
            else
            {
                text.Append(line);
            }
        }
        return text.ToString();
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
