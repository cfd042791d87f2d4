using System.Text;

namespace Ingest.Fuzz;

/// <summary>
/// Damages PDF bytes the ways files get damaged and the ways hostile files are built: flipped
/// bits, cut and repeated chunks, truncation, numbers swapped for extreme ones (lengths,
/// offsets, sizes), PDF keywords swapped for others, two files spliced.
/// </summary>
public static class ByteMutator
{
    private static readonly byte[] Interesting = "\0\xff()<>[]/R0129 \n%"u8.ToArray();

    private static readonly string[] Numbers = ["0", "-1", "1", "65535", "2147483647", "2147483648", "4294967296", "99999999999999", "1e308", "-0.5", "30000"];

    private static readonly (string From, string To)[] Keywords =
    [
        ("/Length", "/Width"), ("/Width", "/Height"), ("/Height", "/Length"), ("obj", "ob"), ("endobj", "endobjx"),
        ("stream", "strea"), ("endstream", "stream"), (" R", " 0 R"), ("/FlateDecode", "/DCTDecode"), ("/DCTDecode", "/FlateDecode"),
        ("/CCITTFaxDecode", "/JBIG2Decode"), ("/Kids", "/Parent"), ("/Parent", "/Kids"), ("/Count", "/Counts"), ("/Page", "/Pages"),
        ("xref", "xreg"), ("trailer", "trailor"), ("/Root", "/Info"), ("/Contents", "/Resources"), ("/K -1", "/K 1"),
        ("/BitsPerComponent 1", "/BitsPerComponent 16"), ("/BitsPerComponent 8", "/BitsPerComponent 1"), ("/Columns", "/Rows"), ("[", "[["), ("<<", "<<<<"),
    ];

    /// <summary>One to four stacked mutations of <paramref name="seed"/>, sometimes spliced with <paramref name="other"/>.</summary>
    public static byte[] Mutate(Random random, byte[] seed, byte[] other)
    {
        var data = new List<byte>(seed);
        var n = 1 + random.Next(4);
        for (var i = 0; i < n; i++)
        {
            Apply(random, data, other);
        }
        return [.. data];
    }

    private static void Apply(Random random, List<byte> data, byte[] other)
    {
        if (data.Count == 0)
        {
            data.AddRange(other.Take(random.Next(other.Length + 1)));
            return;
        }
        var at = random.Next(data.Count);
        switch (random.Next(8))
        {
            case 0:
                data[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                data[at] = Interesting[random.Next(Interesting.Length)];
                break;
            case 2:
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(256)));
                break;
            case 3:
                var from = random.Next(data.Count);
                var chunk = data.GetRange(from, Math.Min(data.Count - from, 1 + random.Next(256)));
                data.InsertRange(at, chunk);
                break;
            case 4:
                data.RemoveRange(at, data.Count - at);
                break;
            case 5:
                ReplaceNumber(random, data, at);
                break;
            case 6:
                ReplaceKeyword(random, data);
                break;
            default:
                // The head of one file and the tail of another: objects and xref that do not match.
                var cut = random.Next(other.Length + 1);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.Skip(cut));
                break;
        }
    }

    private static void ReplaceNumber(Random random, List<byte> data, int start)
    {
        var i = start;
        while (i < data.Count && !char.IsAsciiDigit((char)data[i]))
        {
            i++;
        }
        if (i == data.Count)
        {
            return;
        }
        var end = i;
        while (end < data.Count && char.IsAsciiDigit((char)data[end]))
        {
            end++;
        }
        data.RemoveRange(i, end - i);
        data.InsertRange(i, Encoding.ASCII.GetBytes(Numbers[random.Next(Numbers.Length)]));
    }

    private static void ReplaceKeyword(Random random, List<byte> data)
    {
        var (from, to) = Keywords[random.Next(Keywords.Length)];
        var text = Encoding.Latin1.GetString([.. data]);
        var hits = new List<int>();
        for (var i = text.IndexOf(from, StringComparison.Ordinal); i >= 0 && hits.Count < 1000; i = text.IndexOf(from, i + 1, StringComparison.Ordinal))
        {
            hits.Add(i);
        }
        if (hits.Count == 0)
        {
            return;
        }
        var at = hits[random.Next(hits.Count)];
        data.RemoveRange(at, from.Length);
        data.InsertRange(at, Encoding.Latin1.GetBytes(to));
    }
}
