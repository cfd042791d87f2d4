using System.Buffers.Binary;

namespace Ingest.Corpus;

/// <summary>
/// A one-page JBIG2 stream in PDF's embedded format (no file header, no end-of-file segment;
/// PDF 32000 7.4.7) holding one immediate generic region coded with MMR. MMR is CCITT T.6 —
/// the G4 code a CCITTFaxDecode image already carries — so a real JBIG2 page can be made from
/// a G4 scan without a JBIG2 encoder (Debian packages a decoder, jbig2dec, but no encoder).
/// </summary>
public static class Jbig2Embedded
{
    private const byte PageInformation = 48;
    private const byte ImmediateGenericRegion = 38;

    /// <summary>Wraps the G4 (T.6, K &lt; 0, 1 = black) data of a <paramref name="width"/> × <paramref name="height"/> bitmap.</summary>
    public static byte[] FromG4(byte[] g4, int width, int height)
    {
        // Page information (JBIG2 7.4.8): size, resolution unknown, flags 0 (white page, OR).
        var page = new byte[19];
        BinaryPrimitives.WriteInt32BigEndian(page.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(page.AsSpan(4), height);
        // Region segment information (7.4.1) at (0, 0), OR onto the page, then the generic
        // region flags (7.4.6.2): bit 0 MMR = 1; MMR regions have no adaptive template pixels.
        var region = new byte[18 + g4.Length];
        BinaryPrimitives.WriteInt32BigEndian(region.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(region.AsSpan(4), height);
        region[17] = 0x01;
        g4.CopyTo(region, 18);
        return [.. Segment(0, PageInformation, page), .. Segment(1, ImmediateGenericRegion, region)];
    }

    // Segment header (7.2): number, flags (type; 1-byte page association), no referred-to
    // segments, page 1, data length.
    private static byte[] Segment(int number, byte type, byte[] data)
    {
        var segment = new byte[11 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(segment.AsSpan(0), number);
        segment[4] = type;
        segment[5] = 0;
        segment[6] = 1;
        BinaryPrimitives.WriteInt32BigEndian(segment.AsSpan(7), data.Length);
        data.CopyTo(segment, 11);
        return segment;
    }
}
