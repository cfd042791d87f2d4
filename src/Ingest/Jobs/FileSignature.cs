namespace Ingest.Jobs;

/// <summary>
/// What a file that is not a PDF is, from its first bytes, so the error says "a JPEG image" or
/// "a ZIP archive (.docx?)" rather than only "not a PDF": staff who sent the wrong file need
/// to know which file they sent.
/// </summary>
public static class FileSignature
{
    /// <summary>True when a PDF header is in the first kilobyte (readers allow leading junk there).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>
    /// Why a file is refused from its first bytes (up to a kilobyte) and its name, before it is
    /// kept: empty, or neither a PDF nor a .txt file (what it is instead, when we can tell);
    /// null when it may be ingested. The same judgement <see cref="DocumentReader"/> makes.
    /// </summary>
    public static string? Refusal(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.IsEmpty)
        {
            return "empty file (0 bytes)";
        }
        if (IsPdf(head))
        {
            return null;
        }
        if (Describe(head) is { } kind)
        {
            return $"not a PDF: it is {kind}";
        }
        return Path.GetExtension(fileName).Equals(".txt", StringComparison.OrdinalIgnoreCase) ? null : "not a PDF (no %PDF- header) nor a .txt file";
    }

    /// <summary>What the bytes look like, in words ("a JPEG image"), or null when we cannot tell.</summary>
    public static string? Describe(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => "a TIFF image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'P', (byte)'K', 3, 4, ..] => "a ZIP archive (a .docx, .xlsx or .odt saved as .pdf?)",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office file (.doc or .xls)",
        [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => "an RTF document",
        [0x1F, 0x8B, ..] => "a gzip archive",
        [(byte)'R', (byte)'a', (byte)'r', (byte)'!', ..] => "a RAR archive",
        _ when head.IndexOf("<html"u8) >= 0 || head.IndexOf("<HTML"u8) >= 0 || head.IndexOf("<!DOCTYPE"u8) >= 0 => "an HTML page (a download error page?)",
        _ => null,
    };
}
