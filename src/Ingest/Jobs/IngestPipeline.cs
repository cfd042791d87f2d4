using System.Runtime.CompilerServices;
using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Ocr;
using Ingest.Restoration;

namespace Ingest.Jobs;

/// <summary>
/// Chains the stages for one file: store the original → pages (text layer or OCR) → plan
/// record → catalog → index. Bad input fails that file with a one-line reason recorded in the
/// catalog; it never stops the files after it.
/// </summary>
public sealed class IngestPipeline(Archive archive, EnginePool pool)
{
    private readonly DocumentReader _reader = new(pool);

    /// <summary>Ingests every file of <paramref name="paths"/> (folders are walked for .pdf and .txt).</summary>
    public async IAsyncEnumerable<IngestOutcome> AddAllAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        foreach (var file in ExpandPaths(paths))
        {
            yield return await AddAsync(file, null, cancel).ConfigureAwait(false);
        }
        archive.Index.Commit();
    }

    /// <summary>Ingests one file from disk, then indexes it (searchable at the next index commit).</summary>
    public async Task<IngestOutcome> AddAsync(string path, IProgress<PageProgress>? progress = null, CancellationToken cancel = default)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestOutcome.Failed(path, $"{name}: cannot read: {e.Message}");
        }
        var doc = Receive(name, bytes);
        if (doc.Status == DocumentStatus.Done)
        {
            return new IngestOutcome(path, IngestStatus.AlreadyPresent, archive.Catalog.PlansOf(doc.Id), null);
        }
        archive.Catalog.SetStatus(doc.Id, DocumentStatus.Processing);
        var (plans, error) = await ProcessAsync(doc, progress, cancel).ConfigureAwait(false);
        archive.Catalog.SetStatus(doc.Id, error is null ? DocumentStatus.Done : DocumentStatus.Failed, error);
        if (error is not null)
        {
            return IngestOutcome.Failed(path, error);
        }
        archive.Index.ReplaceDocument(doc.Id, plans);
        return new IngestOutcome(path, IngestStatus.Added, plans, null);
    }

    /// <summary>
    /// Keeps a received file: the original under its hash, and a catalog entry (queued) unless
    /// the archive already has the same content, whose entry is returned as it is.
    /// </summary>
    public StoredDocument Receive(string fileName, byte[] bytes)
    {
        var sha = archive.StoreOriginal(fileName, bytes);
        if (archive.Catalog.FindDocument(sha) is { } existing)
        {
            return existing;
        }
        return archive.Catalog.Document(archive.Catalog.AddDocument(sha, fileName, DateTimeOffset.UtcNow))!;
    }

    /// <summary>
    /// Reads, restores and parses a stored file into the catalog (pages, then plans); the index
    /// and the file's status are the caller's. Returns the stored plans, or the one-line reason
    /// the file is bad. Running it again replaces what an interrupted run left.
    /// </summary>
    public async Task<(IReadOnlyList<StoredPlan> Plans, string? Error)> ProcessAsync(StoredDocument doc, IProgress<PageProgress>? progress = null, CancellationToken cancel = default)
    {
        try
        {
            var pages = await _reader.ReadAsync(archive.OriginalPath(doc.Sha256, doc.FileName), doc.FileName, progress, cancel).ConfigureAwait(false);
            var restored = PageRestorer.Restore(pages);
            archive.Catalog.SavePages(doc.Id, pages, restored);
            var record = PlanExtractor.Extract(doc.FileName, restored);
            return (archive.Catalog.SavePlans(doc.Id, record), null);
        }
        catch (BadInputException e)
        {
            return ([], e.Message);
        }
    }

    /// <summary>Files under the given paths, folders walked recursively in name order.</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".pdf" or ".txt")
                             .Where(f => !f.EndsWith(".true.txt", StringComparison.Ordinal))
                             .Order(StringComparer.Ordinal))
                {
                    yield return f;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
