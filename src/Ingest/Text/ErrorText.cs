namespace Ingest.Text;

/// <summary>
/// Exceptions as the one line a user, the catalog and the web page show. Used by the stage that
/// meets a broken file (Pdf, naming what PdfPig threw) and by the pipeline (naming a bug a file
/// provoked) alike, so both read the same way.
/// </summary>
public static class ErrorText
{
    /// <summary>
    /// An unexpected exception as one line: its message's first line and its type, which tells
    /// a maintainer where to look (a PdfPig limitation, a bug of ours) when the message does not.
    /// </summary>
    public static string Describe(Exception e) => $"{OneLine(e.Message)} ({e.GetType().Name})".TrimStart();

    /// <summary>The first line of a message, trimmed.</summary>
    public static string OneLine(string message) => message.Split('\n')[0].Trim();
}
