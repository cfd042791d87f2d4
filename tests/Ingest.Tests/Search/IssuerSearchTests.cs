using Ingest.Jobs;

namespace Ingest.Tests.Search;

/// <summary>
/// Searching an issuer's name finds what that body issued before what merely mentions it (issue
/// 16: a plan with no header, "Sở Xây dựng ban hành Kế hoạch" in its body, ranked 6th for "Sở Xây
/// dựng" behind plans that named the department as a party again and again).
/// </summary>
public sealed class IssuerSearchTests : IDisposable
{
    private readonly TempDir _dir = new();

    // Plans of other issuers that name the department in their bodies, more often than the
    // department's own plan names itself.
    private static string Mentioning(int n) => $"""
        ỦY BAN NHÂN DÂN
        TỈNH ĐỒNG NAI
        Số: {100 + n}/KH-UBND
        Đồng Nai, ngày 0{n} tháng 3 năm 2024

        KẾ HOẠCH
        Kiểm tra an toàn công trình đợt {n} năm 2024

        I. NỘI DUNG
        1. Sở Xây dựng chủ trì kiểm tra các công trình; Sở Xây dựng tổng hợp kết quả.
        2. Sở Xây dựng phối hợp với Sở Tài chính báo cáo UBND tỉnh trước ngày 30/6/2024.
        """;

    private const string Headerless = """
        Triển khai thực hiện công tác phòng cháy chữa cháy năm 2024 trên địa bàn tỉnh

        Thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2024 của UBND tỉnh, Sở Xây dựng ban hành Kế hoạch triển khai thực hiện như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        1. Các phòng, đơn vị hoàn thành rà soát trước ngày 30/6/2024.
        """;

    [Fact]
    public async Task The_issuers_own_plan_ranks_first_for_its_name()
    {
        for (var n = 1; n <= 5; n++)
        {
            await File.WriteAllTextAsync(Path.Combine(_dir.Path, $"m{n}.txt"), Mentioning(n));
        }
        await File.WriteAllTextAsync(Path.Combine(_dir.Path, "own.txt"), Headerless);
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        var outcomes = await new IngestPipeline(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor)
            .AddAllAsync(Directory.GetFiles(_dir.Path, "*.txt").Order(StringComparer.Ordinal)).ToListAsync();
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
        archive.Index.Commit();

        foreach (var query in new[] { "Sở Xây dựng", "so xay dung" })
        {
            var hits = archive.Index.Search(query);
            Assert.Equal(6, hits.Count);
            Assert.Equal(("own.txt", "Sở Xây dựng"), (hits[0].Source, hits[0].Issuer));
        }
    }

    public void Dispose() => _dir.Dispose();
}
