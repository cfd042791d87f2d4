using Ingest.Evaluation;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Tests.Restoration;

/// <summary>
/// The OCR engine's own alternatives for a word (lstm_choice_mode 2) reach the restorer as
/// candidates at the engine's cost (issue 15): on a real scan they restore words the channel
/// table alone does not.
/// </summary>
public class OcrAlternativesTests
{
    [Fact]
    public async Task Alternatives_from_a_real_scan_make_its_restored_text_more_right()
    {
        // UBND TP Đà Nẵng, 6-page HP scan (a tune page set of corpus/real).
        var pdf = RealFiles.Path_("danang-scans", "data", "3.pdf");
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(pdf, "3.pdf");
        Assert.All(pages, p => Assert.True(WordAlternatives.FromTsv(p.WordBoxesTsv).Count > 20, "no choices column in the stored word boxes"));
        var truth = string.Join('\n', Enumerable.Range(1, 6).Select(i => File.ReadAllText(CorpusFiles.Path_("real", $"danang3-p{i}.true.txt"))));
        var with = TextAccuracy.Measure(truth, string.Join('\n', TestModels.Pages.Restore(pages)));
        var without = TextAccuracy.Measure(truth, string.Join('\n', TestModels.Pages.Restore(pages.Select(p => p with { WordBoxesTsv = null }).ToList())));
        // Measured: 3,254 syllables, 15 more right with the alternatives (3,189 → 3,204).
        Assert.True(with.CorrectSyllables >= without.CorrectSyllables + 4, $"{without.CorrectSyllables} → {with.CorrectSyllables} of {with.Syllables}");
    }

    [Fact]
    public void A_cheap_alternative_from_the_engine_is_a_candidate_the_decoder_weighs()
    {
        var restorer = TestModels.Shared.For(TestModels.Shared.VietnameseOcr);
        // Where the language model has no strong view (a name), the engine's alternative wins.
        const string name = "ông Lê Trung Chinh làm việc";
        Assert.Contains("Trung Chinh làm", restorer.Restore(name), StringComparison.Ordinal);
        Assert.Contains("Trung Chính làm", restorer.Restore(name, Choice("Chinh", "Chính")), StringComparison.Ordinal);
        // Where it has one ("ngày 18 tháng 10"), an alternative does not override it.
        const string date = "Đà Nẵng, ngày 18 tháng 10 năm 2023";
        Assert.Equal(date, restorer.Restore(date, Choice("tháng", "thắng")));
    }

    private static WordAlternatives Choice(string word, string alternative)
    {
        const string header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\tchoices\n";
        var alternatives = WordAlternatives.FromTsv(header + $"5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t64\t{word}\t{alternative}:0\n");
        Assert.Equal([(alternative, 0f)], alternatives.Of(word));
        return alternatives;
    }

    [Fact]
    public void Symbol_choices_become_word_spellings_cheapest_first()
    {
        var word = new WordSymbols([
            new SymbolChoices("t", [new SymbolChoice("t", 0.9f)]),
            new SymbolChoices("ô", [new SymbolChoice("ô", 0.5f), new SymbolChoice("ổ", 0.4f), new SymbolChoice("ố", 0.001f)]),
        ]);
        var alternatives = WordChoices.Alternatives(word);
        Assert.Equal("tổ", alternatives[0].Text);
        Assert.InRange(alternatives[0].Cost, 0.2, 0.25);
        Assert.DoesNotContain(alternatives, a => a.Text == "tố"); // under 2% of the read symbol's confidence
    }
}
