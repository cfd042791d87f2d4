using Ingest.Jobs;
using Ingest.Ocr;

namespace Ingest.Tests.Ocr;

/// <summary>A digital-signature stamp scanned with a decree is dropped, the header below it kept (issue 15).</summary>
public class SignatureStampTests
{
    // vbpl-tesseract-vie cut_imgs: the top of a scanned decree, the portal's "Ký bởi: Cổng Thông tin
    // điện tử Chính phủ / Email: … / Cơ quan: Văn phòng Chính phủ / Thời gian ký: …" beside its logo,
    // then "CHÍNH PHỦ  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    [Theory]
    [InlineData("00f1b86b2da6f5200a5df0e705811630.jpg")]
    [InlineData("066e3f0438934e0e92abff07c59eff68.jpg")]
    public async Task The_stamps_lines_and_its_logos_caption_are_dropped_and_the_header_stays(string name)
    {
        var path = RealFiles.Path_("vbpl-tesseract-vie", "images", "cut_imgs", name);
        using var plain = new EnginePool(new OcrOptions { DropNoise = false, Engines = 1 });
        var asRead = (await new DocumentReader(plain).ReadAsync(path, name))[0];
        var read = (await new DocumentReader(TestPool.Shared).ReadAsync(path, name))[0];
        Assert.Contains("Cơ quan: Văn phòng Chính phủ", asRead.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch("Ký bởi|Email|Cơ quan|gian ký|THÔNG TIN ĐIỆN TỬ", read.Text);
        Assert.Matches("CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM", read.Text);
        Assert.Contains("\"dropped\"", read.RegionsJson, StringComparison.Ordinal);
    }

    private static OcrLine Line(int top, params (int Left, string Text)[] words) =>
        new([.. words.Select(w => new OcrWord(1, 1, top, w.Left, top, 20 * w.Text.Length, 27, 90, w.Text))]);

    // cut_imgs 01516d85… read at its own 206 dpi: the logo ate "Email:", "Cơ quan:" and "Thời gian
    // ký:"; the address and the signing time with its zone still say what the lines are.
    [Fact]
    public void A_stamp_whose_labels_the_logo_ate_is_found_by_its_address_and_signing_time()
    {
        OcrLine[] page =
        [
            Line(40, (380, "Ký"), (420, "bởi:"), (480, "Cổng"), (560, "Thông"), (650, "tin")),
            Line(75, (390, "inchinhphu@chinhphu.vn")),
            Line(110, (390, "lòng"), (460, "Chính"), (540, "phủ")),
            Line(145, (300, "nợ"), (390, "06.04.2020"), (600, "15:44:59"), (760, "+07:00")),
            Line(320, (300, "CHÍNH"), (420, "PHỦ"), (700, "CỘNG"), (800, "HÒA")),
        ];
        Assert.Equal(["CHÍNH PHỦ CỘNG HÒA"], SignatureStamp.Drop(page, 1700, 2300).Select(l => l.Text));
    }

    [Fact]
    public void A_contact_or_labels_far_apart_are_no_stamp()
    {
        // A contact under a heading: "Email:" and "Cơ quan:" but nothing signed.
        OcrLine[] contact = [Line(60, (200, "Cơ"), (260, "quan:"), (380, "Sở"), (430, "Nội"), (500, "vụ")), Line(100, (200, "Email:"), (340, "snv@gov.vn"))];
        Assert.Same(contact, SignatureStamp.Drop(contact, 1700, 2300));
        // A signing's label and an "Email:" half a page apart.
        OcrLine[] apart = [Line(60, (200, "Người"), (300, "ký:"), (380, "A")), Line(600, (200, "Email:"), (340, "a@b.vn"))];
        Assert.Same(apart, SignatureStamp.Drop(apart, 1700, 2300));
    }
}
