namespace Ingest.Restoration;

/// <summary>
/// What a channel learned, as −log P costs of character edits: substitutions (ế→é, đ→p, ố→6),
/// deletions, insertions, one true letter read as two (ư → "ir", a split) and two read as one
/// (ươ → "w", a merge), and the <see cref="ChannelDefaults"/> for edits it never saw. Made by
/// <see cref="ChannelTrainer"/>, stored by <see cref="ChannelTableTsv"/>, scored by <see cref="ChannelModel"/>.
/// </summary>
/// <param name="Name">The OCR model whose damage it describes ("eng", "vie").</param>
/// <param name="Substitutions">Cost of the true letter read as the seen one (the same letter included).</param>
/// <param name="Deletions">Cost of a true letter read as nothing.</param>
/// <param name="Insertions">Cost of a seen letter with no true one.</param>
/// <param name="Splits">Cost of one true letter read as two.</param>
/// <param name="Merges">Cost of two true letters read as one.</param>
/// <param name="Defaults">Costs of what the table does not list.</param>
public sealed record ChannelTable(
    string Name,
    IReadOnlyDictionary<(char True, char Seen), float> Substitutions,
    IReadOnlyDictionary<char, float> Deletions,
    IReadOnlyDictionary<char, float> Insertions,
    IReadOnlyDictionary<(char True, string Seen), float> Splits,
    IReadOnlyDictionary<(string True, char Seen), float> Merges,
    ChannelDefaults Defaults);
