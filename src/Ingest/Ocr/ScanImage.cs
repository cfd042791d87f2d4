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
/// realistic scan (skew, blur, noise, binarisation) and write scans as PDF. Used to make the
/// corpus' scanned test files; the OCR path itself never resamples an image.
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

    /// <summary>8-bit gray.</summary>
    public ScanImage Gray() => Replace(Lept.pixConvertTo8(_pix, 0), "pixConvertTo8");

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
        finally
        {
            Lept.pixaDestroy(ref pixa);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _pix.Dispose();
}
