using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>
/// An image file read as a document: its format from the first bytes, the size each page
/// declares — read from the headers (JPEG frame header, PNG IHDR, each TIFF image directory)
/// without decoding, so a page over the pixel limit is refused for the price of a few bytes,
/// as a PDF's images are — and each page as a <see cref="PageImage"/> for the OCR engine.
/// </summary>
public static class ImageFile
{
    /// <summary>The format the first bytes show, or null when they are not a JPEG, PNG or TIFF.</summary>
    public static ImageFormat? FormatOf(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => ImageFormat.Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => ImageFormat.Png,
        [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => ImageFormat.Tiff,
        _ => null,
    };

    /// <summary>
    /// The width and height each page declares, in page order; at most <paramref name="maxPages"/>
    /// + 1 pages are read, so a caller can tell "over the limit" without walking a hostile chain
    /// to its end. A header we cannot read raises <see cref="ImageDecodeException"/> with the reason.
    /// </summary>
    public static IReadOnlyList<(long Width, long Height)> DeclaredPages(ReadOnlySpan<byte> bytes, int maxPages) =>
        Directories(bytes, maxPages).Select(p => (p.Width, p.Height)).ToList();

    // Each page's declared size and resolution (dots per inch, 0 when none is declared).
    private static List<(long Width, long Height, double Dpi)> Directories(ReadOnlySpan<byte> bytes, int maxPages)
    {
        switch (FormatOf(bytes))
        {
            case ImageFormat.Jpeg:
                var (w, h) = JpegFrame(bytes) ?? throw new ImageDecodeException("no JPEG frame header (truncated or not a JPEG)");
                return [(w, h, JfifDpi(bytes))];
            case ImageFormat.Png:
                var (pw, ph) = PngHeader(bytes);
                return [(pw, ph, PngDpi(bytes))];
            case ImageFormat.Tiff:
                return TiffPages(bytes, maxPages);
            default:
                throw new ImageDecodeException("not a JPEG, PNG or TIFF image");
        }
    }

    /// <summary>
    /// Page <paramref name="index"/> (0-based) of the file, for the OCR engine: the file's own
    /// bytes, never re-encoded, with the resolution <see cref="PageResolution"/> gives its
    /// declared size and resolution.
    /// </summary>
    public static PageImage Page(byte[] bytes, int index) =>
        new(bytes, Resolution(bytes, index), FormatOf(bytes)?.ToString().ToUpperInvariant() ?? "image") { Frame = index };

    /// <summary>
    /// The resolution page <paramref name="index"/> (0-based) is read at, in dots per inch: the
    /// declared one when it makes the page a plausible paper size, else the page taken as A4
    /// (<see cref="PageResolution.Of"/>). A header we cannot read raises <see cref="ImageDecodeException"/>.
    /// </summary>
    public static int Resolution(ReadOnlySpan<byte> bytes, int index)
    {
        var page = Directories(bytes, index + 1) is var pages && index < pages.Count
            ? pages[index]
            : throw new ImageDecodeException($"no page {index + 1} in the image file");
        return PageResolution.Of(page.Width, page.Height, page.Dpi);
    }

    /// <summary>
    /// Page <paramref name="index"/> (0-based) decoded and written as PNG for showing, scaled
    /// down to <paramref name="dpi"/> when the file declares a finer resolution (a 300-dpi scan
    /// becomes a third of its size), or to <paramref name="maxWidth"/> px wide when it declares none.
    /// </summary>
    public static byte[] ToPng(byte[] bytes, int index, int dpi, int maxWidth)
    {
        using var pix = PixHandle.Read(bytes, index);
        var res = Lept.pixGetXRes(pix);
        var scale = res > dpi ? (float)dpi / res : res <= 0 && pix.Width > maxWidth ? (float)maxWidth / pix.Width : 1f;
        using var shown = scale < 1f ? PixHandle.Own(Lept.pixScale(pix, scale, scale), "pixScale failed") : null;
        return (shown ?? pix).Encode(Lept.IFF_PNG);
    }

    /// <summary>
    /// The frame header (SOFn) of a JPEG: FF D8, then segments FF xx with a big-endian length,
    /// until a SOF0–SOF15 (not C4 DHT, C8 JPG, CC DAC): precision, height, width.
    /// </summary>
    public static (int Width, int Height)? JpegFrame(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return null;
        }
        var i = 2;
        while (i + 9 <= jpeg.Length && jpeg[i] == 0xFF)
        {
            var marker = jpeg[i + 1];
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 5)..]));
            }
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 2)..]);
        }
        return null;
    }

    // The JFIF APP0 segment (FF E0, length, "JFIF\0", version, units, X density, Y density):
    // units 1 are dots per inch, 2 dots per cm; 0 (what phones write: "aspect ratio 1×1") is no resolution.
    private static double JfifDpi(ReadOnlySpan<byte> jpeg)
    {
        var i = 2;
        while (i + 16 <= jpeg.Length && jpeg[i] == 0xFF && jpeg[i + 1] is >= 0xE0 and <= 0xEF)
        {
            if (jpeg[i + 1] == 0xE0 && jpeg.Slice(i + 4, 5).SequenceEqual("JFIF\0"u8))
            {
                var density = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 12)..]);
                return jpeg[i + 11] switch
                {
                    1 => density,
                    2 => density * 2.54,
                    _ => 0,
                };
            }
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(i + 2)..]);
        }
        return 0;
    }

    // The pHYs chunk (X and Y pixels per unit, unit 1 = metre), which must come before the first IDAT.
    private static double PngDpi(ReadOnlySpan<byte> png)
    {
        var i = 8L;
        while (i + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[(int)i..]);
            var type = png.Slice((int)i + 4, 4);
            if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
            {
                break;
            }
            if (type.SequenceEqual("pHYs"u8) && length >= 9 && i + 17 <= png.Length)
            {
                return png[(int)i + 16] == 1 ? BinaryPrimitives.ReadUInt32BigEndian(png[((int)i + 8)..]) * 0.0254 : 0;
            }
            i += 12L + length;
        }
        return 0;
    }

    // The 8-byte signature, then the first chunk, which must be IHDR: length, "IHDR", width, height.
    private static (long, long) PngHeader(ReadOnlySpan<byte> png)
    {
        if (png.Length < 24 || !png[12..16].SequenceEqual("IHDR"u8))
        {
            throw new ImageDecodeException("no PNG IHDR header (truncated?)");
        }
        return (BinaryPrimitives.ReadUInt32BigEndian(png[16..]), BinaryPrimitives.ReadUInt32BigEndian(png[20..]));
    }

    // A TIFF is a chain of image file directories (IFDs), one per page, as libtiff walks it:
    // header "II*\0" or "MM\0*" and the first IFD's offset; each IFD is a count, 12-byte entries
    // (tag, type, count, value) and the next IFD's offset (0 ends the chain). The page size is
    // tags 256 ImageWidth and 257 ImageLength, SHORT or LONG, held in the entry itself; the
    // resolution tag 282 XResolution, a RATIONAL at an offset, in the unit of tag 296
    // ResolutionUnit (2 inch, the default; 3 cm; 1 none).
    private static List<(long, long, double)> TiffPages(ReadOnlySpan<byte> tiff, int maxPages)
    {
        var big = tiff[0] == (byte)'M';
        uint U32(ReadOnlySpan<byte> s) => big ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s);
        ushort U16(ReadOnlySpan<byte> s) => big ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);
        if (tiff.Length < 8)
        {
            throw new ImageDecodeException("TIFF header truncated");
        }
        var pages = new List<(long, long, double)>();
        var seen = new HashSet<long>();
        long offset = U32(tiff[4..]);
        while (offset != 0 && pages.Count <= maxPages)
        {
            var page = pages.Count + 1;
            if (!seen.Add(offset))
            {
                throw new ImageDecodeException($"TIFF page {page}'s directory loops back to an earlier page");
            }
            if (offset + 2 > tiff.Length)
            {
                throw new ImageDecodeException($"TIFF page {page}'s directory is past the end of the file (truncated?)");
            }
            var count = U16(tiff[(int)offset..]);
            var end = offset + 2 + (12L * count);
            if (end + 4 > tiff.Length)
            {
                throw new ImageDecodeException($"TIFF page {page}'s directory runs past the end of the file (truncated?)");
            }
            long width = -1, height = -1, unit = 2;
            double resolution = 0;
            for (var e = offset + 2; e < end; e += 12)
            {
                var entry = tiff[(int)e..];
                var tag = U16(entry);
                var type = U16(entry[2..]);
                long value = type switch
                {
                    3 => U16(entry[8..]),
                    4 => U32(entry[8..]),
                    _ => -1,
                };
                if (tag == 256)
                {
                    width = value;
                }
                else if (tag == 257)
                {
                    height = value;
                }
                else if (tag == 296)
                {
                    unit = value;
                }
                else if (tag == 282 && type == 5 && U32(entry[8..]) is var at && (long)at + 8 <= tiff.Length)
                {
                    var denominator = U32(tiff[((int)at + 4)..]);
                    resolution = denominator == 0 ? 0 : (double)U32(tiff[(int)at..]) / denominator;
                }
            }
            if (width < 0 || height < 0)
            {
                throw new ImageDecodeException($"TIFF page {page} declares no width or height");
            }
            pages.Add((width, height, unit switch { 2 => resolution, 3 => resolution * 2.54, _ => 0 }));
            offset = U32(tiff[(int)end..]);
        }
        if (pages.Count == 0)
        {
            throw new ImageDecodeException("TIFF has no pages");
        }
        return pages;
    }
}
