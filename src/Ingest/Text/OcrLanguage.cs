using System.Text.Json.Serialization;

namespace Ingest.Text;

/// <summary>
/// The Tesseract model a page was read with, which decides how its damage is repaired (the vie
/// and eng channel tables); stored and written as "vie", "eng".
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<OcrLanguage>))]
public enum OcrLanguage
{
    /// <summary>Tesseract's Vietnamese model: marks kept, a few misread.</summary>
    [JsonStringEnumMemberName("vie")]
    Vie,

    /// <summary>Tesseract's English model: marks dropped or turned into other letters ("Ké hoach s6").</summary>
    [JsonStringEnumMemberName("eng")]
    Eng,
}
