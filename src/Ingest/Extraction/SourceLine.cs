namespace Ingest.Extraction;

/// <summary>One line of a file's text, cleaned of layout markup, with where it stood.</summary>
/// <param name="Text">The line, NFC, trimmed.</param>
/// <param name="Folded">The same line without marks, lower case (<see cref="Text.VietnameseText.Fold"/>), same length.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Index">0-based index among all lines of the file.</param>
public sealed record SourceLine(string Text, string Folded, int Page, int Index)
{
    public bool IsBlank => Text.Length == 0;
}
