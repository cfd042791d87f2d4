namespace Ingest.Catalog;

/// <summary>
/// A person's account (never its password hash). HasPassword is false for the first admin until
/// a password is set (its one-time login link signs it in meanwhile).
/// </summary>
public sealed record Account(long Id, string Name, AccountRole Role, DateTimeOffset CreatedAt, bool HasPassword);
