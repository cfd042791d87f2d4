using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace Ingest.Restoration;

/// <summary>
/// A syllable trigram model with interpolated Kneser-Ney smoothing, held compactly: sorted key
/// arrays searched by bisection, log-probabilities as halves. Built by
/// <see cref="LanguageModelBuilder"/>; stored Brotli-compressed with delta-coded keys.
/// </summary>
public sealed class LanguageModel
{
    private const uint Magic = 0x324D4C49; // "ILM2"
    private readonly string[] _vocab;
    private readonly FrozenDictionary<string, int> _ids;
    private readonly float[] _unigram;     // log P1(w), continuation unigram
    private readonly float[] _gamma2;      // log γ(v): back-off weight from bigram to unigram
    private readonly float[] _frequency;   // log relative frequency of w (a prior for candidates)
    private readonly uint[] _bigramKeys;   // v << 16 | w
    private readonly Half[] _bigramLogP;   // log P2(w | v), interpolated
    private readonly Half[] _bigramGamma3; // log γ(v w) as a trigram context
    private readonly ulong[] _trigramKeys; // u << 32 | v << 16 | w
    private readonly Half[] _trigramLogP;  // log P3(w | u v), interpolated
    private readonly int[] _bigramStart;   // bigrams of v are _bigramKeys[_bigramStart[v] .. _bigramStart[v + 1]]
    private readonly int[] _trigramStart;  // trigrams of bigram b (as context) start at _trigramStart[b]

    internal LanguageModel(string[] vocab, float[] unigram, float[] gamma2, float[] frequency, uint[] bigramKeys, Half[] bigramLogP,
        Half[] bigramGamma3, ulong[] trigramKeys, Half[] trigramLogP)
    {
        _vocab = vocab;
        _ids = vocab.Select((s, i) => (s, i)).ToFrozenDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        _unigram = unigram;
        _gamma2 = gamma2;
        _frequency = frequency;
        _bigramKeys = bigramKeys;
        _bigramLogP = bigramLogP;
        _bigramGamma3 = bigramGamma3;
        _trigramKeys = trigramKeys;
        _trigramLogP = trigramLogP;
        (_bigramStart, _trigramStart) = BuildRanges(vocab.Length, bigramKeys, trigramKeys);
        _unseenFrequency = frequency.Length == 0 ? float.MinValue : frequency.Min();
    }

    private readonly float _unseenFrequency;

    /// <summary>
    /// True when the training text has the syllable at all. The vocabulary holds every legal
    /// syllable, most never written ("đũy", "giừi"): those stand for a real word far less often
    /// than any the text has.
    /// </summary>
    public bool IsAttested(int w) => _frequency[w] > _unseenFrequency + 0.01f;

    // Keys are sorted, so the bigrams of one first word and the trigrams of one context are
    // runs: one pass finds where each run starts. A look-up then searches a run of a few
    // entries instead of the whole table (the decoder asks millions of times per document).
    private static (int[] BigramStart, int[] TrigramStart) BuildRanges(int vocabulary, uint[] bigramKeys, ulong[] trigramKeys)
    {
        var bigramStart = new int[vocabulary + 1];
        var b = 0;
        for (var v = 0; v <= vocabulary; v++)
        {
            while (b < bigramKeys.Length && (bigramKeys[b] >> 16) < v)
            {
                b++;
            }
            bigramStart[v] = b;
        }
        var trigramStart = new int[bigramKeys.Length + 1];
        var t = 0;
        for (var i = 0; i < bigramKeys.Length; i++)
        {
            while (t < trigramKeys.Length && (trigramKeys[t] >> 16) < bigramKeys[i])
            {
                t++;
            }
            trigramStart[i] = t;
        }
        trigramStart[bigramKeys.Length] = trigramKeys.Length;
        return (bigramStart, trigramStart);
    }

    public int VocabularySize => _vocab.Length;
    public int Bigrams => _bigramKeys.Length;
    public int Trigrams => _trigramKeys.Length;

    /// <summary>The id of a lower-case syllable, or <see cref="LmSymbols.Unknown"/>.</summary>
    public int IdOf(string syllable) => _ids.TryGetValue(syllable, out var id) ? id : LmSymbols.Unknown;

    public string SymbolOf(int id) => _vocab[id];

    /// <summary>Natural-log probability of <paramref name="w"/> after <paramref name="u"/> <paramref name="v"/>.</summary>
    public float LogProb(int u, int v, int w) => LogProb(ContextOf(u, v), w);

    /// <summary>
    /// The history <paramref name="u"/> <paramref name="v"/> looked up once, for scoring many
    /// next words after it (<see cref="LogProb(in Context, int)"/>).
    /// </summary>
    public Context ContextOf(int u, int v)
    {
        var ctx = Find(_bigramKeys, _bigramStart[u], _bigramStart[u + 1], ((uint)u << 16) | (uint)v);
        return ctx >= 0
            ? new Context(u, v, (float)_bigramGamma3[ctx], _trigramStart[ctx], _trigramStart[ctx + 1])
            : new Context(u, v, 0f, 0, 0);
    }

    /// <summary>Natural-log probability of <paramref name="w"/> after a looked-up history.</summary>
    public float LogProb(in Context context, int w)
    {
        if (context.TrigramEnd > context.TrigramStart)
        {
            var key = ((ulong)context.U << 32) | ((ulong)context.V << 16) | (uint)w;
            var t = Find(_trigramKeys, context.TrigramStart, context.TrigramEnd, key);
            if (t >= 0)
            {
                return (float)_trigramLogP[t];
            }
        }
        return context.Gamma3 + LogProb2(context.V, w);
    }

    /// <summary>A history (u v) as the model holds it: its back-off weight and its trigrams.</summary>
    public readonly record struct Context(int U, int V, float Gamma3, int TrigramStart, int TrigramEnd);

    private float LogProb2(int v, int w)
    {
        var b = Find(_bigramKeys, _bigramStart[v], _bigramStart[v + 1], ((uint)v << 16) | (uint)w);
        return b >= 0 ? (float)_bigramLogP[b] : _gamma2[v] + _unigram[w];
    }

    // Bisection in keys[lo..hi): the index of key, or −1.
    private static int Find<T>(T[] keys, int lo, int hi, T key) where T : struct, IComparable<T>
    {
        hi--;
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var c = keys[mid].CompareTo(key);
            if (c == 0)
            {
                return mid;
            }
            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /// <summary>Log-probability of a unigram (continuation) — how plausible a syllable is at all.</summary>
    public float LogUnigram(int w) => _unigram[w];

    /// <summary>
    /// Log relative frequency of a syllable in the training text. Kneser-Ney's continuation
    /// unigram underrates words that follow one word only ("đua" of "thi đua"); ranking
    /// candidates wants plain frequency.
    /// </summary>
    public float LogFrequency(int w) => _frequency[w];

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8);
        w.Write(Magic);
        w.Write(_vocab.Length);
        foreach (var s in _vocab)
        {
            w.Write(s);
        }
        foreach (var x in _unigram)
        {
            w.Write(x);
        }
        foreach (var x in _gamma2)
        {
            w.Write(x);
        }
        foreach (var x in _frequency)
        {
            w.Write(x);
        }
        WriteKeys(w, _bigramKeys.Select(k => (ulong)k).ToArray());
        WriteHalves(w, _bigramLogP);
        WriteHalves(w, _bigramGamma3);
        WriteKeys(w, _trigramKeys);
        WriteHalves(w, _trigramLogP);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static LanguageModel Load(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
        if (r.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not an Ingest language model");
        }
        var n = r.ReadInt32();
        var vocab = new string[n];
        for (var i = 0; i < n; i++)
        {
            vocab[i] = r.ReadString();
        }
        var unigram = new float[n];
        for (var i = 0; i < n; i++)
        {
            unigram[i] = r.ReadSingle();
        }
        var gamma2 = new float[n];
        for (var i = 0; i < n; i++)
        {
            gamma2[i] = r.ReadSingle();
        }
        var frequency = new float[n];
        for (var i = 0; i < n; i++)
        {
            frequency[i] = r.ReadSingle();
        }
        var bigramKeys = ReadKeys(r).Select(k => (uint)k).ToArray();
        var bigramLogP = ReadHalves(r);
        var bigramGamma3 = ReadHalves(r);
        var trigramKeys = ReadKeys(r);
        var trigramLogP = ReadHalves(r);
        return new LanguageModel(vocab, unigram, gamma2, frequency, bigramKeys, bigramLogP, bigramGamma3, trigramKeys, trigramLogP);
    }

    // Sorted keys as varint deltas: most gaps are small, so Brotli gets a tight stream.
    private static void WriteKeys(BinaryWriter w, ulong[] keys)
    {
        w.Write(keys.Length);
        ulong prev = 0;
        foreach (var k in keys)
        {
            w.Write7BitEncodedInt64((long)(k - prev));
            prev = k;
        }
    }

    private static ulong[] ReadKeys(BinaryReader r)
    {
        var keys = new ulong[r.ReadInt32()];
        ulong prev = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            prev += (ulong)r.Read7BitEncodedInt64();
            keys[i] = prev;
        }
        return keys;
    }

    private static void WriteHalves(BinaryWriter w, Half[] values)
    {
        w.Write(values.Length);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    private static Half[] ReadHalves(BinaryReader r)
    {
        var values = new Half[r.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = r.ReadHalf();
        }
        return values;
    }
}
