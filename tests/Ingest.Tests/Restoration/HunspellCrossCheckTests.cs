using Ingest.Restoration;

namespace Ingest.Tests.Restoration;

/// <summary>
/// The generated syllable lexicon against hunspell-vi (Debian's word list). The design asks for
/// this cross-check; <c>ingest eval restore</c> prints the same comparison with its examples.
/// </summary>
public class HunspellCrossCheckTests
{
    [Fact]
    public void Every_hunspell_syllable_our_rules_call_legal_is_generated()
    {
        Assert.True(File.Exists(HunspellCrossCheck.DebianDictionary), "hunspell-vi is missing: ./test installs it (apt-get install hunspell-vi)");
        var check = HunspellCrossCheck.Compare(HunspellCrossCheck.DebianDictionary);
        Assert.Empty(check.Missing);
        Assert.True(check.Shared > 6500, $"{check.Shared} shared");
        // What our rules reject are loan words and the dictionary's odd forms ("internet", "tivi",
        // "têt" without its tone, dialectal "quoắt"): a handful, not a class of real syllables.
        Assert.True(check.Illegal.Count < 40, string.Join(' ', check.Illegal));
        Assert.DoesNotContain("quỳnh", check.Illegal);
    }

    [Fact]
    public void Differences_are_sorted_by_their_reason()
    {
        var check = HunspellCrossCheck.Compare(["6", "UBND", "quýt", "yểng", "hoà", "internet", "người", "ABC"]);
        Assert.Equal(["UBND", "ABC"], check.Abbreviations);
        Assert.Equal(["internet"], check.Illegal);
        Assert.Empty(check.Missing);
        Assert.Equal(4, check.Shared); // quýt, yểng, hoà (both placements are generated), người
        Assert.Contains("ba", check.GeneratedOnly); // generated, not in this small list
    }
}
