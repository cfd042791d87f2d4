using System.Runtime.InteropServices;

namespace Ingest.Ocr.Native;

/// <summary>Owns a Leptonica PIX*: pixDestroy on release.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Wraps a PIX* returned by Leptonica; null means the call failed.</summary>
    public static PixHandle Own(IntPtr pix, string what)
    {
        if (pix == IntPtr.Zero)
        {
            throw new ImageDecodeException(what);
        }
        var h = new PixHandle();
        h.SetHandle(pix);
        return h;
    }

    /// <summary>Decodes an encoded image (JPEG, PNG, PNM, TIFF, JP2K…) held in memory.</summary>
    public static unsafe PixHandle Read(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* p = bytes)
        {
            return Own(Lept.pixReadMem(p, (nuint)bytes.Length), "Leptonica could not decode the image");
        }
    }

    /// <summary>
    /// Decodes page <paramref name="frame"/> (0-based) of an encoded image: the first page of
    /// any format through pixReadMem, a later one of a multi-page TIFF through pixReadMemTiff.
    /// </summary>
    public static unsafe PixHandle Read(ReadOnlySpan<byte> bytes, int frame)
    {
        if (frame == 0)
        {
            return Read(bytes);
        }
        fixed (byte* p = bytes)
        {
            return Own(Lept.pixReadMemTiff(p, (nuint)bytes.Length, frame), $"Leptonica could not decode TIFF page {frame + 1}");
        }
    }

    /// <summary>Gives up ownership (when Leptonica takes the PIX, e.g. pixaAddPix with L_INSERT).</summary>
    public IntPtr Release()
    {
        var p = handle;
        SetHandleAsInvalid();
        return p;
    }

    /// <summary>A new image of the part of this one inside <paramref name="area"/>.</summary>
    public PixHandle Clip(PageRect area)
    {
        var box = Lept.boxCreate(area.Left, area.Top, area.Width, area.Height);
        try
        {
            return Own(Lept.pixClipRectangle(this, box, IntPtr.Zero), $"pixClipRectangle failed for {area}");
        }
        finally
        {
            Lept.boxDestroy(ref box);
        }
    }

    /// <summary>
    /// A copy with every area in <paramref name="areas"/> blank: plain 1-bit pages stay 1-bit,
    /// others become 8-bit gray (as Tesseract would read them), without a colour map to find white in.
    /// </summary>
    public PixHandle WithBlank(IEnumerable<PageRect> areas)
    {
        var copy = Own(IsPlainBits ? Lept.pixCopy(IntPtr.Zero, this) : Lept.pixConvertTo8(this, 0), "copying the page failed");
        // Blank is paper: 0 on plain bits (ink is 1: see InkAsOne), white (255) on gray.
        var setToOne = !IsPlainBits;
        foreach (var area in areas)
        {
            var box = Lept.boxCreate(area.Left, area.Top, area.Width, area.Height);
            try
            {
                if ((setToOne ? Lept.pixSetInRect(copy, box) : Lept.pixClearInRect(copy, box)) != 0)
                {
                    throw new ImageDecodeException($"blanking {area} failed");
                }
            }
            finally
            {
                Lept.boxDestroy(ref box);
            }
        }
        return copy;
    }

    /// <summary>1 bit without a colour map: its bits are ink and paper themselves.</summary>
    public bool IsPlainBits => Depth == 1 && Lept.pixGetColormap(this) == IntPtr.Zero;

    /// <summary>
    /// Plain bits with 1 for paper: more than half the page set. Pages come so (corpus/images
    /// a06-page1.png, a01-pages1-2.tif); Tesseract reads them either way, but morphology on their
    /// bits grows the paper, so the engine turns them ink-is-1 first (<see cref="InkAsOne"/>).
    /// </summary>
    public bool PaperIsOne => IsPlainBits && Lept.pixCountPixels(this, out var set, IntPtr.Zero) == 0 && set > (long)Width * Height / 2;

    /// <summary>A copy with the bits inverted when 1 is this page's paper; null when 1 is already its ink (or it is no plain bits).</summary>
    public PixHandle? InkAsOne() => PaperIsOne ? Own(Lept.pixInvert(IntPtr.Zero, this), "pixInvert failed") : null;

    /// <summary>Ink as 1: plain bits as they are (ink must be 1: see <see cref="InkAsOne"/>), a palette or gray page thresholded below <paramref name="threshold"/>.</summary>
    public PixHandle Ink(int threshold)
    {
        using var gray = IsPlainBits ? null : Own(Lept.pixConvertTo8(this, 0), "pixConvertTo8 failed");
        return Own(IsPlainBits ? Lept.pixCopy(IntPtr.Zero, this) : Lept.pixConvertTo1(gray!, threshold), "pixConvertTo1 failed");
    }

    /// <summary>The bounding boxes of a 1-bit image's connected components (<paramref name="connectivity"/> 4 or 8).</summary>
    public List<PageRect> ComponentBoxes(int connectivity)
    {
        var boxa = Lept.pixConnCompBB(this, connectivity);
        if (boxa == IntPtr.Zero)
        {
            throw new ImageDecodeException("pixConnCompBB failed");
        }
        try
        {
            var count = Lept.boxaGetCount(boxa);
            var boxes = new List<PageRect>(count);
            for (var i = 0; i < count; i++)
            {
                if (Lept.boxaGetBoxGeometry(boxa, i, out var x, out var y, out var w, out var h) == 0)
                {
                    boxes.Add(new PageRect(x, y, w, h));
                }
            }
            return boxes;
        }
        finally
        {
            Lept.boxaDestroy(ref boxa);
        }
    }

    public int Width => Lept.pixGetWidth(this);
    public int Height => Lept.pixGetHeight(this);
    public int Depth => Lept.pixGetDepth(this);

    /// <summary>The image encoded in <paramref name="format"/> (Lept.IFF_PNG, IFF_JFIF_JPEG …).</summary>
    public byte[] Encode(int format) =>
        Lept.pixWriteMem(out var data, out var size, this, format) == 0 && data != IntPtr.Zero
            ? Lept.TakeBytes(data, size)
            : throw new ImageDecodeException($"Leptonica could not write the page (format {format})");

    protected override bool ReleaseHandle()
    {
        var p = handle;
        Lept.pixDestroy(ref p);
        return true;
    }
}
