using System.Text.RegularExpressions;
using Ingest.Corpus.Official;
using Ingest.Evaluation;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Pdf;

namespace Ingest.Tests.Corpus;

/// <summary>
/// Official-layout scans of a corpus plan: what real Tesseract reads from them, where the seal
/// lands, and that the true text is what was printed.
/// </summary>
public partial class OfficialScanTests
{
    private static string PlanText(string name) => File.ReadAllText(CorpusFiles.Path_("plans", name + ".txt"));

    // A mild 1-bit profile with the seal, signature and handwritten digits, no received stamp
    // (it may cover the header, which the OCR test reads).
    private static ScanProfile Mild(InkMarks marks) =>
        ScanProfile.FromSeed(7, 200, ScanSeverity.Mild) with { Marks = marks, BandMm = 0 };

    [Fact]
    public async Task Tesseract_reads_the_title_and_the_number_line_of_an_official_scan()
    {
        using var dir = new TempDir();
        var scan = OfficialScanRenderer.Render(PlanText("a05"), 200, 7, ScanEncoding.CcittG4, Mild(InkMarks.Seal | InkMarks.Signature | InkMarks.HandDigits));
        var path = Path.Combine(dir.Path, "a05-official.pdf");
        await File.WriteAllBytesAsync(path, scan.Pdf);

        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(path, "a05-official.pdf");
        var first = pages[0].Text;
        // The kind, then the title's two lines centred under it: nearly every syllable read.
        var lines = first.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kind = Array.FindIndex(lines, l => l.Contains("KẾ HOẠCH", StringComparison.Ordinal));
        Assert.True(kind >= 0, first);
        var title = TextAccuracy.Measure("Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2015 trên địa bàn huyện Hoàng Su Phì", string.Join('\n', lines.Skip(kind + 1).Take(2)));
        Assert.True(title.SyllableAccuracy >= 0.9, $"title syllables read: {title.SyllableAccuracy:P0}\n{first}");
        // "Số: 58/KH-UBND" with 58 by hand: the printed "Số:" and code on a line of the header, above the kind.
        var header = first[..first.IndexOf("KẾ HOẠCH", StringComparison.Ordinal)];
        Assert.Matches(NumberLine(), header);
    }

    [GeneratedRegex(@"(?m)^.{0,40}[Ss]ố\s*:?\s*\S{0,6}\s*/\s*KH-UBND")]
    private static partial Regex NumberLine();

    [Fact]
    public void The_seal_lies_inside_the_signer_block()
    {
        const int dpi = 100;
        var rendering = OfficialPdf.Render(OfficialDocumentParser.Parse(PlanText("a01")), OfficialStyle.FromSeed(11));
        var signed = Assert.Single(rendering.Pages, p => p.SignatureArea is not null);
        var block = signed.SignerBlock!.Value;
        using var dir = new TempDir();
        var ink = Path.Combine(dir.Path, "seal.pdf");
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            File.WriteAllBytes(ink, InkLayer.Render(rendering, Mild(InkMarks.Seal), seed));
            var (width, height, pixels) = Pgm(PdfRasterizer.RenderGray(ink, signed.Page + 1, dpi));
            int inked = 0, outside = 0;
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    if (pixels[y * width + x] > 200)
                    {
                        continue;
                    }
                    inked++;
                    // Pixel centre back to PDF points (origin bottom left).
                    double px = (x + 0.5) * 72 / dpi, py = signed.Height - (y + 0.5) * 72 / dpi;
                    if (px < block.Left || px > block.Right || py < block.Bottom || py > block.Top)
                    {
                        outside++;
                    }
                }
            }
            // A 36 mm seal at 100 dpi inks thousands of pixels; none may leave the block.
            Assert.True(inked > 2000, $"seed {seed}: only {inked} seal pixels");
            Assert.True(outside == 0, $"seed {seed}: {outside} of {inked} seal pixels outside the signer block {block}");
        }
    }

    [Fact]
    public void The_true_text_is_every_printed_line_in_reading_order_with_the_page_numbers()
    {
        var documents = OfficialDocumentParser.Parse(PlanText("a07"));
        var rendering = OfficialPdf.Render(documents, OfficialStyle.FromSeed(3));
        var truth = rendering.TrueText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var numbers = truth.Where(l => l.All(char.IsAsciiDigit)).ToList();
        // Each document's pages after its first carry a number.
        Assert.NotEmpty(numbers);
        var withoutNumbers = string.Join('\n', truth.Where(l => !l.All(char.IsAsciiDigit)));
        Assert.Equal(TextAccuracy.Tokens(string.Join('\n', documents.SelectMany(d => d.ReadingOrder()))), TextAccuracy.Tokens(withoutNumbers));
        Assert.StartsWith("UBND HUYỆN TUY PHƯỚC\nSố: 312/UBND-VP\nV/v triển khai", rendering.TrueText, StringComparison.Ordinal);
    }

    // pdftoppm's binary PGM: "P5 width height 255" then one byte per pixel.
    private static (int Width, int Height, byte[] Pixels) Pgm(byte[] bytes)
    {
        var fields = new List<int>();
        var i = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }
            var start = i;
            while (!char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }
            fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(bytes, start, i - start), System.Globalization.CultureInfo.InvariantCulture));
        }
        i++;
        return (fields[0], fields[1], bytes[i..(i + fields[0] * fields[1])]);
    }
}
