namespace Ingest.Catalog;

/// <summary>A file as the catalog holds it: the original is kept under its SHA-256.</summary>
public sealed record StoredDocument(long Id, string Sha256, string FileName, DateTimeOffset ReceivedAt, string Status, string? Error, int? PageCount);
