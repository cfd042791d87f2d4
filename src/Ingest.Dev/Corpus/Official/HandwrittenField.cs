namespace Ingest.Corpus.Official;

/// <summary>
/// A blank in the printed line ("Số: ____/KH-UBND", "ngày __ tháng __") and the digits written
/// into it by hand: <paramref name="Text"/> starts at (<paramref name="X"/>, <paramref name="Baseline"/>)
/// and has <paramref name="Width"/> points of room; <paramref name="Size"/> is the printed line's size.
/// </summary>
public sealed record HandwrittenField(string Text, double X, double Baseline, double Width, double Size);
