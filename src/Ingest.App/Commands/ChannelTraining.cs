using Ingest.Corpus;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;

namespace Ingest.App.Commands;

/// <summary>
/// Makes (true syllable, OCR token) pairs in bulk: training texts rendered as scans of varied
/// resolution, compression and degradation, OCR'd with the model whose damage is learned.
/// Only training texts are used (corpus/lm and law excerpts), never the evaluation corpus.
/// </summary>
internal static class ChannelTraining
{
    public static List<string> Documents(string textsDir, string lawsGz, int lawDocs)
    {
        var docs = Directory.Exists(textsDir)
            ? Directory.EnumerateFiles(textsDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];
        if (lawDocs > 0 && File.Exists(lawsGz))
        {
            var lines = TrainingText.Laws(lawsGz).ToList();
            var step = Math.Max(1, lines.Count / lawDocs);
            for (var i = 0; i < lawDocs; i++)
            {
                docs.Add(string.Join('\n', lines.Skip(i * step).Take(40)));
            }
        }
        return docs;
    }

    public static async Task<(ChannelModel Model, int Pairs, int Pages)> TrainAsync(string language, List<string> docs, string? pairsFile, CancellationToken cancel)
    {
        if (pairsFile is not null && File.Exists(pairsFile))
        {
            var saved = File.ReadLines(pairsFile).Select(l => l.Split('\t')).Where(c => c.Length == 2).Select(c => (c[0], c[1])).ToList();
            return (ChannelTrainer.Train(language, saved), saved.Count, 0);
        }
        using var pool = new EnginePool(new OcrOptions { Language = language });
        var reader = new DocumentReader(pool);
        var all = new List<(string, string)>();
        var pages = 0;
        var tmp = Directory.CreateTempSubdirectory("ingest-channel-").FullName;
        try
        {
            // One document per core: rendering a scan is single-threaded, so one document alone
            // leaves a core idle while it is drawn. Edit counts do not depend on the order (the
            // --pairs file's order does).
            var done = 0;
            await Parallel.ForEachAsync(Enumerable.Range(0, docs.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, async (i, ct) =>
            {
                var dpi = i % 3 == 0 ? 300 : 200;
                var encoding = i % 4 == 1 ? ScanEncoding.CcittG4 : ScanEncoding.Jpeg;
                var path = Path.Combine(tmp, $"{i}.pdf");
                await File.WriteAllBytesAsync(path, ScanRenderer.Render(docs[i], dpi, 1000 + i, encoding), ct);
                var read = await reader.ReadAsync(path, $"train-{i}.pdf", cancel: ct);
                var docPairs = PairAligner.Pairs(docs[i], string.Join('\n', read.Select(p => p.Text)));
                File.Delete(path);
                lock (all)
                {
                    pages += read.Count;
                    all.AddRange(docPairs);
                    Console.Error.Write($"\r{++done}/{docs.Count} documents, {all.Count:N0} pairs");
                }
            });
            Console.Error.WriteLine();
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
        if (pairsFile is not null)
        {
            await File.WriteAllLinesAsync(pairsFile, all.Select(p => $"{p.Item1}\t{p.Item2}"), cancel);
        }
        return (ChannelTrainer.Train(language, all), all.Count, pages);
    }
}
