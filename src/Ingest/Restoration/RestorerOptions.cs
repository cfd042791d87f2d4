namespace Ingest.Restoration;

/// <summary>Weights of the decoder (tuned on the dev gold, seed 001, and on training pairs only).</summary>
public sealed record RestorerOptions
{
    /// <summary>Weight of the channel cost against the language model.</summary>
    public float ChannelWeight { get; init; } = 1.0f;

    /// <summary>Candidates kept per token after channel scoring.</summary>
    public int CandidatesPerToken { get; init; } = 8;

    /// <summary>Candidates worse than the best by more than this (channel cost, nats) are dropped.</summary>
    public float ChannelMargin { get; init; } = 10f;

    /// <summary>Histories kept by the beam.</summary>
    public int Beam { get; init; } = 12;

    /// <summary>
    /// Candidates the training text never has ("đũy", "giừi": legal spellings, no words) are
    /// proposed only when the token spells them; otherwise they crowd real words ("đẩy") out of
    /// the candidate list, since the channel finds them as cheap as any.
    /// </summary>
    public bool OnlyAttestedCandidates { get; init; } = true;

    /// <summary>Extra cost of keeping a token that is not a legal syllable as it is (a name, a foreign word).</summary>
    public float KeepUnknownCost { get; init; } = 9f;

    /// <summary>
    /// Weight of the OCR engine's own cost for an alternative of a word (−ln of its confidence
    /// over the read symbol's) against the channel's nats. Tuned on the real tune half (`ingest eval
    /// ocr --set real`, restored order-free F1 / in order): without alternatives 97.74 / 97.45 %;
    /// weight 0.5: 97.78 / 97.49; 1: 97.97 / 97.69; 1.5: 98.08 / 97.79; 2: 98.15 / 97.86; 3: 98.15 /
    /// 97.86; 5: 98.08 / 97.79. The smaller of the best is kept.
    /// </summary>
    public float AlternativeWeight { get; init; } = 2.0f;

    /// <summary>
    /// Settings for English-model OCR, where most tokens are damaged: a wider candidate list and
    /// a dearer "keep as it is" (tuned on the dev gold, seed 001, and checked on the eng OCR of
    /// corpus/scans: with only attested candidates, cw 1.2 / keep 15 / 20 candidates beat the
    /// earlier 1.0 / 13 / 14 on both).
    /// </summary>
    public static RestorerOptions EnglishOcr { get; } = new() { ChannelWeight = 1.2f, KeepUnknownCost = 15f, CandidatesPerToken = 20 };

    /// <summary>
    /// Settings for Vietnamese-model OCR and clean text, where most tokens are right: the channel
    /// weighs more, so only a clear language-model gain changes a word (tuned so clean text stays
    /// unchanged).
    /// </summary>
    public static RestorerOptions VietnameseOcr { get; } = new() { ChannelWeight = 1.4f, KeepUnknownCost = 9f, CandidatesPerToken = 8 };
}
