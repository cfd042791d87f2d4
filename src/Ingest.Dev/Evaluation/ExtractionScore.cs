namespace Ingest.Evaluation;

/// <summary>Counts for one entity kind: gold items, predicted items, and the pairs matched one to one.</summary>
public readonly record struct ExtractionScore(int Gold, int Predicted, int Matched)
{
    /// <summary>Nothing counted yet.</summary>
    public static ExtractionScore Zero => default;

    /// <summary>Matched / predicted; 1 when nothing was predicted and nothing was due.</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;

    /// <summary>Matched / gold; 1 when the gold has none.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>Sums two scores.</summary>
    public static ExtractionScore operator +(ExtractionScore a, ExtractionScore b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched);

    /// <summary>Sums two scores (for languages without operators).</summary>
    public static ExtractionScore Add(ExtractionScore a, ExtractionScore b) => a + b;
}
