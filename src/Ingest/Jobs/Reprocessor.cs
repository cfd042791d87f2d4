using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Jobs;

/// <summary>
/// Runs restoration and/or extraction again over the page texts the catalog holds, without
/// reading the originals or OCR'ing anything: re-extracting 10,000 plans after a parser fix
/// costs parsing time only. Plans are replaced in the catalog and the index.
/// </summary>
/// <param name="archive">The archive whose files are reprocessed.</param>
/// <param name="models">The restoration models (used by <see cref="ReprocessFrom.Restore"/>).</param>
/// <param name="extractor">The parser with its rules.</param>
/// <param name="extract">The parser (<see cref="PlanExtractor.Extract(string, IReadOnlyList{string}, ReadingConfidence)"/>
/// unless a test needs one that fails).</param>
public sealed class Reprocessor(Archive archive, RestorationModels models, PlanExtractor extractor, Func<string, IReadOnlyList<string>, ReadingConfidence?, PlanRecord>? extract = null)
{
    private readonly PageRestorer _restorer = new(models);
    private readonly Func<string, IReadOnlyList<string>, ReadingConfidence?, PlanRecord> _extract = extract ?? extractor.Extract;

    /// <summary>Reprocesses every file whose pages are stored (files that failed before reading have none).</summary>
    public IEnumerable<ReprocessOutcome> RunAll(ReprocessFrom from) => RunEach(archive.Catalog.Files().Where(d => d.PageCount > 0), from);

    /// <summary>Reprocesses the given files, one by one, and commits the index after the last.</summary>
    public IEnumerable<ReprocessOutcome> RunEach(IEnumerable<StoredFile> files, ReprocessFrom from)
    {
        foreach (var doc in files)
        {
            yield return Run(doc, from);
        }
        archive.Index.Commit();
    }

    /// <summary>
    /// Reprocesses one file; call <see cref="Search.PlanIndex.Commit"/> after. Everything is
    /// computed before anything is written, so a file the new code cannot handle keeps its
    /// earlier texts and plans, and the caller goes on with the next file.
    /// </summary>
    public ReprocessOutcome Run(StoredFile doc, ReprocessFrom from)
    {
        var stage = from == ReprocessFrom.Restore ? PipelineStage.Restoring : PipelineStage.Extracting;
        try
        {
            // The pages as read carry OCR's word confidences, which decide whether a header number
            // is sure enough to file under.
            var pages = archive.Catalog.Pages.Of(doc.Id);
            IReadOnlyList<string> texts;
            if (from == ReprocessFrom.Restore)
            {
                texts = _restorer.Restore(pages);
                stage = PipelineStage.Extracting;
            }
            else
            {
                texts = archive.Catalog.Pages.Texts(doc.Id);
            }
            var record = _extract(doc.FileName, texts, OcrEvidence.Of(pages));
            stage = PipelineStage.Storing;
            if (from == ReprocessFrom.Restore)
            {
                archive.Catalog.Pages.SaveRestored(doc.Id, pages, texts);
            }
            var plans = archive.ReplacePlans(doc.Id, record);
            archive.Catalog.SetStatus(doc.Id, FileStatus.Done);
            return new ReprocessOutcome(doc, plans, null);
        }
        catch (BadInputException e)
        {
            archive.Catalog.SetStatus(doc.Id, FileStatus.Failed, e.Message);
            return new ReprocessOutcome(doc, [], e.Message);
        }
        catch (Exception e) when (e is not CatalogUnavailableException)
        {
            // A bug the file provokes in the new code (the reason the user reprocesses is
            // usually new code): reported with its stage; the file keeps what it had.
            return new ReprocessOutcome(doc, [], IngestPipeline.Unexpected(doc.FileName, stage, e) + "; its earlier results are kept");
        }
    }
}
