namespace Ingest.Ocr;

/// <summary>
/// An encoded page image ready for Leptonica: JPEG bytes as they were in the PDF, PNG made from
/// Flate samples, PNM from decoded CCITT, or pdftoppm's output.
/// </summary>
/// <param name="Bytes">The encoded image.</param>
/// <param name="Dpi">Its resolution in pixels per inch (from the page geometry), 0 when unknown.</param>
/// <param name="Origin">How it was obtained, for the page record: "DCTDecode", "FlateDecode", "CCITTFaxDecode", "pdftoppm", or the image file's format ("JPEG", "PNG", "TIFF").</param>
public sealed record PageImage(byte[] Bytes, int Dpi, string Origin)
{
    /// <summary>
    /// Which page of <see cref="Bytes"/> this is, 0-based: a later page of a multi-page TIFF
    /// shares the file's bytes rather than being re-encoded on its own.
    /// </summary>
    public int Frame { get; init; }
}
