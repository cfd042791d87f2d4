namespace Ingest.Extraction;

/// <summary>One line of a file's text, cleaned of layout markup, with where it stood.</summary>
/// <param name="Text">The line, NFC, trimmed.</param>
/// <param name="Folded">The same line without marks, lower case (<see cref="Text.VietnameseText.Fold"/>), same length.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Index">0-based index among all lines of the file.</param>
public sealed record SourceLine(string Text, string Folded, int Page, int Index)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>The spaces the line stood in from the page's edge before it was trimmed: where a table
    /// kept in its layout puts each cell (<see cref="LayoutTable"/>).</summary>
    public int Indent { get; init; }

    /// <summary>For a header cell of a table kept in its layout that stands under a merged cell, that
    /// cell's text (<see cref="LayoutTable"/>): the text layer's one-cell-per-line form loses where
    /// the merged cell ends, the layout does not.</summary>
    public string? Over { get; init; }

    /// <summary>True for a cell a table kept in its layout was read into (<see cref="LayoutTable"/>):
    /// its wrapped lines are joined, so it may be longer than a text layer's cell line ("Xây dựng Kho
    /// dữ liệu dùng chung của tỉnh, kết nối với …", corpus/blind al02), and is a cell all the same.</summary>
    public bool IsLaidOutCell { get; init; }

    /// <summary>
    /// True for the line that opens a document's recipients ("Nơi nhận:"), where its body ends and
    /// the closing table (recipients, signer) begins. OCR may glue the signer's authority to it
    /// ("Nơi nhận: TM. ỦY BAN NHÂN DÂN"), so only its start is read.
    /// </summary>
    public bool OpensRecipients => Folded.StartsWith("noi nhan", StringComparison.Ordinal);
}
