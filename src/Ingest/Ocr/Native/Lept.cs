using System.Runtime.InteropServices;

namespace Ingest.Ocr.Native;

/// <summary>Debian's Leptonica (liblept.so.5, 1.82): image decoding, degradation and PDF writing.</summary>
internal static partial class Lept
{
    private const string Lib = "liblept.so.5";

    public const int L_JPEG_ENCODE = 1;
    public const int L_G4_ENCODE = 2;
    public const int L_FLATE_ENCODE = 3;
    public const int L_JP2K_ENCODE = 4;
    public const int L_INSERT = 0;
    public const int L_ROTATE_AREA_MAP = 1;
    public const int L_BRING_IN_WHITE = 1;

    // Silenced: Tesseract's own layout analysis asks Leptonica to clip image boxes that reach
    // past the page and handles the answer, but Leptonica printed "Error in boxClipToRectangle:
    // box outside rectangle" for it on stderr (danang-scans 3.pdf page 1, its red seal). Our own
    // calls check what they get back and say what went wrong in their own words.
    static Lept()
    {
        NativeEnvironment.EnsureSingleThreadedOcr();
        _ = setMsgSeverity(L_SEVERITY_NONE);
    }

    /// <summary>Leptonica's message level that prints nothing.</summary>
    public const int L_SEVERITY_NONE = 6;

    [LibraryImport(Lib)]
    public static unsafe partial IntPtr pixReadMem(byte* data, nuint size);

    // Page n (0-based) of a multi-page TIFF; pixReadMem reads only the first.
    [LibraryImport(Lib)]
    public static unsafe partial IntPtr pixReadMemTiff(byte* data, nuint size, int n);

    public const int IFF_PNG = 3;

    [LibraryImport(Lib)]
    public static partial int pixWriteMem(out IntPtr data, out nuint size, PixHandle pix, int format);

    [LibraryImport(Lib)]
    public static partial IntPtr pixScale(PixHandle pix, float scalex, float scaley);

    [LibraryImport(Lib)]
    public static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(Lib)]
    public static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixGetHeight(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixGetDepth(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixGetXRes(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(Lib)]
    public static partial IntPtr pixConvertTo8(PixHandle pix, int cmapflag);

    [LibraryImport(Lib)]
    public static partial IntPtr pixConvertTo1(PixHandle pix, int threshold);

    [LibraryImport(Lib)]
    public static partial IntPtr pixRotate(PixHandle pix, float angle, int type, int incolor, int width, int height);

    [LibraryImport(Lib)]
    public static partial IntPtr pixBlockconv(PixHandle pix, int wc, int hc);

    [LibraryImport(Lib)]
    public static partial IntPtr pixAddGaussianNoise(PixHandle pix, float stdev);

    [LibraryImport(Lib)]
    public static partial IntPtr pixaCreate(int n);

    [LibraryImport(Lib)]
    public static partial int pixaAddPix(IntPtr pixa, IntPtr pix, int copyflag);

    [LibraryImport(Lib)]
    public static partial void pixaDestroy(ref IntPtr pixa);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int pixaConvertToPdfData(IntPtr pixa, int res, float scalefactor, int type, int quality, string? title, out IntPtr data, out nuint nbytes);

    [LibraryImport(Lib)]
    public static partial void lept_free(IntPtr ptr);

    /// <summary>Copies bytes Leptonica allocated (an encoded image, a PDF) and frees them.</summary>
    public static byte[] TakeBytes(IntPtr data, nuint size)
    {
        try
        {
            var bytes = new byte[checked((int)size)];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            lept_free(data);
        }
    }

    // The library's message level is global to the process, Tesseract's calls included.
    [LibraryImport(Lib)]
    public static partial int setMsgSeverity(int newsev);

    [LibraryImport("libc", EntryPoint = "srand")]
    public static partial void SeedRandom(uint seed);

    public const int IFF_JFIF_JPEG = 2;

    // Linear interpolation of an 8-bit gray image without colormap: upscaling a low-resolution page.
    [LibraryImport(Lib)]
    public static partial IntPtr pixScaleGrayLI(PixHandle pix, float scalex, float scaley);

    // The colormap of a palette image, IntPtr.Zero when it has none (only compared, never kept).
    [LibraryImport(Lib)]
    public static partial IntPtr pixGetColormap(PixHandle pix);
}
