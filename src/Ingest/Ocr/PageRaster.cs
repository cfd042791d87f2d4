using System.Runtime.InteropServices;
using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>
/// An 8-bit gray page held by Leptonica, for the steps of a realistic scan that come before
/// <see cref="ScanImage"/>'s skew, blur, noise and threshold: laying the ink of stamps and
/// handwriting over the printed page, and the printer's and scanner's tone (faded toner, a light
/// paper). Used to make corpus files only.
/// </summary>
public sealed class PageRaster : IDisposable
{
    private PixHandle _pix;

    private PageRaster(PixHandle pix) => _pix = pix;

    /// <summary>Decodes an encoded image (PGM from pdftoppm, PNG, …) as 8-bit gray.</summary>
    public static PageRaster Decode(ReadOnlySpan<byte> bytes)
    {
        var raster = new PageRaster(PixHandle.Read(bytes));
        return raster.Depth == 8 ? raster : raster.Replace(Lept.pixConvertTo8(raster._pix, 0), "pixConvertTo8");
    }

    public int Width => _pix.Width;
    public int Height => _pix.Height;
    public int Depth => _pix.Depth;

    /// <summary>
    /// Lays <paramref name="ink"/> (a rendering of the same page size: white where there is no ink)
    /// over the page: each pixel keeps the darker of the two, as ink on paper does.
    /// </summary>
    public PageRaster Darken(PageRaster ink)
    {
        ArgumentNullException.ThrowIfNull(ink);
        if (ink.Width != Width || ink.Height != Height)
        {
            throw new ArgumentException($"ink is {ink.Width}×{ink.Height}, the page {Width}×{Height}", nameof(ink));
        }
        return Replace(Lept.pixMinOrMax(IntPtr.Zero, _pix, ink._pix, Lept.L_CHOOSE_MIN), "pixMinOrMax");
    }

    /// <summary>
    /// Tone: black becomes <paramref name="black"/> (faded toner, a light scan) and everything
    /// lighter than <paramref name="paper"/> becomes white (the scanner's white point).
    /// </summary>
    public PageRaster Tone(int black, int paper = 255)
    {
        if (black <= 0 && paper >= 255)
        {
            return this;
        }
        // pixGammaTRC maps [min, max] linearly onto [0, 255]: input 0 lands on black when min = -black·max/(255 - black).
        var min = black <= 0 ? 0 : -(int)Math.Round(black * (double)paper / (255 - black));
        return Replace(Lept.pixGammaTRC(IntPtr.Zero, _pix, 1f, min, paper), "pixGammaTRC");
    }

    /// <summary>
    /// Thins dark strokes by one pixel on each side across (<paramref name="horizontal"/>) and/or
    /// down: a scanner whose threshold or lamp eats thin strokes and diacritics.
    /// </summary>
    public PageRaster ThinStrokes(bool horizontal, bool vertical) =>
        !horizontal && !vertical ? this : Replace(Lept.pixDilateGray(_pix, horizontal ? 3 : 1, vertical ? 3 : 1), "pixDilateGray");

    /// <summary>The page as PNM bytes (for <see cref="ScanImage.Decode"/> or for looking at it).</summary>
    public byte[] ToPnm()
    {
        if (Lept.pixWriteMem(out var data, out var size, _pix, Lept.IFF_PNM) != 0 || data == IntPtr.Zero)
        {
            throw new ImageDecodeException("Leptonica could not write the page as PNM");
        }
        try
        {
            var bytes = new byte[(int)size];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            Lept.lept_free(data);
        }
    }

    /// <summary>The page handed on to the scan degradations.</summary>
    public ScanImage ToScanImage() => ScanImage.Decode(ToPnm());

    private PageRaster Replace(IntPtr result, string what)
    {
        var next = PixHandle.Own(result, what + " failed");
        _pix.Dispose();
        _pix = next;
        return this;
    }

    /// <inheritdoc />
    public void Dispose() => _pix.Dispose();
}
