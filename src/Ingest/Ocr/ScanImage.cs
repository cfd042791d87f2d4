using System.Runtime.InteropServices;
using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>How a page image is compressed inside a scanned PDF.</summary>
public enum ScanEncoding
{
    /// <summary>DCTDecode, 8-bit gray: what most office scanners write.</summary>
    Jpeg,
    /// <summary>CCITTFaxDecode group 4, 1 bit: archival scanners.</summary>
    CcittG4,
    /// <summary>FlateDecode.</summary>
    Flate,
}

/// <summary>
/// A page image held by Leptonica, with the operations that turn a clean rendering into a
/// realistic scan (ink laid over it, toner and scanner tone, thinning, skew, blur, noise,
/// binarisation) and write scans as PDF. Used to make the
/// corpus' scanned test files; the OCR path resamples only pages below 130 dpi (<see cref="PageScale"/>).
/// </summary>
public sealed class ScanImage : IDisposable
{
    private PixHandle _pix;

    private ScanImage(PixHandle pix) => _pix = pix;

    /// <summary>Decodes an encoded image (PNG, PNM, JPEG, TIFF).</summary>
    public static ScanImage Decode(ReadOnlySpan<byte> bytes) => new(PixHandle.Read(bytes));

    public int Width => _pix.Width;
    public int Height => _pix.Height;
    public int Depth => _pix.Depth;

    /// <summary>Seeds Leptonica's noise generator (libc rand) for reproducible renders.</summary>
    public static void Seed(int seed) => Lept.SeedRandom((uint)seed);

    /// <summary>8-bit gray (unchanged when it is already).</summary>
    public ScanImage Gray() => Depth == 8 ? this : Replace(Lept.pixConvertTo8(_pix, 0), "pixConvertTo8");

    /// <summary>
    /// Lays <paramref name="ink"/> (a gray rendering of the same page size: white where there is
    /// no ink) over the page: each pixel keeps the darker of the two, as ink on paper does.
    /// </summary>
    public ScanImage Darken(ScanImage ink)
    {
        ArgumentNullException.ThrowIfNull(ink);
        if (ink.Width != Width || ink.Height != Height)
        {
            throw new ArgumentException($"ink is {ink.Width}×{ink.Height}, the page {Width}×{Height}", nameof(ink));
        }
        return Replace(Lept.pixMinOrMax(IntPtr.Zero, _pix, ink._pix, Lept.L_CHOOSE_MIN), "pixMinOrMax");
    }

    /// <summary>
    /// Tone of a gray page: black becomes <paramref name="black"/> (faded toner, a light scan) and
    /// everything lighter than <paramref name="paper"/> becomes white (the scanner's white point).
    /// </summary>
    public ScanImage Tone(int black, int paper = 255)
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
    /// Thins the dark strokes of a gray page by one pixel on each side across
    /// (<paramref name="horizontal"/>) and/or down: a scanner whose threshold or lamp eats thin
    /// strokes and diacritics.
    /// </summary>
    public ScanImage ThinStrokes(bool horizontal, bool vertical) =>
        !horizontal && !vertical ? this : Replace(Lept.pixDilateGray(_pix, horizontal ? 3 : 1, vertical ? 3 : 1), "pixDilateGray");

    /// <summary>Rotates by <paramref name="degrees"/>, bringing in white at the corners.</summary>
    public ScanImage Rotate(double degrees) =>
        Replace(Lept.pixRotate(_pix, (float)(degrees * Math.PI / 180), Lept.L_ROTATE_AREA_MAP, Lept.L_BRING_IN_WHITE, Width, Height), "pixRotate");

    /// <summary>Box blur with a (2r+1)² kernel.</summary>
    public ScanImage Blur(int radius) => radius <= 0 ? this : Replace(Lept.pixBlockconv(_pix, radius, radius), "pixBlockconv");

    /// <summary>Gaussian noise of the given standard deviation (gray levels).</summary>
    public ScanImage Noise(double stdev) => stdev <= 0 ? this : Replace(Lept.pixAddGaussianNoise(_pix, (float)stdev), "pixAddGaussianNoise");

    /// <summary>1 bit: pixels darker than <paramref name="threshold"/> become black.</summary>
    public ScanImage Binarize(int threshold) => Replace(Lept.pixConvertTo1(_pix, threshold), "pixConvertTo1");

    private ScanImage Replace(IntPtr result, string what)
    {
        var next = PixHandle.Own(result, what + " failed");
        _pix.Dispose();
        _pix = next;
        return this;
    }

    /// <summary>Writes the pages as one PDF, one image per page at <paramref name="dpi"/>.</summary>
    public static byte[] ToPdf(IReadOnlyList<ScanImage> pages, int dpi, ScanEncoding encoding, int jpegQuality = 75)
    {
        var pixa = Lept.pixaCreate(pages.Count);
        if (pixa == IntPtr.Zero)
        {
            throw new ImageDecodeException("pixaCreate failed");
        }
        try
        {
            foreach (var page in pages)
            {
                // Leptonica takes ownership of each PIX (L_INSERT); the ScanImage gives it up.
                Lept.pixSetResolution(page._pix, dpi, dpi);
                if (Lept.pixaAddPix(pixa, page._pix.Release(), Lept.L_INSERT) != 0)
                {
                    throw new ImageDecodeException("pixaAddPix failed");
                }
            }
            var type = encoding switch
            {
                ScanEncoding.Jpeg => Lept.L_JPEG_ENCODE,
                ScanEncoding.CcittG4 => Lept.L_G4_ENCODE,
                _ => Lept.L_FLATE_ENCODE,
            };
            if (Lept.pixaConvertToPdfData(pixa, dpi, 1f, type, jpegQuality, null, out var data, out var size) != 0 || data == IntPtr.Zero)
            {
                throw new ImageDecodeException($"Leptonica could not write a {encoding} PDF");
            }
            return Lept.TakeBytes(data, size);
        }
        finally
        {
            Lept.pixaDestroy(ref pixa);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _pix.Dispose();
}
