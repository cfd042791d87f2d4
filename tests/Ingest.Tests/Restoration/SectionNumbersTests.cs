using Ingest.Jobs;
using Ingest.Restoration;

namespace Ingest.Tests.Restoration;

/// <summary>A plan's section numerals OCR misread take the numeral of the best numbering of the whole sequence (issue 15).</summary>
public class SectionNumbersTests
{
    private static string[] Headings(string[][] pages) =>
        [.. SectionNumbers.Mend(pages).SelectMany(p => p).Where(l => l.Length > 0 && char.IsUpper(l[^1]))];

    // As the official render a01-200.pdf reads, over its pages: "I." as "1.", "II." as "ˆ H.", bold "III." as "II.".
    [Fact]
    public void Numerals_read_as_look_alikes_or_a_stroke_short_are_mended_across_pages()
    {
        string[][] pages =
        [
            ["KẾ HOẠCH", "1. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu"],
            ["ˆ H. NỘI DUNG THI ĐUA", "1. Các sở, ban, ngành cấp tỉnh", "II. KHEN THƯỞNG", "1. Đối tượng"],
            ["IV. TIẾN ĐỘ THỰC HIỆN", "1. Năm 2016", "V. TỔ CHỨC THỰC HIỆN"],
        ];
        var mended = SectionNumbers.Mend(pages);
        Assert.Equal(["KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu"], mended[0]);
        Assert.Equal(["II. NỘI DUNG THI ĐUA", "1. Các sở, ban, ngành cấp tỉnh", "III. KHEN THƯỞNG", "1. Đối tượng"], mended[1]);
        Assert.Equal(pages[2], mended[2]);
    }

    // a09 (harsh render): "1. CÔNG TÁC KHEN THƯỞNG", "1H, CHẾ ĐỘ…"; b09: "HẢI."; a06: "I.MỤC" with no space.
    [Fact]
    public void Marks_with_a_comma_an_accent_or_no_space_are_written_as_numerals()
    {
        Assert.Equal(["I. CÔNG TÁC THI ĐUA", "II. CÔNG TÁC KHEN THƯỞNG", "III. CHẾ ĐỘ THÔNG TIN, BÁO CÁO", "IV. TỔ CHỨC THỰC HIỆN"],
            Headings([["I. CÔNG TÁC THI ĐUA", "1. CÔNG TÁC KHEN THƯỞNG"], ["1H, CHẾ ĐỘ THÔNG TIN, BÁO CÁO", "IV. TỔ CHỨC THỰC HIỆN"]]));
        Assert.Equal(["I. MỤC TIÊU", "II. NHIỆM VỤ", "III. NỘI DUNG, GIẢI PHÁP"], Headings([["I.MỤC TIÊU", "II. NHIỆM VỤ", "HẢI. NỘI DUNG, GIẢI PHÁP"]]));
    }

    [Fact]
    public void Arabic_sections_a_capital_subsection_and_a_section_OCR_lost_are_left_as_they_are()
    {
        string[][] arabic = [["1. CĂN CỨ", "2. MỤC TIÊU", "3. NHIỆM VỤ"]];
        Assert.Same(arabic, SectionNumbers.Mend(arabic));
        // "1. CĂN CỨ PHÁP LÝ" is a subsection in capitals, not a misread "II.".
        string[][] subsection = [["I. MỤC ĐÍCH", "1. CĂN CỨ PHÁP LÝ", "II. NHIỆM VỤ"]];
        Assert.Same(subsection, SectionNumbers.Mend(subsection));
        // III's line was not read at all: "II" is not forced into the gap.
        string[][] lost = [["I. MỤC ĐÍCH", "II. NHIỆM VỤ", "IV. KINH PHÍ", "V. TỔ CHỨC"]];
        Assert.Same(lost, SectionNumbers.Mend(lost));
        // One numeral alone says nothing about a sequence.
        string[][] one = [["1. MỤC ĐÍCH", "II. NHIỆM VỤ"]];
        Assert.Same(one, SectionNumbers.Mend(one));
    }

    // The official render a04-200.pdf, read and restored as the pipeline does: bold "III." is read "II.".
    [Fact]
    public async Task A_real_render_read_by_the_pipeline_has_its_third_section_numbered_III()
    {
        var path = CorpusFiles.Path_("scans-official", "a04-200.pdf");
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(path, "a04-200.pdf");
        Assert.Contains("\nII. KINH PHÍ THỰC HIỆN", string.Join('\n', pages.Select(p => p.Text)), StringComparison.Ordinal);
        var restored = string.Join('\n', new PageRestorer(TestModels.Shared).Restore(pages));
        Assert.Contains("\nIII. KINH PHÍ THỰC HIỆN", restored, StringComparison.Ordinal);
        Assert.Contains("\nII. NHIỆM VỤ, GIẢI PHÁP", restored, StringComparison.Ordinal);
    }
}
