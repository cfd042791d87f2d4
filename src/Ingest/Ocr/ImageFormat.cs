namespace Ingest.Ocr;

/// <summary>The image files ingest reads as documents: what phones, copiers and archive scanners write.</summary>
public enum ImageFormat
{
    /// <summary>JPEG (JFIF/Exif): phones and most copiers. One page.</summary>
    Jpeg,

    /// <summary>PNG: screenshots and some scanner apps. One page.</summary>
    Png,

    /// <summary>TIFF, one page per image directory: what archive scanners write (often 1-bit G4).</summary>
    Tiff,
}
