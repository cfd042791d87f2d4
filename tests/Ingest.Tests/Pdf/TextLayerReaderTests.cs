using Ingest.Corpus;
using Ingest.Pdf;
using Ingest.Text;

namespace Ingest.Tests.Pdf;

/// <summary>The text layer of real PDFs comes back word for word, in reading order.</summary>
public class TextLayerReaderTests
{
    private static string[] Words(string text) =>
        VietnameseText.Nfc(text).Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("003_1c0ca89fe484ea2b")]
    [InlineData("004_feedb6838d389360")]
    public void Corpus_pdf_reads_back_its_true_text(string name)
    {
        var pdf = File.ReadAllBytes(CorpusFiles.Path_("pdf", name + ".pdf"));
        var truth = File.ReadAllText(CorpusFiles.Path_("pdf", name + ".true.txt"));
        var pages = TextLayerReader.ReadAll(pdf);
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.Equal(TextSource.TextLayer, p.Source));
        Assert.Equal(Words(truth), Words(string.Join('\n', pages.Select(p => p.Text))));
    }

    [Fact]
    public void Rendered_vietnamese_keeps_every_mark()
    {
        const string text = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐỒNG NAI ỗ ữ ẵ ậ ỷ Ỹ ợ ự đ Đ\n\fTrang hai: khen thưởng";
        var pages = TextLayerReader.ReadAll(BornDigitalPdf.Render(text));
        Assert.Equal(2, pages.Count);
        Assert.Equal(Words(text.Split('\f')[0]), Words(pages[0].Text));
        Assert.Equal(Words(text.Split('\f')[1]), Words(pages[1].Text));
    }
}
