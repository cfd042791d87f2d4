using System.Collections.Concurrent;
using System.Diagnostics;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Evaluation;

/// <summary>
/// The tuning of <see cref="OcrOptions.UpscaleBelowDpi"/> and <see cref="OcrOptions.UpscaleToDpi"/>
/// on material that may be tuned on: each scanned-PDF tune page of the real set made into a
/// synthetic low-resolution photo at each of several resolutions (<see cref="LowResPage"/>),
/// and the tune half's image files (150-dpi renderings) as they are and scaled down to the
/// resolutions below their own, each read through
/// <see cref="DocumentReader"/> as the product reads an image file, as it is and upscaled to
/// each target, restored, and scored against the page's hand-written truth. Report pages are
/// never read here.
/// </summary>
/// <param name="models">The restoration models the pipeline would restore with.</param>
/// <param name="options">The engine settings; the upscaling ones are set per target.</param>
/// <param name="folder">Where the synthetic JPEGs are written (kept, to look at).</param>
public sealed class LowResEvaluation(RestorationModels models, OcrOptions options, string folder)
{
    private readonly PageRestorer _restorer = new(models);

    /// <summary>
    /// Every tune page at every resolution of <paramref name="dpis"/> (image files at their own),
    /// read as it is (target 0) and upscaled to each of <paramref name="targets"/>: pages below a
    /// target are upscaled to it, others are read as they are.
    /// </summary>
    public async Task<IReadOnlyList<LowResResult>> RunAsync(IReadOnlyList<RealPage> pages, IReadOnlyList<int> dpis, IReadOnlyList<int> targets, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        var inputs = new List<(RealPage Page, int MadeAt, string Path)>();
        foreach (var page in pages.Where(p => p.Split == RealPageSplit.Tune))
        {
            // An image file is also read as it is; it is made smaller only, never larger.
            var image = page.IsImage ? await File.ReadAllBytesAsync(page.Source, cancel).ConfigureAwait(false) : null;
            var own = image is null ? 0 : ImageFile.Resolution(image, 0);
            if (image is not null)
            {
                inputs.Add((page, 0, page.Source));
            }
            foreach (var dpi in dpis.Where(d => image is null || d < own))
            {
                var path = Path.Combine(folder, $"{page.Name}-{dpi}dpi.jpg");
                var jpeg = image is null ? LowResPage.Make(page.Source, page.Page, dpi) : LowResPage.Scale(image, own, dpi);
                await File.WriteAllBytesAsync(path, jpeg, cancel).ConfigureAwait(false);
                inputs.Add((page, dpi, path));
            }
        }
        var results = new ConcurrentBag<LowResResult>();
        foreach (var target in targets)
        {
            using var pool = new EnginePool(options with { UpscaleBelowDpi = target, UpscaleToDpi = target });
            var reader = new DocumentReader(pool);
            await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = pool.Size, CancellationToken = cancel }, async (input, ct) =>
            {
                var truth = await input.Page.TruthAsync(ct).ConfigureAwait(false);
                var sw = Stopwatch.StartNew();
                var read = await reader.ReadAsync(input.Path, Path.GetFileName(input.Path), cancel: ct).ConfigureAwait(false);
                sw.Stop();
                var restored = _restorer.Restore(read);
                var dpi = ImageFile.Resolution(await File.ReadAllBytesAsync(input.Path, ct).ConfigureAwait(false), 0);
                results.Add(new LowResResult(input.Page, input.MadeAt, dpi, target, TextAccuracy.Measure(truth, read[0].Text), TextAccuracy.Measure(truth, restored[0]), sw.Elapsed.TotalSeconds));
            }).ConfigureAwait(false);
        }
        return results.OrderBy(r => r.Dpi).ThenBy(r => r.Page.Name, StringComparer.Ordinal).ThenBy(r => r.UpscaleTo).ToList();
    }
}
