namespace Ingest.Corpus.Official;

/// <summary>
/// How one official-layout scan is degraded and marked, drawn from a seed within the bounds of a
/// <see cref="ScanSeverity"/>, so a corpus file can be made again from its manifest line.
/// </summary>
/// <param name="Severity">The bounds the values were drawn in.</param>
/// <param name="SkewDegrees">Rotation of page 1 (later pages vary around it).</param>
/// <param name="Black">Gray level the print's black comes out at (faded toner, a light scan).</param>
/// <param name="Paper">Gray level from which the scanner calls the paper white.</param>
/// <param name="BlurRadius">Box blur radius in pixels: the scanner's optics.</param>
/// <param name="ThinAcross">Strokes thinned by a pixel across (vertical stems lose width).</param>
/// <param name="ThinDown">Strokes thinned by a pixel down (horizontal strokes, diacritics lose height).</param>
/// <param name="NoiseStdev">Gaussian noise, gray levels.</param>
/// <param name="Threshold">Binarisation threshold for 1-bit encodings: the lower, the more of each stroke is lost.</param>
/// <param name="JpegQuality">JPEG quality for gray encodings.</param>
/// <param name="Marks">Which marks the pages carry.</param>
/// <param name="Speckles">Dust specks per page.</param>
/// <param name="BandEdge">Edge of the scanner band: 0 left, 1 right, 2 top, 3 bottom.</param>
/// <param name="BandMm">Depth of the scanner band (0 = none).</param>
public sealed record ScanProfile(
    ScanSeverity Severity, double SkewDegrees, int Black, int Paper, int BlurRadius, bool ThinAcross, bool ThinDown,
    double NoiseStdev, int Threshold, int JpegQuality, InkMarks Marks, int Speckles, int BandEdge, double BandMm)
{
    /// <summary>A profile drawn from <paramref name="seed"/> within <paramref name="severity"/>'s bounds.</summary>
    /// <remarks>
    /// The bounds are tuned on corpus/scans-official so raw Tesseract <c>vie</c> reads about 96–97.5%
    /// of the syllables of mild scans, 92–96% of office scans and 86–90% of harsh ones. Of a mild
    /// scan's losses about two points are the two-column tables (header, recipients beside signer),
    /// which Tesseract reads row by row while the true text runs column by column; the body alone
    /// reads at about 99%. At 200 dpi a box blur or a pixel of thinning costs far more than any
    /// threshold, so blurred pages get a gentler threshold, and only 300 dpi pages (strokes half as
    /// thick again in pixels) are thinned. Mild scans carry no received stamp: a clean archive copy.
    /// </remarks>
    public static ScanProfile FromSeed(int seed, int dpi, ScanSeverity severity)
    {
        var rng = new Random(SeedMix.Of(seed, 2));
        double Between(double lo, double hi) => lo + rng.NextDouble() * (hi - lo);
        int Pick((int Lo, int Hi) range) => rng.Next(range.Lo, range.Hi + 1);
        bool Chance(double p) => rng.NextDouble() < p;
        var b = Bounds.Of(severity);
        var black = Pick(b.Black);
        var blurred = Chance(dpi >= 300 ? Math.Min(1, b.Blur + 0.3) : b.Blur);
        var marks = InkMarks.Seal | InkMarks.Signature | InkMarks.Speckle;
        marks |= Chance(b.Hand) ? InkMarks.HandDigits : 0;
        marks |= Chance(b.Stamp) ? InkMarks.ReceivedStamp : 0;
        marks |= Chance(b.Note) ? InkMarks.MarginNote : 0;
        var band = Chance(b.Band);
        var thin = dpi >= 300 && Chance(b.Thin);
        return new ScanProfile(
            severity,
            SkewDegrees: Math.Round(Between(-b.Skew, b.Skew), 2),
            Black: black,
            Paper: Pick(b.Paper),
            BlurRadius: blurred ? 1 : 0,
            ThinAcross: thin,
            ThinDown: false,
            NoiseStdev: Math.Round(Between(b.Noise.Lo, b.Noise.Hi), 1),
            // The threshold sits a margin above the print's black: the smaller the margin, the more
            // of each stroke's anti-aliased edge (and of a hairline or a diacritic) is lost.
            Threshold: Math.Min(250, black + Pick(blurred ? b.BlurredMargin : b.Margin)),
            JpegQuality: Pick(b.Quality),
            Marks: marks | (band ? InkMarks.ScannerBand : 0),
            Speckles: Pick(b.Specks),
            BandEdge: rng.Next(4),
            BandMm: band ? Math.Round(Between(2, 8), 1) : 0);
    }

    // The ranges each severity draws from.
    private sealed record Bounds(
        double Skew, (int Lo, int Hi) Black, (int Lo, int Hi) Paper, double Blur, double Thin, (double Lo, double Hi) Noise,
        (int Lo, int Hi) Margin, (int Lo, int Hi) BlurredMargin, (int Lo, int Hi) Quality,
        double Hand, double Stamp, double Note, double Band, (int Lo, int Hi) Specks)
    {
        public static Bounds Of(ScanSeverity severity) => severity switch
        {
            ScanSeverity.Mild => new(0.4, (0, 10), (242, 252), 0, 0, (1.5, 3), (140, 160), (140, 160), (70, 90), 0.5, 0, 0.1, 0.1, (10, 40)),
            ScanSeverity.Office => new(1.0, (20, 35), (232, 245), 0.3, 0.2, (5, 7), (75, 95), (115, 125), (50, 70), 0.8, 0.8, 0.4, 0.3, (40, 150)),
            _ => new(1.8, (40, 52), (225, 235), 0.5, 0.5, (7, 9), (50, 60), (100, 110), (35, 55), 1, 1, 0.6, 0.5, (150, 450)),
        };
    }
}
