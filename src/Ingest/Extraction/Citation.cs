namespace Ingest.Extraction;

/// <summary>A document cited in running text: "Kế hoạch số 11325/KH-UBND ngày 02/11/2017 của UBND tỉnh".</summary>
/// <param name="Kind">"Kế hoạch".</param>
/// <param name="Number">Canonical number, "11325/KH-UBND".</param>
/// <param name="Date">The date written after it, if any.</param>
/// <param name="Line">The line the citation starts on.</param>
/// <param name="Offset">Offset of the kind word in that line.</param>
public sealed record Citation(string Kind, string Number, PartialDate? Date, SourceLine Line, int Offset);
