using Ingest.Restoration;

namespace Ingest.Tests.Restoration;

/// <summary>Words OCR joined over a speck are parted; words and codes a document joins stay.</summary>
public class JoinedWordsTests
{
    // As OCR read the official harsh renders a06, a08, a09 and b01.
    [Theory]
    [InlineData("thoát hộ.nghèo bền vững", "thoát hộ nghèo bền vững")]
    [InlineData("trẻ được.tiêm chủng", "trẻ được tiêm chủng")]
    [InlineData("phối hợp với Sở.Nội vụ", "phối hợp với Sở Nội vụ")]
    [InlineData("tôn:02 tập thể, trên địa bàn-có", "tôn 02 tập thể, trên địa bàn có")]
    [InlineData("không quá'04 cá nhân", "không quá 04 cá nhân")]
    public void A_speck_between_two_words_is_a_space(string read, string parted) => Assert.Equal(parted, JoinedWords.Part(read));

    [Theory]
    [InlineData("Kế hoạch số 712/KH-UBND và TT.HĐND")]
    [InlineData("hộ nghèo-Không nghèo, máy X-quang")]
    [InlineData("Sở Lao động-Thương binh và Xã hội; v.v.")]
    [InlineData("Số:3467 /QĐ-BYT ngày 12.5.2024, lúc 8:30")]
    [InlineData("hộ nghèo bền vững.")]
    public void Words_and_codes_a_document_joins_stay(string text) => Assert.Same(text, JoinedWords.Part(text));
}
