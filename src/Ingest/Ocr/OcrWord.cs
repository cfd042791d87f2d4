namespace Ingest.Ocr;

/// <summary>One word Tesseract read, with where it is and how sure it was.</summary>
/// <param name="Block">Tesseract's block number.</param>
/// <param name="Paragraph">Paragraph number within the block.</param>
/// <param name="Line">Line number within the paragraph.</param>
/// <param name="Left">Left edge, pixels.</param>
/// <param name="Top">Top edge, pixels.</param>
/// <param name="Width">Width, pixels.</param>
/// <param name="Height">Height, pixels.</param>
/// <param name="Confidence">Word confidence 0–100.</param>
/// <param name="Text">The word.</param>
public sealed record OcrWord(int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, double Confidence, string Text)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;

    public PageRect Box => new(Left, Top, Width, Height);

    /// <summary>The median height of the words, pixels (0 for none): a line of the page's print, marks included.</summary>
    public static int MedianHeight(IEnumerable<OcrWord> words)
    {
        var heights = words.Select(w => w.Height).Order().ToList();
        return heights.Count == 0 ? 0 : heights[heights.Count / 2];
    }
}
