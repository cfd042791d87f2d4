namespace Ingest.Corpus.Official;

/// <summary>Part of a printed line: printed text, or digits left blank in print and written in by hand.</summary>
internal readonly record struct LinePiece(string Text, bool Handwritten)
{
    public static LinePiece Printed(string text) => new(text, false);

    public static LinePiece Hand(string digits) => new(digits, true);
}
