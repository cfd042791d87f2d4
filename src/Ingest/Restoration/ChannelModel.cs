using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// P(OCR token | true syllable) as weighted character edits (a <see cref="ChannelTable"/>, learned
/// by <see cref="ChannelTrainer"/>): substitutions (ế→é, đ→p, ố→6, ă→d), deletions and insertions,
/// one letter read as two (ư→"ir") and two as one (ươ→"w"). The cost of turning a true syllable
/// into what OCR read is the cheapest alignment under −log P, so a channel of the English model
/// makes "cin cir" cheap from "căn cứ" and one of the Vietnamese model makes "đông" cheap from "đồng".
/// </summary>
public sealed class ChannelModel
{
    private readonly ChannelTable _table;

    // One true letter read as two ("ư" → "ir", "ơ" → "o'") and two read as one ("ươ" → "w"): the
    // English model's commonest damage to Vietnamese, which single-letter edits can only spell as a
    // substitution plus a context-free insertion, priced as if the two were unrelated. Indexed by
    // the letter pair where the cost loop meets them.
    private readonly Dictionary<(char, char), (char True, float Cost)[]> _splitBySeen;
    private readonly Dictionary<(char, char), (char Seen, float Cost)[]> _mergeByTrue;

    /// <summary>A channel scoring with the costs of <paramref name="table"/>.</summary>
    public ChannelModel(ChannelTable table)
    {
        _table = table;
        _splitBySeen = table.Splits.GroupBy(e => (e.Key.Seen[0], e.Key.Seen[1])).ToDictionary(g => g.Key, g => g.Select(e => (e.Key.True, e.Value)).ToArray());
        _mergeByTrue = table.Merges.GroupBy(e => (e.Key.True[0], e.Key.True[1])).ToDictionary(g => g.Key, g => g.Select(e => (e.Key.Seen, e.Value)).ToArray());
        _unsplit = table.Splits.Where(e => e.Value <= RewriteCostLimit)
            .GroupBy(e => (char.ToLowerInvariant(e.Key.Seen[0]), char.ToLowerInvariant(e.Key.Seen[1])))
            .ToDictionary(g => g.Key, g => g.Select(e => VietnameseText.FoldChar(char.ToLowerInvariant(e.Key.True)).ToString()).Distinct().ToArray());
        _unmerge = table.Merges.Where(e => e.Value <= RewriteCostLimit)
            .GroupBy(e => char.ToLowerInvariant(e.Key.Seen))
            .ToDictionary(g => g.Key, g => g.Select(e => VietnameseText.Fold(e.Key.True.ToLowerInvariant())).Distinct().ToArray());
        (_alphabet, _sub, _del, _ins) = BuildDense();
    }

    /// <summary>Name of the OCR model whose errors this channel describes ("eng", "vie").</summary>
    public string Name => _table.Name;

    /// <summary>The learned costs this channel scores with.</summary>
    public ChannelTable Table => _table;

    /// <summary>Reads a channel stored by <see cref="Save"/> (<see cref="ChannelTableTsv"/>).</summary>
    public static ChannelModel Load(TextReader r) => new(ChannelTableTsv.Read(r));

    /// <summary>Writes this channel's table as TSV (<see cref="ChannelTableTsv"/>).</summary>
    public void Save(TextWriter w) => ChannelTableTsv.Write(_table, w);

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
        foreach (var (a, b) in _table.Substitutions.Keys)
        {
            chars.Add(a);
            chars.Add(b);
        }
        chars.UnionWith(_table.Deletions.Keys);
        chars.UnionWith(_table.Insertions.Keys);
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
            del[i] = i < list.Count ? Delete(a) : _table.Defaults.Deletion;
            ins[i] = i < list.Count ? Insert(a) : _table.Defaults.Insertion;
            for (var j = 0; j < w; j++)
            {
                var b = j < list.Count ? list[j] : '\uFFFE';
                sub[i * w + j] = i < list.Count && j < list.Count ? Substitute(a, b) : i == j ? _table.Defaults.Substitution : _table.Defaults.Substitution;
            }
        }
        return (alphabet, sub, del, ins);
    }

    private int IndexOf(char c) => c < _alphabet.Length ? _alphabet[c] : _alphabet.Length == 0 ? 0 : Width - 1;

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
        if (_table.Substitutions.TryGetValue((a, b), out var c))
        {
            return c;
        }
        if (a == b)
        {
            return _table.Defaults.Identity;
        }
        return VietnameseText.FoldChar(a) == VietnameseText.FoldChar(b) ? _table.Defaults.SubstitutionSameBase : _table.Defaults.Substitution;
    }

    private float Delete(char a) => _table.Deletions.TryGetValue(a, out var c) ? c : _table.Defaults.Deletion;

    private float Insert(char b) => _table.Insertions.TryGetValue(b, out var c) ? c : _table.Defaults.Insertion;
}
