using UglyToad.PdfPig.Core;

namespace Ingest.Corpus.Official;

/// <summary>
/// Where things are on one rendered page (PDF points, origin bottom left), for the marks a real
/// office adds after printing: the seal and signature go into the signer's block, the received
/// stamp near the header, handwritten digits into the blanks left for them.
/// </summary>
/// <param name="Page">0-based page of the file.</param>
/// <param name="Width">Page width, points.</param>
/// <param name="Height">Page height, points.</param>
/// <param name="Header">The header table, on a document's first page.</param>
/// <param name="SignerBlock">The signer's column from the top of the title to the foot of the name.</param>
/// <param name="SignatureArea">The gap between the signer's title and name, when the document is signed.</param>
/// <param name="Issuer">The issuing body's name, for the seal's lettering ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN").</param>
/// <param name="Handwriting">Blanks left in the print for a clerk to fill in by hand.</param>
public sealed record OfficialPageLayout(
    int Page,
    double Width,
    double Height,
    PdfRectangle? Header,
    PdfRectangle? SignerBlock,
    PdfRectangle? SignatureArea,
    string? Issuer,
    IReadOnlyList<HandwrittenField> Handwriting);
