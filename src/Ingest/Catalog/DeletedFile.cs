namespace Ingest.Catalog;

/// <summary>What the catalog let go of when a file was deleted: its row, the plans it held, and whether another file still holds its bytes.</summary>
public sealed record DeletedFile(StoredFile File, IReadOnlyList<long> PlanIds, bool BytesShared);
