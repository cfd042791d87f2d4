namespace Ingest.Jobs;

/// <summary>
/// Bad input — a file the pipeline cannot read — as opposed to a programming error. The message
/// names the file, the page where there is one, and the reason, in one line.
/// </summary>
public sealed class BadInputException : Exception
{
    public BadInputException(string file, int? page, string reason)
        : base(page is null ? $"{file}: {reason}" : $"{file}: page {page}: {reason}")
    {
        File = file;
        Page = page;
        Reason = reason;
    }

    public BadInputException() : this("", null, "") { }

    public BadInputException(string message) : base(message)
    {
        File = "";
        Reason = message;
    }

    public BadInputException(string message, Exception innerException) : base(message, innerException)
    {
        File = "";
        Reason = message;
    }

    public string File { get; } = "";
    public int? Page { get; }
    public string Reason { get; } = "";
}
