using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>
/// Bilevel pages whose strokes a scanner's threshold ate: letters broken into hairlines,
/// diacritics gone (issue 15's harsh scans, corpus/scans-harsh). How solid the ink is tells them:
/// the share of ink pixels that survive an erosion by a 2×2 brick is about 0.55–0.75 on ordinary
/// 1-bit 200-dpi pages (corpus/scans' bilevel pages from 0.553; the real Kodak CCITT scans
/// danang-scans/data/1.pdf 0.579 and 0.607) and 0.36–0.49 on eroded ones. Such a page is
/// thickened by one pixel (a 2×2 dilation) before recognition, which joins the broken strokes.
/// </summary>
public static class ThinStrokes
{
    /// <summary>The share of a 1-bit page's ink pixels inside a 2×2 block of ink.</summary>
    internal static double Solidity(PixHandle page)
    {
        using var eroded = PixHandle.Own(Lept.pixErodeBrick(IntPtr.Zero, page, 2, 2), "pixErodeBrick failed");
        if (Lept.pixCountPixels(page, out var ink, IntPtr.Zero) != 0 || Lept.pixCountPixels(eroded, out var solid, IntPtr.Zero) != 0)
        {
            throw new ImageDecodeException("pixCountPixels failed");
        }
        return ink == 0 ? 1 : (double)solid / ink;
    }

    /// <summary>
    /// The page thickened by a pixel when it is plain bits with 1 for ink and less solid than
    /// <paramref name="belowSolidity"/>; null when it is to be read as it is.
    /// </summary>
    internal static PixHandle? Thicken(PixHandle page, double belowSolidity) =>
        page.IsPlainBits && belowSolidity > 0 && Solidity(page) < belowSolidity
            ? PixHandle.Own(Lept.pixDilateBrick(IntPtr.Zero, page, 2, 2), "pixDilateBrick failed")
            : null;
}
