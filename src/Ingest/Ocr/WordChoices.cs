using System.Globalization;
using System.Text;

namespace Ingest.Ocr;

/// <summary>
/// Turns the LSTM's per-symbol alternatives into alternative spellings of each word — one symbol
/// replaced by a choice the network found nearly as likely ("Chủ" for a read "Chú") — with a
/// cost, −ln of the choice's confidence over the read symbol's, and writes them as the TSV's
/// <c>choices</c> column ("Chủ:0.41|Chù:2.30"), where the restorer reads them.
/// </summary>
public static class WordChoices
{
    // A choice whose confidence is below this share of the read symbol's is no alternative worth
    // the restorer's time.
    private const double MinShare = 0.02;

    // At most this many alternative spellings per word.
    private const int MaxPerWord = 6;

    /// <summary>The alternative spellings of a word, cheapest first.</summary>
    public static IReadOnlyList<(string Text, double Cost)> Alternatives(WordSymbols word)
    {
        var result = new List<(string, double)>();
        for (var i = 0; i < word.Symbols.Count; i++)
        {
            var s = word.Symbols[i];
            var read = s.Choices.FirstOrDefault(c => c.Text == s.Symbol)?.Confidence ?? s.Choices.Select(c => c.Confidence).DefaultIfEmpty(0).Max();
            if (read <= 0)
            {
                continue;
            }
            foreach (var c in s.Choices.Where(c => c.Text != s.Symbol && c.Confidence >= MinShare * read && !c.Text.Any(char.IsWhiteSpace) && !c.Text.Contains('|') && !c.Text.Contains(':')))
            {
                var text = string.Concat(word.Symbols.Select((x, k) => k == i ? c.Text : x.Symbol));
                result.Add((text, Math.Max(0, -Math.Log(c.Confidence / read))));
            }
        }
        return [.. result.OrderBy(r => r.Item2).DistinctBy(r => r.Item1).Take(MaxPerWord)];
    }

    // Words the choice iterator may have that the TSV lacks, or spelled otherwise, before a row's own.
    private const int Resync = 4;

    private static int Match(IReadOnlyList<WordSymbols> words, int next, string text)
    {
        for (var i = next; i < words.Count && i <= next + Resync; i++)
        {
            if (words[i].Text == text)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Appends each word row's alternatives to <paramref name="tsv"/> (the header already names
    /// the column). Words are matched to rows in order by their text; a row with no match gets an
    /// empty cell.
    /// </summary>
    public static string AddToTsv(string tsv, IReadOnlyList<WordSymbols> words)
    {
        var output = new StringBuilder(tsv.Length + words.Count * 8);
        var next = 0;
        var rows = tsv.Split('\n');
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            if (row.Length == 0)
            {
                if (r < rows.Length - 1)
                {
                    output.Append('\n');
                }
                continue;
            }
            output.Append(row);
            var f = row.Split('\t');
            // A word the iterator spelled differently from the TSV would hold every later word's
            // choices back: look a few words ahead for this row's before giving it none.
            var at = f.Length == 12 && f[0] == "5" && f[11].Length > 0 ? Match(words, next, f[11]) : -1;
            if (at >= 0)
            {
                next = at;
                output.Append('\t').AppendJoin('|', Alternatives(words[next++]).Select(a => a.Text + ":" + a.Cost.ToString("0.##", CultureInfo.InvariantCulture)));
            }
            else if (f.Length == 12 && r > 0)
            {
                output.Append('\t');
            }
            output.Append('\n');
        }
        return output.ToString();
    }
}
