using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;

namespace Ingest.Corpus;

/// <summary>
/// Makes (true syllable, OCR token) pairs in bulk for <see cref="ChannelTrainer"/>: training texts
/// rendered as scans of varied resolution, compression and degradation (<see cref="ScanRenderer"/>),
/// read by the pipeline's <see cref="DocumentReader"/> with the OCR model whose damage is learned,
/// and aligned with their truth (<see cref="PairAligner"/>). Only training texts are given
/// (corpus/lm and law excerpts, <see cref="TrainingText.ChannelDocuments"/>), never the evaluation corpus.
/// It lives with the corpus tools, not in Restoration: the restorer depends on Text alone, and
/// making pairs renders scans and runs OCR and the reader.
/// </summary>
public static class ChannelPairs
{
    /// <summary>
    /// The pairs of <paramref name="docs"/> OCR'd with <paramref name="language"/>, and the pages
    /// read. With <paramref name="pairsFile"/>: read from it instead when it exists (0 pages), or
    /// written to it after the OCR, so the channel's estimation can change without OCR'ing again.
    /// </summary>
    public static async Task<(List<(string Truth, string Seen)> Pairs, int Pages)> ReadOrMakeAsync(string language, IReadOnlyList<string> docs, string? pairsFile,
        IProgress<ChannelPairProgress>? progress = null, CancellationToken cancel = default)
    {
        if (pairsFile is not null && File.Exists(pairsFile))
        {
            return (Read(pairsFile), 0);
        }
        var made = await MakeAsync(language, docs, progress, cancel).ConfigureAwait(false);
        if (pairsFile is not null)
        {
            await File.WriteAllLinesAsync(pairsFile, made.Pairs.Select(p => $"{p.Truth}\t{p.Seen}"), cancel).ConfigureAwait(false);
        }
        return made;
    }

    /// <summary>Pairs saved as TSV (true syllable, OCR token), one a line.</summary>
    public static List<(string Truth, string Seen)> Read(string pairsFile) =>
        File.ReadLines(pairsFile).Select(l => l.Split('\t')).Where(c => c.Length == 2).Select(c => (c[0], c[1])).ToList();

    /// <summary>Renders, OCRs and aligns every document; progress is reported after each.</summary>
    public static async Task<(List<(string Truth, string Seen)> Pairs, int Pages)> MakeAsync(string language, IReadOnlyList<string> docs,
        IProgress<ChannelPairProgress>? progress = null, CancellationToken cancel = default)
    {
        using var pool = new EnginePool(new OcrOptions { Language = language });
        var reader = new DocumentReader(pool);
        var all = new List<(string, string)>();
        var pages = 0;
        var tmp = Directory.CreateTempSubdirectory("ingest-channel-").FullName;
        try
        {
            // One document per core: rendering a scan is single-threaded, so one document alone
            // leaves a core idle while it is drawn. Edit counts do not depend on the order (the
            // pairs file's order does).
            var done = 0;
            await Parallel.ForEachAsync(Enumerable.Range(0, docs.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, async (i, ct) =>
            {
                var dpi = i % 3 == 0 ? 300 : 200;
                var encoding = i % 4 == 1 ? ScanEncoding.CcittG4 : ScanEncoding.Jpeg;
                var path = Path.Combine(tmp, $"{i}.pdf");
                await File.WriteAllBytesAsync(path, ScanRenderer.Render(docs[i], dpi, 1000 + i, encoding), ct).ConfigureAwait(false);
                var read = await reader.ReadAsync(path, $"train-{i}.pdf", cancel: ct).ConfigureAwait(false);
                var docPairs = PairAligner.Pairs(docs[i], string.Join('\n', read.Select(p => p.Text)));
                File.Delete(path);
                lock (all)
                {
                    pages += read.Count;
                    all.AddRange(docPairs);
                    progress?.Report(new ChannelPairProgress(++done, docs.Count, all.Count));
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
        return (all, pages);
    }
}
