namespace Ingest.Ocr;

/// <summary>A rectangle of a page image, pixels.</summary>
public readonly record struct PageRect(int Left, int Top, int Width, int Height)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;

    /// <summary>True when <paramref name="other"/> lies wholly inside this one.</summary>
    public bool Encloses(PageRect other) =>
        other.Left >= Left && other.Top >= Top && other.Right <= Right && other.Bottom <= Bottom;

    /// <summary>True when the two share any pixel.</summary>
    public bool Overlaps(PageRect other) =>
        other.Left < Right && Left < other.Right && other.Top < Bottom && Top < other.Bottom;
}
