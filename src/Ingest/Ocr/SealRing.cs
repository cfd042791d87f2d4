using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>
/// The rings of a round seal stamped over a signer's block, found and taken out of a 1-bit image
/// of the block so the title and name under it can be read (issue 15). A seal is ink like the
/// print on a 1-bit scan (official renders a01, a07, b01: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" lost
/// under it; danang-scans 1.pdf page 2: "PHÓ GIÁM ĐỐC"), and taking out whole components takes
/// the letters touching the ring with it (tried in session 11). A ring is a circle: it is found
/// by its votes for a centre (a Hough transform over the ink's edges, at a quarter of the resolution, then refined), and
/// only the pixels of its band — the radii at which most of the circle is ink — are cleared; a
/// letter crossing it loses one ring's width. The seal's inner ring is cleared the same way.
/// </summary>
internal static class SealRing
{
    // A seal's radius in lines of text: a 30–40 mm seal over 13-point print.
    private const double MinRadius = 2.5;
    private const double MaxRadius = 9;

    // A ring is ink at this share of its circle's angles or more; a line of text crossing a
    // radius is far less.
    private const double RingCoverage = 0.6;

    // Votes a centre needs, as a share of its circle's circumference (at a quarter of the resolution).
    private const double MinVotes = 0.35;

    private const int Angles = 360;

    // The circle is looked for at a quarter of the resolution, then refined.
    private const int Scale = 4;

    /// <summary>
    /// A copy of the 1-bit image (ink 1) with its seal's rings cleared, and the seal's inner disc
    /// (inside its innermost ring, where a seal's own horizontal words stand: "SỞ / GIÁO DỤC / VÀ
    /// ĐÀO TẠO" in 1.pdf's), or null when it has no ring.
    /// </summary>
    public static (PixHandle Image, PageRect Centre)? Erase(PixHandle bits, int lineHeight)
    {
        if (bits.Depth != 1 || lineHeight <= 0)
        {
            return null;
        }
        var ink = Bitmap.Of(bits);
        if (FindCentre(ink, lineHeight) is not var (cx, cy, r))
        {
            return null;
        }
        (cx, cy, var bands) = Rings(ink, cx, cy, r, lineHeight);
        if (bands.Count == 0)
        {
            return null;
        }
        var copy = PixHandle.Own(Lept.pixCopy(IntPtr.Zero, bits), "copying the signer's block failed");
        var cleared = Bitmap.Of(copy);
        foreach (var (inner, outer) in bands)
        {
            cleared.ClearAnnulus(cx, cy, inner - 2, outer + 2);
        }
        cleared.WriteTo(copy);
        var disc = bands[0].Inner;
        return (copy, new PageRect(cx - disc, cy - disc, 2 * disc, 2 * disc));
    }

    // The centre and radius (full resolution) with the most votes from the ink's edge pixels at
    // half resolution, or null when no circle has enough.
    private static (int X, int Y, int R)? FindCentre(Bitmap ink, int lineHeight)
    {
        var half = ink.Half().Half();
        int w = half.Width, h = half.Height;
        var minR = (int)(MinRadius * lineHeight / Scale);
        var maxR = (int)(MaxRadius * lineHeight / Scale);
        if (maxR * 2 > Math.Max(w, h) * 1.2)
        {
            maxR = (int)(Math.Max(w, h) * 0.6);
        }
        if (maxR <= minR)
        {
            return null;
        }
        var edges = new List<(int X, int Y)>();
        for (var y = 1; y < h - 1; y++)
        {
            for (var x = 1; x < w - 1; x++)
            {
                if (half[x, y] && (!half[x - 1, y] || !half[x + 1, y] || !half[x, y - 1] || !half[x, y + 1]))
                {
                    edges.Add((x, y));
                }
            }
        }
        (int X, int Y, int R, double Score) best = (0, 0, 0, 0);
        var votes = new int[w * h];
        for (var r = minR; r <= maxR; r++)
        {
            Array.Clear(votes);
            // Points of the circle about each edge pixel, every two pixels of arc: the votes land
            // within a pixel of the centre, and are summed over 3 × 3 below.
            var offsets = new HashSet<(int, int)>();
            var steps = (int)(Math.PI * r);
            for (var a = 0; a < steps; a++)
            {
                offsets.Add(((int)Math.Round(r * Math.Cos(2 * Math.PI * a / steps)), (int)Math.Round(r * Math.Sin(2 * Math.PI * a / steps))));
            }
            foreach (var (x, y) in edges)
            {
                foreach (var (dx, dy) in offsets)
                {
                    int cx = x + dx, cy = y + dy;
                    if (cx >= 0 && cy >= 0 && cx < w && cy < h)
                    {
                        votes[(cy * w) + cx]++;
                    }
                }
            }
            for (var cy = 1; cy < h - 1; cy++)
            {
                for (var cx = 1; cx < w - 1; cx++)
                {
                    var sum = 0;
                    for (var j = -1; j <= 1; j++)
                    {
                        var row = ((cy + j) * w) + cx;
                        sum += votes[row - 1] + votes[row] + votes[row + 1];
                    }
                    // A ring's two edges both vote, each on every two pixels of its arc: up to its circumference.
                    var score = sum / (2 * Math.PI * r);
                    if (score > best.Score)
                    {
                        best = (cx, cy, r, score);
                    }
                }
            }
        }
        return best.Score >= MinVotes ? (best.X * Scale, best.Y * Scale, best.R * Scale) : null;
    }

    // The rings about the centre, refined at full resolution: runs of radii from a third of the
    // circle found to the largest seal's, at which the circle is ink at RingCoverage of its
    // angles or more. The circle found may be the inner ring or the outer: both are looked for.
    private static (int X, int Y, List<(int Inner, int Outer)> Bands) Rings(Bitmap ink, int cx, int cy, int r, int lineHeight)
    {
        var (bx, by, bestCover) = (cx, cy, -1.0);
        for (var dy = -Scale - 1; dy <= Scale + 1; dy++)
        {
            for (var dx = -Scale - 1; dx <= Scale + 1; dx++)
            {
                for (var rho = r - Scale - 2; rho <= r + Scale + 2; rho++)
                {
                    var cover = Coverage(ink, cx + dx, cy + dy, rho);
                    if (cover > bestCover)
                    {
                        (bx, by, bestCover) = (cx + dx, cy + dy, cover);
                    }
                }
            }
        }
        var bands = new List<(int, int)>();
        var start = -1;
        var last = (int)(MaxRadius * lineHeight);
        for (var rho = r / 3; rho <= last + 1; rho++)
        {
            var ring = rho <= last && Coverage(ink, bx, by, rho) >= RingCoverage;
            if (ring && start < 0)
            {
                start = rho;
            }
            else if (!ring && start >= 0)
            {
                bands.Add((start, rho - 1));
                start = -1;
            }
        }
        return (bx, by, bands);
    }

    // The share of the circle's angles at which it is ink.
    private static double Coverage(Bitmap ink, int cx, int cy, int rho)
    {
        var covered = 0;
        for (var a = 0; a < Angles; a++)
        {
            var x = cx + (int)Math.Round(rho * Cos[a]);
            var y = cy + (int)Math.Round(rho * Sin[a]);
            if (ink.Inside(x, y) && ink[x, y])
            {
                covered++;
            }
        }
        return (double)covered / Angles;
    }

    private static readonly double[] Cos = [.. Enumerable.Range(0, Angles).Select(a => Math.Cos(2 * Math.PI * a / Angles))];
    private static readonly double[] Sin = [.. Enumerable.Range(0, Angles).Select(a => Math.Sin(2 * Math.PI * a / Angles))];
}
