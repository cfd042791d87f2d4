using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Restoration;

namespace Ingest.Jobs;

/// <summary>
/// Runs restoration and/or extraction again over the page texts the catalog holds, without
/// reading the originals or OCR'ing anything: re-extracting 10,000 plans after a parser fix
/// costs parsing time only. Plans are replaced in the catalog and the index.
/// </summary>
public sealed class Reprocessor(Archive archive)
{
    /// <summary>Reprocesses every file whose pages are stored (files that failed before reading have none).</summary>
    public IEnumerable<ReprocessOutcome> RunAll(ReprocessFrom from)
    {
        foreach (var doc in archive.Catalog.Documents().Where(d => d.PageCount > 0))
        {
            yield return Run(doc, from);
        }
        archive.Index.Commit();
    }

    /// <summary>Reprocesses one file; call <see cref="Search.PlanIndex.Commit"/> after.</summary>
    public ReprocessOutcome Run(StoredDocument doc, ReprocessFrom from)
    {
        try
        {
            IReadOnlyList<string> texts;
            if (from == ReprocessFrom.Restore)
            {
                var pages = archive.Catalog.Pages(doc.Id);
                texts = PageRestorer.Restore(pages);
                archive.Catalog.SaveRestoredText(doc.Id, pages, texts);
            }
            else
            {
                texts = archive.Catalog.PageTexts(doc.Id);
            }
            var plans = archive.ReplacePlans(doc.Id, PlanExtractor.Extract(doc.FileName, texts));
            archive.Catalog.SetStatus(doc.Id, DocumentStatus.Done);
            return new ReprocessOutcome(doc, plans, null);
        }
        catch (BadInputException e)
        {
            archive.Catalog.SetStatus(doc.Id, DocumentStatus.Failed, e.Message);
            return new ReprocessOutcome(doc, [], e.Message);
        }
    }
}
