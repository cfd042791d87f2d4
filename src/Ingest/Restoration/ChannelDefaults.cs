namespace Ingest.Restoration;

/// <summary>
/// The costs (−log P) a channel gives an edit its table does not list: an unseen substitution,
/// one between letters that differ only in their marks (OCR drops and swaps marks far more often
/// than it reads an unrelated letter), an unseen deletion or insertion, and a letter read as itself.
/// </summary>
public sealed record ChannelDefaults(float Substitution, float SubstitutionSameBase, float Deletion, float Insertion, float Identity);
