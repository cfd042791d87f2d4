using System.Collections.Frozen;
using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Names of provinces and districts (from ../shared/text's administrative units, before and after
/// the 2025 merger), by their unmarked form. A language model trained on laws guesses proper names
/// wrong ("Đồng Nại": "nại" of "khiếu nại" is common); a run of capitalised words whose unmarked
/// letters are a known name is written as the name. Data: Restoration/Data/places.txt, rebuilt by
/// <c>ingest model places</c>, loaded with the other shipped models by <see cref="RestorationModels"/>.
/// </summary>
public sealed class PlaceNames
{
    private readonly FrozenDictionary<string, string> _byFolded;
    private readonly string[][] _foldedWords;

    public PlaceNames(IEnumerable<string> names)
    {
        // Names whose unmarked forms collide ("Đông Hà", "Đồng Hà") are left out: no guess.
        _byFolded = names.Select(n => VietnameseText.Nfc(n.Trim())).Where(n => n.Contains(' ', StringComparison.Ordinal))
            .GroupBy(VietnameseText.Fold).Where(g => g.Distinct().Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _foldedWords = _byFolded.Keys.Select(k => k.Split(' ')).ToArray();
    }

    public int Count => _byFolded.Count;

    /// <summary>
    /// Rewrites runs of capitalised word cores that spell a known name. Where a name
    /// is expected (after "tỉnh", "huyện"…, or before ", ngày") one or two
    /// letters may differ (OCR's "Péng Nai" for "Đồng Nai").
    /// </summary>
    /// <param name="tokens">The tokens of the text.</param>
    /// <param name="cores">Their restored cores, rewritten in place.</param>
    /// <param name="unattested">True for a word the training text never (or hardly) has: only runs
    /// with such a word ("Péng", "Pong") are matched loosely; "Thừa Thiên" is not.</param>
    public void Apply(IReadOnlyList<LineToken> tokens, List<string> cores, Func<string, bool> unattested)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            foreach (var length in new[] { 3, 2 })
            {
                if (k + length > tokens.Count || !Enumerable.Range(k, length).All(i => IsCapitalisedWord(tokens[i], cores[i])))
                {
                    continue;
                }
                // Inside the run only white space: "Đồng Nai," ends the run at the comma.
                if (Enumerable.Range(k, length - 1).Any(i => tokens[i].Trail.Length > 0 || tokens[i + 1].Lead.Length > 0))
                {
                    continue;
                }
                var folded = string.Join(' ', Enumerable.Range(k, length).Select(i => VietnameseText.Fold(cores[i])));
                var loose = Expected(tokens, cores, k, length)
                    && Enumerable.Range(k, length).All(i => !VietnameseText.IsAllCaps(cores[i]))
                    && Enumerable.Range(k, length).Any(i => unattested(cores[i]));
                var name = _byFolded.GetValueOrDefault(folded) ?? (loose ? Nearest(folded) : null);
                if (name is null)
                {
                    continue;
                }
                var words = name.Split(' ');
                // "Biên Hòa" and the list's "Biên Hoà" are one name: a word that differs only in
                // where its tone sits is left as the document writes it.
                for (var i = 0; i < length; i++)
                {
                    var word = words[i].ToLowerInvariant();
                    if (Syllable.ToOldStyle(cores[k + i].ToLowerInvariant()) != Syllable.ToOldStyle(word))
                    {
                        cores[k + i] = CaseShape.Apply(cores[k + i], word);
                    }
                }
                k += length - 1;
                break;
            }
        }
    }

    private static bool IsCapitalisedWord(LineToken t, string core) =>
        t.Class is TokenClass.Word or TokenClass.DamagedWord && core.Length > 0 && char.IsUpper(core[0]) && core.All(char.IsLetter);

    private static bool Expected(IReadOnlyList<LineToken> tokens, List<string> cores, int k, int length)
    {
        var before = k > 0 ? VietnameseText.Fold(cores[k - 1]) : "";
        // Not "xã" (xã hội) nor "phố" (Phó Giám đốc): too common as other words.
        var unit = before is "tinh" or "huyen" or "quan" && (k == 0 || tokens[k - 1].Trail.Length == 0);
        var last = k + length - 1;
        var dateAfter = tokens[last].Trail.StartsWith(',') && last + 1 < tokens.Count && VietnameseText.Fold(cores[last + 1]) == "ngay";
        return unit || dateAfter;
    }

    // The one known name within two letters; none when two are equally near.
    private string? Nearest(string folded)
    {
        var words = folded.Split(' ');
        string? best = null;
        var bestDistance = 3;
        var tie = false;
        foreach (var candidate in _foldedWords)
        {
            if (candidate.Length != words.Length)
            {
                continue;
            }
            var d = 0;
            for (var i = 0; i < words.Length && d < 3; i++)
            {
                d += EditDistance.Levenshtein(words[i], candidate[i]);
            }
            if (d < bestDistance)
            {
                (best, bestDistance, tie) = (string.Join(' ', candidate), d, false);
            }
            else if (d == bestDistance)
            {
                tie = true;
            }
        }
        return best is null || tie ? null : _byFolded[best];
    }
}
