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
}
