using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ingest.Evaluation;
using Ingest.Restoration;

namespace Ingest.Tests.Restoration;

/// <summary>The shipped models on real text: seed 001's gold, the corpus' clean texts, the decoder's contract.</summary>
public class DiacriticRestorerTests
{
    private static readonly DiacriticRestorer English = TestModels.Shared.For(TestModels.Shared.EnglishOcr);
    private static readonly DiacriticRestorer Vietnamese = TestModels.Shared.For(TestModels.Shared.VietnameseOcr);

    [Fact]
    public void Seed_001_english_model_ocr_is_restored_against_its_hand_written_gold()
    {
        var raw = File.ReadAllText(CorpusFiles.Path_("seeds", "001_b8dc3a9494ef592a.txt")).Split('\n');
        var gold = File.ReadAllText(CorpusFiles.Path_("seeds", "001_b8dc3a9494ef592a.true.txt")).Split('\n');
        Assert.Equal(raw.Length, gold.Length);
        var keep = Enumerable.Range(0, gold.Length).Where(i => !gold[i].StartsWith("#SKIP", StringComparison.Ordinal)).ToList();
        var restorer = TestModels.Shared.For(string.Join('\n', raw));
        Assert.Equal("eng", restorer.Channel.Name);
        var restored = restorer.Restore(string.Join('\n', keep.Select(i => raw[i])));
        var before = TextAccuracy.Measure(string.Join('\n', keep.Select(i => gold[i])), string.Join('\n', keep.Select(i => raw[i])));
        var after = TextAccuracy.Measure(string.Join('\n', keep.Select(i => gold[i])), restored);
        Assert.True(before.SyllableAccuracy < 0.5, $"raw {before.SyllableAccuracy:P1}");
        // Regression floor below the measured figure (see `ingest eval restore`).
        Assert.True(after.SyllableAccuracy > 0.90, $"restored {after.SyllableAccuracy:P2}");
    }

    [Fact]
    public void Clean_corpus_text_is_left_unchanged()
    {
        int total = 0, same = 0;
        foreach (var file in Directory.EnumerateFiles(CorpusFiles.Path_("plans"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            var restored = TestModels.Shared.For(text).Restore(text);
            var a = TextAccuracy.Tokens(text);
            var b = TextAccuracy.Tokens(restored);
            Assert.Equal(a.Length, b.Length);
            total += a.Length;
            same += a.Zip(b).Count(p => p.First == p.Second);
        }
        Assert.True((double)same / total >= 0.998, $"{(double)same / total:P3} unchanged");
    }

    [Theory]
    [InlineData("TINH PONG NAI", "TỈNH ĐỒNG NAI")]
    [InlineData("Quyết định số 1258/QD-TTg ngày 21/8/2017 của Thủ tướng", "Quyết định số 1258/QĐ-TTg ngày 21/8/2017 của Thủ tướng")]
    [InlineData("địa chỉ: http://www.stp.dongnai.gov.vn, email bantdktdn@gmail.com", "địa chỉ: http://www.stp.dongnai.gov.vn, email bantdktdn@gmail.com")]
    public void Numbers_codes_links_and_case_are_kept(string input, string expected) =>
        Assert.Equal(expected, English.RestoreLine(input));

    // Page 3 of QĐ 3467/QĐ-BYT (byt-decision-scans page_0003.png) begins "BỘ Y TẾ Phụ lục I":
    // the one-letter "Y" must not break the run of capitals, while a lone "SỞ" among lower-case
    // words is still OCR's slip for "Sở" (Công an Đà Nẵng's letter, 2.pdf page 1).
    [Theory]
    [InlineData("BỘ Y TẾ Phụ lục I", "BỘ Y TẾ Phụ lục I")]
    [InlineData("yêu cầu thủ trưởng các SỞ, ban, ngành", "yêu cầu thủ trưởng các Sở, ban, ngành")]
    // danang-scans 3.pdf page 1: the subject's "V/v" lost its small v.
    [InlineData("V/ thực hiện Thông báo số 496-TB/TU", "V/v thực hiện Thông báo số 496-TB/TU")]
    // danang-scans 1.pdf page 2: "GD" (giáo dục) is a code of its own, not "GĐ" without its bar.
    [InlineData("- Lãnh đạo Sở; Công đoàn GD thành phố;", "- Lãnh đạo Sở; Công đoàn GD thành phố;")]
    [InlineData("- Báo Nghệ An, Đài PT-TH tỉnh;", "- Báo Nghệ An, Đài PT-TH tỉnh;")]
    // Official renders a09, b01, b03: a recipient's "(b/c)" with its slash read as a mark or lost.
    [InlineData("- UBND tính (bíc);", "- UBND tỉnh (b/c);")]
    [InlineData("- TT HĐND tỉnh (bịc);", "- TT HĐND tỉnh (b/c);")]
    [InlineData("- Tỉnh ủy, TT HĐND tỉnh (bí);", "- Tỉnh ủy, TT HĐND tỉnh (b/c);")]
    [InlineData("- UBND tỉnh (b/C);", "- UBND tỉnh (b/c);")]
    [InlineData("giữ (bí mật) và (bí)", "giữ (bí mật) và (b/c)")]
    public void Capitals_and_the_subjects_abbreviation_are_mended_as_a_heading_writes_them(string input, string expected) =>
        Assert.Equal(expected, Vietnamese.RestoreLine(input));

    // Official harsh render a09: "lần thứ VI trong quý III" read "lần thứ VỊ trong quý HÍ"
    // (restored to "Vị", "Hí" before). Numerals read right are left.
    [Theory]
    [InlineData("Sóc Trăng lần thứ VỊ trong quý HÍ năm", "Sóc Trăng lần thứ VI trong quý III năm")]
    [InlineData("hoàn thành trong quý IỊ năm 2025", "hoàn thành trong quý II năm 2025")]
    [InlineData("Đại hội lần thứ XIV của Đảng", "Đại hội lần thứ XIV của Đảng")]
    [InlineData("hoàn thành trong quý I năm 2025", "hoàn thành trong quý I năm 2025")]
    // vbpl pline_2: a printed 11 read "l1" in a date; a figure that makes no month is left.
    [InlineData("Nghị định số 151/2013/NĐ-CP ngày 01 tháng l1 năm 2013", "Nghị định số 151/2013/NĐ-CP ngày 01 tháng 11 năm 2013")]
    [InlineData("ngày I5 tháng 4 năm 2020", "ngày 15 tháng 4 năm 2020")]
    [InlineData("ngày 02 tháng l9 năm 2020", "ngày 02 tháng l9 năm 2020")]
    // byt-decision-scans page 1: "tháng 11" read "tháng lÌ", no digit left; "Phụ lục III" read "Phụ
    // lục HI". Without the date's frame, or in a hand's capitals, a look-alike is no figure.
    [InlineData("Nghị định số 95/2022/NĐ-CP ngày 15 tháng lÌ năm 2022 của Chính", "Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính")]
    [InlineData("xét nghiệm quy định tại Phụ lục HI.", "xét nghiệm quy định tại Phụ lục III.")]
    [InlineData("Hà Nội, ngày 15 tháng ÍÍ năm 2024", "Hà Nội, ngày 15 tháng ÍÍ năm 2024")]
    [InlineData("cả tháng lì của", "cả tháng lì của")]
    // Official harsh a09, b01: a printed 1 read as L beside its digit in a date; not outside one.
    [InlineData("Luật số 06/2022/QH15 ngày L5 tháng 6 năm 2022", "Luật số 06/2022/QH15 ngày 15 tháng 6 năm 2022")]
    [InlineData("Quyết định ngày 16 tháng L1 năm 2013;", "Quyết định ngày 16 tháng 11 năm 2013;")]
    [InlineData("ngày 02 tháng L9 năm 2020", "ngày 02 tháng L9 năm 2020")]
    public void A_numeral_after_its_counter_read_with_a_mark_or_an_H_is_the_numeral(string input, string expected) =>
        Assert.Equal(expected, Vietnamese.RestoreLine(input));

    [Fact]
    public void Vietnamese_model_slips_are_mended()
    {
        Assert.Equal("Ủy ban nhân dân tỉnh Đồng Nai", Vietnamese.RestoreLine("Ủy ban nhân dân tỉnh Đông Nai"));
    }

    [Fact]
    public void Lines_in_equal_lines_out_with_white_space_and_nfc_kept()
    {
        var text = Gen.Elements("Ké", "hoach", "s6", "128/KH-UBND", "ngay", "08", "thang", "6", "ndm", "2022", "cua", "UBND", "tinh", "“Toan", "tinh”", "x8y", "dung,", "", "-", "+", "a)")
            .ArrayOf().Select(a => string.Join(' ', a));
        var lines = text.ArrayOf().Select(a => string.Join('\n', a));
        var spaces = Gen.Elements(" ", "  ", "\t", " \r").ArrayOf().Select(s => string.Concat(s));
        Prop.ForAll(Arb.From(lines), Arb.From(spaces), (t, s) =>
        {
            var input = t.Replace(" ", s.Length > 0 ? s : " ", StringComparison.Ordinal);
            var output = English.Restore(input);
            var inLines = input.Split('\n');
            var outLines = output.Split('\n');
            return inLines.Length == outLines.Length
                && output.IsNormalized(NormalizationForm.FormC)
                && inLines.Zip(outLines).All(p => WhiteSpace(p.First) == WhiteSpace(p.Second));
        }).QuickCheckThrowOnFailure();
    }

    private static string WhiteSpace(string line) => string.Concat(line.Select(c => char.IsWhiteSpace(c) ? c : 'x')).Replace("x", "", StringComparison.Ordinal);
}

public class LineTokenizerTests
{
    [Theory]
    [InlineData("Il. MỤC ĐÍCH", "II")]
    [InlineData("Ill. NỘI DUNG", "III")]
    public void Damaged_roman_section_numbers_are_mended_and_kept(string line, string core)
    {
        var first = LineTokenizer.Tokenize(line)[0];
        Assert.Equal(core, first.Core);
        Assert.Equal(TokenClass.Other, first.Class);
    }

    [Theory]
    [InlineData("bantdktdn@gmail.com", TokenClass.Other)]
    [InlineData("S@", TokenClass.DamagedWord)]
    [InlineData("ngw@i", TokenClass.DamagedWord)]
    [InlineData("s6", TokenClass.DamagedWord)]
    [InlineData("6", TokenClass.DamagedWord)]
    [InlineData("2017", TokenClass.Number)]
    [InlineData("11325/KH-UBND", TokenClass.Code)]
    [InlineData("UBND", TokenClass.Code)]
    [InlineData("PONG", TokenClass.Word)]
    [InlineData("nghiệp", TokenClass.Word)]
    public void Tokens_are_classified_as_ocr_leaves_them(string core, TokenClass expected) =>
        Assert.Equal(expected, LineTokenizer.Classify(core));

    [Fact]
    public void Words_before_a_closing_dot_slash_are_words()
    {
        var tokens = LineTokenizer.Tokenize("tổ chức thực hiện./.");
        Assert.Equal("hiện", tokens[^1].Core);
        Assert.Equal("./.", tokens[^1].Trail);
    }

    [Fact]
    public void Labels_are_left_alone() =>
        Assert.All(LineTokenizer.Tokenize("a) b) đ) Q. GIÁM ĐỐC").Take(4), t => Assert.Equal(TokenClass.Other, t.Class));
}
