namespace Ingest.Corpus.Official;

/// <summary>
/// The typesetting choices Nghị định 30/2020/NĐ-CP leaves to each office, within its bounds:
/// margins (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), body size 13–14 pt, line
/// spacing from single to 1.5 lines, at least 6 pt between paragraphs, a first-line indent of 1 to
/// 1.27 cm. Drawn from a seed so a corpus file can be made again.
/// </summary>
/// <param name="BodySize">Body text size, points.</param>
/// <param name="HeaderSize">Header table and recipients' label size, points.</param>
/// <param name="Leading">Baseline-to-baseline distance as a multiple of the body size.</param>
/// <param name="ParagraphSpace">Extra space between paragraphs, points.</param>
/// <param name="IndentMm">First-line indent, millimetres.</param>
/// <param name="LeftMm">Left margin.</param>
/// <param name="RightMm">Right margin.</param>
/// <param name="TopMm">Top margin.</param>
/// <param name="BottomMm">Bottom margin.</param>
/// <param name="ItalicGrounds">"Căn cứ …" (legal grounds) lines set in italic, as many offices do.</param>
public sealed record OfficialStyle(
    double BodySize, double HeaderSize, double Leading, double ParagraphSpace, double IndentMm,
    double LeftMm, double RightMm, double TopMm, double BottomMm, bool ItalicGrounds)
{
    /// <summary>A style drawn from <paramref name="seed"/>.</summary>
    public static OfficialStyle FromSeed(int seed)
    {
        var rng = new Random(SeedMix.Of(seed, 1));
        return new OfficialStyle(
            BodySize: rng.Next(2) == 0 ? 13 : 14,
            HeaderSize: rng.Next(2) == 0 ? 12.5 : 13,
            Leading: Math.Round(1.12 + rng.NextDouble() * 0.25, 2),
            ParagraphSpace: rng.Next(6, 10),
            IndentMm: rng.Next(2) == 0 ? 10 : 12.7,
            LeftMm: 30 + rng.Next(6),
            RightMm: 15 + rng.Next(6),
            TopMm: 20 + rng.Next(6),
            BottomMm: 20 + rng.Next(6),
            ItalicGrounds: rng.Next(2) == 0);
    }
}
