using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Ingest.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Ingest.Corpus;

/// <summary>
/// Writes <c>corpus/bad</c>: hostile and broken input files, each made from the corpus plans so
/// its good twin is known, next to the hand-written <c>expected.tsv</c> saying what ingesting
/// each must give. Everything here is small enough to commit; the 300-page scan is made by
/// <c>scripts/bench-memory</c> when it runs.
/// </summary>
public static partial class BadCorpus
{
    /// <summary>The side of the decompression bomb's page image, in pixels.</summary>
    public const int BombSide = 30_000;

    /// <summary>Writes every file into <paramref name="folder"/> from the plans in <paramref name="corpus"/>; returns their names.</summary>
    public static IReadOnlyList<string> Write(string folder, string corpus)
    {
        Directory.CreateDirectory(folder);
        string Plan(string id) => File.ReadAllText(Path.Combine(corpus, "plans", id + ".txt"));
        // Rendered once: PdfPig's writer gives each build its own font subset tag, and the two
        // copies must be byte for byte the same file under two names.
        var twice = BornDigitalPdf.Render(Plan("a07"));
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["empty.pdf"] = [],
            ["truncated.pdf"] = Truncate(BornDigitalPdf.Render(Plan("a02"))),
            ["broken-xref.pdf"] = BreakXref(BornDigitalPdf.Render(Plan("a03"))),
            ["photo.pdf"] = Jpeg(FirstLines(Plan("a01"), 12)),
            ["letter.pdf"] = Docx(FirstLines(Plan("a01"), 12)),
            ["password.pdf"] = Qpdf.Encrypt(BornDigitalPdf.Render(Plan("a04")), "mat-khau", "chu-so-huu"),
            ["owner-password.pdf"] = Qpdf.Encrypt(BornDigitalPdf.Render(Plan("a05")), "", "chu-so-huu"),
            ["no-pages.pdf"] = NoPages(),
            ["bomb-30000px.pdf"] = Bomb(),
            ["jbig2.pdf"] = Jbig2(FirstLines(Plan("a08"), 14)),
            ["circular-pages.pdf"] = CircularPages(),
            ["circular-refs.pdf"] = CircularReferences(),
            ["Kế hoạch số 06 năm 2023.pdf"] = BornDigitalPdf.Render(Plan("a06")),
            ["copy-a.pdf"] = twice,
            ["copy-b.pdf"] = twice,
        };
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
        return [.. files.Keys];
    }

    private static string FirstLines(string text, int n) => string.Join('\n', text.Split('\n').Take(n));

    // Cut mid-body, as an interrupted download leaves a file: the page objects are there, the
    // cross-reference table, the trailer and %%EOF are not.
    private static byte[] Truncate(byte[] pdf) => pdf[..(pdf.Length * 6 / 10)];

    // Every offset of the cross-reference table moved 7 bytes, as a tool that rewrote line ends
    // leaves it: the objects are intact, only the table lies. PdfPig rebuilds the table by
    // scanning the body.
    private static byte[] BreakXref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xref = text.LastIndexOf("\nxref", StringComparison.Ordinal);
        var table = XrefEntry().Replace(text[xref..], m =>
            (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 7).ToString("D10", CultureInfo.InvariantCulture) + " 00000 n");
        return Encoding.Latin1.GetBytes(text[..xref] + table);
    }

    [GeneratedRegex(@"(\d{10}) 00000 n")]
    private static partial Regex XrefEntry();

    // A JPEG photo of a page saved with a .pdf name: the bytes a scanner app sends by mistake.
    private static byte[] Jpeg(string text)
    {
        using var doc = PdfDocument.Open(ScanRenderer.Render(text, 100, 2, ScanEncoding.Jpeg));
        return doc.GetPage(1).GetImages().Single().RawMemory.ToArray();
    }

    // A Word document renamed .pdf: a docx is a ZIP of XML parts.
    private static byte[] Docx(string text)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero);
                using var s = entry.Open();
                s.Write(Encoding.UTF8.GetBytes(xml));
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            var paragraphs = string.Concat(text.Split('\n').Select(l => $"<w:p><w:r><w:t>{System.Security.SecurityElement.Escape(l)}</w:t></w:r></w:p>"));
            Part("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{paragraphs}</w:body></w:document>""");
        }
        return output.ToArray();
    }

    // A well-formed PDF whose page tree is empty.
    private static byte[] NoPages()
    {
        var pdf = new RawPdf();
        var catalog = pdf.Reserve();
        var pages = pdf.Add("<< /Type /Pages /Kids [] /Count 0 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.ToBytes(catalog);
    }

    // One A4-ish page whose image is 30,000 × 30,000 one-bit pixels (112 MB decoded, 900 MB as
    // 8-bit gray for Tesseract) in 3.8 KB: a G4 row of white is one bit ("vertical 0" against
    // the white row above it).
    private static byte[] Bomb()
    {
        var g4 = new byte[BombSide / 8 + 3];
        Array.Fill(g4, (byte)0xFF, 0, BombSide / 8);
        // EOFB: two EOL codes (000000000001 000000000001), 24 bits.
        g4[^3] = 0x00;
        g4[^2] = 0x10;
        g4[^1] = 0x01;
        return ImagePage(BombSide, BombSide, 200,
            $"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {BombSide} /Rows {BombSide} /BlackIs1 false >>", g4);
    }

    // A page scanned with a JBIG2 encoder (as archival scanners write): the G4 code of a
    // rendered scan rewrapped as a JBIG2 MMR region.
    private static byte[] Jbig2(string text)
    {
        using var doc = PdfDocument.Open(ScanRenderer.Render(text, 200, 3, ScanEncoding.CcittG4));
        var image = doc.GetPage(1).GetImages().Single();
        if (!image.ImageDictionary.TryGet<DictionaryToken>(NameToken.DecodeParms, out var parms)
            || !parms.TryGet<NumericToken>(NameToken.K, out var k) || k.Int >= 0)
        {
            throw new InvalidOperationException("Leptonica did not write a G4 (K < 0) image");
        }
        var jbig2 = Jbig2Embedded.FromG4(image.RawMemory.ToArray(), image.WidthInSamples, image.HeightInSamples);
        return ImagePage(image.WidthInSamples, image.HeightInSamples, 200, "/Filter /JBIG2Decode", jbig2);
    }

    // One page showing one 1-bit gray image over the whole page at dpi.
    internal static byte[] ImagePage(int width, int height, int dpi, string filter, byte[] data)
    {
        var w = width * 72.0 / dpi;
        var h = height * 72.0 / dpi;
        var pdf = new RawPdf();
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        var image = pdf.AddStream($"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 1 {filter}", data);
        var content = pdf.AddStream("", Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"q {w:0.##} 0 0 {h:0.##} 0 0 cm /Im0 Do Q")));
        var page = pdf.Add(string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {w:0.##} {h:0.##}] /Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {content} 0 R >>"));
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.ToBytes(catalog);
    }

    // A page tree whose node lists itself among its kids: a reader that walks the tree without
    // remembering where it has been never returns.
    private static byte[] CircularPages()
    {
        var pdf = new RawPdf();
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        var inner = pdf.Reserve();
        pdf.Set(inner, $"<< /Type /Pages /Parent {pages} 0 R /Kids [{inner} 0 R {pages} 0 R] /Count 2 >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{inner} 0 R] /Count 2 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.ToBytes(catalog);
    }

    // A page whose content is a reference to a reference to the first (5 → 6 → 5) and whose
    // resources contain themselves.
    private static byte[] CircularReferences()
    {
        var pdf = new RawPdf();
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        var page = pdf.Reserve();
        var resources = pdf.Reserve();
        var a = pdf.Reserve();
        var b = pdf.Reserve();
        pdf.Set(a, $"{b} 0 R");
        pdf.Set(b, $"{a} 0 R");
        pdf.Set(resources, $"<< /XObject {resources} 0 R >>");
        pdf.Set(page, $"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Resources {resources} 0 R /Contents {a} 0 R >>");
        pdf.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf.ToBytes(catalog);
    }
}
