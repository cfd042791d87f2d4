namespace Ingest.Corpus.Official;

/// <summary>A scan made by <see cref="OfficialScanRenderer"/>: the PDF, its true text, and the profile it was degraded with.</summary>
public sealed record OfficialScan(byte[] Pdf, string TrueText, ScanProfile Profile);
