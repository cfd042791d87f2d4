namespace Ingest.Search;

/// <summary>
/// A staff query over <see cref="SearchLimits"/>: bad input, not a bug. The message says which
/// limit and by how much, in words a person can act on (the web answers it as a 400, the CLI
/// prints it and exits 2).
/// </summary>
public sealed class QueryTooLargeException : Exception
{
    public QueryTooLargeException() { }
    public QueryTooLargeException(string message) : base(message) { }
    public QueryTooLargeException(string message, Exception inner) : base(message, inner) { }
}
