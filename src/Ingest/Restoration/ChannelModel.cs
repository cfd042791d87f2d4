using System.Globalization;
using System.Text;
using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// P(OCR token | true syllable) as weighted character edits, learned from aligned pairs of
/// true text and OCR output: substitutions (ế→é, đ→p, ố→6, ă→d), deletions and insertions
/// (ư→"ir" is ư→i plus an inserted r). The cost of turning a true syllable into what OCR read
/// is the cheapest alignment under −log P, so a channel of the English model makes "cin cir"
/// cheap from "căn cứ" and one of the Vietnamese model makes "đông" cheap from "đồng".
/// </summary>
public sealed class ChannelModel
{
    private const char Epsilon = '\0';
    private readonly Dictionary<(char True, char Seen), float> _cost;
    private readonly Dictionary<char, float> _deleteCost;
    private readonly Dictionary<char, float> _insertCost;
    private readonly float _unknownSub;
    private readonly float _unknownSubSameBase;
    private readonly float _unknownDelete;
    private readonly float _unknownInsert;
    private readonly float _identityDefault;

    private ChannelModel(Dictionary<(char, char), float> cost, Dictionary<char, float> deleteCost, Dictionary<char, float> insertCost,
        float unknownSub, float unknownSubSameBase, float unknownDelete, float unknownInsert, float identityDefault)
    {
        _cost = cost;
        _deleteCost = deleteCost;
        _insertCost = insertCost;
        _unknownSub = unknownSub;
        _unknownSubSameBase = unknownSubSameBase;
        _unknownDelete = unknownDelete;
        _unknownInsert = unknownInsert;
        _identityDefault = identityDefault;
        (_alphabet, _sub, _del, _ins) = BuildDense();
    }

    // Dense tables over the characters the model knows (plus "other"), so the edit-distance
    // inner loop is array reads: the decoder scores thousands of candidates per page.
    private readonly short[] _alphabet;
    private readonly float[] _sub;
    private readonly float[] _del;
    private readonly float[] _ins;

    private int Width => _del.Length;

    private (short[] Alphabet, float[] Sub, float[] Del, float[] Ins) BuildDense()
    {
        var chars = new SortedSet<char>();
        foreach (var (a, b) in _cost.Keys)
        {
            chars.Add(a);
            chars.Add(b);
        }
        chars.UnionWith(_deleteCost.Keys);
        chars.UnionWith(_insertCost.Keys);
        foreach (var s in SyllableLexicon.AllLowerCase)
        {
            chars.UnionWith(s);
            chars.UnionWith(s.ToUpperInvariant());
        }
        chars.RemoveWhere(c => c >= 0x2000);
        var alphabet = new short[0x2000];
        Array.Fill(alphabet, (short)chars.Count);
        var list = chars.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            alphabet[list[i]] = (short)i;
        }
        var w = list.Count + 1;
        var sub = new float[w * w];
        var del = new float[w];
        var ins = new float[w];
        for (var i = 0; i < w; i++)
        {
            var a = i < list.Count ? list[i] : '\uFFFF';
            del[i] = i < list.Count ? Delete(a) : _unknownDelete;
            ins[i] = i < list.Count ? Insert(a) : _unknownInsert;
            for (var j = 0; j < w; j++)
            {
                var b = j < list.Count ? list[j] : '\uFFFE';
                sub[i * w + j] = i < list.Count && j < list.Count ? Substitute(a, b) : i == j ? _unknownSub : _unknownSub;
            }
        }
        return (alphabet, sub, del, ins);
    }

    private int IndexOf(char c) => c < _alphabet.Length ? _alphabet[c] : _alphabet.Length == 0 ? 0 : Width - 1;

    /// <summary>Name of the OCR model whose errors this channel describes ("eng", "vie").</summary>
    public string Name { get; private init; } = "";

    /// <summary>−log P(seen | truth) for NFC strings in their case (cheapest edit alignment).</summary>
    public float Cost(string truth, string seen)
    {
        var n = truth.Length;
        var m = seen.Length;
        if (m > 32 || n > 32)
        {
            return float.MaxValue / 4;
        }
        Span<int> seenIdx = stackalloc int[m];
        for (var j = 0; j < m; j++)
        {
            seenIdx[j] = IndexOf(seen[j]);
        }
        Span<float> prev = stackalloc float[m + 1];
        Span<float> cur = stackalloc float[m + 1];
        var w = Width;
        prev[0] = 0;
        for (var j = 1; j <= m; j++)
        {
            prev[j] = prev[j - 1] + _ins[seenIdx[j - 1]];
        }
        for (var i = 1; i <= n; i++)
        {
            var a = IndexOf(truth[i - 1]);
            var row = a * w;
            var delA = _del[a];
            cur[0] = prev[0] + delA;
            for (var j = 1; j <= m; j++)
            {
                var b = seenIdx[j - 1];
                var best = prev[j - 1] + _sub[row + b];
                var del = prev[j] + delA;
                if (del < best)
                {
                    best = del;
                }
                var ins = cur[j - 1] + _ins[b];
                cur[j] = ins < best ? ins : best;
            }
            cur.CopyTo(prev);
        }
        return prev[m];
    }

    private float Substitute(char a, char b)
    {
        if (_cost.TryGetValue((a, b), out var c))
        {
            return c;
        }
        if (a == b)
        {
            return _identityDefault;
        }
        return VietnameseText.FoldChar(a) == VietnameseText.FoldChar(b) ? _unknownSubSameBase : _unknownSub;
    }

    private float Delete(char a) => _deleteCost.TryGetValue(a, out var c) ? c : _unknownDelete;

    private float Insert(char b) => _insertCost.TryGetValue(b, out var c) ? c : _unknownInsert;

    /// <summary>Learns the edit costs from (truth, seen) syllable pairs, lower case.</summary>
    public static ChannelModel Train(string name, IEnumerable<(string Truth, string Seen)> pairs)
    {
        var sub = new Dictionary<(char, char), int>();
        var del = new Dictionary<char, int>();
        var ins = new Dictionary<char, int>();
        var truthChars = new Dictionary<char, int>();
        long totalChars = 0;
        foreach (var (truth, seen) in pairs)
        {
            foreach (var (a, b) in Align(truth, seen))
            {
                if (a == Epsilon)
                {
                    ins[b] = ins.GetValueOrDefault(b) + 1;
                    continue;
                }
                truthChars[a] = truthChars.GetValueOrDefault(a) + 1;
                totalChars++;
                if (b == Epsilon)
                {
                    del[a] = del.GetValueOrDefault(a) + 1;
                }
                else
                {
                    sub[(a, b)] = sub.GetValueOrDefault((a, b)) + 1;
                }
            }
        }
        // Additive smoothing toward a prior: an edit never seen keeps a small probability.
        const double k = 2.0;
        var cost = new Dictionary<(char, char), float>();
        foreach (var ((a, b), c) in sub)
        {
            var prior = a == b ? 0.9 : VietnameseText.FoldChar(a) == VietnameseText.FoldChar(b) ? 0.01 : 0.001;
            cost[(a, b)] = (float)-Math.Log((c + k * prior) / (truthChars[a] + k));
        }
        var deleteCost = del.ToDictionary(d => d.Key, d => (float)-Math.Log((d.Value + k * 0.005) / (truthChars[d.Key] + k)));
        var insertCost = ins.ToDictionary(d => d.Key, d => (float)-Math.Log((d.Value + 1.0) / (totalChars + 1000.0)));
        return new ChannelModel(cost, deleteCost, insertCost,
            unknownSub: (float)-Math.Log(0.0005), unknownSubSameBase: (float)-Math.Log(0.01),
            unknownDelete: (float)-Math.Log(0.002), unknownInsert: (float)-Math.Log(1.0 / (totalChars + 1000.0)),
            identityDefault: (float)-Math.Log(0.9)) { Name = name };
    }

    /// <summary>Character alignment of two strings by plain edit distance (ties prefer substitution).</summary>
    internal static List<(char Truth, char Seen)> Align(string truth, string seen)
    {
        var n = truth.Length;
        var m = seen.Length;
        var d = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= m; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var same = truth[i - 1] == seen[j - 1] ? 0 : VietnameseText.FoldChar(truth[i - 1]) == VietnameseText.FoldChar(seen[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + same, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
            }
        }
        var ops = new List<(char, char)>();
        int x = n, y = m;
        while (x > 0 || y > 0)
        {
            if (x > 0 && y > 0)
            {
                var same = truth[x - 1] == seen[y - 1] ? 0 : VietnameseText.FoldChar(truth[x - 1]) == VietnameseText.FoldChar(seen[y - 1]) ? 0 : 1;
                if (d[x, y] == d[x - 1, y - 1] + same)
                {
                    ops.Add((truth[x - 1], seen[y - 1]));
                    x--;
                    y--;
                    continue;
                }
            }
            if (x > 0 && d[x, y] == d[x - 1, y] + 1)
            {
                ops.Add((truth[x - 1], Epsilon));
                x--;
            }
            else
            {
                ops.Add((Epsilon, seen[y - 1]));
                y--;
            }
        }
        ops.Reverse();
        return ops;
    }

    /// <summary>Writes the table as TSV (kind, true char, seen char, cost), readable and diffable.</summary>
    public void Save(TextWriter w)
    {
        w.WriteLine($"# channel\t{Name}");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# defaults\t{_unknownSub:R}\t{_unknownSubSameBase:R}\t{_unknownDelete:R}\t{_unknownInsert:R}\t{_identityDefault:R}"));
        foreach (var ((a, b), c) in _cost.OrderBy(e => e.Key.True).ThenBy(e => e.Key.Seen))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sub\t{Escape(a)}\t{Escape(b)}\t{c:0.###}"));
        }
        foreach (var (a, c) in _deleteCost.OrderBy(e => e.Key))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"del\t{Escape(a)}\t\t{c:0.###}"));
        }
        foreach (var (b, c) in _insertCost.OrderBy(e => e.Key))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ins\t\t{Escape(b)}\t{c:0.###}"));
        }
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    public static ChannelModel Load(TextReader r)
    {
        string name = "";
        float[] defaults = [];
        var cost = new Dictionary<(char, char), float>();
        var del = new Dictionary<char, float>();
        var ins = new Dictionary<char, float>();
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
            }
        }
        if (defaults.Length != 5)
        {
            throw new InvalidDataException("channel table without defaults");
        }
        return new ChannelModel(cost, del, ins, defaults[0], defaults[1], defaults[2], defaults[3], defaults[4]) { Name = name };
    }

    private static string Escape(char c) => c switch
    {
        '\t' => "\\t",
        '\\' => "\\\\",
        _ when char.IsControl(c) || char.IsWhiteSpace(c) => $"\\u{(int)c:X4}",
        _ => c.ToString(),
    };

    private static char Unescape(string s) =>
        s.Length == 1 ? s[0]
        : s == "\\t" ? '\t'
        : s == "\\\\" ? '\\'
        : s.StartsWith("\\u", StringComparison.Ordinal) ? (char)int.Parse(s[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
        : throw new InvalidDataException($"bad character '{s}' in channel table");

    /// <summary>A channel that only knows that OCR mostly reads right (used before any table is trained).</summary>
    public static ChannelModel Default { get; } = Train("default", []);

    internal static string Describe(ChannelModel m)
    {
        var sb = new StringBuilder();
        foreach (var ((a, b), c) in m._cost.Where(e => e.Key.True != e.Key.Seen).OrderBy(e => e.Value).Take(30))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{a}→{b} {c:0.0}  ");
        }
        return sb.ToString();
    }
}
