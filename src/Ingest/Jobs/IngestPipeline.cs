using System.Diagnostics;
using System.Runtime.CompilerServices;
using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Ocr;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Jobs;

/// <summary>
/// Chains the stages for one file: store the original → pages (text layer or OCR) → plan
/// record → catalog → index. Bad input fails that file with a one-line reason recorded in the
/// catalog; so does any other exception a file provokes (a PdfPig bug, a parser bug): it never
/// stops the files after it.
/// </summary>
/// <param name="archive">Where the originals, the catalog and the index are.</param>
/// <param name="pool">The OCR engines pages are read with.</param>
/// <param name="models">The restoration models, loaded once by the program and shared by its pipelines.</param>
/// <param name="extractor">The parser with its rule tables.</param>
/// <param name="limits">What a file must keep (<see cref="IngestLimits.Default"/> when null).</param>
public sealed class IngestPipeline(Archive archive, EnginePool pool, RestorationModels models, PlanExtractor extractor, IngestLimits? limits = null)
{
    private readonly DocumentReader _reader = new(pool, limits);
    private readonly PageRestorer _restorer = new(models);

    // Whom this pipeline's claims name in the queue: never a Hangfire job id, so the service's
    // recovery takes a file a dead CLI run left processing for an orphan and queues it again.
    private readonly string _owner = $"{OwnerPrefix}{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>How the queue owners of CLI runs begin ("cli:host:pid:…"), as opposed to Hangfire job ids.</summary>
    public const string OwnerPrefix = "cli:";

    /// <summary>Ingests every file of <paramref name="paths"/> (folders are walked for the types of <see cref="FileSignature.Extensions"/>).</summary>
    public async IAsyncEnumerable<IngestOutcome> AddAllAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        foreach (var file in ExpandPaths(paths))
        {
            yield return await AddAsync(file, null, cancel).ConfigureAwait(false);
        }
        archive.Index.Commit();
    }

    private string? Refusal(string path, string name)
    {
        if ((limits ?? IngestLimits.Default).SizeRefusal(new FileInfo(path).Length) is { } tooLarge)
        {
            return tooLarge + " (--max-file-mb)";
        }
        using var file = File.OpenRead(path);
        var head = new byte[1024];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return FileSignature.Refusal(head.AsSpan(0, read), name);
    }

    /// <summary>Ingests one file from disk, then indexes it (searchable at the next index commit).</summary>
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
            // Refused before anything is kept, as an upload is (issue 17): a file over the size
            // limit, empty, or not a PDF (nor .txt) by its first bytes leaves no original and no entry.
            if (Refusal(path, name) is { } refusal)
            {
                return IngestOutcome.Failed(path, $"{name}: {refusal}; not kept");
            }
            sha = archive.StoreOriginalFile(path, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was read, so there is no content hash to record it under: the CLI line is all.
            return IngestOutcome.Failed(path, $"{name}: cannot read: {e.Message.Split('\n')[0]}");
        }
        var (doc, _) = Register(sha, name);
        if (doc.Status == FileStatus.Done)
        {
            return new IngestOutcome(path, IngestStatus.AlreadyPresent, archive.Catalog.Plans.Of(doc.Id), null) { Archived = doc };
        }
        var queue = archive.Catalog.Queue;
        if (doc.Status == FileStatus.Failed)
        {
            queue.Retry(doc.Id); // adding a failed file again is asking to try it again
        }
        // The jobs' claim: a file a worker is processing (a shared PostgreSQL catalog) is left to it.
        if (queue.TryClaim(doc.Id, _owner, FileJob.WorkerName) is not { } claim)
        {
            var holder = archive.Catalog.Stored(doc.Id);
            return new IngestOutcome(path, IngestStatus.InProgress, [], $"{name}: already {holder?.StatusText ?? "claimed"} by {holder?.JobId ?? "another worker"}");
        }
        var processed = await ProcessAsync(doc, progress, cancel).ConfigureAwait(false);
        if (processed.Error is not null)
        {
            queue.Fail(claim, processed.Error, processed.Failure);
            return IngestOutcome.Failed(path, processed.Error);
        }
        if (!queue.Finish(claim))
        {
            return new IngestOutcome(path, IngestStatus.InProgress, [], $"{name}: taken over by another worker while processing here; its run decides");
        }
        // Before indexing: the index marks the copies it finds, and a search groups them.
        archive.IndexFile(doc.Id, plans => new DuplicateFinder(archive).Check(doc.Id, plans));
        return new IngestOutcome(path, IngestStatus.Added, processed.Plans, null) { TimedOutPages = processed.TimedOutPages };
    }

    /// <summary>
    /// Keeps a received upload: the original under its hash, and a catalog entry (queued) unless
    /// the archive already has the same content, whose entry is returned as it is.
    /// </summary>
    public StoredFile Receive(string fileName, Stream content) => ReceiveFile(fileName, content).File;

    /// <summary>
    /// <see cref="Receive"/>, telling also whether the archive held these bytes already (under
    /// this name or another): nothing is stored twice, and the person is told which entry has them.
    /// </summary>
    public (StoredFile File, bool AlreadyArchived) ReceiveFile(string fileName, Stream content) => Register(archive.StoreOriginal(content, fileName), fileName);

    private (StoredFile File, bool Known) Register(string sha, string fileName)
    {
        if (archive.Catalog.FindFile(sha) is { } known)
        {
            return (known, true);
        }
        // Two receipts of the same bytes at the same instant both count as new here: AddFile
        // gives the second the first's entry, and nothing is stored twice either way.
        return (archive.Catalog.Stored(archive.Catalog.AddFile(sha, fileName, DateTimeOffset.UtcNow))!, false);
    }

    /// <summary>What processing a stored file gave: its plans, or the one-line reason it failed; pages that ran out of OCR time.</summary>
    public sealed record Processed(IReadOnlyList<StoredPlan> Plans, string? Error, IReadOnlyList<int> TimedOutPages)
    {
        /// <summary>Whether the file or the machine caused the <see cref="Error"/> (a retry helps only the second).</summary>
        public FileFailure? Failure { get; init; }
    }

    /// <summary>
    /// Reads, restores and parses a stored file into the catalog (pages, then plans); the index
    /// and the file's status are the caller's. Bad input, and any other exception the file
    /// provokes (a PdfPig or parser bug), is the one-line reason. Running it again replaces what
    /// an interrupted run left.
    /// </summary>
    public async Task<Processed> ProcessAsync(StoredFile doc, IProgress<PageProgress>? progress = null, CancellationToken cancel = default)
    {
        var stage = PipelineStage.Reading;
        void Enter(PipelineStage next)
        {
            stage = next;
            (progress as IStageProgress)?.Stage(next);
        }
        try
        {
            var pages = await _reader.ReadAsync(archive.OriginalPath(doc.Sha256, doc.FileName), doc.FileName, progress, cancel).ConfigureAwait(false);
            Enter(PipelineStage.Restoring);
            var restored = _restorer.Restore(pages);
            Enter(PipelineStage.StoringPages);
            archive.Catalog.Pages.Save(doc.Id, pages, restored);
            Enter(PipelineStage.Extracting);
            var record = OcrEvidence.Extract(extractor, doc.FileName, pages, restored);
            Enter(PipelineStage.StoringPlans);
            return new(archive.Catalog.Plans.Save(doc.Id, record), null, [.. pages.Where(p => p.TimedOut).Select(p => p.Number)]);
        }
        catch (BadInputException e)
        {
            return new([], e.Message, []) { Failure = FileFailure.BadInput };
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancel.IsCancellationRequested))
        {
            // Not bad input as far as we know: a bug here or in a library, which this file
            // provoked. It fails this file, recorded with its type for whoever fixes it.
            return new([], Unexpected(doc.FileName, stage, e), []) { Failure = FileFailure.Unexpected };
        }
    }

    /// <summary>The one-line reason for an exception a file provoked that is not bad input: file, stage, message and type.</summary>
    internal static string Unexpected(string fileName, PipelineStage stage, Exception e) =>
        $"{fileName}: {stage.Name()} failed unexpectedly: {ErrorText.Describe(e)}";

    /// <summary>
    /// Files under the given paths, folders walked recursively in name order for the types ingest
    /// reads (<see cref="FileSignature.Extensions"/>; a corpus' <c>*.true.txt</c> truth is not a
    /// document). A file a folder holds of another type is passed to <paramref name="skipped"/>,
    /// so the caller can say what it left out rather than leave it out silently; a file named
    /// on its own is always tried, and its bytes decide.
    /// </summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths, Action<string>? skipped = null)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (!FileSignature.Extensions.Contains(Path.GetExtension(f)))
                    {
                        skipped?.Invoke(f);
                    }
                    else if (!f.EndsWith(".true.txt", StringComparison.Ordinal))
                    {
                        yield return f;
                    }
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
