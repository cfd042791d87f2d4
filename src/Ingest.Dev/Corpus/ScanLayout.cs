namespace Ingest.Corpus;

/// <summary>How a corpus scan's text is laid out before it is scanned.</summary>
public enum ScanLayout
{
    /// <summary>One column of Liberation Serif, every line a paragraph (<see cref="ScanRenderer"/>).</summary>
    Plain,
    /// <summary>The official layout of administrative documents with seal, signature, stamps and handwriting (<see cref="Official.OfficialScanRenderer"/>).</summary>
    Official,
}
