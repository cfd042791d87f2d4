using System.Collections.Concurrent;

namespace Ingest.Ocr;

/// <summary>
/// A fixed set of single-threaded engines, one per core, created on first use and reused: the
/// pages of a document are recognised in parallel, each on an engine of its own. On a 2-core
/// machine this is several times faster than one engine running OpenMP threads.
/// </summary>
public sealed class EnginePool : IDisposable
{
    private readonly OcrOptions _options;
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly List<TesseractEngine> _all = [];
    private readonly Lock _lock = new();
    private bool _disposed;

    public EnginePool(OcrOptions? options = null)
    {
        _options = options ?? new OcrOptions();
        _slots = new SemaphoreSlim(Math.Max(1, _options.Engines));
    }

    public OcrOptions Options => _options;

    /// <summary>How many engines may run at once.</summary>
    public int Size => Math.Max(1, _options.Engines);

    /// <summary>Runs <paramref name="work"/> on an idle engine, waiting for one if all are busy.</summary>
    public async Task<T> RunAsync<T>(Func<TesseractEngine, T> work, CancellationToken cancel = default)
    {
        await _slots.WaitAsync(cancel).ConfigureAwait(false);
        TesseractEngine? engine = null;
        try
        {
            engine = Take();
            return await Task.Run(() => work(engine), cancel).ConfigureAwait(false);
        }
        finally
        {
            if (engine is not null)
            {
                _idle.Add(engine);
            }
            _slots.Release();
        }
    }

    /// <summary>Recognises one image on the pool within the engines' <see cref="OcrOptions.PageTimeLimit"/>.</summary>
    public Task<OcrResult> RecognizeAsync(PageImage image, CancellationToken cancel = default) =>
        RecognizeAsync(image, _options.PageTimeLimit, cancel);

    /// <summary>Recognises one image on the pool; past <paramref name="timeLimit"/> the result is partial and marked timed out.</summary>
    public Task<OcrResult> RecognizeAsync(PageImage image, TimeSpan timeLimit, CancellationToken cancel = default) =>
        RunAsync(e => e.Recognize(image, timeLimit, cancel), cancel);

    private TesseractEngine Take()
    {
        if (_idle.TryTake(out var engine))
        {
            return engine;
        }
        var created = new TesseractEngine(_options);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _all.Add(created);
        }
        return created;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var e in _all)
            {
                e.Dispose();
            }
            _all.Clear();
        }
        _slots.Dispose();
    }
}
