namespace Ingest.Corpus.Official;

/// <summary>
/// One administrative document split into the parts that Nghị định 30/2020/NĐ-CP places on the
/// page: the two-column header, the kind and title (centred), the body, the recipients (bottom
/// left) and the signer (bottom right). Made by <see cref="OfficialDocumentParser"/> from a corpus
/// text; every printed line of the text is in exactly one part.
/// </summary>
/// <param name="Header">Header lines in the order they were read; <see cref="HeaderLine.IsLeft"/> says the column.</param>
/// <param name="Kind">The kind in caps ("KẾ HOẠCH", "HƯỚNG DẪN"), or null (a letter: its subject is the header's "V/v" lines).</param>
/// <param name="Title">The title (trích yếu) under the kind, one entry per printed line.</param>
/// <param name="Body">The body, one paragraph per entry (a corpus text writes one paragraph per line).</param>
/// <param name="Recipients">The items under "Nơi nhận:" ("- Như trên;"), empty when the label stands alone, null when there is no such block.</param>
/// <param name="SignerTitle">The signer's caps lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".</param>
/// <param name="SignerNote">A note in place of the signature, "(Đã ký)" or "(Ký tên, đóng dấu)", or null.</param>
/// <param name="SignerName">The signer's name, or null.</param>
public sealed record OfficialDocument(
    IReadOnlyList<HeaderLine> Header,
    string? Kind,
    IReadOnlyList<string> Title,
    IReadOnlyList<string> Body,
    IReadOnlyList<string>? Recipients,
    IReadOnlyList<string> SignerTitle,
    string? SignerNote,
    string? SignerName)
{
    /// <summary>The label of the recipients block ("where it is sent").</summary>
    public const string RecipientsLabel = "Nơi nhận:";

    /// <summary>The issuer's column, top to bottom.</summary>
    public IEnumerable<HeaderLine> Left => Header.Where(h => h.IsLeft);

    /// <summary>The motto's column, top to bottom.</summary>
    public IEnumerable<HeaderLine> Right => Header.Where(h => !h.IsLeft);

    /// <summary>
    /// The printed lines in the order a reader takes them: the left header column, the right one,
    /// kind, title, body, recipients, signer. This is the true text of a rendering (page numbers aside).
    /// </summary>
    public IEnumerable<string> ReadingOrder()
    {
        foreach (var h in Left.Concat(Right))
        {
            yield return h.Text;
        }
        if (Kind is not null)
        {
            yield return Kind;
        }
        foreach (var line in Title.Concat(Body))
        {
            yield return line;
        }
        if (Recipients is not null)
        {
            yield return RecipientsLabel;
            foreach (var r in Recipients)
            {
                yield return r;
            }
        }
        foreach (var line in SignerTitle)
        {
            yield return line;
        }
        if (SignerNote is not null)
        {
            yield return SignerNote;
        }
        if (SignerName is not null)
        {
            yield return SignerName;
        }
    }
}
