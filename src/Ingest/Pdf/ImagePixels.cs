using Ingest.Ocr;
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
        if (ImageFile.JpegFrame(image.RawMemory.Span) is var (w, h))
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
}
