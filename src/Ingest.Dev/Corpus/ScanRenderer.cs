using Ingest.Ocr;
using Ingest.Pdf;

namespace Ingest.Corpus;

/// <summary>How a scan is degraded; drawn from a seed so a corpus file can be made again.</summary>
/// <param name="SkewDegrees">Rotation, within ±1.5°.</param>
/// <param name="BlurRadius">Box blur radius in pixels (0 = none).</param>
/// <param name="NoiseStdev">Gaussian noise, gray levels.</param>
/// <param name="Threshold">Binarisation threshold for 1-bit encodings.</param>
/// <param name="JpegQuality">JPEG quality.</param>
public sealed record ScanDegradation(double SkewDegrees, int BlurRadius, double NoiseStdev, int Threshold, int JpegQuality)
{
    /// <summary>A degradation drawn from <paramref name="seed"/>.</summary>
    public static ScanDegradation FromSeed(int seed, int dpi)
    {
        var rng = new Random(seed);
        return new ScanDegradation(
            SkewDegrees: Math.Round(rng.NextDouble() * 3 - 1.5, 2),
            BlurRadius: rng.NextDouble() < (dpi >= 300 ? 0.6 : 0.3) ? 1 : 0,
            NoiseStdev: Math.Round(2 + rng.NextDouble() * 6, 1),
            Threshold: 140 + rng.Next(40),
            JpegQuality: 50 + rng.Next(25));
    }
}

/// <summary>
/// Makes scanned-looking PDFs from a true text: the born-digital rendering (Liberation Serif 2,
/// 13 pt, A4) rasterised by pdftoppm at the scan resolution, then skewed, blurred, noised and
/// (for 1-bit encodings) binarised by Leptonica, one image per page — JPEG, CCITT G4 or Flate,
/// as office and archival scanners write them.
/// </summary>
public static class ScanRenderer
{
    /// <summary>Renders <paramref name="text"/> as a scan and returns the PDF bytes.</summary>
    public static byte[] Render(string text, int dpi, int seed, ScanEncoding encoding) => Render(text, dpi, seed, encoding, null);

    /// <summary>
    /// Renders <paramref name="text"/> as a scan degraded as <paramref name="severity"/>'s profile
    /// for the seed says (toner tone, thinning, skew, blur, noise, threshold, JPEG quality: the
    /// official renderer's bounds) but without its marks — a plain page on a cheap scanner, the
    /// "harsh plain renders" of issue 15. Without a severity, the seed's older, gentler degradation.
    /// </summary>
    public static byte[] Render(string text, int dpi, int seed, ScanEncoding encoding, Official.ScanSeverity? severity)
    {
        var profile = severity is { } s ? Official.ScanProfile.FromSeed(seed, dpi, s) : null;
        var degradation = profile is null
            ? ScanDegradation.FromSeed(seed, dpi)
            : new ScanDegradation(profile.SkewDegrees, profile.BlurRadius, profile.NoiseStdev, profile.Threshold, profile.JpegQuality);
        var clean = BornDigitalPdf.Render(text);
        var tmp = Path.Combine(Path.GetTempPath(), $"ingest-render-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(tmp, clean);
        var pages = new List<ScanImage>();
        try
        {
            int count;
            using (var doc = UglyToad.PdfPig.PdfDocument.Open(clean))
            {
                count = doc.NumberOfPages;
            }
            ScanImage.Seed(seed);
            for (var p = 1; p <= count; p++)
            {
                var image = ScanImage.Decode(PdfRasterizer.RenderGray(tmp, p, dpi));
                pages.Add(image);
                if (profile is not null)
                {
                    image.Gray().Tone(profile.Black, profile.Paper).ThinStrokes(profile.ThinAcross, profile.ThinDown);
                }
                // Each page of a real stack sits a little differently on the glass.
                image.Rotate(degradation.SkewDegrees * (p % 2 == 0 ? -0.6 : 1))
                    .Blur(degradation.BlurRadius)
                    .Noise(degradation.NoiseStdev);
                if (encoding != ScanEncoding.Jpeg)
                {
                    image.Binarize(degradation.Threshold);
                }
                if (encoding == ScanEncoding.Flate)
                {
                    // Leptonica writes any 1-bit image as G4; a bilevel scan saved as 8-bit gray
                    // keeps FlateDecode (and compresses as well as PNG does).
                    image.Gray();
                }
            }
            return ScanImage.ToPdf(pages, dpi, encoding, degradation.JpegQuality);
        }
        finally
        {
            foreach (var page in pages)
            {
                page.Dispose();
            }
            File.Delete(tmp);
        }
    }
}
