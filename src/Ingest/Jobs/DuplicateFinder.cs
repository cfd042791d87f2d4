using Ingest.Catalog;
using Ingest.Search;

namespace Ingest.Jobs;

/// <summary>
/// Flags the plans of a just-processed file that read as plans already archived from earlier
/// files (issue 18: 30 rescans of one plan were 30 documents and 20 identical hits). Plans with
/// the same number, date and issuer are found by <see cref="DuplicateStore"/> itself; this
/// compares texts: the index proposes the plans sharing the most distinctive words, and a plan
/// whose word-shingle similarity with one of them reaches <see cref="Threshold"/> is recorded as
/// its possible duplicate (of its original, when that one is itself a copy). It runs where the
/// index is written — `ingest add`, and the service's index job — before the file is indexed,
/// so the index marks the copies a search groups.
/// </summary>
public sealed class DuplicateFinder(Archive archive)
{
    /// <summary>
    /// Folded word-3-shingle Jaccard at or above which two texts are one plan. Measured on the
    /// corpus (the OCR'd, restored text of 18 scans — corpus/scans and corpus/scans-official, the
    /// same plans at 200 and 300 dpi, plain and official layout, mild to harsh — and the texts of
    /// corpus/plans): 30 pairs of one plan are at 0.864 or more (the lowest: a06 official harsh
    /// against its plain scan), 295 pairs of different plans at 0.200 or less (a01 and b01, two
    /// plans of one genre). 0.6 sits well inside the gap, nearer the rescans' side: a plan
    /// re-issued with a few paragraphs changed is a new plan, not a copy.
    /// </summary>
    public const double Threshold = 0.6;

    // Too few words to compare: a cover slip's two lines are alike in every file.
    private const int MinShingles = 40;

    private const int Candidates = 10;

    /// <summary>Compares the plans of file <paramref name="fileId"/> with the archive's and records what it finds (replacing earlier findings).</summary>
    public IReadOnlyList<TextDuplicate> Check(long fileId, IReadOnlyList<StoredPlan> plans)
    {
        var found = new List<TextDuplicate>();
        foreach (var plan in plans)
        {
            var mine = PlanSimilarity.Shingles(plan.Document.Text);
            if (mine.Count < MinShingles)
            {
                continue;
            }
            var best = archive.Index.SimilarPlans(plan.Document.Text, Candidates)
                .Where(c => c.FileId < fileId)
                .Select(c => archive.Catalog.Plans.Get(c.PlanId))
                .OfType<StoredPlan>()
                .Where(c => !Distinct(plan.Document, c.Document))
                .Select(c => (Plan: c, Similarity: PlanSimilarity.Jaccard(mine, PlanSimilarity.Shingles(c.Document.Text))))
                .Where(c => c.Similarity >= Threshold)
                .OrderByDescending(c => c.Similarity)
                .ThenBy(c => c.Plan.Id)
                .FirstOrDefault();
            if (best.Plan is null)
            {
                continue;
            }
            // A rescan of a rescan is a copy of the first: groups have one original.
            var original = archive.Catalog.Duplicates.Of(best.Plan.Id)?.OriginalPlanId ?? best.Plan.Id;
            found.Add(new TextDuplicate(plan.Ordinal, original, Math.Round(best.Similarity, 4)));
        }
        archive.Catalog.Duplicates.Replace(fileId, found);
        return found;
    }

    // Two plans whose numbers and dates both differ are two documents, however alike their text:
    // a series issued from one template ("Kiểm tra an toàn công trình đợt 1", "đợt 2", …). A
    // rescan's OCR may misread one of them, rarely both.
    private static bool Distinct(Extraction.PlanDocument a, Extraction.PlanDocument b) =>
        a.Number is not null && b.Number is not null && Extraction.DocumentNumber.Key(a.Number) != Extraction.DocumentNumber.Key(b.Number)
        && a.IssuedOn is not null && b.IssuedOn is not null && a.IssuedOn != b.IssuedOn;
}
