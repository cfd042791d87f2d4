using Ingest.Pdf;
using Ingest.Text;

namespace Ingest.Jobs;

/// <summary>Reads the pages of an input file: a PDF's text layer, or a text file (pages split by form feeds).</summary>
public static class PageSource
{
    /// <summary>The pages of <paramref name="bytes"/>, named <paramref name="fileName"/> in errors.</summary>
    public static IReadOnlyList<PageText> Read(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new BadInputException(fileName, null, "empty file (0 bytes)");
        }
        if (IsPdf(bytes))
        {
            return ReadPdf(fileName, bytes);
        }
        if (Path.GetExtension(fileName).Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            var text = VietnameseText.Nfc(new System.Text.UTF8Encoding(false, true).GetString(StripBom(bytes)));
            return text.Split('\f').Select((t, i) => new PageText(i + 1, t, TextSource.PlainText, null, TimeSpan.Zero)).ToList();
        }
        throw new BadInputException(fileName, null, "not a PDF or a .txt file");
    }

    private static IReadOnlyList<PageText> ReadPdf(string fileName, byte[] bytes)
    {
        IReadOnlyList<PageText> pages;
        try
        {
            pages = TextLayerReader.ReadAll(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new BadInputException(fileName, null, $"cannot open the PDF: {e.Message}");
        }
        if (pages.Count == 0)
        {
            throw new BadInputException(fileName, null, "the PDF has no pages");
        }
        var empty = pages.FirstOrDefault(p => p.Text.Trim().Length == 0);
        if (empty is not null)
        {
            throw new BadInputException(fileName, empty.Number, "no text layer (a scanned page needs OCR)");
        }
        return pages;
    }

    private static bool IsPdf(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;
}
