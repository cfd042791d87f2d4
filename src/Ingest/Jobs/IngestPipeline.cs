using System.Diagnostics;
using System.Runtime.CompilerServices;
using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Ocr;
using Ingest.Restoration;

namespace Ingest.Jobs;

/// <summary>
/// Chains the stages for one file: store the original → pages (text layer or OCR) → plan
/// record → catalog → index. Bad input fails that file with a one-line reason recorded in the
/// catalog; so does any other exception a file provokes (a PdfPig bug, a parser bug): it never
/// stops the files after it.
/// </summary>
public sealed class IngestPipeline(Archive archive, EnginePool pool, IngestLimits? limits = null)
{
    private readonly DocumentReader _reader = new(pool, limits);

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
        var clock = Stopwatch.StartNew();
        var outcome = await AddTimedAsync(path, progress, cancel).ConfigureAwait(false);
        return outcome with { Elapsed = clock.Elapsed };
    }

    private async Task<IngestOutcome> AddTimedAsync(string path, IProgress<PageProgress>? progress, CancellationToken cancel)
    {
        var name = Path.GetFileName(path);
        string sha;
        try
        {
            sha = archive.StoreOriginalFile(path, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was read, so there is no content hash to record it under: the CLI line is all.
            return IngestOutcome.Failed(path, $"{name}: cannot read: {e.Message.Split('\n')[0]}");
        }
        var existing = archive.Catalog.FindDocument(sha);
        if (existing is { Status: DocumentStatus.Done })
        {
            return new IngestOutcome(path, IngestStatus.AlreadyPresent, archive.Catalog.PlansOf(existing.Id), null);
        }
        var id = existing?.Id ?? archive.Catalog.AddDocument(sha, name, DateTimeOffset.UtcNow);
        archive.Catalog.SetStatus(id, DocumentStatus.Processing);
        var stage = "reading";
        try
        {
            var pages = await _reader.ReadAsync(archive.OriginalPath(sha, name), name, progress, cancel).ConfigureAwait(false);
            stage = "restoring";
            var restored = PageRestorer.Restore(pages);
            stage = "storing the pages";
            archive.Catalog.SavePages(id, pages, restored);
            stage = "extracting";
            var record = PlanExtractor.Extract(name, restored);
            stage = "storing the plans";
            var plans = archive.ReplacePlans(id, record);
            archive.Catalog.SetStatus(id, DocumentStatus.Done);
            return new IngestOutcome(path, IngestStatus.Added, plans, null) { TimedOutPages = [.. pages.Where(p => p.TimedOut).Select(p => p.Number)] };
        }
        catch (BadInputException e)
        {
            archive.Catalog.SetStatus(id, DocumentStatus.Failed, e.Message);
            return IngestOutcome.Failed(path, e.Message);
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancel.IsCancellationRequested))
        {
            // Not bad input as far as we know: a bug here or in a library, which this file
            // provoked. It fails this file, recorded with its type for whoever fixes it.
            var error = $"{name}: {stage} failed unexpectedly: {DocumentReader.Describe(e)}";
            archive.Catalog.SetStatus(id, DocumentStatus.Failed, error);
            return IngestOutcome.Failed(path, error);
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
