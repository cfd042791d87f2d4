using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Turns the issuer lines of a header ("UBND TỈNH ĐỒNG NAI" / "SỞ TƯ PHÁP") into the name the
/// schema wants ("Sở Tư pháp tỉnh Đồng Nai"); "ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI" → "UBND tỉnh Đồng Nai".
/// Rules issuer.*; vocabularies administrative-units, bodies (column issuer) and acronyms.
/// </summary>
public static class IssuerName
{
    private static readonly RuleRef IssuerBlankTemplateRule = new("issuer.blank-template");
    private static readonly RuleRef IssuerCommuneLocalityRule = new("issuer.commune-locality");
    private static readonly RuleRef IssuerCommitteePrefixRule = new("issuer.committee-prefix");
    private static readonly RuleRef IssuerPartyCommitteeRule = new("issuer.party-committee");
    private static readonly RuleRef IssuerOrganRule = new("issuer.organ");
    private static readonly RuleRef IssuerOfficeRule = new("issuer.office");

    // Administrative units (vocabulary administrative-units, rows with a header form), folded, in
    // the table's order: the unit word is written in lower case in a name ("tỉnh Đồng Nai") and
    // the place name in title case.
    private static IEnumerable<(string Folded, string Written)> Units(RuleBook rules)
    {
        var units = rules.Vocabulary("administrative-units");
        int header = units.Index("header"), written = units.Index("written");
        return units.Rows.Where(r => r[header].Length > 0).Select(r => (r[header], r[written]));
    }

    // The units that start the locality printed at the end of a body line ("… TỈNH ĐỒNG NAI"),
    // as their folded words (column after-body).
    private static IEnumerable<(string[] Folded, string Written)> UnitsAfterBody(RuleBook rules)
    {
        var units = rules.Vocabulary("administrative-units");
        int header = units.Index("header"), after = units.Index("after-body"), written = units.Index("written");
        return units.Rows.Where(r => r[after] == "yes").Select(r => (r[header].Split(' '), r[written]));
    }

    // Bodies that sit under a People's Committee (vocabulary bodies, column issuer); the word
    // after them is capitalised ("Sở Tư pháp", "Ban Thi đua - Khen thưởng", "Hội đồng Thi đua - Khen thưởng").
    private static IReadOnlyList<string> Bodies(RuleBook rules) => rules.Words("bodies", "issuer");

    /// <summary>Builds the issuer from header lines already stripped of the national motto.</summary>
    public static string? FromHeaderLines(RuleBook rules, IReadOnlyList<string> lines)
    {
        string? rawBody = null;       // the body line as printed, for a name broken over two lines
        string? committeeOf = null;   // "tỉnh Đồng Nai" of "UBND TỈNH ĐỒNG NAI"
        string? body = null;          // "Sở Tư pháp"
        string? council = null;       // "HĐND"
        // "UBND HUYỆN DƯƠNG MINH CHÂU" / "ỦY BAN NHÂN DÂN" / "XÃ PHƯỚC NINH" (corpus/blind ai07, ad07):
        // a committee named under its parent's; the place on the next line is its own.
        var lowerCommittee = false;
        // A body under another that names no place of its own: the place line after it is its.
        var placeless = false;
        foreach (var raw in lines)
        {
            var line = VietnameseText.CollapseSpaces(raw.Trim(' ', '-', '_', '.', ':'));
            if (line.Length == 0)
            {
                continue;
            }
            var folded = VietnameseText.Fold(line);
            if (IssuerBlankTemplateRule.In(rules).IsMatch(folded) || IssuerBlankTemplateRule.In(rules).IsMatch(VietnameseText.Fold(raw.TrimEnd())))
            {
                return null; // a blank template: "TÊN ĐƠN VỊ"
            }
            var committee = IssuerCommitteePrefixRule.In(rules).Match(folded);
            if (committee.Success)
            {
                var rest = line[committee.Length..].Trim();
                if (committee.Groups["council"].Success)
                {
                    council = "HĐND";
                }
                lowerCommittee = rest.Length == 0 && committeeOf is not null && body is null;
                committeeOf = rest.Length > 0 ? Locality(rules, rest) : committeeOf;
                continue;
            }
            if (IssuerPartyCommitteeRule.In(rules).Match(folded) is { Success: true } party)
            {
                // "HUYỆN ỦY HẢI HẬU" → "Huyện ủy Hải Hậu"; "ĐẢNG ỦY XÃ GIAO THIỆN" → "Đảng ủy xã Giao Thiện";
                // "TỈNH ĐOÀN BẾN TRE" → "Tỉnh đoàn Bến Tre" (corpus/blind ab06).
                var rest = line[party.Length..].Trim();
                var kind = VietnameseText.TitleCaseWords(line[..party.Groups["kind"].Length].ToLowerInvariant());
                var what = line.Substring(party.Groups["what"].Index, party.Groups["what"].Length).ToLowerInvariant();
                body = rest.Length > 0 ? $"{kind} {what} {Locality(rules, rest)}" : $"{kind} {what}";
                continue;
            }
            if (LocalityOnly(rules, folded, line))
            {
                // "BỘ CHỈ HUY QUÂN SỰ TỈNH KIÊN GIANG" / "BAN CHỈ HUY QUÂN SỰ" / "HUYỆN HÒN ĐẤT" (corpus/blind
                // an08, ar08): the place under a lower body that named none is that body's.
                committeeOf = lowerCommittee || placeless ? Locality(rules, line) : committeeOf ?? Locality(rules, line);
                (lowerCommittee, placeless) = (false, false);
                if (body is null && council is null && committeeOf is not null && lines.Count == 1)
                {
                    return committeeOf;
                }
                continue;
            }
            if (body is null && (committeeOf is not null || council is not null) && IssuerOfficeRule.In(rules).IsMatch(folded))
            {
                // "UBND TỈNH HÀ TĨNH" / "VĂN PHÒNG" (corpus/blind r02, ak01): the committee's own office.
                body = $"Văn phòng {council ?? "UBND"}";
                continue;
            }
            var opensBody = Bodies(rules).Any(b => folded.StartsWith(b + " ", StringComparison.Ordinal));
            var isOrgan = IssuerOrganRule.In(rules).IsMatch(folded);
            if (body is not null && rawBody is not null && VietnameseText.IsAllCaps(line)
                && (VietnameseText.Fold(rawBody).EndsWith(" va", StringComparison.Ordinal) || rawBody.EndsWith('-')
                    || (!opensBody && !isOrgan && SplitBody(rules, line).Locality is null)))
            {
                // The name goes on on the next line of the left column: after a break at "VÀ" ("SỞ NÔNG
                // NGHIỆP VÀ" / "PHÁT TRIỂN NÔNG THÔN", corpus/blind k08), or any line in capitals that
                // opens no body and names no place ("BAN CHỈ ĐẠO LIÊN NGÀNH" / "VỀ AN TOÀN THỰC PHẨM",
                // r06, aa03). A line that names its place ("CÔNG AN TỈNH KON TUM" under "BỘ CÔNG AN",
                // ac04) is a body of its own.
                // "LIÊN ĐOÀN LAO ĐỘNG TỈNH" / "QUẢNG BÌNH" (corpus/blind at01): the place the line broke
                // off is the body's.
                rawBody += " " + line;
                (body, var brokenPlace) = SplitBody(rules, rawBody);
                committeeOf = brokenPlace ?? committeeOf;
                continue;
            }
            if (folded.StartsWith("va ", StringComparison.Ordinal) && body is not null)
            {
                // "SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI": a name broken over two lines.
                (body, _) = SplitBody(rules, VietnameseText.IsAllCaps(line) ? rawBody + " " + line : body + " " + line);
                continue;
            }
            if (body is not null && isOrgan)
            {
                // "HỘI NÔNG DÂN TỈNH THÁI BÌNH" / "BAN CHẤP HÀNH" (corpus/blind h08): the organ of the body above.
                // "Ban Chấp hành": the type word's first syllable and the name's first are capitals.
                var organ = line.ToLowerInvariant().Split(' ');
                organ[0] = VietnameseText.TitleCaseWords(organ[0]);
                organ[1] = VietnameseText.TitleCaseWords(organ[1]);
                body = $"{string.Join(' ', organ)} {(committeeOf is null || body.Contains(committeeOf, StringComparison.Ordinal) ? body : $"{body} {committeeOf}")}";
                rawBody = null;
                committeeOf = null;
                continue;
            }
            if (opensBody)
            {
                // The lowest body in the block issues: "SỞ NỘI VỤ TỈNH SÓC TRĂNG" / "BAN THI ĐUA -
                // KHEN THƯỞNG" → "Ban Thi đua - Khen thưởng tỉnh Sóc Trăng".
                // "HỘI CCB TỈNH LÂM ĐỒNG" / "HỘI CCB HUYỆN ĐAM RÔNG" (corpus/blind ar03): a lower body that
                // names its own place issues from there.
                rawBody = line;
                (body, var locality) = SplitBody(rules, line);
                placeless = locality is null && committeeOf is not null;
                committeeOf = locality ?? committeeOf;
            }
        }
        if (body is not null)
        {
            return committeeOf is null || body.Contains(committeeOf, StringComparison.Ordinal) ? body : $"{body} {committeeOf}";
        }
        if (committeeOf is not null)
        {
            return $"{council ?? "UBND"} {committeeOf}";
        }
        return council;
    }

    /// <summary>"TỈNH ĐỒNG NAI" → "tỉnh Đồng Nai"; "THÀNH PHỐ BIÊN HÒA" → "thành phố Biên Hòa".</summary>
    public static string Locality(RuleBook rules, string text)
    {
        var line = VietnameseText.CollapseSpaces(text);
        var folded = VietnameseText.Fold(line);
        // "Thành phố Hồ Chí Minh": a place whose level word is part of its name (vocabulary named-localities).
        var named = rules.Vocabulary("named-localities");
        var (f, w) = (named.Index("folded"), named.Index("written"));
        if (named.Rows.FirstOrDefault(r => r[f] == folded) is { } row)
        {
            return row[w];
        }
        foreach (var (unitFolded, written) in Units(rules))
        {
            if (folded.StartsWith(unitFolded + " ", StringComparison.Ordinal))
            {
                return $"{written} {PlaceName(line[(unitFolded.Length + 1)..])}";
            }
        }
        return PlaceName(line);
    }

    /// <summary>A place name in title case, whatever case it came in: "ĐỒNG NAI" → "Đồng Nai".</summary>
    public static string PlaceName(string text) =>
        VietnameseText.IsAllCaps(text) || text.All(c => !char.IsUpper(c))
            ? VietnameseText.TitleCaseWords(text.Trim())
            : text.Trim();

    /// <summary>"SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Sở Lao động - Thương binh và Xã hội".</summary>
    public static string BodyName(RuleBook rules, string text) => SplitBody(rules, text).Name;

    /// <summary>A body line's name and the locality printed at its end, if any ("SỞ NỘI VỤ TỈNH SÓC TRĂNG").</summary>
    public static (string Name, string? Locality) SplitBody(RuleBook rules, string text)
    {
        if (!VietnameseText.IsAllCaps(text))
        {
            return (text.Trim(), null);
        }
        var words = VietnameseText.CollapseSpaces(text).Split(' ');
        var folded = words.Select(VietnameseText.Fold).ToArray();
        var result = new string[words.Length];
        var acronyms = rules.Words("acronyms", "folded");
        var afterBody = UnitsAfterBody(rules).ToList();
        var bodyWords = Bodies(rules).Where(b => string.Join(' ', folded.Take(b.Split(' ').Length)) == b)
            .Select(b => b.Split(' ').Length).DefaultIfEmpty(1).Max();
        // A name the vocabulary organisation-names holds whole may be followed by its place at once: "CÔNG AN" /
        // "HUYỆN ĐỨC TRỌNG" in one line (corpus/blind bh08), where "SỞ" needs a name before "TỈNH …".
        var line = string.Join(' ', folded);
        var whole = KnownName(rules, line) is { } known && known.Folded.Length < line.Length ? known.Folded.Count(c => c == ' ') + 1 : 0;
        var capitaliseNext = true;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (acronyms.Contains(folded[i]))
            {
                result[i] = w;
                capitaliseNext = false;
                continue;
            }
            // "HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ" (corpus/blind y04): "QUÂN" folds to the "quan" of "QUẬN 1",
            // but is written otherwise; the unit's word must be the one printed, or printed without
            // marks (English-model OCR, seed 001).
            var startsLocality = afterBody.Any(unit => i + unit.Folded.Length <= folded.Length && unit.Folded.Select((u, k) => folded[i + k] == u).All(same => same)
                && (unit.Folded.Length > 1 || w.Equals(unit.Written, StringComparison.OrdinalIgnoreCase) || w.Equals(folded[i], StringComparison.OrdinalIgnoreCase)));
            // "ĐOÀN PHƯỜNG LINH TRUNG" (corpus/blind av03): a commune named right after the body (rule issuer.commune-locality).
            var commune = i >= 1 && i >= bodyWords && i + 1 < words.Length && IssuerCommuneLocalityRule.In(rules).IsMatch(folded[i] + " " + folded[i + 1]);
            if ((startsLocality && (i >= bodyWords + 1 || i == whole)) || commune)
            {
                // "… TỈNH ĐỒNG NAI" at the end of a body line: the rest is a locality.
                return (WrittenName(rules, string.Join(' ', result.Take(i))), Locality(rules, string.Join(' ', words[i..])));
            }
            // "BAN THƯỜNG VỤ HỘI LHPN" (corpus/blind k07): a word before an acronym names an
            // organisation, "Hội LHPN".
            if (i + 1 < words.Length && acronyms.Contains(folded[i + 1]))
            {
                capitaliseNext = true;
            }
            var lower = w.ToLowerInvariant();
            // "Hội đồng Thi đua", "Văn phòng Đoàn": the type word's first syllable and the name's first are capitals.
            var capital = i == 0 || capitaliseNext || i == bodyWords;
            result[i] = capital ? VietnameseText.TitleCaseWords(lower) : lower;
            capitaliseNext = folded[i] is "va" or "-" || w.EndsWith(',');
            if (folded[i] == "va")
            {
                result[i] = "và";
            }
        }
        return (WrittenName(rules, string.Join(' ', result.Where(r => r is not null))), null);
    }

    // A body's name as it is written where the vocabulary organisation-names knows it: "Hội Liên
    // hiệp phụ nữ" → "Hội Liên hiệp Phụ nữ".
    private static string WrittenName(RuleBook rules, string name)
    {
        // "BCH Hội Nông dân tỉnh Đắk Lắk" (corpus/blind ae08): the organ's acronym, then the body's name.
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && rules.Words("acronyms", "folded").Contains(VietnameseText.Fold(name[..space])))
        {
            return name[..(space + 1)] + OrganisationName(rules, name[(space + 1)..]);
        }
        return OrganisationName(rules, name);
    }

    private static string OrganisationName(RuleBook rules, string name)
    {
        var folded = VietnameseText.Fold(name);
        return folded.Length == name.Length && KnownName(rules, folded) is { } known ? known.Written + name[known.Folded.Length..] : name;
    }

    // The name of the vocabulary organisation-names a folded text is, or opens on before a space (the first listed).
    private static (string Folded, string Written)? KnownName(RuleBook rules, string folded)
    {
        var names = rules.Vocabulary("organisation-names");
        var (f, w) = (names.Index("folded"), names.Index("written"));
        foreach (var row in names.Rows)
        {
            if (folded.StartsWith(row[f], StringComparison.Ordinal) && (folded.Length == row[f].Length || folded[row[f].Length] == ' '))
            {
                return (row[f], row[w]);
            }
        }
        return null;
    }

    // A line that is a place and nothing more: its unit's word as printed ("QUÂN KHU 4", corpus/blind
    // ah07, folds to the "quan" of "QUẬN 1" but is no district), or printed without marks (seed 001).
    private static bool LocalityOnly(RuleBook rules, string folded, string line) =>
        Units(rules).Any(u => folded.StartsWith(u.Folded + " ", StringComparison.Ordinal)
            && (u.Folded.Contains(' ', StringComparison.Ordinal) || line.AsSpan(0, u.Folded.Length).Equals(u.Written, StringComparison.OrdinalIgnoreCase)
                || line.AsSpan(0, u.Folded.Length).Equals(u.Folded, StringComparison.OrdinalIgnoreCase)));
}
