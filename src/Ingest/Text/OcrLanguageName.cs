namespace Ingest.Text;

/// <summary>Tesseract's names of <see cref="OcrLanguage"/> ("vie", "eng"), and back.</summary>
public static class OcrLanguageName
{
    /// <summary>"vie" or "eng".</summary>
    public static string Of(OcrLanguage language) => language == OcrLanguage.Eng ? "eng" : "vie";

    /// <summary>
    /// The model a Tesseract language setting reads with: its first language ("eng+vie" reads
    /// as eng first); null for one this product has no channel table of its own for (the vie one repairs it).
    /// </summary>
    public static OcrLanguage? Parse(string? tesseract) => tesseract?.Split('+')[0] switch
    {
        "vie" => OcrLanguage.Vie,
        "eng" => OcrLanguage.Eng,
        _ => null,
    };
}
