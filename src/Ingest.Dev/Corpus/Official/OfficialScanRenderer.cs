using Ingest.Ocr;
using Ingest.Pdf;

namespace Ingest.Corpus.Official;

/// <summary>
/// Makes scans that look like real office scans of administrative documents: the text typeset in
/// the official layout (<see cref="OfficialPdf"/>), the marks of the office and the scanner
/// (<see cref="InkLayer"/>) rasterised by pdftoppm at the same resolution and laid over the page,
/// then toned, thinned, skewed, blurred, noised and — for 1-bit encodings — thresholded as the
/// seed's <see cref="ScanProfile"/> says, one image per page.
/// </summary>
public static class OfficialScanRenderer
{
    /// <summary>Renders <paramref name="text"/> (a corpus text) as an official-layout scan.</summary>
    public static OfficialScan Render(string text, int dpi, int seed, ScanEncoding encoding, ScanSeverity severity) =>
        Render(text, dpi, seed, encoding, ScanProfile.FromSeed(seed, dpi, severity));

    /// <summary>Renders <paramref name="text"/> as an official-layout scan degraded and marked as <paramref name="profile"/> says; the seed still draws the typesetting and the hand.</summary>
    public static OfficialScan Render(string text, int dpi, int seed, ScanEncoding encoding, ScanProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var rendering = OfficialPdf.Render(OfficialDocumentParser.Parse(text), OfficialStyle.FromSeed(seed), profile.Marks.HasFlag(InkMarks.HandDigits));
        var ink = InkLayer.Render(rendering, profile, seed);
        var pages = new List<ScanImage>();
        var printed = TempPdf(rendering.Pdf);
        var inked = TempPdf(ink);
        try
        {
            ScanImage.Seed(seed);
            var rng = new Random(SeedMix.Of(seed, 4));
            for (var p = 1; p <= rendering.Pages.Count; p++)
            {
                // Faded toner is the printer's: the seal's and the pens' ink, added after printing, keep their tone.
                var image = ScanImage.Decode(PdfRasterizer.RenderGray(printed, p, dpi)).Gray();
                pages.Add(image);
                image.Tone(profile.Black, profile.Paper);
                using (var marks = ScanImage.Decode(PdfRasterizer.RenderGray(inked, p, dpi)).Gray())
                {
                    image.Darken(marks);
                }
                image.ThinStrokes(profile.ThinAcross, profile.ThinDown);
                // Each sheet of a stack sits a little differently on the glass.
                var skew = p == 1 ? profile.SkewDegrees : profile.SkewDegrees * (0.4 + rng.NextDouble() * 0.8) * (rng.Next(2) == 0 ? 1 : -1);
                image.Rotate(skew).Blur(profile.BlurRadius).Noise(profile.NoiseStdev);
                if (encoding != ScanEncoding.Jpeg)
                {
                    image.Binarize(profile.Threshold);
                }
                if (encoding == ScanEncoding.Flate)
                {
                    image.Gray();
                }
            }
            return new OfficialScan(ScanImage.ToPdf(pages, dpi, encoding, profile.JpegQuality), rendering.TrueText, profile);
        }
        finally
        {
            foreach (var page in pages)
            {
                page.Dispose();
            }
            File.Delete(printed);
            File.Delete(inked);
        }
    }

    // pdftoppm reads files, not memory.
    private static string TempPdf(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ingest-official-{Environment.ProcessId}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
