using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Ocr;

/// <summary>
/// A rectangle of a page image and what it holds, in the pixels of Tesseract's word boxes (the
/// TSV kept with the page). A page's regions are listed in the order they were read, the
/// dropped ones (never read) last.
/// </summary>
/// <param name="Kind">What the region holds.</param>
/// <param name="Left">Left edge, pixels.</param>
/// <param name="Top">Top edge, pixels.</param>
/// <param name="Width">Width, pixels.</param>
/// <param name="Height">Height, pixels.</param>
public sealed record PageRegion(RegionKind Kind, int Left, int Top, int Width, int Height)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        IgnoreReadOnlyProperties = true,
    };

    /// <summary>The smallest region of <paramref name="kind"/> holding all <paramref name="words"/> (at least one).</summary>
    public static PageRegion Around(RegionKind kind, IEnumerable<OcrWord> words)
    {
        int left = int.MaxValue, top = int.MaxValue, right = int.MinValue, bottom = int.MinValue;
        foreach (var w in words)
        {
            (left, top) = (Math.Min(left, w.Left), Math.Min(top, w.Top));
            (right, bottom) = (Math.Max(right, w.Right), Math.Max(bottom, w.Bottom));
        }
        return left == int.MaxValue ? throw new ArgumentException("a region needs at least one word", nameof(words)) : new(kind, left, top, right - left, bottom - top);
    }

    /// <summary>The regions as the catalog keeps them: a JSON array of {kind, left, top, width, height}.</summary>
    public static string ToJson(IReadOnlyList<PageRegion> regions) => JsonSerializer.Serialize(regions, Options);

    /// <summary>Regions kept by <see cref="ToJson"/>; none for null or empty text (text layers, archives older than regions).</summary>
    public static IReadOnlyList<PageRegion> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<PageRegion>>(json, Options) ?? [];
}
