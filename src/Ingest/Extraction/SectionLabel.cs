using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>What numbers a paragraph of a plan's body: "II.", "3.", "b)", "-" or "+".</summary>
public enum SectionLabelKind
{
    None,
    /// <summary>"IV. TỔ CHỨC THỰC HIỆN", "Phần II".</summary>
    Roman,
    /// <summary>"3. Sở Nội vụ", "Mục 2".</summary>
    Arabic,
    /// <summary>"a) Cấp xã", "đ) Đề nghị …".</summary>
    Letter,
    /// <summary>"- Đôn đốc …", "+ 01 thôn …": not part of a section path.</summary>
    Bullet,
}

/// <summary>The label at the start of a body line and the text after it.</summary>
/// <param name="Kind">Which level the label numbers.</param>
/// <param name="Value">"IV", "3", "a"; the bullet character for a bullet.</param>
/// <param name="Length">Characters the label takes, with the spaces after it.</param>
public readonly record struct SectionLabel(SectionLabelKind Kind, string Value, int Length)
{
    private static readonly RuleRef SectionArabicRule = new("section.arabic");
    private static readonly RuleRef SectionBulletRule = new("section.bullet");
    private static readonly RuleRef SectionLetterRule = new("section.letter");
    private static readonly RuleRef SectionRomanRule = new("section.roman");

    /// <summary>No label: the line continues or starts an unnumbered paragraph.</summary>
    public static SectionLabel None { get; } = new(SectionLabelKind.None, "", 0);

    /// <summary>Reads the label of a line (its text, NFC, trimmed) by the rules section.*, in their order.</summary>
    public static SectionLabel Read(RuleBook rules, string text)
    {
        var m = SectionRomanRule.In(rules).Match(text);
        if (m.Success)
        {
            return new(SectionLabelKind.Roman, m.Groups["v"].Value, m.Length);
        }
        m = SectionArabicRule.In(rules).Match(text);
        if (m.Success)
        {
            return new(SectionLabelKind.Arabic, m.Groups["v"].Value.TrimStart('0') is { Length: > 0 } v ? v : "0", m.Length);
        }
        m = SectionLetterRule.In(rules).Match(text);
        if (m.Success)
        {
            return new(SectionLabelKind.Letter, m.Groups["v"].Value, m.Length);
        }
        m = SectionBulletRule.In(rules).Match(text);
        return m.Success ? new(SectionLabelKind.Bullet, text[..1], m.Length) : None;
    }
}
