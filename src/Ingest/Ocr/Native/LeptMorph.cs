using System.Runtime.InteropServices;

namespace Ingest.Ocr.Native;

/// <summary>
/// Leptonica's binary morphology, connected components and clipping, which find and cut out a
/// page's ruled tables (<see cref="RuledTables"/>) and thicken eroded strokes
/// (<see cref="ThinStrokes"/>): kept apart from <c>Lept.cs</c>.
/// </summary>
internal static partial class Lept
{
    /// <summary>Binary opening by an hsize × vsize brick: keeps only the black runs the brick fits in.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixOpenBrick(IntPtr pixd, PixHandle pixs, int hsize, int vsize);

    /// <summary>Binary dilation by an hsize × vsize brick.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixDilateBrick(IntPtr pixd, PixHandle pixs, int hsize, int vsize);

    [LibraryImport(Lib)]
    public static partial IntPtr pixOr(IntPtr pixd, PixHandle pixs1, PixHandle pixs2);

    /// <summary>The image's pixel words: rows of <see cref="pixGetWpl"/> 32-bit words, a 1-bit row's first pixel the first word's highest bit.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixGetData(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixGetWpl(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial IntPtr pixInvert(IntPtr pixd, PixHandle pixs);

    /// <summary>The bounding boxes (a BOXA) of the black connected components, 4- or 8-connected.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixConnCompBB(PixHandle pixs, int connectivity);

    [LibraryImport(Lib)]
    public static partial int boxaGetCount(IntPtr boxa);

    [LibraryImport(Lib)]
    public static partial int boxaGetBoxGeometry(IntPtr boxa, int index, out int x, out int y, out int w, out int h);

    [LibraryImport(Lib)]
    public static partial void boxaDestroy(ref IntPtr boxa);

    [LibraryImport(Lib)]
    public static partial IntPtr boxCreate(int x, int y, int w, int h);

    [LibraryImport(Lib)]
    public static partial void boxDestroy(ref IntPtr box);

    /// <summary>A new image of the part of <paramref name="pixs"/> inside <paramref name="box"/>.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixClipRectangle(PixHandle pixs, IntPtr box, IntPtr pboxc);

    /// <summary>Binary erosion by an hsize × vsize brick.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixErodeBrick(IntPtr pixd, PixHandle pixs, int hsize, int vsize);

    /// <summary>The number of black (1) pixels of a 1-bit image.</summary>
    [LibraryImport(Lib)]
    public static partial int pixCountPixels(PixHandle pixs, out int count, IntPtr tab8);

    [LibraryImport(Lib)]
    public static partial IntPtr pixCopy(IntPtr pixd, PixHandle pixs);

    /// <summary>Sets every pixel in the box to 1: black on a 1-bit image, white on an 8-bit one.</summary>
    [LibraryImport(Lib)]
    public static partial int pixSetInRect(PixHandle pix, IntPtr box);

    /// <summary>Sets every pixel in the box to 0: white on a 1-bit image.</summary>
    [LibraryImport(Lib)]
    public static partial int pixClearInRect(PixHandle pix, IntPtr box);
}
