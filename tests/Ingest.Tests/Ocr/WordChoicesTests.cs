using Ingest.Ocr;

namespace Ingest.Tests.Ocr;

/// <summary>
/// The LSTM's choices are matched to the TSV's word rows by their text, in order. A word the
/// choice iterator has and the TSV lacks (or spells otherwise) must not hold back the choices of
/// every later word: on a page that reads as "the engine was sure of everything after it", the
/// restorer (RestorerOptions.UnofferedCost) would keep their misreadings.
/// </summary>
public class WordChoicesTests
{
    private static WordSymbols Word(string text, params (int At, string Choice, float Confidence)[] choices) =>
        new([.. text.Select((c, i) => new SymbolChoices(c.ToString(),
            [new SymbolChoice(c.ToString(), 0.9f), .. choices.Where(x => x.At == i).Select(x => new SymbolChoice(x.Choice, x.Confidence))]))]);

    private static string Row(int word, string text) => $"5\t1\t1\t1\t1\t{word}\t10\t10\t40\t20\t90\t{text}";

    [Fact]
    public void A_word_only_the_iterator_has_does_not_hold_back_the_next_words_choices()
    {
        var tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\tchoices\n"
            + Row(1, "Chú") + "\n" + Row(2, "tịch") + "\n";
        // The iterator gave a stray mark first, then the two words; "Chú" has "ủ" as its choice.
        var words = new[] { Word("~"), Word("Chú", (2, "ủ", 0.5f)), Word("tịch") };
        var rows = WordChoices.AddToTsv(tsv, words).Split('\n');
        Assert.EndsWith("\tChú\tChủ:0.59", rows[1], StringComparison.Ordinal);
        Assert.EndsWith("\ttịch\t", rows[2], StringComparison.Ordinal);
        // Every row still has its choices cell.
        Assert.All(rows[1..3], r => Assert.Equal(13, r.Split('\t').Length));
    }
}
