using Ingest.Catalog;
using Ingest.Jobs;

namespace Ingest.Tests.Jobs;

/// <summary>
/// Each file of an upload batch is stored or refused on its own, under the limits of
/// <c>ingest add</c>; a refused file leaves nothing behind (no original, no catalog entry, no spool file).
/// </summary>
public sealed class UploadReceiverTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static IngestPipeline Pipeline(Archive archive) => new(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor);

    private static async Task<List<UploadResult>> UploadAsync(UploadReceiver receiver, params (string Name, byte[] Bytes)[] files)
    {
        var results = new List<UploadResult>();
        foreach (var (name, bytes) in files)
        {
            // A non-seekable stream read in small pieces, as a multipart section arrives.
            using var body = new TrickleStream(bytes);
            results.Add(await receiver.ReceiveAsync(name, body));
        }
        return results;
    }

    private static string[] Kept(Archive archive) =>
        [.. Directory.EnumerateFiles(archive.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(archive.Root, f))
            .Where(f => f.StartsWith("originals", StringComparison.Ordinal) || f.StartsWith("incoming", StringComparison.Ordinal))];

    [Fact]
    public async Task One_file_over_the_limit_in_a_batch_of_five_leaves_the_other_four_stored_and_queued()
    {
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        // 1 MB stands for 256 MB: the same code path, without writing a quarter gigabyte.
        var receiver = new UploadReceiver(archive, Pipeline(archive), new IngestLimits { MaxFileBytes = 1024 * 1024 });
        var over = new byte[1024 * 1024 + 1];
        "%PDF-1.7\n"u8.CopyTo(over);
        var results = await UploadAsync(receiver,
            ("003.pdf", File.ReadAllBytes(CorpusFiles.Path_("pdf", "003_1c0ca89fe484ea2b.pdf"))),
            ("004.pdf", File.ReadAllBytes(CorpusFiles.Path_("pdf", "004_feedb6838d389360.pdf"))),
            ("big.pdf", over),
            ("003.txt", File.ReadAllBytes(CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt"))),
            ("broken-xref.pdf", File.ReadAllBytes(CorpusFiles.Path_("bad", "broken-xref.pdf"))));

        Assert.Equal(["003.pdf", "004.pdf", "003.txt", "broken-xref.pdf"], results.Where(r => !r.Refused).Select(r => r.Source));
        Assert.All(results.Where(r => !r.Refused), r => Assert.Equal(FileStatus.Queued, r.Stored!.Status));
        var refused = Assert.Single(results, r => r.Refused);
        Assert.Equal("big.pdf: 1 MB is over the limit of 1 MB per file; not kept", refused.Error);
        Assert.Equal(4, archive.Catalog.Files().Count);
        Assert.Equal(4, Kept(archive).Length);
        Assert.All(Kept(archive), f => Assert.StartsWith("originals", f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("letter.pdf", "letter.pdf: not accepted: it is a ZIP archive (a .docx, .xlsx or .odt is one); accepted: PDF, JPEG, PNG, TIFF, .txt")]
    [InlineData("empty.pdf", "empty.pdf: empty file (0 bytes)")]
    public async Task A_file_that_is_not_a_pdf_is_refused_at_once_and_nothing_of_it_kept(string name, string error)
    {
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        var receiver = new UploadReceiver(archive, Pipeline(archive));
        var result = Assert.Single(await UploadAsync(receiver, (name, File.ReadAllBytes(CorpusFiles.Path_("bad", name)))));
        Assert.True(result.Refused);
        Assert.Equal(error, result.Error);
        Assert.Empty(archive.Catalog.Files());
        Assert.Empty(Kept(archive));
    }

    [Fact]
    public async Task A_short_file_without_a_pdf_header_is_refused_unless_it_is_a_txt()
    {
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        var receiver = new UploadReceiver(archive, Pipeline(archive));
        var text = "Kế hoạch số 42/KH-UBND"u8.ToArray();
        var results = await UploadAsync(receiver, ("plan.txt", text), ("plan.pdf", text));
        Assert.False(results[0].Refused);
        Assert.Equal("plan.pdf: not a PDF, JPEG, PNG or TIFF by its first bytes, nor a .txt file; accepted: PDF, JPEG, PNG, TIFF, .txt", results[1].Error);
        Assert.Single(archive.Catalog.Files());
    }

    /// <summary>Hands out at most 1,000 bytes per read, not seekable: as a request body does.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _at;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), bytes.Length - _at);
            Array.Copy(bytes, _at, buffer, offset, n);
            _at += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
