namespace Ingest.Ocr;

/// <summary>
/// How a page was read: its lines in reading order without their noise (the header table's left
/// column, its right column, the body, the recipients, the signer) and the regions they came
/// from, with where the dropped noise was, so the plan page can show what was read where.
/// </summary>
/// <param name="Lines">The lines in reading order, noise dropped.</param>
/// <param name="Regions">The regions in reading order, then the dropped areas.</param>
/// <param name="Changed">True when <paramref name="Lines"/> differ from Tesseract's own (a word dropped or a line moved).</param>
public sealed record PageLayout(IReadOnlyList<OcrLine> Lines, IReadOnlyList<PageRegion> Regions, bool Changed)
{
    // Body lines further apart than this many line heights are two regions (the body and the
    // page number at the foot; the body and a signer's name below the closing table).
    private const double BodyGap = 2.5;

    /// <summary>
    /// Reads the page: drops its noise (<paramref name="dropNoise"/>), then reads a two-column
    /// header and closing table column by column (<paramref name="readColumns"/>).
    /// </summary>
    public static PageLayout Read(PageWords page, bool dropNoise, bool readColumns)
    {
        // Noise first: a seal fragment or a stray mark beside a column would break its gutter.
        // Then the stamps: an office's received-stamp, a digital signature's printed on the copy.
        var clean = dropNoise ? SignatureStamp.Drop(ReceivedStamp.Drop(PageNoise.Clean(page.Lines), page.Height), page.Width, page.Height) : page.Lines;
        if (dropNoise && PageNumber.Mend(clean, page.Width) is { } numbered)
        {
            clean = numbered;
        }
        var changed = clean.Count != page.Lines.Count || clean.Zip(page.Lines).Any(p => !ReferenceEquals(p.First, p.Second));
        var lines = clean;
        if (readColumns)
        {
            if (HeaderColumns.Reorder(page with { Lines = lines }) is { } header)
            {
                (lines, changed) = (header, true);
            }
            if (ClosingColumns.Reorder(lines, page.Width) is { } closing)
            {
                (lines, changed) = (closing, true);
            }
        }
        var dropped = dropNoise ? DroppedAreas.Of(page.Lines, clean) : [];
        return new PageLayout(lines, [.. TextRegions(lines), .. dropped], changed);
    }

    // The read lines as regions, in order: a table column is one region (the columns' lines carry
    // the blocks HeaderColumns and ClosingColumns gave them), body lines one region while each
    // follows the one before down the page.
    private static List<PageRegion> TextRegions(IReadOnlyList<OcrLine> lines)
    {
        var regions = new List<PageRegion>();
        var lineHeight = ColumnGutter.Median(lines.Select(l => (double)(l.Bottom - l.Top)));
        var run = new List<OcrLine>();
        RegionKind? kind = null;
        foreach (var line in lines)
        {
            var k = KindOf(line);
            var last = run.Count == 0 ? null : run[^1];
            var apart = last is not null && k == RegionKind.Body && (line.Top - last.Bottom > BodyGap * lineHeight || line.Bottom < last.Top);
            if (run.Count > 0 && (k != kind || apart))
            {
                regions.Add(PageRegion.Around(kind!.Value, run.SelectMany(l => l.Words)));
                run.Clear();
            }
            kind = k;
            run.Add(line);
        }
        if (run.Count > 0)
        {
            regions.Add(PageRegion.Around(kind!.Value, run.SelectMany(l => l.Words)));
        }
        return regions;
    }

    private static RegionKind KindOf(OcrLine line) => line.Words[0].Block switch
    {
        >= RuledTables.FirstBlock => RegionKind.Table,
        HeaderColumns.LeftBlock => RegionKind.HeaderLeft,
        HeaderColumns.LeftBlock + 1 => RegionKind.HeaderRight,
        ClosingColumns.LeftBlock => RegionKind.Recipients,
        ClosingColumns.LeftBlock + 1 => RegionKind.Signer,
        _ => RegionKind.Body,
    };
}
