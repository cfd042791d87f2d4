using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Ingest.Corpus.Official;

/// <summary>
/// The round seal (con dấu) of the issuing body, stamped in red over the signature: a double outer
/// ring, the body's name lettered round the band between it and an inner ring, and the emblem's
/// star in the middle — with the patchy ink of a real impression (specks of paper showing
/// through), which a 1-bit scanner turns into a dark ring of blobs.
/// </summary>
internal static class SealMark
{
    /// <summary>Seal diameter: official seals are 35–42 mm.</summary>
    public const double Diameter = 36 * OfficialComposer.Mm;

    /// <summary>Stamps the seal centred on (<paramref name="cx"/>, <paramref name="cy"/>) with radius <paramref name="r"/>.</summary>
    public static void Draw(PdfCanvas canvas, PdfDocumentBuilder.AddedFont font, double cx, double cy, double r, string lettering, Random rng)
    {
        const double mm = OfficialComposer.Mm;
        // Seal red, which a gray scanner sees at about 85–100 of 255: darker than most thresholds.
        canvas.Color((byte)(190 + rng.Next(30)), (byte)(25 + rng.Next(25)), (byte)(35 + rng.Next(25)));
        canvas.Circle(cx, cy, r - 1.2, 2.4);
        canvas.Circle(cx, cy, r - 2.4 * mm, 0.8);
        var inner = r - 7.2 * mm;
        canvas.Circle(cx, cy, inner, 1.0);
        Letter(canvas, font, cx, cy, r - 6.0 * mm, lettering, rng);
        Star(canvas, cx, cy + inner * 0.05, inner * 0.42, 0);
        canvas.Circle(cx, cy + inner * 0.05, inner * 0.62, 0.5);
        // Ears of rice either side of the emblem: beads on two arcs.
        for (var side = -1; side <= 1; side += 2)
        {
            for (var k = 0; k < 5; k++)
            {
                var a = (-50 + k * 25) * Math.PI / 180;
                canvas.Circle(cx + side * Math.Cos(a) * inner * 0.8, cy + Math.Sin(a) * inner * 0.8, inner * 0.07, 0.4, fill: true);
            }
        }
        // Uneven inking: paper shows through in specks and a fainter side.
        canvas.Color(255, 255, 255);
        var specks = 30 + rng.Next(60);
        for (var i = 0; i < specks; i++)
        {
            var a = rng.NextDouble() * 2 * Math.PI;
            var d = Math.Sqrt(rng.NextDouble()) * r;
            canvas.Circle(cx + Math.Cos(a) * d, cy + Math.Sin(a) * d, (0.1 + rng.NextDouble() * 0.3) * mm, 0, fill: true);
        }
        var faint = rng.NextDouble() * 2 * Math.PI;
        for (var i = 0; i < 20; i++)
        {
            var a = faint + (rng.NextDouble() - 0.5) * 1.2;
            var d = r * (0.6 + rng.NextDouble() * 0.4);
            canvas.Circle(cx + Math.Cos(a) * d, cy + Math.Sin(a) * d, (0.3 + rng.NextDouble() * 0.6) * mm, 0, fill: true);
        }
    }

    // The name round the band, letters upright to the outside, centred on the top, a star at the foot.
    private static void Letter(PdfCanvas canvas, PdfDocumentBuilder.AddedFont font, double cx, double cy, double radius, string text, Random rng)
    {
        text = text.Length == 0 ? "ỦY BAN NHÂN DÂN" : text;
        var size = 9.5;
        double Arc(double s) => text.Sum(ch => canvas.Measure(ch.ToString(), font, s) * 1.12) / radius;
        while (Arc(size) > 1.75 * Math.PI && size > 4)
        {
            size -= 0.25;
        }
        var span = Arc(size);
        var angle = Math.PI / 2 + span / 2 + (rng.NextDouble() - 0.5) * 0.06;
        foreach (var ch in text)
        {
            var w = canvas.Measure(ch.ToString(), font, size) * 1.12;
            var mid = angle - w / 2 / radius;
            if (ch != ' ')
            {
                // Local axes: x along the tangent (clockwise), y outward.
                canvas.Save(cx + Math.Cos(mid) * radius, cy + Math.Sin(mid) * radius, mid * 180 / Math.PI - 90);
                canvas.Text(ch.ToString(), font, size, -w / 2 / 1.12, 0);
                canvas.Restore();
            }
            angle -= w / radius;
        }
        var foot = -Math.PI / 2;
        Star(canvas, cx + Math.Cos(foot) * (radius + size * 0.35), cy + Math.Sin(foot) * (radius + size * 0.35), size * 0.55, 0);
    }

    /// <summary>A filled five-pointed star of outer radius <paramref name="r"/>.</summary>
    public static void Star(PdfCanvas canvas, double cx, double cy, double r, double turn)
    {
        var points = new List<PdfPoint>();
        for (var k = 0; k < 10; k++)
        {
            var a = Math.PI / 2 + turn + k * Math.PI / 5;
            var d = k % 2 == 0 ? r : r * 0.4;
            points.Add(new PdfPoint(cx + Math.Cos(a) * d, cy + Math.Sin(a) * d));
        }
        canvas.FillPolygon(points);
    }
}
