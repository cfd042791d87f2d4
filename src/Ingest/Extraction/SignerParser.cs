using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Reads the signature block at the end of a document: authority lines ("TM. ỦY BAN NHÂN DÂN",
/// "KT. CHỦ TỊCH"), the title above the name ("PHÓ CHỦ TỊCH"), and the name. OCR reads the block
/// beside the distribution list, so a title or name may share a line with it
/// ("- Bộ Nội vụ; CHỦ TỊCH", "- Lưu: VT, NC. Trịnh Văn Quảng"). The lines are the rules signer.*
/// (Extraction/Rules/signer.yaml), the words the vocabularies signer-authorities, signer-titles and
/// signer-title-capitals.
/// </summary>
public static class SignerParser
{
    private static readonly RuleRef SignerAuthorityRule = new("signer.authority");
    private static readonly RuleRef SignerAnnexRule = new("section.annex-caption");
    private static readonly RuleRef SignerNameRule = new("signer.name");
    private static readonly RuleRef SignerSignedRule = new("signer.signed");
    private static readonly RuleRef SignerTemplateRule = new("signer.template");
    private static readonly RuleRef SignerTitleCapsRule = new("signer.title-caps");
    private static readonly RuleRef SignerTitleWordRule = new("signer.title-word");

    /// <summary>The signer of a segment, or null when nobody signs it (a template, a missing block).</summary>
    public static Signer? Parse(RuleBook rules, DocumentSplitter.Segment segment)
    {
        var lines = segment.Lines;
        var from = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].OpensRecipients)
            {
                from = i;
                break;
            }
        }
        if (from == 0)
        {
            from = Math.Max(0, lines.Count - 14);
        }
        // The signer's block usually stands beside or after "Nơi nhận:"; a Chỉ thị may set it just
        // above the recipients ("… nghiêm túc triển khai thực hiện./." / "CHỦ TỊCH" / "Phan Minh Trí"
        // / "Nơi nhận:", corpus/blind c07).
        if (Scan(rules, lines, from, lines.Count) is var (found, template) && (found is not null || template))
        {
            return found;
        }
        if (from == 0)
        {
            return null;
        }
        // Or the block above the recipients and the name after them ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" /
        // "Nơi nhận:" / … / "- Lưu: VT." / "Hồ Sỹ Tuấn", corpus/blind ag08; the name beside a recipient, ae07).
        return Scan(rules, lines, Math.Max(0, from - AboveRecipients), from).Signer
            ?? Scan(rules, lines, Math.Max(0, from - AboveRecipients), lines.Count).Signer;
    }

    // Lines above "Nơi nhận:" that may hold the signer's block: authority lines, title, name.
    private const int AboveRecipients = 6;

    // The signer read from lines [from, to); Template when an outline's template block says nobody signs.
    private static (Signer? Signer, bool Template) Scan(RuleBook rules, IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var authorities = new List<string>();
        string? title = null, name = null;
        for (var i = from; i < to; i++)
        {
            if (SignerAnnexRule.In(rules).IsMatch(lines[i].Folded))
            {
                break; // an annex's caption after the signature: its table's names are no signer (corpus/blind e07)
            }
            var text = lines[i].Text;
            if (lines[i].IsBlank || SignerSignedRule.In(rules).IsMatch(lines[i].Folded))
            {
                continue;
            }
            if (SignerTemplateRule.In(rules).IsMatch(lines[i].Folded))
            {
                return (null, true); // "THỦ TRƯỞNG ĐƠN VỊ (Ký tên, đóng dấu)": an outline nobody signs
            }
            var authority = SignerAuthorityRule.In(rules).Match(text);
            if (authority.Success)
            {
                // "T/M Ban Thường vụ" keeps the party's mark as written; "TM. Ủy ban nhân dân" has its dot.
                var mark = authority.Groups["k"].Value.ToUpperInvariant();
                authorities.Add($"{mark}{(mark.Contains('/', StringComparison.Ordinal) ? "" : ".")} {Role(rules, authority.Groups["r"].Value)}");
                title = null;
                name = null;
                continue;
            }
            var caps = SignerTitleCapsRule.In(rules).Match(text);
            if (caps.Success && IsTitle(rules, caps.Groups["t"].Value))
            {
                title = Role(rules, caps.Groups["t"].Value.Trim());
                name = null;
                continue;
            }
            if (title is not null)
            {
                var n = SignerNameRule.In(rules).Match(text);
                if (n.Success)
                {
                    name = VietnameseText.CollapseSpaces(n.Groups["n"].Value);
                }
            }
        }
        if (title is null || name is null)
        {
            return (null, false);
        }
        if (title.StartsWith("Q. ", StringComparison.Ordinal) && authorities.Count == 0)
        {
            return (new Signer(name, title, null), false);
        }
        return (new Signer(name, title, authorities.Count == 0 ? null : string.Join("; ", authorities)), false);
    }

    private static bool IsTitle(RuleBook rules, string caps)
    {
        var f = VietnameseText.Fold(caps);
        return SignerTitleWordRule.In(rules).IsMatch(f);
    }

    // "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân"; "PHÓ CHỦ TỊCH THƯỜNG TRỰC" → "Phó Chủ tịch Thường trực";
    // "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng"; "Q. GIÁM ĐỐC" → "Q. Giám đốc". Which words take a
    // capital: vocabulary signer-title-capitals.
    private static string Role(RuleBook rules, string caps)
    {
        var words = VietnameseText.CollapseSpaces(caps.Replace("UỶ", "ỦY", StringComparison.Ordinal)).ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var capital = i == 0 || IsCapital(rules, VietnameseText.Fold(words[i]), VietnameseText.Fold(words[i - 1]));
            if (capital && words[i].Length > 0)
            {
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
            }
        }
        var s = string.Join(' ', words);
        return s.StartsWith("q. ", StringComparison.Ordinal) || s.StartsWith("Q. ", StringComparison.Ordinal)
            ? "Q. " + char.ToUpperInvariant(s[3]) + s[4..]
            : s;
    }

    // A word after the first takes a capital when the vocabulary lists it, after a word its row allows.
    private static bool IsCapital(RuleBook rules, string word, string previous)
    {
        var capitals = rules.Vocabulary("signer-title-capitals");
        foreach (var row in capitals.Rows)
        {
            if (row[capitals.Index("word")] != word)
            {
                continue;
            }
            var onlyAfter = row[capitals.Index("only-after")].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var neverAfter = row[capitals.Index("never-after")].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if ((onlyAfter.Length == 0 || onlyAfter.Contains(previous, StringComparer.Ordinal)) && !neverAfter.Contains(previous, StringComparer.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
