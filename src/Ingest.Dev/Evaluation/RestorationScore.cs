using System.Diagnostics;
using Ingest.Restoration;

namespace Ingest.Evaluation;

/// <summary>Syllable accuracy and CER of one text before and after restoration, and the restorer's speed.</summary>
public sealed record RestorationScore(TextAccuracy Before, TextAccuracy After, double SyllablesPerSecond, string Channel)
{
    /// <summary>
    /// Restores <paramref name="raw"/> with the restorer the pipeline would pick (for the channel
    /// given, else by what <paramref name="fullRaw"/> reads like) and scores both against the truth.
    /// </summary>
    public static RestorationScore Measure(RestorationModels models, string truth, string raw, string? fullRaw = null, ChannelModel? channel = null)
    {
        var restorer = channel is null ? models.For(fullRaw ?? raw) : models.For(channel);
        var sw = Stopwatch.StartNew();
        var restored = restorer.Restore(raw);
        sw.Stop();
        var before = TextAccuracy.Measure(truth, raw);
        return new(before, TextAccuracy.Measure(truth, restored), before.Syllables / sw.Elapsed.TotalSeconds, restorer.Channel.Name);
    }

    /// <summary>Syllables of clean texts left exactly as they were by restoration, and the speed.</summary>
    public static (int Total, int Unchanged, double SyllablesPerSecond) Unchanged(RestorationModels models, IEnumerable<string> cleanTexts)
    {
        int total = 0, unchanged = 0;
        var sw = Stopwatch.StartNew();
        foreach (var text in cleanTexts)
        {
            var restored = models.For(text).Restore(text);
            var a = TextAccuracy.Tokens(text);
            var b = TextAccuracy.Tokens(restored);
            total += a.Length;
            unchanged += a.Zip(b).Count(p => p.First == p.Second);
        }
        return (total, unchanged, total / sw.Elapsed.TotalSeconds);
    }
}
