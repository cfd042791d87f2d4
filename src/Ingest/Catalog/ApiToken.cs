namespace Ingest.Catalog;

/// <summary>A script's bearer token as the catalog keeps it: its name and role, never its secret (only a hash is stored).</summary>
public sealed record ApiToken(long Id, string Name, AccountRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
