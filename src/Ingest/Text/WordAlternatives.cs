using System.Globalization;

namespace Ingest.Text;

/// <summary>
/// What the OCR engine thought each word of a page might also be, read from the <c>choices</c>
/// column of the page's stored word boxes (Ocr/WordChoices writes it): word as read → its
/// alternative spellings with a cost (−ln of the alternative's confidence over the read one's).
/// A word read several times on the page keeps each alternative at its cheapest.
/// </summary>
public sealed class WordAlternatives
{
    private readonly Dictionary<string, List<(string Text, float Cost)>> _byWord;

    private WordAlternatives(Dictionary<string, List<(string Text, float Cost)>> byWord) => _byWord = byWord;

    /// <summary>No alternatives at all.</summary>
    public static WordAlternatives None { get; } = new(new(StringComparer.Ordinal));

    public int Count => _byWord.Count;

    /// <summary>The alternatives of a word as read (NFC), or an empty list.</summary>
    public IReadOnlyList<(string Text, float Cost)> Of(string word) => _byWord.TryGetValue(word, out var list) ? list : [];

    /// <summary>Parses a TSV with a <c>choices</c> column; a TSV without one gives <see cref="None"/>.</summary>
    public static WordAlternatives FromTsv(string? tsv)
    {
        if (string.IsNullOrEmpty(tsv))
        {
            return None;
        }
        var rows = tsv.Split('\n');
        var column = Array.IndexOf(rows[0].TrimEnd('\r').Split('\t'), "choices");
        if (column < 0)
        {
            return None;
        }
        var byWord = new Dictionary<string, List<(string, float)>>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length <= column || f[column].Length == 0 || f[0] != "5")
            {
                continue;
            }
            var word = VietnameseText.Nfc(f[11]);
            if (!byWord.TryGetValue(word, out var list))
            {
                byWord[word] = list = [];
            }
            foreach (var entry in f[column].Split('|'))
            {
                var colon = entry.LastIndexOf(':');
                if (colon <= 0 || !float.TryParse(entry.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var cost))
                {
                    continue;
                }
                var text = VietnameseText.Nfc(entry[..colon]);
                var at = list.FindIndex(a => a.Item1 == text);
                if (at < 0)
                {
                    list.Add((text, cost));
                }
                else if (cost < list[at].Item2)
                {
                    list[at] = (text, cost);
                }
            }
        }
        return new WordAlternatives(byWord);
    }
}
