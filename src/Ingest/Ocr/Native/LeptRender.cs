using System.Runtime.InteropServices;

namespace Ingest.Ocr.Native;

/// <summary>
/// Leptonica calls that compose and fade rendered pages for the corpus' realistic scans
/// (<see cref="ScanImage"/>): kept apart from <c>Lept.cs</c>, which the OCR path owns.
/// </summary>
internal static partial class Lept
{
    public const int L_CHOOSE_MIN = 1;

    /// <summary>Per pixel the darker (L_CHOOSE_MIN) of two images of equal size and depth.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixMinOrMax(IntPtr pixd, PixHandle pixs1, PixHandle pixs2, int type);

    /// <summary>Maps [minval, maxval] onto [0, 255] with a gamma curve; minval below 0 lightens black.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixGammaTRC(IntPtr pixd, PixHandle pixs, float gamma, int minval, int maxval);

    /// <summary>Gray dilation: each pixel becomes the lightest of its hsize × vsize neighbourhood (thins dark strokes).</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixDilateGray(PixHandle pixs, int hsize, int vsize);
}
