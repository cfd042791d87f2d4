using System.Globalization;
using System.Text;
using CsvHelper;
using Ingest.Export;
using Ingest.Jobs;

namespace Ingest.Tests.Jobs;

/// <summary>The walking skeleton on the corpus: real files into a real archive (SQLite + Lucene on disk).</summary>
public sealed class ArchiveTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Archive _archive;
    private List<IngestOutcome> _outcomes = [];

    public ArchiveTests() => _archive = Archive.Open(_dir.Path);

    public async Task InitializeAsync() =>
        _outcomes = await new IngestPipeline(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor)
            .AddAllAsync([CorpusFiles.Path_("seeds"), CorpusFiles.Path_("pdf")]).ToListAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _archive.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Every_corpus_file_is_added_and_its_original_kept_under_its_hash()
    {
        Assert.Equal(5, _outcomes.Count); // 3 seed texts + 2 PDFs; .true.txt and .json are not inputs
        Assert.All(_outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
        foreach (var doc in _archive.Catalog.Files())
        {
            var stored = File.ReadAllBytes(_archive.OriginalPath(doc.Sha256, doc.FileName));
            Assert.Equal(doc.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored)));
        }
    }

    [Fact]
    public async Task Adding_the_same_file_again_is_a_noop()
    {
        var again = await new IngestPipeline(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor).AddAsync(CorpusFiles.Path_("pdf", "004_feedb6838d389360.pdf"));
        Assert.Equal(IngestStatus.AlreadyPresent, again.Status);
        Assert.Equal(5, _archive.Catalog.Files().Count);
    }

    [Theory]
    [InlineData("11325/KH-UBND")]
    [InlineData("11325 kh-ubnd")]
    [InlineData("11325/kh–ubnd")]
    public void A_number_finds_its_plan_first(string query)
    {
        var hits = _archive.Index.Search(query);
        Assert.NotEmpty(hits);
        Assert.Equal("11325/KH-UBND", hits[0].Number);
        Assert.Equal("2017-11-02", hits[0].IssuedOn);
        // Then the cover letter that cites it.
        Assert.Contains(hits, h => h.Number == "2123/STP-VP");
        Assert.True(hits.First(h => h.Number == "2123/STP-VP").Score < hits[0].Score);
    }

    [Theory]
    [InlineData("chung tay vi nguoi ngheo")]
    [InlineData("chung tay vì người nghèo")]
    public void Words_with_or_without_marks_find_the_plan(string query)
    {
        var hits = _archive.Index.Search(query);
        Assert.Contains(hits.Take(3), h => h.Number == "11325/KH-UBND");
        var top = hits.First(h => h.Number == "11325/KH-UBND");
        Assert.NotEmpty(top.Snippet.Highlights);
        Assert.Contains("người nghèo", top.Snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_marks_rank_above_folded_matches()
    {
        // "đồng" (Đồng Nai) and "đông" differ only by the tone; the exact word ranks first.
        var hits = _archive.Index.Search("Đồng Nai");
        Assert.NotEmpty(hits);
        Assert.Contains("Đồng Nai", hits[0].Issuer ?? hits[0].Snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_rebuilds_the_same_search_from_the_catalog()
    {
        var before = _archive.Index.Search("11325/KH-UBND").Select(h => h.PlanId).ToList();
        var n = _archive.Index.Rebuild(_archive.Catalog);
        Assert.Equal(_archive.Catalog.Plans.All().Count, n);
        Assert.Equal(before, _archive.Index.Search("11325/KH-UBND").Select(h => h.PlanId).ToList());
    }

    [Fact]
    public void Plans_export_is_utf8_with_bom_and_reads_back_with_vietnamese_intact()
    {
        var path = Path.Combine(_dir.Path, "plans.csv");
        CsvExporter.Write<PlanRow, PlanRowMap>(path, _archive.Catalog.Plans.All().Select(PlanRow.From));
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("number", csv.HeaderRecord![0]);
        var plan = rows.First(r => (string)r["number"] == "11325/KH-UBND");
        Assert.Equal("2017-11-02", plan["issued_on"]);
        Assert.Equal("UBND tỉnh Đồng Nai", plan["issuer"]);
        Assert.StartsWith("Tổ chức thực hiện Phong trào thi đua “Cả nước chung tay", (string)plan["title"], StringComparison.Ordinal);
    }
}
