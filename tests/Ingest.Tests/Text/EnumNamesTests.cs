using System.Text.Json;
using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Jobs;
using Ingest.Text;

namespace Ingest.Tests.Text;

/// <summary>The names enumerations are written with: the same in JSON, CSV and the catalog, and back.</summary>
public class EnumNamesTests
{
    [Fact]
    public void Names_are_the_schemas_and_read_back()
    {
        Assert.Equal(["basis", "issued_by", "mention"], Enum.GetValues<ReferenceRelation>().Select(v => v.Name()));
        Assert.Equal(["before", "in", "on", "from_to"], Enum.GetValues<DeadlineQualifier>().Select(v => v.Name()));
        Assert.Equal(["queued", "processing", "done", "failed", "unknown"], Enum.GetValues<FileStatus>().Select(v => v.Name()));
        Assert.Equal(["vie", "eng"], Enum.GetValues<OcrLanguage>().Select(v => v.Name()));
        Assert.Equal("storing the pages", PipelineStage.StoringPages.Name());
        Assert.Equal(DeadlineQualifier.FromTo, EnumNames.Parse<DeadlineQualifier>("from_to"));
        Assert.Null(EnumNames.Parse<FileStatus>("archived"));
    }

    [Fact]
    public void Json_writes_the_same_names()
    {
        foreach (var v in Enum.GetValues<ReferenceRelation>())
        {
            Assert.Equal($"\"{v.Name()}\"", JsonSerializer.Serialize(v));
        }
        Assert.Equal("\"from_to\"", JsonSerializer.Serialize(DeadlineQualifier.FromTo));
        Assert.Equal("\"done\"", JsonSerializer.Serialize(FileStatus.Done));
    }

    [Theory]
    [InlineData("vie", OcrLanguage.Vie)]
    [InlineData("eng+vie", OcrLanguage.Eng)]
    [InlineData("chi_sim", null)]
    public void The_ocr_model_is_the_first_language(string language, OcrLanguage? model) =>
        Assert.Equal(model, new Ingest.Ocr.OcrOptions { Language = language }.Model);
}
