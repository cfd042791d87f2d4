namespace Ingest.Ocr;

/// <summary>One alternative the LSTM had for a symbol, with its confidence.</summary>
/// <param name="Text">The symbol it might be.</param>
/// <param name="Confidence">Tesseract's confidence for it.</param>
public sealed record SymbolChoice(string Text, float Confidence);

/// <summary>A recognised symbol and the LSTM's choices for it, best first.</summary>
/// <param name="Symbol">What was read.</param>
/// <param name="Choices">The choices (the first is usually <paramref name="Symbol"/> itself).</param>
public sealed record SymbolChoices(string Symbol, IReadOnlyList<SymbolChoice> Choices);

/// <summary>The symbols of one recognised word.</summary>
/// <param name="Symbols">In reading order.</param>
public sealed record WordSymbols(List<SymbolChoices> Symbols)
{
    public string Text => string.Concat(Symbols.Select(s => s.Symbol));
}
