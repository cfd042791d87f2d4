namespace Ingest.Extraction;

/// <summary>
/// One paragraph of a document's body (lines joined), with where it stands in the section tree.
/// </summary>
/// <param name="Text">The paragraph without its label, NFC, single-spaced, OCR number slips repaired.</param>
/// <param name="Folded">The same text folded (<see cref="Text.VietnameseText.Fold"/>); same length.</param>
/// <param name="Label">The label the paragraph started with.</param>
/// <param name="Section">"IV.3", "II.2.a", "3"; null before the first numbered heading.</param>
/// <param name="Heading">The text of the innermost numbered heading above (or at) this paragraph: "Sở Nội vụ", "Cấp tỉnh:".</param>
/// <param name="LeadIn">The paragraph ending in ":" that a bullet list hangs from, if any.</param>
/// <param name="InPreamble">True in the grounds before the first numbered heading ("Căn cứ…", "Thực hiện…").</param>
/// <param name="Lead">For a task table's row (<see cref="TaskTable"/>): its "Cơ quan chủ trì" cell, the body that leads the task.</param>
/// <param name="Allotted">For an allocation table's row (<see cref="QuotaTable"/>): its holder's cell and its counts.</param>
/// <param name="Goals">For a table of goals' row (<see cref="TargetTable"/>): the goals its figures set.</param>
/// <param name="GoalsPerPlace">True when that table's rows are places (each goal is one place's), not indicators.</param>
public sealed record BodyParagraph(
    string Text,
    string Folded,
    SectionLabel Label,
    string? Section,
    string? Heading,
    string? LeadIn,
    bool InPreamble,
    string? Lead = null,
    AllottedRow? Allotted = null,
    IReadOnlyList<Target>? Goals = null,
    bool GoalsPerPlace = false)
{
    /// <summary>The <see cref="Heading"/> folded (<see cref="Text.VietnameseText.Fold"/>); null with it.</summary>
    public string? HeadingFolded { get; init; }
}
