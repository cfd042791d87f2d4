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

    // One true letter read as two ("ư" → "ir", "ơ" → "o'") and two read as one ("ươ" → "w"): the
    // English model's commonest damage to Vietnamese, which single-letter edits can only spell as a
    // substitution plus a context-free insertion, priced as if the two were unrelated.
    private readonly Dictionary<(char True, string Seen), float> _split;
    private readonly Dictionary<(string True, char Seen), float> _merge;
    private readonly Dictionary<(char, char), (char True, float Cost)[]> _splitBySeen;
    private readonly Dictionary<(char, char), (char Seen, float Cost)[]> _mergeByTrue;

    private ChannelModel(Dictionary<(char, char), float> cost, Dictionary<char, float> deleteCost, Dictionary<char, float> insertCost,
        float unknownSub, float unknownSubSameBase, float unknownDelete, float unknownInsert, float identityDefault,
        Dictionary<(char, string), float>? split = null, Dictionary<(string, char), float>? merge = null)
    {
        _split = split ?? [];
        _merge = merge ?? [];
        _splitBySeen = _split.GroupBy(e => (e.Key.Seen[0], e.Key.Seen[1])).ToDictionary(g => g.Key, g => g.Select(e => (e.Key.True, e.Value)).ToArray());
        _mergeByTrue = _merge.GroupBy(e => (e.Key.True[0], e.Key.True[1])).ToDictionary(g => g.Key, g => g.Select(e => (e.Key.Seen, e.Value)).ToArray());
        _unsplit = _split.Where(e => e.Value <= RewriteCostLimit)
            .GroupBy(e => (char.ToLowerInvariant(e.Key.Seen[0]), char.ToLowerInvariant(e.Key.Seen[1])))
            .ToDictionary(g => g.Key, g => g.Select(e => VietnameseText.FoldChar(char.ToLowerInvariant(e.Key.True)).ToString()).Distinct().ToArray());
        _unmerge = _merge.Where(e => e.Value <= RewriteCostLimit)
            .GroupBy(e => char.ToLowerInvariant(e.Key.Seen))
            .ToDictionary(g => g.Key, g => g.Select(e => VietnameseText.Fold(e.Key.True.ToLowerInvariant())).Distinct().ToArray());
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

    // Seen letter pairs (and single letters) mapped back to the folded true letters they stand for,
    // for finding candidates: "thu'cmg" is three letter edits from "thuong", but "thưcmg" only two.
    private readonly Dictionary<(char, char), string[]> _unsplit;
    private readonly Dictionary<char, string[]> _unmerge;
    private const float RewriteCostLimit = 8f;

    /// <summary>
    /// The folded, lower-case token with one two-letter edit undone, every way the table knows
    /// ("thu'cmg" → "thucmg", "trwee" → "truoee"): keys to look candidates up by besides the token's own.
    /// </summary>
    public IEnumerable<string> UndoTwoLetterEdits(string foldedLower)
    {
        for (var j = 0; j < foldedLower.Length; j++)
        {
            if (j + 1 < foldedLower.Length && _unsplit.TryGetValue((foldedLower[j], foldedLower[j + 1]), out var trues))
            {
                foreach (var t in trues)
                {
                    yield return string.Concat(foldedLower.AsSpan(0, j), t, foldedLower.AsSpan(j + 2));
                }
            }
            if (_unmerge.TryGetValue(foldedLower[j], out var pairs))
            {
                foreach (var t in pairs)
                {
                    yield return string.Concat(foldedLower.AsSpan(0, j), t, foldedLower.AsSpan(j + 1));
                }
            }
        }
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
        // Two-letter edits apply only where the seen (or true) pair is one the table knows: looked up
        // once per call, so most tokens pay nothing for them.
        (char True, float Cost)[]?[]? splits = null;
        for (var j = 2; j <= m && _splitBySeen.Count > 0; j++)
        {
            if (_splitBySeen.TryGetValue((seen[j - 2], seen[j - 1]), out var options))
            {
                (splits ??= new (char, float)[]?[m + 1])[j] = options;
            }
        }
        Span<float> prev2 = stackalloc float[m + 1];
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
            (char Seen, float Cost)[]? merges = null;
            if (i >= 2 && _mergeByTrue.Count > 0)
            {
                _mergeByTrue.TryGetValue((truth[i - 2], truth[i - 1]), out merges);
            }
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
                if (ins < best)
                {
                    best = ins;
                }
                if (splits?[j] is { } split)
                {
                    foreach (var (t, c) in split)
                    {
                        if (t == truth[i - 1] && prev[j - 2] + c < best)
                        {
                            best = prev[j - 2] + c;
                        }
                    }
                }
                if (merges is not null)
                {
                    foreach (var (sc, c) in merges)
                    {
                        if (sc == seen[j - 1] && prev2[j - 1] + c < best)
                        {
                            best = prev2[j - 1] + c;
                        }
                    }
                }
                cur[j] = best;
            }
            prev.CopyTo(prev2);
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
        var splits = new Dictionary<(char, string), int>();
        var merges = new Dictionary<(string, char), int>();
        long totalChars = 0;
        foreach (var (truth, seen) in pairs)
        {
            var ops = Align(truth, seen);
            CountTwoLetterEdits(ops, splits, merges);
            foreach (var (a, b) in ops)
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
        // Two-letter edits seen at least MinTwoLetterCount times: rarer ones are left to the
        // single-letter edits, which already give them a (higher) cost.
        var splitCost = splits.Where(e => e.Value >= MinTwoLetterCount)
            .ToDictionary(e => e.Key, e => (float)-Math.Log(e.Value / (truthChars[e.Key.Item1] + k)));
        var mergeCost = merges.Where(e => e.Value >= MinTwoLetterCount && truthChars.ContainsKey(e.Key.Item1[0]))
            .ToDictionary(e => e.Key, e => (float)-Math.Log(e.Value / (truthChars[e.Key.Item1[0]] + k)));
        return new ChannelModel(cost, deleteCost, insertCost,
            unknownSub: (float)-Math.Log(0.0005), unknownSubSameBase: (float)-Math.Log(0.01),
            unknownDelete: (float)-Math.Log(0.002), unknownInsert: (float)-Math.Log(1.0 / (totalChars + 1000.0)),
            identityDefault: (float)-Math.Log(0.9), splitCost, mergeCost) { Name = name };
    }

    private const int MinTwoLetterCount = 3;

    // A letter edit next to an insertion is one letter read as two (ư → "i" + "r" is "ư" → "ir");
    // next to a deletion, two letters read as one.
    private static void CountTwoLetterEdits(List<(char Truth, char Seen)> ops, Dictionary<(char, string), int> splits, Dictionary<(string, char), int> merges)
    {
        for (var k = 0; k + 1 < ops.Count; k++)
        {
            var (a1, b1) = ops[k];
            var (a2, b2) = ops[k + 1];
            string? key = null;
            if (a1 != Epsilon && b1 != Epsilon && a2 == Epsilon)
            {
                splits[(a1, key = $"{b1}{b2}")] = splits.GetValueOrDefault((a1, key)) + 1;
            }
            else if (a1 == Epsilon && a2 != Epsilon && b2 != Epsilon)
            {
                splits[(a2, key = $"{b1}{b2}")] = splits.GetValueOrDefault((a2, key)) + 1;
            }
            else if (a1 != Epsilon && b1 == Epsilon && a2 != Epsilon && b2 != Epsilon)
            {
                merges[(key = $"{a1}{a2}", b2)] = merges.GetValueOrDefault((key, b2)) + 1;
            }
            else if (a1 != Epsilon && b1 != Epsilon && a2 != Epsilon && b2 == Epsilon)
            {
                merges[(key = $"{a1}{a2}", b1)] = merges.GetValueOrDefault((key, b1)) + 1;
            }
        }
    }

    /// <summary>
    /// Character alignment of two strings by plain edit distance, letters that differ only in
    /// their marks matching at no cost (ties prefer substitution); a deleted or inserted letter is
    /// paired with <see cref="Epsilon"/>.
    /// </summary>
    internal static List<(char Truth, char Seen)> Align(string truth, string seen) =>
        SequenceAligner.EditScript(truth.ToCharArray(), seen.ToCharArray(),
                (a, b) => a == b || VietnameseText.FoldChar(a) == VietnameseText.FoldChar(b) ? 0 : 1)
            .Select(step => (step.A < 0 ? Epsilon : truth[step.A], step.B < 0 ? Epsilon : seen[step.B]))
            .ToList();

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
        foreach (var ((a, b), c) in _split.OrderBy(e => e.Key.True).ThenBy(e => e.Key.Seen, StringComparer.Ordinal))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"split\t{Escape(a)}\t{Escape(b[0])}{Escape(b[1])}\t{c:0.###}"));
        }
        foreach (var ((a, b), c) in _merge.OrderBy(e => e.Key.True, StringComparer.Ordinal).ThenBy(e => e.Key.Seen))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"merge\t{Escape(a[0])}{Escape(a[1])}\t{Escape(b)}\t{c:0.###}"));
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
        return new ChannelModel(cost, del, ins, defaults[0], defaults[1], defaults[2], defaults[3], defaults[4], split, merge) { Name = name };
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
