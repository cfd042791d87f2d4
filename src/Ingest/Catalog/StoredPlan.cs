using Ingest.Extraction;

namespace Ingest.Catalog;

/// <summary>One document of a stored file, with the file it came from.</summary>
/// <param name="Id">Catalog id of the plan row.</param>
/// <param name="FileId">Catalog id of the file.</param>
/// <param name="Source">The file name as received.</param>
/// <param name="Ordinal">0-based position of the document within the file.</param>
/// <param name="Document">The extracted record.</param>
public sealed record StoredPlan(long Id, long FileId, string Source, int Ordinal, PlanDocument Document);
