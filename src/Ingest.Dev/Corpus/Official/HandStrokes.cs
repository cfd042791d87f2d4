using UglyToad.PdfPig.Core;

namespace Ingest.Corpus.Official;

/// <summary>
/// Pen strokes that look written by hand: digits from a small stroke skeleton (so every one is a
/// little different, slanted and thicker than the print, as a clerk's ballpoint is), cursive
/// scrawl made of loops and humps, and a signature. Every point is jittered from
/// <see cref="Random"/>, so a seed gives the same hand again.
/// </summary>
internal static class HandStrokes
{
    private sealed record Stroke(bool Smooth, (double U, double V)[] Points);

    // Digit skeletons in a box 0.6 wide and 1 high over the baseline, in pen order.
    private static readonly Dictionary<char, Stroke[]> Glyphs = new()
    {
        ['0'] = [new(true, [(0.30, 1.0), (0.08, 0.8), (0.03, 0.45), (0.12, 0.1), (0.3, 0.0), (0.5, 0.12), (0.57, 0.5), (0.5, 0.85), (0.3, 1.0), (0.22, 0.95)])],
        ['1'] = [new(false, [(0.10, 0.72), (0.34, 1.0), (0.31, 0.0)])],
        ['2'] = [new(true, [(0.05, 0.75), (0.15, 0.93), (0.33, 1.0), (0.52, 0.88), (0.52, 0.62), (0.3, 0.35), (0.02, 0.02), (0.3, 0.04), (0.6, 0.03)])],
        ['3'] = [new(true, [(0.05, 0.88), (0.28, 1.0), (0.5, 0.9), (0.48, 0.66), (0.25, 0.55), (0.5, 0.45), (0.56, 0.2), (0.35, 0.0), (0.05, 0.1)])],
        ['4'] = [new(false, [(0.42, 0.0), (0.42, 1.0), (0.03, 0.32), (0.6, 0.32)])],
        ['5'] = [new(false, [(0.55, 1.0), (0.14, 1.0), (0.09, 0.56)]), new(true, [(0.09, 0.56), (0.3, 0.64), (0.52, 0.5), (0.55, 0.2), (0.35, 0.0), (0.05, 0.08)])],
        ['6'] = [new(true, [(0.5, 0.97), (0.28, 0.85), (0.08, 0.5), (0.07, 0.18), (0.27, 0.0), (0.5, 0.12), (0.52, 0.38), (0.3, 0.52), (0.08, 0.35)])],
        ['7'] = [new(false, [(0.03, 0.97), (0.58, 1.0), (0.22, 0.0)])],
        ['8'] = [new(true, [(0.3, 0.55), (0.1, 0.72), (0.14, 0.93), (0.32, 1.0), (0.5, 0.9), (0.48, 0.7), (0.3, 0.55), (0.07, 0.35), (0.1, 0.08), (0.3, 0.0), (0.53, 0.12), (0.52, 0.38), (0.3, 0.55)])],
        ['9'] = [new(true, [(0.52, 0.72), (0.35, 0.52), (0.12, 0.6), (0.1, 0.85), (0.3, 1.0), (0.5, 0.9), (0.53, 0.6), (0.45, 0.25), (0.3, 0.0)])],
        ['/'] = [new(false, [(0.05, -0.05), (0.5, 1.05)])],
    };

    /// <summary>
    /// Writes <paramref name="text"/> (digits and '/') from (<paramref name="x"/>, <paramref name="baseline"/>)
    /// with digits <paramref name="height"/> tall, slanted by <paramref name="slant"/> degrees, the line
    /// turned by <paramref name="angle"/>; returns the width written.
    /// </summary>
    public static double Digits(PdfCanvas canvas, string text, double x, double baseline, double height, double slant, double angle, double pen, Random rng)
    {
        var shear = Math.Tan(slant * Math.PI / 180);
        var wobble = height * 0.035;
        canvas.Save(x, baseline, angle);
        double advance = 0;
        foreach (var ch in text)
        {
            if (!Glyphs.TryGetValue(ch, out var strokes))
            {
                advance += height * 0.4;
                continue;
            }
            var scale = height * (0.92 + rng.NextDouble() * 0.16);
            var lift = (rng.NextDouble() - 0.5) * height * 0.12;
            foreach (var s in strokes)
            {
                var points = s.Points.Select(p => new PdfPoint(
                    advance + (p.U + p.V * shear) * scale + Jitter(rng, wobble),
                    lift + p.V * scale + Jitter(rng, wobble))).ToList();
                canvas.Stroke(points, pen, s.Smooth);
            }
            advance += height * (ch == '1' ? 0.45 : ch == '/' ? 0.55 : 0.66) * (0.9 + rng.NextDouble() * 0.2);
        }
        canvas.Restore();
        return advance;
    }

    /// <summary>Width that <see cref="Digits"/> takes for <paramref name="text"/> at <paramref name="height"/>, on average.</summary>
    public static double DigitsWidth(string text, double height) =>
        text.Sum(ch => height * (ch == '1' ? 0.45 : ch == '/' ? 0.55 : Glyphs.ContainsKey(ch) ? 0.66 : 0.4));

    /// <summary>
    /// Cursive-looking scrawl of <paramref name="words"/> words on a baseline from (x, y), x-height
    /// <paramref name="xHeight"/>, turned by <paramref name="angle"/> degrees; returns its length.
    /// Letters are humps (n, m), loops (e), ascender loops (l, h) and descender loops (g, y), joined.
    /// </summary>
    public static double Scrawl(PdfCanvas canvas, double x, double y, double xHeight, int words, double angle, double pen, Random rng)
    {
        canvas.Save(x, y, angle);
        double at = 0;
        for (var w = 0; w < words; w++)
        {
            var points = new List<PdfPoint>();
            var letters = rng.Next(2, 7);
            for (var l = 0; l < letters; l++)
            {
                var shape = Letters[rng.Next(Letters.Length)];
                var width = 0.5 + rng.NextDouble() * 0.25;
                foreach (var (u, v) in shape)
                {
                    points.Add(new PdfPoint((at + u * width * 2) * xHeight + Jitter(rng, xHeight * 0.06), v * xHeight * (0.85 + rng.NextDouble() * 0.3)));
                }
                at += width;
            }
            canvas.Stroke(points, pen, smooth: true);
            at += 0.6 + rng.NextDouble() * 0.5;
        }
        canvas.Restore();
        return at * xHeight;
    }

    private static readonly (double U, double V)[][] Letters =
    [
        [(0, 0), (0.15, 0.9), (0.35, 0.95), (0.5, 0)],
        [(0, 0), (0.1, 0.8), (0.22, 0.9), (0.3, 0.1), (0.38, 0.85), (0.5, 0.9), (0.55, 0)],
        [(0, 0.3), (0.3, 0.6), (0.15, 0.85), (0.02, 0.5), (0.2, 0.05), (0.5, 0.2)],
        [(0, 0.1), (0.35, 1.9), (0.15, 2.0), (0.12, 1.2), (0.2, 0), (0.45, 0.15)],
        [(0, 0.5), (0.3, 0.9), (0.45, 0.5), (0.35, -0.9), (0.1, -0.7), (0.5, 0.1)],
        [(0, 0.2), (0.25, 0.8), (0.4, 0.3), (0.3, 0.05), (0.5, 0.4)],
    ];

    /// <summary>
    /// A signature across <paramref name="area"/>: a tall opening letter, a run of shrinking humps,
    /// and a long flourish back under them or out to the right.
    /// </summary>
    public static void Signature(PdfCanvas canvas, PdfRectangle area, double pen, Random rng)
    {
        double w = area.Width, h = area.Height;
        var x0 = area.Left + w * (0.18 + rng.NextDouble() * 0.15);
        var y0 = area.Bottom + h * (0.3 + rng.NextDouble() * 0.15);
        var body = h * (0.25 + rng.NextDouble() * 0.12);
        var points = new List<PdfPoint>
        {
            new(x0 - w * 0.03, y0 + body * 0.2),
            new(x0 + w * 0.04, y0 + h * (0.55 + rng.NextDouble() * 0.1)),
            new(x0 + w * 0.02, y0 + h * 0.62),
            new(x0 - w * 0.01, y0 + body * 0.4),
            new(x0 + w * 0.05, y0 - body * 0.3),
            new(x0 + w * 0.08, y0 + body * 0.5),
        };
        var x = x0 + w * 0.1;
        var humps = rng.Next(3, 7);
        for (var i = 0; i < humps; i++)
        {
            var step = w * (0.05 + rng.NextDouble() * 0.04);
            var top = body * (1 - i * 0.08) * (0.7 + rng.NextDouble() * 0.5);
            points.Add(new PdfPoint(x + step * 0.3, y0 + top));
            points.Add(new PdfPoint(x + step * 0.6, y0 + Jitter(rng, body * 0.15)));
            x += step;
        }
        canvas.Stroke(points, pen, smooth: true);
        var tail = rng.Next(2) == 0
            // back under the name: a loop from the last hump sweeping left
            ? new List<PdfPoint> { new(x, y0), new(x + w * 0.05, y0 - body * 0.5), new((x0 + x) / 2, y0 - body * 0.8), new(x0 - w * 0.05, y0 - body * 0.4) }
            // out to the right, rising
            : [new(x, y0), new(x + w * 0.12, y0 + body * 0.3), new(Math.Min(x + w * 0.35, area.Right), y0 + body * (0.4 + rng.NextDouble() * 0.4))];
        canvas.Stroke(tail, pen * 0.85, smooth: true);
    }

    private static double Jitter(Random rng, double amount) => (rng.NextDouble() * 2 - 1) * amount;
}
