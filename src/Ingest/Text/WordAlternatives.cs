using System.Globalization;

namespace Ingest.Text;

/// <summary>
/// What the OCR engine thought each word of a page might also be, read from the <c>choices</c>
/// column of the page's stored word boxes (Ocr/WordChoices writes it): word as read → its
/// alternative spellings with a cost (−ln of the alternative's confidence over the read one's),
/// for each time the word was read, in the order of the rows. An empty cell is a reading the
/// engine had nothing else in view for: it was sure.
/// </summary>
public sealed class WordAlternatives
{
    private readonly Dictionary<string, List<List<(string Text, float Cost)>>> _readings;
    private readonly Dictionary<string, List<(string Text, float Cost)>> _merged;

    private WordAlternatives(Dictionary<string, List<List<(string Text, float Cost)>>> readings)
    {
        _readings = readings;
        // Every alternative any reading of the word offered, at its cheapest.
        _merged = readings.ToDictionary(r => r.Key, r => r.Value.SelectMany(a => a).GroupBy(a => a.Text, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Min(a => a.Cost))).ToList(), StringComparer.Ordinal);
        Count = _merged.Count(m => m.Value.Count > 0);
    }

    /// <summary>No alternatives at all.</summary>
    public static WordAlternatives None { get; } = new(new(StringComparer.Ordinal));

    /// <summary>How many different words have an alternative: 0 when the engine recorded none (a text layer, a page read before choices were kept).</summary>
    public int Count { get; }

    /// <summary>The alternatives of a word as read (NFC), from every time it was read, or an empty list.</summary>
    public IReadOnlyList<(string Text, float Cost)> Of(string word) => _merged.TryGetValue(word, out var list) ? list : [];

    /// <summary>
    /// The engine's alternatives for the <paramref name="occurrence"/>-th (0-based) time a text
    /// has <paramref name="word"/>, when the text has it <paramref name="inText"/> times: that
    /// row's own when the page's rows hold the word as often (the text is the rows in reading
    /// order), otherwise every reading's merged (<see cref="Of"/>) — with noise dropped or
    /// columns reordered there is no telling which row a word came from. Null for a word no row
    /// holds (the engine never read it so).
    /// </summary>
    public IReadOnlyList<(string Text, float Cost)>? At(string word, int occurrence, int inText)
    {
        if (!_readings.TryGetValue(word, out var list))
        {
            return null;
        }
        return list.Count == inText ? list[occurrence] : _merged[word];
    }

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
        var readings = new Dictionary<string, List<List<(string, float)>>>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length <= column || f[0] != "5" || f[11].Length == 0)
            {
                continue;
            }
            var word = VietnameseText.Nfc(f[11]);
            if (!readings.TryGetValue(word, out var list))
            {
                readings[word] = list = [];
            }
            list.Add(Alternatives(f[column]));
        }
        return new WordAlternatives(readings);
    }

    // "Chủ:0.41|Chù:2.3" → [("Chủ", 0.41), ("Chù", 2.3)], each spelling once at its cheapest.
    private static List<(string Text, float Cost)> Alternatives(string cell)
    {
        var list = new List<(string Text, float Cost)>();
        foreach (var entry in cell.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.LastIndexOf(':');
            if (colon <= 0 || !float.TryParse(entry.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var cost))
            {
                continue;
            }
            var text = VietnameseText.Nfc(entry[..colon]);
            var at = list.FindIndex(a => a.Text == text);
            if (at < 0)
            {
                list.Add((text, cost));
            }
            else if (cost < list[at].Cost)
            {
                list[at] = (text, cost);
            }
        }
        return list;
    }
}
