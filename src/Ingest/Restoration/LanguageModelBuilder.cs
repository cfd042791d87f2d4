using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Counts syllable trigrams of clean text and builds an interpolated Kneser-Ney
/// <see cref="LanguageModel"/> (Chen &amp; Goodman's formulation, one discount per order from
/// the count-of-counts). Every legal syllable is in the vocabulary, seen or not, so any
/// candidate the restorer proposes has a (small) probability.
/// </summary>
public sealed class LanguageModelBuilder
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _vocab = [];
    private readonly Dictionary<ulong, int> _trigrams = [];
    private readonly List<long> _counts = [];

    /// <summary>Trigrams seen fewer times are not stored (their mass stays in the back-off).</summary>
    public int MinTrigramCount { get; init; } = 2;

    public LanguageModelBuilder()
    {
        foreach (var s in LmSymbols.Specials)
        {
            Add(s);
        }
        foreach (var s in SyllableLexicon.AllLowerCase)
        {
            Add(s);
        }
    }

    public long Tokens { get; private set; }

    private int Add(string s)
    {
        if (!_ids.TryGetValue(s, out var id))
        {
            id = _vocab.Count;
            _ids[s] = id;
            _vocab.Add(s);
        }
        return id;
    }

    // A legal syllable the generator spells differently (another tone placement) still gets its
    // own symbol, so no real word of the training text falls into <unk>.
    private int IdOf(string syllable) =>
        _ids.TryGetValue(syllable, out var id) ? id
        : _vocab.Count < ushort.MaxValue && Syllable.IsLegal(syllable) ? Add(syllable)
        : LmSymbols.Unknown;

    /// <summary>Counts one line of clean text.</summary>
    public void AddLine(string line)
    {
        foreach (var sentence in LmSymbols.Sentences(Text.VietnameseText.Nfc(line), IdOf))
        {
            for (var i = 2; i < sentence.Length; i++)
            {
                while (_counts.Count <= sentence[i])
                {
                    _counts.Add(0);
                }
                _counts[sentence[i]]++;
                var key = ((ulong)sentence[i - 2] << 32) | ((ulong)sentence[i - 1] << 16) | (uint)sentence[i];
                _trigrams[key] = _trigrams.GetValueOrDefault(key) + 1;
            }
            Tokens += sentence.Length - 2;
        }
    }

    /// <summary>Builds the model from the counts.</summary>
    public LanguageModel Build()
    {
        var v = _vocab.Count;
        // Trigram contexts (u v): total count and number of distinct followers.
        var ctxCount = new Dictionary<uint, (long Count, int Types)>();
        // Bigram continuation counts N1+(• v w) and their context totals.
        var bigramCont = new Dictionary<uint, int>();
        var n3 = new long[3];
        foreach (var (key, c) in _trigrams)
        {
            var uv = (uint)(key >> 16);
            var vw = (uint)(key & 0xFFFFFFFF);
            var prev = ctxCount.GetValueOrDefault(uv);
            ctxCount[uv] = (prev.Count + c, prev.Types + 1);
            bigramCont[vw] = bigramCont.GetValueOrDefault(vw) + 1;
            if (c <= 2)
            {
                n3[c]++;
            }
        }
        var d3 = Discount(n3[1], n3[2]);
        var n2 = new long[3];
        var contCtxTotal = new long[v];   // N1+(• v •)
        var contCtxTypes = new int[v];    // N1+(v •) over continuation bigrams
        var unigramCont = new long[v];    // N1+(• w)
        foreach (var (vw, c) in bigramCont)
        {
            var a = (int)(vw >> 16);
            var b = (int)(vw & 0xFFFF);
            contCtxTotal[a] += c;
            contCtxTypes[a]++;
            unigramCont[b]++;
            if (c <= 2)
            {
                n2[c]++;
            }
        }
        var d2 = Discount(n2[1], n2[2]);

        // Unigram: continuation counts, with a little mass for every syllable never seen.
        var unigram = new float[v];
        var totalCont = unigramCont.Sum() + 0.5 * v;
        for (var i = 0; i < v; i++)
        {
            unigram[i] = (float)Math.Log((unigramCont[i] + 0.5) / totalCont);
        }
        var frequency = new float[v];
        var totalCount = _counts.Sum() + 0.5 * v;
        for (var i = 0; i < v; i++)
        {
            frequency[i] = (float)Math.Log(((i < _counts.Count ? _counts[i] : 0) + 0.5) / totalCount);
        }
        var gamma2 = new float[v];
        for (var i = 0; i < v; i++)
        {
            gamma2[i] = contCtxTotal[i] == 0 ? 0f : (float)Math.Log(d2 * contCtxTypes[i] / contCtxTotal[i]);
        }

        double P2(int a, int b, int cont) =>
            Math.Max(cont - d2, 0) / contCtxTotal[a] + Math.Exp(gamma2[a]) * Math.Exp(unigram[b]);

        var bigramKeys = bigramCont.Keys.Union(ctxCount.Keys).Order().ToArray();
        var bigramLogP = new Half[bigramKeys.Length];
        var bigramGamma3 = new Half[bigramKeys.Length];
        for (var i = 0; i < bigramKeys.Length; i++)
        {
            var key = bigramKeys[i];
            var a = (int)(key >> 16);
            var b = (int)(key & 0xFFFF);
            var cont = bigramCont.GetValueOrDefault(key);
            var p = contCtxTotal[a] == 0 ? Math.Exp(unigram[b]) : P2(a, b, cont);
            bigramLogP[i] = (Half)Math.Log(p);
            bigramGamma3[i] = ctxCount.TryGetValue(key, out var ctx) ? (Half)Math.Log(d3 * ctx.Types / ctx.Count) : (Half)0;
        }

        var kept = _trigrams.Where(t => t.Value >= MinTrigramCount).Select(t => t.Key).Order().ToArray();
        var trigramLogP = new Half[kept.Length];
        var bigramIndex = new Dictionary<uint, int>(bigramKeys.Length);
        for (var i = 0; i < bigramKeys.Length; i++)
        {
            bigramIndex[bigramKeys[i]] = i;
        }
        for (var i = 0; i < kept.Length; i++)
        {
            var key = kept[i];
            var uv = (uint)(key >> 16);
            var vw = (uint)(key & 0xFFFFFFFF);
            var ctx = ctxCount[uv];
            var gamma = d3 * ctx.Types / ctx.Count;
            var p2 = Math.Exp((float)bigramLogP[bigramIndex[vw]]);
            var p = Math.Max(_trigrams[key] - d3, 0) / ctx.Count + gamma * p2;
            trigramLogP[i] = (Half)Math.Log(p);
        }
        return new LanguageModel(_vocab.ToArray(), unigram, gamma2, frequency, bigramKeys, bigramLogP, bigramGamma3, kept, trigramLogP);
    }

    private static double Discount(long n1, long n2) => n1 + n2 == 0 ? 0.75 : Math.Clamp((double)n1 / (n1 + 2 * n2), 0.1, 0.95);
}
