using System.Globalization;

namespace Ingest.Restoration;

/// <summary>
/// A <see cref="ChannelTable"/> as TSV, one edit a line (kind, true letters, seen letters, cost):
/// readable and diffable, so a retrained table shows what changed (Restoration/Data/channel-*.tsv).
/// </summary>
public static class ChannelTableTsv
{
    /// <summary>Writes the table: its name and defaults, then each kind of edit in a fixed order.</summary>
    public static void Write(ChannelTable table, TextWriter w)
    {
        var d = table.Defaults;
        w.WriteLine($"# channel\t{table.Name}");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# defaults\t{d.Substitution:R}\t{d.SubstitutionSameBase:R}\t{d.Deletion:R}\t{d.Insertion:R}\t{d.Identity:R}"));
        foreach (var ((a, b), c) in table.Substitutions.OrderBy(e => e.Key.True).ThenBy(e => e.Key.Seen))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sub\t{Escape(a)}\t{Escape(b)}\t{c:0.###}"));
        }
        foreach (var (a, c) in table.Deletions.OrderBy(e => e.Key))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"del\t{Escape(a)}\t\t{c:0.###}"));
        }
        foreach (var (b, c) in table.Insertions.OrderBy(e => e.Key))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ins\t\t{Escape(b)}\t{c:0.###}"));
        }
        foreach (var ((a, b), c) in table.Splits.OrderBy(e => e.Key.True).ThenBy(e => e.Key.Seen, StringComparer.Ordinal))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"split\t{Escape(a)}\t{Escape(b[0])}{Escape(b[1])}\t{c:0.###}"));
        }
        foreach (var ((a, b), c) in table.Merges.OrderBy(e => e.Key.True, StringComparer.Ordinal).ThenBy(e => e.Key.Seen))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"merge\t{Escape(a[0])}{Escape(a[1])}\t{Escape(b)}\t{c:0.###}"));
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static ChannelTable Read(TextReader r)
    {
        string name = "";
        float[] defaults = [];
        var cost = new Dictionary<(char, char), float>();
        var del = new Dictionary<char, float>();
        var ins = new Dictionary<char, float>();
        var split = new Dictionary<(char, string), float>();
        var merge = new Dictionary<(string, char), float>();
        while (r.ReadLine() is { } line)
        {
            var c = line.Split('\t');
            switch (c[0])
            {
                case "# channel":
                    name = c[1];
                    break;
                case "# defaults":
                    defaults = c.Skip(1).Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "sub":
                    cost[(Unescape(c[1]), Unescape(c[2]))] = float.Parse(c[3], CultureInfo.InvariantCulture);
                    break;
                case "del":
                    del[Unescape(c[1])] = float.Parse(c[3], CultureInfo.InvariantCulture);
                    break;
                case "ins":
                    ins[Unescape(c[2])] = float.Parse(c[3], CultureInfo.InvariantCulture);
                    break;
                case "split":
                    split[(Unescape(c[1]), UnescapePair(c[2]))] = float.Parse(c[3], CultureInfo.InvariantCulture);
                    break;
                case "merge":
                    merge[(UnescapePair(c[1]), Unescape(c[2]))] = float.Parse(c[3], CultureInfo.InvariantCulture);
                    break;
            }
        }
        if (defaults.Length != 5)
        {
            throw new InvalidDataException("channel table without defaults");
        }
        return new ChannelTable(name, cost, del, ins, split, merge, new ChannelDefaults(defaults[0], defaults[1], defaults[2], defaults[3], defaults[4]));
    }

    private static string Escape(char c) => c switch
    {
        '\t' => "\\t",
        '\\' => "\\\\",
        _ when char.IsControl(c) || char.IsWhiteSpace(c) => $"\\u{(int)c:X4}",
        _ => c.ToString(),
    };

    // Two escaped characters side by side ("ir", "o\\u0020").
    private static string UnescapePair(string s)
    {
        var first = s.StartsWith("\\u", StringComparison.Ordinal) ? 6 : s.StartsWith('\\') ? 2 : 1;
        return $"{Unescape(s[..first])}{Unescape(s[first..])}";
    }

    private static char Unescape(string s) =>
        s.Length == 1 ? s[0]
        : s == "\\t" ? '\t'
        : s == "\\\\" ? '\\'
        : s.StartsWith("\\u", StringComparison.Ordinal) ? (char)int.Parse(s[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
        : throw new InvalidDataException($"bad character '{s}' in channel table");
}
