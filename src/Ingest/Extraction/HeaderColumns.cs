namespace Ingest.Extraction;

/// <summary>
/// What a reader of an allocation table's header found its columns of figures to be
/// (<see cref="AllotmentHeader"/>, <see cref="SpannedHeader"/>): <see cref="QuotaTable"/> reads the
/// rows under it.
/// </summary>
/// <param name="Units">Per column of figures: what it counts, or null for a column that allots nothing (facts, money).</param>
/// <param name="Purposes">Per column: what the header says it is given for ("giao quân", or the merged cell above it), or null.</param>
/// <param name="Total">Whether a column of row totals stands among the figures.</param>
/// <param name="Notes">Whether a column of notes follows the figures.</param>
/// <param name="Level">The level of place the holder column names ("ấp"), or null.</param>
/// <param name="End">The index of the first line after the header (row 1, or a group's row above it).</param>
internal sealed record HeaderColumns(IReadOnlyList<string?> Units, IReadOnlyList<string?> Purposes, bool Total, bool Notes, string? Level, int End);
