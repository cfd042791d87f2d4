using Ingest.Ocr;

namespace Ingest.Jobs;

/// <summary>
/// What a file is from its first bytes: a PDF or an image ingest reads (JPEG, PNG, TIFF), or
/// something else, named so the error says "a ZIP archive (.docx?)" rather than only "not
/// accepted": staff who sent the wrong file need to know which file they sent, and what they
/// may send instead.
/// </summary>
public static class FileSignature
{
    /// <summary>What ingest reads, for every refusal to list.</summary>
    public const string Accepted = "accepted: PDF, JPEG, PNG, TIFF, .txt";

    /// <summary>The file extensions a folder is walked for; other files are listed as skipped.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".pdf", ".txt", ".jpg", ".jpeg", ".png", ".tif", ".tiff" };

    /// <summary>True when a PDF header is in the first kilobyte (readers allow leading junk there).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>True when the first bytes are a JPEG, PNG or TIFF: read as the pages of one document.</summary>
    public static bool IsImage(ReadOnlySpan<byte> head) => ImageFile.FormatOf(head) is not null;

    /// <summary>
    /// Why a file is refused from its first bytes (up to a kilobyte) and its name, before it is
    /// kept: empty, or neither a PDF, a JPEG, PNG or TIFF image nor a .txt file (what it is
    /// instead, when we can tell, and what is accepted); null when it may be ingested. The bytes
    /// decide, not the name: a JPEG named .pdf is read as the JPEG it is. The same judgement
    /// <see cref="DocumentReader"/> makes.
    /// </summary>
    public static string? Refusal(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.IsEmpty)
        {
            return "empty file (0 bytes)";
        }
        if (IsPdf(head) || IsImage(head))
        {
            return null;
        }
        if (Describe(head) is { } kind)
        {
            return $"not accepted: it is {kind}; {Accepted}";
        }
        return Path.GetExtension(fileName).Equals(".txt", StringComparison.OrdinalIgnoreCase) ? null : $"not a PDF, JPEG, PNG or TIFF by its first bytes, nor a .txt file; {Accepted}";
    }

    /// <summary>What the bytes look like, in words ("a JPEG image"), or null when we cannot tell.</summary>
    public static string? Describe(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => "a TIFF image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'P', (byte)'K', 3, 4, ..] => "a ZIP archive (a .docx, .xlsx or .odt is one)",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office file (.doc or .xls)",
        [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => "an RTF document",
        [0x1F, 0x8B, ..] => "a gzip archive",
        [(byte)'R', (byte)'a', (byte)'r', (byte)'!', ..] => "a RAR archive",
        _ when head.IndexOf("<html"u8) >= 0 || head.IndexOf("<HTML"u8) >= 0 || head.IndexOf("<!DOCTYPE"u8) >= 0 => "an HTML page (a download error page?)",
        _ => null,
    };
}
