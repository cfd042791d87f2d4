using System.Diagnostics;
using Ingest.Extraction;
using Ingest.Jobs;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Evaluation;

/// <summary>
/// Reads each file of the real extraction set as the product does — a PDF through
/// <see cref="DocumentReader"/> (text layer or OCR), text parts as pages of a text file — restores
/// and extracts it as the pipeline does (with OCR's word confidences), and scores the record
/// against the hand-written gold.
/// </summary>
public sealed class RealRecordEvaluation(DocumentReader reader, RestorationModels models, PlanExtractor extractor)
{
    private readonly PageRestorer _restorer = new(models);

    /// <summary>One file's score, its gold and the record the product made of it.</summary>
    public sealed record Result(RealRecord File, ExtractionEvaluation Score, PlanRecord Gold, PlanRecord Record, TimeSpan Elapsed);

    /// <summary>Reads, extracts and scores one file.</summary>
    public async Task<Result> RunAsync(RealRecord file, CancellationToken cancel = default)
    {
        var gold = PlanRecord.FromJson(await File.ReadAllTextAsync(file.GoldPath, cancel).ConfigureAwait(false));
        var sw = Stopwatch.StartNew();
        IReadOnlyList<PageText> pages;
        if (file.IsPdf)
        {
            pages = await reader.ReadAsync(file.Sources[0], Path.GetFileName(file.Sources[0]), cancel: cancel).ConfigureAwait(false);
        }
        else
        {
            // Text parts are the file's pages in order, as one text file with form feeds would be.
            var parts = new List<string>();
            foreach (var source in file.Sources)
            {
                parts.Add(await File.ReadAllTextAsync(source, cancel).ConfigureAwait(false));
            }
            pages = DocumentReader.ReadText(file.Name + ".txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\f', parts)));
        }
        var record = OcrEvidence.Extract(extractor, gold.Source, pages, _restorer.Restore(pages));
        sw.Stop();
        return new Result(file, ExtractionEvaluation.Of(gold, record), gold, record, sw.Elapsed);
    }
}
