using Ingest.Text;

namespace Ingest.Jobs;

/// <summary>Progress of one document: page n of m done.</summary>
public sealed record PageProgress(int Done, int Total, PageText Page);
