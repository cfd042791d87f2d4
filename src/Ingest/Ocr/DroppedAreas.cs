namespace Ingest.Ocr;

/// <summary>
/// Where a page's dropped words were, as a few boxes: the words <see cref="PageNoise"/> took out,
/// grouped while they touch or lie within a line height of each other, so a round seal's dozen
/// fragments make one box where the seal is, and a stray mark in the body a small one of its own.
/// </summary>
public static class DroppedAreas
{
    /// <summary>The boxes around the words of <paramref name="read"/> that <paramref name="kept"/> no longer holds.</summary>
    public static IReadOnlyList<PageRegion> Of(IReadOnlyList<OcrLine> read, IReadOnlyList<OcrLine> kept)
    {
        // PageNoise keeps the very word objects it does not drop.
        var stays = kept.SelectMany(l => l.Words).ToHashSet(ReferenceEqualityComparer.Instance);
        var dropped = read.SelectMany(l => l.Words).Where(w => !stays.Contains(w)).ToList();
        if (dropped.Count == 0)
        {
            return [];
        }
        var reach = (int)ColumnGutter.Median(read.SelectMany(l => l.Words).Select(w => (double)w.Height));
        // Union-find over the dropped words: a few dozen on a noisy page, so pairwise is cheap.
        var parent = Enumerable.Range(0, dropped.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < dropped.Count; i++)
        {
            for (var j = i + 1; j < dropped.Count; j++)
            {
                if (Near(dropped[i], dropped[j], reach))
                {
                    parent[Root(i)] = Root(j);
                }
            }
        }
        return [.. dropped.Select((w, i) => (w, i)).GroupBy(p => Root(p.i), p => p.w)
            .Select(g => PageRegion.Around(RegionKind.Dropped, g))
            .OrderBy(r => r.Top).ThenBy(r => r.Left)];
    }

    private static bool Near(OcrWord a, OcrWord b, int reach) =>
        a.Left - reach <= b.Right && b.Left - reach <= a.Right && a.Top - reach <= b.Bottom && b.Top - reach <= a.Bottom;
}
