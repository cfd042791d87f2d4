namespace Ingest.Catalog;

/// <summary>
/// One change to the archive and who made it. Actor: the account name, "token:NAME" for a script,
/// "cli:USER" for the command line. Action: "upload", "retry", "correct", "delete".
/// </summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, long? FileId, string? Detail);
