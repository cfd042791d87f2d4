using Ingest.Restoration;

namespace Ingest.Tests.Restoration;

/// <summary>Two-letter edits: one true letter read as two ("ư" → "ir"), two read as one ("ườ" → "w").</summary>
public class ChannelModelTests
{
    // A channel that has seen "ư" read as "ir" in a tenth of the cases and "ươ" as "w" in another tenth (the letters of "mười" are m, ư, ờ, i).
    private static ChannelModel Trained()
    {
        var pairs = new List<(string, string)>();
        for (var i = 0; i < 200; i++)
        {
            pairs.Add(("thư", "thư"));
            pairs.Add(("mười", "mười"));
            pairs.Add(("tu", "tu"));
            pairs.Add(("tri", "tri"));
        }
        for (var i = 0; i < 20; i++)
        {
            pairs.Add(("thư", "thir"));
            pairs.Add(("mười", "mwi"));
        }
        return ChannelTrainer.Train("test", pairs);
    }

    [Fact]
    public void A_letter_read_as_two_and_two_read_as_one_cost_what_was_learned()
    {
        var channel = Trained();
        // Learned: about −log(20/200) for the split, far below an unrelated substitution plus an insertion.
        Assert.InRange(channel.Cost("thư", "thir"), 1.5f, 3.5f);
        Assert.InRange(channel.Cost("mười", "mwi"), 1.5f, 3.5f);
        Assert.True(channel.Cost("thư", "thor") > channel.Cost("thư", "thir") + 3, "an unseen two-letter reading stays dear");
        Assert.True(channel.Cost("thư", "thư") < 0.5f);
    }

    [Fact]
    public void The_table_round_trips_with_its_two_letter_edits()
    {
        var channel = Trained();
        using var w = new StringWriter();
        channel.Save(w);
        Assert.Contains("split\tư\tir", w.ToString(), StringComparison.Ordinal);
        Assert.Contains("merge\tườ\tw", w.ToString(), StringComparison.Ordinal);
        var loaded = ChannelModel.Load(new StringReader(w.ToString()));
        Assert.Equal(channel.Cost("thư", "thir"), loaded.Cost("thư", "thir"), 2);
        Assert.Equal(channel.Cost("mười", "mwi"), loaded.Cost("mười", "mwi"), 2);
    }

    [Fact]
    public void Undoing_a_two_letter_edit_gives_the_lookup_keys_of_the_true_syllable()
    {
        var channel = Trained();
        Assert.Contains("thu", channel.UndoTwoLetterEdits("thir"));
        Assert.Contains("muoi", channel.UndoTwoLetterEdits("mwi"));
    }

    [Theory]
    [InlineData("khen thu'cmg", "khen thưởng")]
    [InlineData("trwée ngày", "trước ngày")]
    public void The_shipped_english_channel_restores_words_damaged_two_letters_at_a_time(string raw, string expected) =>
        Assert.Equal(expected, TestModels.Shared.For(TestModels.Shared.EnglishOcr).Restore(raw));
}
