namespace Ingest.Corpus.Official;

/// <summary>
/// Documents typeset in the official layout: the PDF (printed text only, no marks), where each
/// page's marks go, and the true text — every printed line in reading order (left header column,
/// right header column, kind, title, body, recipients, signer), with the page numbers where a
/// reader meets them and the handwritten digits in their blanks.
/// </summary>
public sealed record OfficialRendering(byte[] Pdf, IReadOnlyList<OfficialPageLayout> Pages, string TrueText);
