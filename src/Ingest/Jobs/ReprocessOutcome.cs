using Ingest.Catalog;

namespace Ingest.Jobs;

/// <summary>What reprocessing did to one stored file: its plans now, or the one-line reason it failed.</summary>
public sealed record ReprocessOutcome(StoredFile Document, IReadOnlyList<StoredPlan> Plans, string? Error);
