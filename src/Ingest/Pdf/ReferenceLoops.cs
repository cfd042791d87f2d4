namespace Ingest.Pdf;

/// <summary>
/// Finds objects whose whole body is a reference to another object ("5 0 obj 6 0 R endobj")
/// that lead back to themselves. PdfPig 0.1.16 follows such a chain until the stack
/// overflows, and a stack overflow ends the process — no catch can turn it into one failed
/// file — so a file with such a loop is refused before PdfPig opens it. The raw bytes are
/// scanned, not the cross-reference table, which a broken file may not have; objects inside
/// compressed object streams are not seen (none of our sources writes them around a loop).
/// </summary>
public static class ReferenceLoops
{
    /// <summary>The loop as "5 0 → 6 0 → 5 0", or null when there is none.</summary>
    public static string? Find(ReadOnlySpan<byte> pdf)
    {
        var next = new Dictionary<(long Number, long Generation), (long Number, long Generation)>();
        for (var at = pdf.IndexOf("obj"u8); at >= 0;)
        {
            if (Header(pdf, at) is { } self)
            {
                // A later definition replaces an earlier one (incremental updates), as in readers.
                next.Remove(self);
                if (BareReference(pdf, at + 3) is { } target)
                {
                    next[self] = target;
                }
            }
            var rest = pdf[(at + 3)..].IndexOf("obj"u8);
            at = rest < 0 ? -1 : at + 3 + rest;
        }
        // Each object is walked once: a chain that reaches an object already cleared stops there.
        var cleared = new HashSet<(long Number, long Generation)>();
        foreach (var start in next.Keys)
        {
            var path = new List<(long Number, long Generation)>();
            var onPath = new HashSet<(long Number, long Generation)>();
            for (var current = start; !cleared.Contains(current);)
            {
                if (!onPath.Add(current))
                {
                    return string.Join(" → ", path.SkipWhile(s => s != current).Append(current).Select(s => $"{s.Number} {s.Generation}"));
                }
                path.Add(current);
                if (!next.TryGetValue(current, out current))
                {
                    break;
                }
            }
            cleared.UnionWith(path);
        }
        return null;
    }

    // "12 0 obj" ending at `at`: the object number and generation before the keyword.
    private static (long, long)? Header(ReadOnlySpan<byte> pdf, int at)
    {
        if (at + 3 < pdf.Length && !IsDelimiterOrSpace(pdf[at + 3]))
        {
            return null; // "objx": not the keyword
        }
        var i = at - 1;
        if (!SkipSpaceBack(pdf, ref i) || !NumberBack(pdf, ref i, out var generation) || !SkipSpaceBack(pdf, ref i) || !NumberBack(pdf, ref i, out var number))
        {
            return null;
        }
        return i < 0 || IsDelimiterOrSpace(pdf[i]) ? (number, generation) : null;
    }

    // After "obj": optional space, "n g R", optional space, "endobj".
    private static (long, long)? BareReference(ReadOnlySpan<byte> pdf, int i)
    {
        SkipSpace(pdf, ref i);
        if (!Number(pdf, ref i, out var number) || !SkipSpace(pdf, ref i) || !Number(pdf, ref i, out var generation))
        {
            return null;
        }
        SkipSpace(pdf, ref i);
        if (i >= pdf.Length || pdf[i] != (byte)'R')
        {
            return null;
        }
        i++;
        SkipSpace(pdf, ref i);
        return pdf[i..].StartsWith("endobj"u8) ? (number, generation) : null;
    }

    private static bool Number(ReadOnlySpan<byte> pdf, ref int i, out long value)
    {
        value = 0;
        var start = i;
        while (i < pdf.Length && pdf[i] is >= (byte)'0' and <= (byte)'9' && i - start < 12)
        {
            value = value * 10 + (pdf[i] - '0');
            i++;
        }
        return i > start;
    }

    private static bool NumberBack(ReadOnlySpan<byte> pdf, ref int i, out long value)
    {
        var end = i;
        while (i >= 0 && pdf[i] is >= (byte)'0' and <= (byte)'9' && end - i < 12)
        {
            i--;
        }
        var start = i + 1;
        return Number(pdf, ref start, out value) && start == end + 1;
    }

    private static bool SkipSpace(ReadOnlySpan<byte> pdf, ref int i)
    {
        var start = i;
        while (i < pdf.Length && IsSpace(pdf[i]))
        {
            i++;
        }
        return i > start;
    }

    private static bool SkipSpaceBack(ReadOnlySpan<byte> pdf, ref int i)
    {
        var start = i;
        while (i >= 0 && IsSpace(pdf[i]))
        {
            i--;
        }
        return i < start;
    }

    private static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiterOrSpace(byte b) => IsSpace(b) || b is (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')' or (byte)'/' or (byte)'%' or (byte)'{' or (byte)'}';
}
