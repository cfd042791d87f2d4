namespace Ingest.Text;

/// <summary>Where a text's brackets stand: an aside's words are not the sentence's.</summary>
public static class Parentheses
{
    /// <summary>
    /// True when position <paramref name="at"/> lies inside a "(" not closed before it: "Sở Nông
    /// nghiệp và Phát triển nông thôn (cơ quan thường trực Chương trình) đề xuất …" — "trình" is inside.
    /// </summary>
    public static bool Enclose(string text, int at)
    {
        var open = text.LastIndexOf('(', at);
        return open >= 0 && text.LastIndexOf(')', at) < open;
    }
}
