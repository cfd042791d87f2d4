namespace Ingest.Pdf;

/// <summary>
/// A PDF, or one of its pages, that cannot be read: bad input, not a bug. The reason is one line
/// in the user's words ("encrypted: opening it needs a password"); the caller adds the file name.
/// </summary>
public sealed class UnreadablePdfException : Exception
{
    public UnreadablePdfException(int? page, string reason) : base(reason)
    {
        Page = page;
        Reason = reason;
    }

    public UnreadablePdfException() : this(null, "") { }

    public UnreadablePdfException(string message) : this(null, message) { }

    public UnreadablePdfException(string message, Exception innerException) : base(message, innerException) => Reason = message;

    /// <summary>The 1-based page that cannot be read, or null when the file as a whole cannot.</summary>
    public int? Page { get; }

    /// <summary>Why, in one line.</summary>
    public string Reason { get; } = "";
}
