namespace Ingest.Catalog;

/// <summary>
/// A file a worker holds in the <see cref="DocumentQueue"/>: which file, who holds it (a
/// Hangfire job id, or a CLI run's own name) and the run recorded for it in <c>document_runs</c>.
/// </summary>
public sealed record DocumentClaim(long FileId, string Owner, long RunId);
