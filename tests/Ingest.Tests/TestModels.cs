using Ingest.Restoration;

namespace Ingest.Tests;

/// <summary>
/// The shipped restoration models, loaded once for the whole test run (as a program loads them
/// once where it starts): the language model takes a noticeable time to load, and the shared
/// restorers' candidate caches then serve every test.
/// </summary>
internal static class TestModels
{
    public static RestorationModels Shared { get; } = RestorationModels.LoadEmbedded();

    /// <summary>The pipeline's restoration stage over <see cref="Shared"/>.</summary>
    public static PageRestorer Pages { get; } = new(Shared);

    /// <summary>The shipped extraction rules and vocabularies, loaded once.</summary>
    public static Ingest.Extraction.Rules.RuleBook Rules { get; } = Ingest.Extraction.Rules.RuleBook.LoadEmbedded();

    /// <summary>The parser over <see cref="Rules"/>.</summary>
    public static Ingest.Extraction.PlanExtractor Extractor { get; } = new(Rules);

    /// <summary>The document at <paramref name="index"/> of a blind file (corpus/blind/<paramref name="name"/>.txt) read as it stands.</summary>
    public static Ingest.Extraction.PlanDocument Blind(string name, int index = 0) =>
        Extractor.Extract(name + ".txt", File.ReadAllText(CorpusFiles.Path_("blind", name + ".txt"))).Documents[index];
}
