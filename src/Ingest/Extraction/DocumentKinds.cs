using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// The document types of Vietnamese administration, by their written name and by the code in
/// their number (the "KH" of 11325/KH-UBND), read from the vocabulary <c>document-kinds.tsv</c>.
/// </summary>
public sealed class DocumentKinds
{
    public const string Plan = "Kế hoạch";
    public const string OfficialLetter = "Công văn";
    public const string Outline = "Đề cương";

    // Longest first, so "Đề cương báo cáo" is read as an outline, not as "Báo cáo".
    private readonly (string Folded, string Kind)[] _headingNames;
    private readonly (string Folded, string Kind)[] _allNames;
    private readonly Dictionary<string, string> _byCode;
    private readonly HashSet<string> _setsRules;

    /// <summary>Builds the kinds from their vocabulary (columns kind, folded, code, heads, sets_rules).</summary>
    public DocumentKinds(Vocabulary vocabulary)
    {
        var rows = vocabulary.Rows;
        int kind = vocabulary.Index("kind"), folded = vocabulary.Index("folded"), code = vocabulary.Index("code"),
            heads = vocabulary.Index("heads"), rules = vocabulary.Index("sets_rules");
        _allNames = [.. rows.Select(r => (r[folded], r[kind])).OrderByDescending(n => n.Item1.Length)];
        _headingNames = [.. rows.Where(r => r[heads] == "yes").Select(r => (r[folded], r[kind])).OrderByDescending(n => n.Item1.Length)];
        _byCode = rows.Where(r => r[code].Length > 0).ToDictionary(r => r[code], r => r[kind], StringComparer.Ordinal);
        _setsRules = rows.Where(r => r[rules] == "yes").Select(r => r[kind]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The folded names of kinds that head documents, longest first (for building patterns).</summary>
    public IEnumerable<string> FoldedNames => _headingNames.Select(n => n.Folded);

    /// <summary>The folded names of every kind, cited-only ones too ("công điện", "văn bản"), longest first.</summary>
    public IEnumerable<string> AllFoldedNames => _allNames.Select(n => n.Folded);

    /// <summary>The heading kind whose name starts the folded text at <paramref name="start"/>, with its length.</summary>
    public (string Kind, int Length)? MatchName(string folded, int start = 0)
    {
        foreach (var (name, kind) in _headingNames)
        {
            if (string.CompareOrdinal(folded, start, name, 0, name.Length) == 0
                && (start + name.Length == folded.Length || !char.IsLetter(folded[start + name.Length])))
            {
                return (kind, name.Length);
            }
        }
        return null;
    }

    /// <summary>
    /// The kind a code's first segment names ("TTr-BTL" → Tờ trình, "QĐ-UBND" → Quyết định), or
    /// null for an office code that names none ("SGDĐT-CTrTT", "UBND-KT", "CV-PA83").
    /// </summary>
    public string? KindOfCode(string code)
    {
        var first = VietnameseText.Fold(code).Split('-', '/', '.')[0].Trim();
        return _byCode.TryGetValue(first, out var kind) ? kind : null;
    }

    /// <summary>The kind a number's code implies: "KH-UBND" → Kế hoạch; a bare office code → Công văn.</summary>
    public string FromCode(string code) => KindOfCode(code) ?? OfficialLetter;

    /// <summary>True for kinds whose percentages are rates or results unless a goal is named, and whose yearly duties have no year.</summary>
    public bool SetsRules(string kind) => _setsRules.Contains(kind);

    /// <summary>The canonical kind for a folded kind name (heading or cited-only), or null.</summary>
    public string? FromFoldedName(string folded) =>
        _allNames.FirstOrDefault(n => n.Folded == folded).Kind;
}
