using Ingest.Extraction;

namespace Ingest.Evaluation;

/// <summary>
/// A deadline matches on its due date and qualifier (and start, for a range), and its action
/// must share at least half of the shorter action's syllables.
/// </summary>
public sealed class ExtractionDeadlineRule : IExtractionRule<Deadline>
{
    /// <summary>The least loose overlap of the actions.</summary>
    public const double MinimumActionOverlap = 0.5;

    /// <inheritdoc />
    public double? Similarity(Deadline gold, Deadline predicted)
    {
        if (gold.Due != predicted.Due || gold.Qualifier != predicted.Qualifier || gold.Start != predicted.Start)
        {
            return null;
        }
        var overlap = ExtractionText.Overlap(gold.Action, predicted.Action);
        return overlap >= MinimumActionOverlap ? overlap : null;
    }
}
