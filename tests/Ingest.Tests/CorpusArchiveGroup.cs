namespace Ingest.Tests;

/// <summary>Tests that share one <see cref="CorpusArchive"/> (ingesting the corpus once, not once per class).</summary>
[CollectionDefinition(Name)]
public sealed class CorpusArchiveGroup : ICollectionFixture<CorpusArchive>
{
    public const string Name = "corpus archive";
}
