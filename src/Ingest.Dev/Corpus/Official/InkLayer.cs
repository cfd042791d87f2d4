using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Ingest.Corpus.Official;

/// <summary>
/// Everything that reaches a printed page after the printer, as a PDF of the same pages with
/// nothing else on them (white is no ink): seal and signature in the signer's block, the received
/// stamp and a routing note on page 1, the handwritten digits in their blanks, a scanner's edge band
/// and dust. <see cref="OfficialScanRenderer"/> rasterises it like the page and lays it over the
/// page's raster, darker wins, as ink on paper.
/// </summary>
public static class InkLayer
{
    private const double Mm = OfficialComposer.Mm;

    /// <summary>The ink of <paramref name="profile"/>'s marks for each page of <paramref name="rendering"/>.</summary>
    public static byte[] Render(OfficialRendering rendering, ScanProfile profile, int seed)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        ArgumentNullException.ThrowIfNull(profile);
        var rng = new Random(SeedMix.Of(seed, 3));
        using var builder = new PdfDocumentBuilder();
        var sans = OfficialFonts.Load(builder, "LiberationSans-Bold.ttf");
        var serif = OfficialFonts.Load(builder, "LiberationSerif-Regular.ttf");
        var marks = profile.Marks;
        foreach (var layout in rendering.Pages)
        {
            var canvas = new PdfCanvas(builder.AddPage(PageSize.A4));
            if (marks.HasFlag(InkMarks.ScannerBand) && profile.BandMm > 0)
            {
                Band(canvas, profile.BandEdge, profile.BandMm * Mm, rng);
            }
            if (marks.HasFlag(InkMarks.HandDigits))
            {
                foreach (var field in layout.Handwriting)
                {
                    Digits(canvas, field, rng);
                }
            }
            if (layout.SignerBlock is { } block && layout.SignatureArea is { } area)
            {
                if (marks.HasFlag(InkMarks.Seal))
                {
                    Seal(canvas, sans, block, area, layout.Issuer ?? "", rng);
                }
                if (marks.HasFlag(InkMarks.Signature))
                {
                    BluePen(canvas, rng);
                    HandStrokes.Signature(canvas, area, 1.3 + rng.NextDouble() * 0.6, rng);
                }
            }
            if (layout.Page == 0 && marks.HasFlag(InkMarks.ReceivedStamp))
            {
                Stamp(canvas, sans, serif, layout, rng);
            }
            if (layout.Page == 0 && marks.HasFlag(InkMarks.MarginNote))
            {
                MarginNote(canvas, rng);
            }
            if (marks.HasFlag(InkMarks.Speckle))
            {
                Speckle(canvas, profile.Speckles, rng);
            }
        }
        return builder.Build();
    }

    // Digits a little larger than the print, slanted, on a line that wanders.
    private static void Digits(PdfCanvas canvas, HandwrittenField field, Random rng)
    {
        BluePen(canvas, rng);
        var height = field.Size * (0.8 + rng.NextDouble() * 0.25);
        var width = HandStrokes.DigitsWidth(field.Text, height);
        if (width > field.Width)
        {
            height *= field.Width / width;
            width = field.Width;
        }
        var x = field.X + (field.Width - width) / 2 + (rng.NextDouble() - 0.5) * field.Size * 0.2;
        var baseline = field.Baseline + (rng.NextDouble() - 0.3) * field.Size * 0.15;
        HandStrokes.Digits(canvas, field.Text, x, baseline, height, 8 + rng.NextDouble() * 14, (rng.NextDouble() - 0.5) * 10, 1.3 + rng.NextDouble() * 0.6, rng);
    }

    // The seal sits on the left of the signature, overlapping the title's last line as stamped in
    // practice, and never leaves the signer's block.
    private static void Seal(PdfCanvas canvas, PdfDocumentBuilder.AddedFont font, PdfRectangle block, PdfRectangle area, string issuer, Random rng)
    {
        var r = Math.Min(SealMark.Diameter / 2 * (0.95 + rng.NextDouble() * 0.12), Math.Min(block.Height, block.Width) / 2 - 2);
        var cx = Math.Min(block.Left + r + block.Width * (0.05 + rng.NextDouble() * 0.15), block.Right - r - 2);
        var cy = Math.Clamp(area.Bottom + area.Height * (0.5 + rng.NextDouble() * 0.35), block.Bottom + r + 2, block.Top - r - 2);
        SealMark.Draw(canvas, font, cx, cy, r, issuer, rng);
    }

    // Page 1, where clerks stamp it: the top margin over the issuer's column (most often), the
    // space left of the title under it, or the top margin over the national name.
    private static void Stamp(PdfCanvas canvas, PdfDocumentBuilder.AddedFont sans, PdfDocumentBuilder.AddedFont serif, OfficialPageLayout layout, Random rng)
    {
        var header = layout.Header ?? new PdfRectangle(25 * Mm, layout.Height - 70 * Mm, layout.Width - 15 * Mm, layout.Height - 20 * Mm);
        var place = rng.NextDouble();
        var (x, top) = place switch
        {
            < 0.45 => (header.Left + rng.NextDouble() * 20 * Mm, layout.Height - (3 + rng.NextDouble() * 4) * Mm),
            < 0.8 => (header.Left + rng.NextDouble() * 8 * Mm, header.Bottom - (1 + rng.NextDouble() * 4) * Mm),
            _ => (layout.Width / 2 + rng.NextDouble() * 30 * Mm, layout.Height - (2 + rng.NextDouble() * 3) * Mm),
        };
        ReceivedStamp.Draw(canvas, sans, serif, x, top - ReceivedStamp.Height, (rng.NextDouble() - 0.5) * 8, rng);
    }

    // A routing note ("Chuyển …") scrawled in the top margin or up the left margin.
    private static void MarginNote(PdfCanvas canvas, Random rng)
    {
        BluePen(canvas, rng);
        var lines = rng.Next(1, 4);
        var vertical = rng.Next(2) == 0;
        for (var i = 0; i < lines; i++)
        {
            if (vertical)
            {
                HandStrokes.Scrawl(canvas, (8 + i * 5) * Mm, canvas.Height * (0.45 + rng.NextDouble() * 0.1), 2 * Mm, rng.Next(3, 7), 80 + rng.NextDouble() * 15, 0.8, rng);
            }
            else
            {
                HandStrokes.Scrawl(canvas, canvas.Width * (0.5 + rng.NextDouble() * 0.1), canvas.Height - (7 + i * 5) * Mm, 1.8 * Mm, rng.Next(2, 5), (rng.NextDouble() - 0.5) * 16, 0.8, rng);
            }
        }
    }

    // The scanner's lid or the glass edge: a dark strip with a ragged inner edge.
    private static void Band(PdfCanvas canvas, int edge, double depth, Random rng)
    {
        var gray = (byte)(20 + rng.Next(50));
        canvas.Color(gray, gray, gray);
        double w = canvas.Width, h = canvas.Height;
        var vertical = edge is 0 or 1;
        var length = vertical ? h : w;
        var points = new List<PdfPoint>();
        // The edge wanders a little along its length (a lid never lies quite straight).
        var d = depth;
        for (double t = 0; t <= length + 4 * Mm; t += 4 * Mm)
        {
            d = Math.Clamp(d + (rng.NextDouble() - 0.5) * depth * 0.15, depth * 0.7, depth * 1.3);
            var at = Math.Min(t, length);
            points.Add(edge switch
            {
                0 => new PdfPoint(d, at),
                1 => new PdfPoint(w - d, at),
                2 => new PdfPoint(at, h - d),
                _ => new PdfPoint(at, d),
            });
        }
        points.AddRange(edge switch
        {
            0 => [new PdfPoint(0, h), new PdfPoint(0, 0)],
            1 => [new PdfPoint(w, h), new PdfPoint(w, 0)],
            2 => [new PdfPoint(w, h), new PdfPoint(0, h)],
            _ => [new PdfPoint(w, 0), new PdfPoint(0, 0)],
        });
        canvas.FillPolygon(points);
    }

    private static void Speckle(PdfCanvas canvas, int count, Random rng)
    {
        for (var i = 0; i < count; i++)
        {
            var gray = (byte)rng.Next(80);
            canvas.Color(gray, gray, gray);
            canvas.Circle(rng.NextDouble() * canvas.Width, rng.NextDouble() * canvas.Height, (0.06 + rng.NextDouble() * rng.NextDouble() * 0.35) * Mm, 0, fill: true);
        }
    }

    // Ballpoint blue, or black.
    private static void BluePen(PdfCanvas canvas, Random rng)
    {
        if (rng.Next(4) == 0)
        {
            canvas.Color(25, 25, 35);
        }
        else
        {
            canvas.Color(20, (byte)(35 + rng.Next(20)), (byte)(120 + rng.Next(40)));
        }
    }
}
