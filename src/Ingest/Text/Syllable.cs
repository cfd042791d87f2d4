using System.Collections.Frozen;
using System.Text;

namespace Ingest.Text;

/// <summary>
/// The spelling of a Vietnamese syllable: onset + rhyme + tone. Built from the phonotactic
/// rules (c/k/q, g/gh, ng/ngh, gi, qu; stops -p -t -c -ch take only sắc or nặng), so a token
/// can be judged legal without a word list: "hoạch" is legal, "hoach" (OCR lost the dot) is not.
/// Both tone placements are accepted on input ("hòa" and "hoà").
/// </summary>
public static class Syllable
{
    /// <summary>Tones: 0 ngang, 1 huyền (`), 2 sắc (´), 3 hỏi (̉), 4 ngã (~), 5 nặng (.).</summary>
    private static readonly char[] ToneMarks = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

    internal static readonly string[] Onsets =
    [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ];

    // Rhymes without tone, by nucleus. Those after "qu" drop the medial u ("quang" = qu + ang).
    internal static readonly string[] Rhymes =
    [
        "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ap", "at", "ac", "ach",
        "ăm", "ăn", "ăng", "ăp", "ăt", "ăc", "ăk", "ak", // -k: Tây Nguyên names (Đắk Lắk)
        "âu", "ây", "âm", "ân", "âng", "âp", "ât", "âc",
        "e", "eo", "em", "en", "eng", "ep", "et", "ec",
        "ê", "êu", "êm", "ên", "ênh", "êp", "êt", "êch",
        "i", "ia", "iu", "im", "in", "inh", "ip", "it", "ich",
        "iêu", "iêm", "iên", "iêng", "iêp", "iêt", "iêc",
        "yêu", "yêm", "yên", "yêng", "yêt", "y", // yểng (a myna)
        "ynh", "yt", // after qu only: quỳnh, quýt (qu + uynh, uyt without the medial u)
        "o", "oi", "om", "on", "ong", "op", "ot", "oc", "oong", "ooc",
        "ô", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ôc",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "ui", "um", "un", "ung", "up", "ut", "uc",
        "uôi", "uôm", "uôn", "uông", "uôt", "uôc",
        "ư", "ưa", "ưi", "ưu", "ưm", "ưn", "ưng", "ưt", "ưc",
        "ươi", "ươu", "ươm", "ươn", "ương", "ươp", "ươt", "ươc",
        "oa", "oai", "oao", "oay", "oam", "oan", "oang", "oanh", "oap", "oat", "oac", "oach",
        "oăm", "oăn", "oăng", "oăt", "oăc",
        "oe", "oeo", "oen", "oet",
        "uân", "uâng", "uât", "uây",
        "uê", "uêch", "uênh", "uơ",
        "uy", "uya", "uyu", "uynh", "uyt", "uych", "uyên", "uyêt", "uyn",
    ];

    private static readonly FrozenSet<string> RhymeSet = Rhymes.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, (char Base, int Tone)> Decomposition = BuildDecomposition();

    /// <summary>Splits a lower-case NFC syllable into its toneless letters and its tone.</summary>
    public static (string Letters, int Tone) SplitTone(string syllable)
    {
        var sb = new StringBuilder(syllable.Length);
        var tone = 0;
        foreach (var c in syllable)
        {
            if (Decomposition.TryGetValue(c, out var d))
            {
                if (d.Tone != 0)
                {
                    if (tone != 0)
                    {
                        return ("", -1); // two tones
                    }
                    tone = d.Tone;
                }
                sb.Append(d.Base);
            }
            else
            {
                sb.Append(c);
            }
        }
        return (sb.ToString(), tone);
    }

    /// <summary>True when the token (any case) is a legal Vietnamese syllable.</summary>
    public static bool IsLegal(string token)
    {
        if (token.Length is 0 or > 8)
        {
            return false;
        }
        var (letters, tone) = SplitTone(VietnameseText.Nfc(token).ToLowerInvariant());
        if (tone < 0 || letters.Length == 0)
        {
            return false;
        }
        return IsLegal(letters, tone);
    }

    /// <summary>True when toneless <paramref name="letters"/> with <paramref name="tone"/> spell a syllable.</summary>
    public static bool IsLegal(string letters, int tone)
    {
        foreach (var onset in Onsets)
        {
            if (!letters.StartsWith(onset, StringComparison.Ordinal))
            {
                continue;
            }
            var rhyme = letters[onset.Length..];
            if (rhyme.Length == 0)
            {
                // "gi" alone is a syllable (gì), as is "qu"? No: "qu" needs a vowel.
                if (onset == "gi")
                {
                    return true;
                }
                continue;
            }
            if (RhymeSet.Contains(rhyme) && OnsetFits(onset, rhyme) && ToneFits(rhyme, tone))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the text has a Vietnamese mark (tone or vowel mark, or đ).</summary>
    public static bool HasMarks(string token)
    {
        foreach (var c in token)
        {
            if (c > 0x7F && (Decomposition.ContainsKey(char.ToLowerInvariant(c)) || c is 'đ' or 'Đ'))
            {
                return true;
            }
        }
        return false;
    }

    // Spelling rules: k/gh/ngh before front vowels, c/g/ng elsewhere; "qu" takes no second
    // medial u/o; "yê" rhymes stand only alone or after "qu" (yên, quyết). "g" before "i" is the
    // "gi" onset merged with the vowel: gì, gìn, giếng.
    private static bool OnsetFits(string onset, string rhyme)
    {
        if (rhyme.StartsWith("yê", StringComparison.Ordinal))
        {
            return onset is "" or "qu";
        }
        if (rhyme is "ynh" or "yt")
        {
            return onset == "qu";
        }
        var front = rhyme[0] is 'i' or 'e' or 'ê' or 'y';
        return onset switch
        {
            "k" or "gh" or "ngh" => front,
            "g" => !front || rhyme[0] == 'i',
            "c" or "ng" => !front,
            "qu" => rhyme[0] is not ('u' or 'o'),
            _ => true,
        };
    }

    // Closed by a stop, a syllable takes only sắc or nặng: "hoạch", "học", never "hoach".
    private static bool ToneFits(string rhyme, int tone)
    {
        var stop = rhyme.EndsWith('p') || rhyme.EndsWith('t') || rhyme.EndsWith('c') || rhyme.EndsWith("ch", StringComparison.Ordinal);
        return !stop || tone is 2 or 5;
    }

    private static FrozenDictionary<char, (char, int)> BuildDecomposition()
    {
        var map = new Dictionary<char, (char, int)>();
        foreach (var vowel in "aăâeêioôơuưy")
        {
            for (var t = 0; t < ToneMarks.Length; t++)
            {
                var composed = t == 0 ? vowel.ToString() : (vowel.ToString() + ToneMarks[t]).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1)
                {
                    map[composed[0]] = (vowel, t);
                }
            }
        }
        return map.ToFrozenDictionary();
    }

    /// <summary>Writes letters with a tone, the mark on the vowel the modern convention chooses.</summary>
    public static string WithTone(string letters, int tone) => WithTone(letters, tone, oldStyle: false);

    /// <summary>
    /// The same syllable with its tone placed by the old convention ("hoà" → "hòa", "tuỳ" → "tùy"),
    /// which Vietnamese administrative documents use; other syllables come back unchanged.
    /// </summary>
    public static string ToOldStyle(string syllable)
    {
        var (letters, tone) = SplitTone(syllable);
        return tone <= 0 ? syllable : WithOldTone(letters, tone);
    }

    /// <summary>The old convention, on the first vowel of open oa, oe, uy: "hòa", "hòe", "thủy".</summary>
    public static string WithOldTone(string letters, int tone) => WithTone(letters, tone, oldStyle: true);

    private static string WithTone(string letters, int tone, bool oldStyle)
    {
        if (tone == 0)
        {
            return letters;
        }
        var at = TonePosition(letters, oldStyle);
        return (letters[..(at + 1)] + ToneMarks[tone] + letters[(at + 1)..]).Normalize(NormalizationForm.FormC);
    }

    // The vowel that carries the tone (new style, "hoà", "thuý"): the marked vowel (ơ, ê, â…)
    // if any; else, with a final consonant, the last vowel; else the second of two vowels in
    // oa/oe/uy, the first otherwise (mái, múa); "gi"/"qu" onsets do not count as vowels.
    private static int TonePosition(string letters, bool oldStyle)
    {
        var start = letters.StartsWith("qu", StringComparison.Ordinal) ? 2
            : letters.StartsWith("gi", StringComparison.Ordinal) && letters.Length > 2 && IsVowel(letters[2]) ? 2 : 0;
        var vowels = new List<int>();
        for (var i = start; i < letters.Length; i++)
        {
            if (IsVowel(letters[i]))
            {
                vowels.Add(i);
            }
            else if (vowels.Count > 0)
            {
                break;
            }
        }
        if (vowels.Count == 0)
        {
            return letters.Length - 1;
        }
        foreach (var v in vowels)
        {
            if (letters[v] is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư')
            {
                // "ươ": the tone goes on ơ (người, được, trường).
                if (letters[v] == 'ư' && v + 1 < letters.Length && letters[v + 1] == 'ơ')
                {
                    return v + 1;
                }
                return v;
            }
        }
        var last = vowels[^1];
        var hasFinal = last + 1 < letters.Length;
        if (vowels.Count == 1 || hasFinal)
        {
            return last;
        }
        var pair = string.Concat(letters[vowels[0]], letters[vowels[1]]);
        return pair is "oa" or "oe" or "uy" && !oldStyle ? vowels[1] : vowels[0];
    }

    private static bool IsVowel(char c) => c is 'a' or 'ă' or 'â' or 'e' or 'ê' or 'i' or 'o' or 'ô' or 'ơ' or 'u' or 'ư' or 'y';
}
