namespace Ingest.Evaluation;

/// <summary>The figures of one real page: our raw OCR, our restored text (what the archive stores), and OCRmyPDF's.</summary>
/// <param name="Page">The page.</param>
/// <param name="Raw">Our OCR before restoration.</param>
/// <param name="Restored">Our text after restoration: what the archive stores and searches.</param>
/// <param name="Peer">OCRmyPDF's text, when it ran.</param>
/// <param name="Seconds">Our wall time for the page's file (the same for every page of a file).</param>
/// <param name="PeerSeconds">OCRmyPDF's wall time for the page's file.</param>
public sealed record RealPageResult(RealPage Page, TextAccuracy Raw, TextAccuracy Restored, TextAccuracy? Peer, double Seconds, double? PeerSeconds);
