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

    /// <summary>Ingests one file from disk.</summary>
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
        var sha = archive.StoreOriginal(name, bytes);
        var existing = archive.Catalog.FindDocument(sha);
        if (existing is { Status: DocumentStatus.Done })
        {
            return new IngestOutcome(path, IngestStatus.AlreadyPresent, archive.Catalog.PlansOf(existing.Id), null);
        }
        var id = existing?.Id ?? archive.Catalog.AddDocument(sha, name, DateTimeOffset.UtcNow);
        archive.Catalog.SetStatus(id, DocumentStatus.Processing);
        try
        {
            var pages = await _reader.ReadAsync(archive.OriginalPath(sha, name), name, progress, cancel).ConfigureAwait(false);
            var restored = PageRestorer.Restore(pages);
            archive.Catalog.SavePages(id, pages, restored);
            var record = PlanExtractor.Extract(name, restored);
            var plans = archive.ReplacePlans(id, record);
            archive.Catalog.SetStatus(id, DocumentStatus.Done);
            return new IngestOutcome(path, IngestStatus.Added, plans, null);
        }
        catch (BadInputException e)
        {
            archive.Catalog.SetStatus(id, DocumentStatus.Failed, e.Message);
            return IngestOutcome.Failed(path, e.Message);
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
