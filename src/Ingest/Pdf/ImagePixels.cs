using System.Buffers.Binary;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Ingest.Pdf;

/// <summary>
/// The size a page image will have once decoded, read from what the file declares — its
/// dictionary, a CCITT stream's /Columns and /Rows, a JPEG's frame header — without decoding
/// it, so a decompression bomb (30,000 × 30,000 pixels in 4 KB) is refused for the price of
/// reading a few bytes. Decoders size their output by whichever claim is larger, so we do too.
/// </summary>
public static class ImagePixels
{
    /// <summary>The largest width and height any part of the file claims for <paramref name="image"/>.</summary>
    public static (long Width, long Height) Declared(IPdfImage image)
    {
        long width = image.WidthInSamples, height = image.HeightInSamples;
        foreach (var parms in DecodeParms(image.ImageDictionary))
        {
            if (parms.TryGet<NumericToken>(NameToken.Columns, out var columns))
            {
                width = Math.Max(width, columns.Long);
            }
            if (parms.TryGet<NumericToken>(NameToken.Rows, out var rows))
            {
                height = Math.Max(height, rows.Long);
            }
        }
        if (JpegFrame(image.RawMemory.Span) is var (w, h))
        {
            width = Math.Max(width, w);
            height = Math.Max(height, h);
        }
        return (width, height);
    }

    private static IEnumerable<DictionaryToken> DecodeParms(DictionaryToken dictionary)
    {
        if (!dictionary.TryGet(NameToken.DecodeParms, out var token) && !dictionary.TryGet(NameToken.Dp, out token))
        {
            return [];
        }
        return token switch
        {
            DictionaryToken single => [single],
            ArrayToken array => array.Data.OfType<DictionaryToken>(),
            _ => [],
        };
    }

    // The frame header (SOFn) of a JPEG: FF D8, then segments FF xx with a big-endian length,
    // until a SOF0–SOF15 (not C4 DHT, C8 JPG, CC DAC): precision, height, width.
    private static (int Width, int Height)? JpegFrame(ReadOnlySpan<byte> jpeg)
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
}
