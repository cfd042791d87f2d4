namespace Ingest.Ocr;

/// <summary>A page image that Leptonica could not decode or process.</summary>
public sealed class ImageDecodeException : Exception
{
    public ImageDecodeException() { }
    public ImageDecodeException(string message) : base(message) { }
    public ImageDecodeException(string message, Exception inner) : base(message, inner) { }
}
