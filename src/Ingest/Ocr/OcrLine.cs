namespace Ingest.Ocr;

/// <summary>A line of words as Tesseract segmented it, in its reading order.</summary>
/// <param name="Words">The words, left to right.</param>
public sealed record OcrLine(IReadOnlyList<OcrWord> Words)
{
    public int Left => Words.Min(w => w.Left);

    public int Right => Words.Max(w => w.Right);

    public int Top => Words.Min(w => w.Top);

    public int Bottom => Words.Max(w => w.Bottom);

    /// <summary>Block and paragraph: a change of either is a paragraph break in the text.</summary>
    public (int Block, int Paragraph) Paragraph => (Words[0].Block, Words[0].Paragraph);

    public string Text => string.Join(' ', Words.Select(w => w.Text));
}
