namespace Ingest.Catalog;

/// <summary>
/// A plan that reads as a plan of an earlier file — most often a rescan of the same paper.
/// </summary>
/// <param name="PlanId">The plan flagged.</param>
/// <param name="OriginalPlanId">The plan it is a possible duplicate of (the first of its copies, never itself a copy).</param>
/// <param name="OriginalFileId">The catalog id of the original's file.</param>
/// <param name="OriginalSource">The original's file name.</param>
/// <param name="OriginalNumber">The original's number, if it has one.</param>
/// <param name="Reason">Why: "same number, date and issuer", or "text 97% the same".</param>
public sealed record PossibleDuplicate(long PlanId, long OriginalPlanId, long OriginalFileId, string OriginalSource, string? OriginalNumber, string Reason)
{
    /// <summary>The share of word shingles the two texts have in common, when the text is the reason (null: same number, date and issuer).</summary>
    public double? Similarity { get; init; }

    /// <summary>One line for a person: "possible duplicate of 58/KH-UBND (a05-200.pdf, document 3): text 97% the same".</summary>
    public string Describe() =>
        $"possible duplicate of {OriginalNumber ?? "plan " + OriginalPlanId.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({OriginalSource}, document {OriginalFileId.ToString(System.Globalization.CultureInfo.InvariantCulture)}): {Reason}";
}
