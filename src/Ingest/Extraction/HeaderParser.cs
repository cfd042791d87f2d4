using System.Globalization;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Reads the header of one document: issuer lines, "Số: …", "Đồng Nai, ngày 02 tháng 11 năm 2017",
/// the type heading and the title under it, and the period in the title.
/// OCR reads the two-column header line by line, so a motto may share a line with an issuer
/// ("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI…") and a number with the place-date.
/// </summary>
public sealed class HeaderParser(RuleBook rules)
{
    private static readonly RuleRef HeaderBodyStartRule = new("header.body-start");
    private static readonly RuleRef HeaderTitleDoingRule = new("header.title-doing");
    private static readonly RuleRef HeaderBodyYearStartRule = new("header.body-year-start");
    private static readonly RuleRef HeaderBracketPeriodRule = new("header.bracket-period");
    private static readonly RuleRef HeaderCodeAfterSlashRule = new("header.code-after-slash");
    private static readonly RuleRef HeaderEnactingLineRule = new("header.enacting-line");
    private static readonly RuleRef HeaderAuthorityLineRule = new("header.authority-line");
    private static readonly RuleRef HeaderHeaderDateRule = new("header.header-date");
    private static readonly RuleRef HeaderHeaderNumericDateRule = new("header.header-numeric-date");
    private static readonly RuleRef HeaderIssuedWithRule = new("header.issued-with");
    private static readonly RuleRef HeaderIssuesInBodyRule = new("header.issues-in-body");
    private static readonly RuleRef HeaderLocalityLineRule = new("header.locality-line");
    private static readonly RuleRef HeaderLocalityTailRule = new("header.locality-tail");
    private static readonly RuleRef HeaderMottoRule = new("header.motto");
    private static readonly RuleRef HeaderNumberAndCodeRule = new("header.number-and-code");
    private static readonly RuleRef HeaderNumberPrefixRule = new("header.number-prefix");
    private static readonly RuleRef HeaderPeriodRule = new("header.period");
    private static readonly RuleRef HeaderSessionSuffixRule = new("header.session-suffix");
    private static readonly RuleRef HeaderTitleAsideRule = new("header.title-aside");
    private static readonly RuleRef HeaderTrailingRuleRule = new("header.trailing-rule");
    private static readonly RuleRef NumberSymbolRule = new("number.symbol");

    /// <summary>Parses the header of a segment produced by <see cref="DocumentSplitter"/>.</summary>
    public DocumentHeader Parse(DocumentSplitter.Segment segment)
    {
        var lines = segment.Lines;
        var anchor = segment.AnchorIndex;
        var headerEnd = anchor < 0 ? Math.Min(lines.Count, 12) : anchor;

        var issuerLines = new List<string>();
        string? number = null, damagedCode = null, place = null;
        PartialDate? issuedOn = null;
        var numberSeen = false;
        for (var i = 0; i < headerEnd; i++)
        {
            var line = lines[i];
            var kind = HeaderLine.Classify(rules, line);
            // "SỞ NÔNG NGHIỆP VÀ" / (the motto's line) / "PHÁT TRIỂN NÔNG THÔN" (corpus/blind k08): a
            // body's name broken after "VÀ" goes on on the next line of the left column.
            // So does "BAN CHỈ ĐẠO LIÊN NGÀNH" / "VỀ AN TOÀN THỰC PHẨM" (corpus/blind r06, aa03), "BAN CHỈ ĐẠO
            // TỔNG ĐIỀU TRA" / "DÂN SỐ VÀ NHÀ Ở" (af07): a line in capitals under the body, before "Số:",
            // that no rule reads as a line of its own.
            if (!numberSeen && issuerLines.Count > 0
                && (issuerLines[^1].TrimEnd().EndsWith(" VÀ", StringComparison.Ordinal) ? kind != HeaderLineKind.Motto : kind == HeaderLineKind.None)
                && VietnameseText.IsAllCaps(line.Text))
            {
                issuerLines.Add(line.Text);
                continue;
            }
            switch (kind)
            {
                case HeaderLineKind.Issuer when !numberSeen:
                    issuerLines.Add(line.Text);
                    break;
                case HeaderLineKind.Motto when !numberSeen:
                    var motto = HeaderMottoRule.In(rules).Match(line.Folded);
                    var before = line.Text[..motto.Index].Trim();
                    if (motto.Success && before.Length > 0 && VietnameseText.IsAllCaps(before))
                    {
                        issuerLines.Add(before);
                    }
                    break;
                case HeaderLineKind.Number when !CitationGoesOn(lines, i):
                    numberSeen = true;
                    (number, damagedCode) = ReadNumber(line);
                    (place, issuedOn) = ReadPlaceDate(line, place, issuedOn);
                    break;
                case HeaderLineKind.PlaceDate:
                    (place, issuedOn) = ReadPlaceDate(line, place, issuedOn);
                    break;
            }
        }

        string kindName;
        string? title = null;
        var bodyStart = Math.Max(anchor, 0);
        if (anchor >= 0 && segment.AnchorKind == HeaderLineKind.KindHeading)
        {
            var heading = lines[anchor];
            var match = rules.Kinds.MatchName(heading.Folded)!.Value;
            kindName = match.Kind;
            (title, bodyStart) = ReadTitle(lines, anchor, heading.Text[match.Length..]);
        }
        else if (anchor >= 0)
        {
            kindName = DocumentKinds.OfficialLetter;
            (title, bodyStart) = ReadSubject(lines, anchor);
        }
        else
        {
            kindName = number is not null ? rules.Kinds.FromCode(DocumentNumber.CodeOf(number)) : "Văn bản";
        }

        // No header at all (issue 16: a plan whose text starts with its title, "Sở Xây dựng ban
        // hành kế hoạch" in its body): kind, issuer and title come from its own words, and the
        // record says which fields were read so.
        List<string>? fromBody = null;
        if (anchor < 0 && number is null && issuerLines.Count == 0 && IssuedInWords(lines, 0, 40, null) is { } issued)
        {
            kindName = issued.Kind;
            fromBody = ["kind", "issuer"];
            (title, bodyStart) = OpeningTitle(lines);
            if (title is not null)
            {
                fromBody.Add("title");
            }
            return Header(issued.Issuer, fromBody);
        }

        // The right-hand column (place and date) is sometimes read after the subject of a letter,
        // four lines of text on, however many blank lines stand between (corpus/blind ap04: the
        // subject, a blank, the motto's two lines, a blank, "Vũ Quang, ngày 07 tháng 4 năm 2025").
        for (int i = Math.Max(anchor, 0), seen = 0; issuedOn is null && i < lines.Count && (i < bodyStart || seen < 4); i++)
        {
            if (i >= bodyStart && !lines[i].IsBlank)
            {
                seen++;
            }

            if ((HeaderLine.Classify(rules, lines[i]) == HeaderLineKind.PlaceDate ? lines[i] : PlaceDateBeside(lines[i])) is { } placeDate)
            {
                (place, issuedOn) = ReadPlaceDate(placeDate, place, issuedOn);
            }
        }

        if (number is not null && segment.AnchorKind == HeaderLineKind.KindHeading && !CodeFitsKind(number, kindName))
        {
            // QĐ 707/QĐ-TTg was filed as "52/TTr-NHNN": a Tờ trình's number is never a decision's.
            (number, damagedCode) = (null, null);
        }

        return Header(IssuerName.FromHeaderLines(rules, issuerLines) ?? EnactingAuthority(lines, bodyStart) ?? IssuedInWords(lines, bodyStart, 30, place)?.Issuer, null);

        DocumentHeader Header(string? issuer, IReadOnlyList<string>? inferred) => new()
        {
            Kind = kindName,
            Number = number,
            DamagedNumberCode = damagedCode,
            Issuer = issuer,
            Place = place,
            IssuedOn = issuedOn,
            Title = title,
            Period = title is null ? null : ReadPeriod(title),
            AttachedTo = anchor >= 0 ? AttachedTo(lines, bodyStart) : null,
            BodyStart = bodyStart,
            FromBody = inferred ?? [],
        };
    }

    /// <summary>"giai đoạn 2016 - 2020", "giai đoạn 2021-2025" in a title.</summary>
    public Period? ReadPeriod(string text)
    {
        var folded = VietnameseText.Fold(text);
        var m = HeaderPeriodRule.In(rules).Match(folded);
        if (!m.Success)
        {
            // A movement's span in brackets: "… đời sống văn hóa” (2000 - 2020)".
            m = HeaderBracketPeriodRule.In(rules).Match(folded);
        }
        if (!m.Success)
        {
            return null;
        }
        var from = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var to = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        return to >= from && to - from <= 30 ? new Period(from, to) : null;
    }

    // A line "số 52/TTr-NHNN ngày …" under "… tại Tờ trình" continues a citation: the header's
    // "Số:" starts with a capital or follows nothing that names a document.
    private bool CitationGoesOn(IReadOnlyList<SourceLine> lines, int i)
    {
        var text = lines[i].Text.TrimStart();
        if (text.Length > 0 && char.IsUpper(text[0]) || text.StartsWith('$'))
        {
            return false;
        }
        var previous = i > 0 ? lines[i - 1].Folded.TrimEnd() : "";
        return rules.Kinds.FoldedNames.Any(n => previous.EndsWith(n, StringComparison.Ordinal)) || previous.EndsWith("tai", StringComparison.Ordinal);
    }

    // A code whose first segment names a kind ("TTr", "BC", "NQ") belongs to a document of that
    // kind; a bare office code ("SGDĐT-CTrTT", "UBND-KT") fits any.
    private bool CodeFitsKind(string number, string kind)
    {
        var coded = rules.Kinds.KindOfCode(DocumentNumber.CodeOf(number).Split('/')[^1]);
        return coded is null || coded == kind;
    }

    // "Số: 2123/STP-VP" → the number; "Số: M325/KH-UBND" → damaged, code kept; "Số: /KH-UBND" → blank.
    private (string? Number, string? DamagedCode) ReadNumber(SourceLine line)
    {
        // Called for lines classified as "Số: …" only; the number starts after "Số:" and any
        // stray mark OCR put around it.
        var at = HeaderNumberPrefixRule.In(rules).Match(line.Folded).Length;
        var m = NumberSymbolRule.In(rules).Match(line.Folded, at);
        if (m.Success && m.Index == at)
        {
            return (rules.Codes.Canonical(line.Text.Substring(m.Index, m.Length)), null);
        }
        var slash = line.Folded.IndexOf('/', at);
        if (slash < 0)
        {
            return (null, null);
        }
        var code = HeaderCodeAfterSlashRule.In(rules).Match(line.Folded, slash);
        var numeral = line.Folded[at..slash].Trim();
        var blank = numeral.All(c => c is '.' or ' ' or '…' or '_');
        return (null, blank || !code.Success ? null : rules.Codes.Canonical(line.Text.Substring(code.Groups[1].Index, code.Groups[1].Length)));
    }

    private (string? Place, PartialDate? Date) ReadPlaceDate(SourceLine line, string? place, PartialDate? date)
    {
        var m = HeaderHeaderDateRule.In(rules).Match(line.Folded);
        if (!m.Success)
        {
            // "Biên Hòa, ngày 21/8/2017"
            m = HeaderHeaderNumericDateRule.In(rules).Match(line.Folded);
        }
        if (!m.Success || date is not null)
        {
            return (place, date);
        }
        // The place is what stands before ", ngày", after any number printed to its left.
        var comma = line.Folded.LastIndexOf(',', m.Index);
        if (comma >= 0)
        {
            var left = line.Text[..comma];
            var numberEnd = HeaderNumberAndCodeRule.In(rules).Match(line.Folded);
            if (numberEnd.Success && numberEnd.Length <= left.Length)
            {
                left = left[numberEnd.Length..];
            }
            left = left.Trim(' ', '-', '–', '.', '…', '_', ',', '*');
            if (left.Any(char.IsLetter))
            {
                place = IssuerName.PlaceName(left);
            }
        }
        int? d = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        int? mo = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        if (m.Groups["y"].Success)
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            date = PartialDate.Create(y, mo, mo is null ? null : d) ?? PartialDate.Create(y, mo, null) ?? PartialDate.Create(y, null, null);
        }
        return (place, date);
    }

    // Title lines run from the heading until a blank line or the start of the body.
    private (string? Title, int BodyStart) ReadTitle(IReadOnlyList<SourceLine> lines, int anchor, string sameLine)
    {
        var parts = new List<string>();
        if (sameLine.Trim().Length > 0)
        {
            parts.Add(sameLine.Trim());
        }
        var i = anchor + 1;
        if (parts.Count == 0)
        {
            while (i < lines.Count && lines[i].IsBlank)
            {
                i++;
            }
        }
        // Up to 10 lines: a decision that amends another names it, its date and its amendments in
        // the title (hanoi-decisions 71.2024: seven lines).
        for (; i < lines.Count && parts.Count < 10; i++)
        {
            var line = lines[i];
            if (line.IsBlank && parts.Count > 0 && i + 1 < lines.Count && ContinuesTitle(lines[i + 1]))
            {
                // OCR puts blank lines inside a title set in larger type:
                // "Báo cáo sơ kết thực hiện Phong trào thi đua" / "" / "“Toàn tỉnh chung sức …”".
                continue;
            }
            // "KẾ HOẠCH" / "Thực hiện công tác giảm nghèo bền vững năm 2023" (corpus/blind c03): the
            // line under the heading is its title, though a preamble's "Thực hiện …" starts alike.
            // So is any line the attachment's caption closes: "Thực hiện Nghị quyết số 15-NQ/TU …" / "(Ban
            // hành kèm theo Quyết định số 1735/QĐ-UBND …)" (corpus/blind am03).
            var titleFirst = parts.Count == 0 && sameLine.Trim().Length == 0
                && (HeaderTitleDoingRule.In(rules).IsMatch(line.Folded) || CaptionCloses(lines, i));
            var bodyOnYear = parts.Count > 0 && HeaderBodyYearStartRule.In(rules).IsMatch(line.Folded) && !VietnameseText.IsAllCaps(line.Text);
            if (line.IsBlank || bodyOnYear || (HeaderLine.StartsBody(rules, line) && !titleFirst) || (line.Text.StartsWith('(') && !HeaderTitleAsideRule.In(rules).IsMatch(line.Folded))
                || (HeaderLine.Classify(rules, line) is HeaderLineKind.KindHeading && parts.Count > 0 && !InCapitalTitle(parts)) || HeaderEnactingLineRule.In(rules).IsMatch(line.Text)
                // "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO" over "Căn cứ Luật Giáo dục …" (corpus/blind au02): the
                // head who decides, in capitals right above the preamble, is no part of the title.
                || (parts.Count > 0 && HeaderAuthorityLineRule.In(rules).IsMatch(line.Text) && VietnameseText.IsAllCaps(line.Text)
                    && i + 1 < lines.Count && HeaderLine.StartsBody(rules, lines[i + 1]))
                // The rule under a title, on its own line ("-----" above "- Căn cứ …", corpus/blind u08).
                || (parts.Count > 0 && HeaderLine.Classify(rules, line) is HeaderLineKind.Motto))
            {
                break;
            }
            parts.Add(line.Text);
        }
        // A rule under the title ("… thành phố Hà Nội —————", hanoi-decisions QĐ 32/2025) is not part of it.
        var title = HeaderTrailingRuleRule.In(rules).Remove(VietnameseText.CollapseSpaces(string.Join(' ', parts))).Trim(' ', '*', '_');
        return (title.Length == 0 ? null : title, i);
    }

    // Whether an attachment's caption ("(Ban hành kèm theo …") follows line i before a blank line,
    // within a title's few lines.
    private bool CaptionCloses(IReadOnlyList<SourceLine> lines, int i)
    {
        for (var k = i + 1; k < Math.Min(lines.Count, i + 4) && !lines[k].IsBlank; k++)
        {
            if (HeaderIssuedWithRule.In(rules).IsMatch(lines[k].Folded))
            {
                return true;
            }
        }
        return false;
    }

    // "(Ban hành kèm theo Quyết định số …" right under the title: the kind that issues this one.
    private string? AttachedTo(IReadOnlyList<SourceLine> lines, int bodyStart)
    {
        for (var i = bodyStart; i < Math.Min(lines.Count, bodyStart + 3); i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }
            var m = HeaderIssuedWithRule.In(rules).Match(lines[i].Folded);
            return m.Success ? rules.Kinds.MatchName(lines[i].Folded, m.Groups["kind"].Index)?.Kind : null;
        }
        return null;
    }

    // Who issues what, in the document's own words: "Sở Xây dựng ban hành Kế hoạch …" (a text
    // without a header, issue 16), "Chủ tịch UBND tỉnh Bắc Giang ban hành Kế hoạch …" (seed 003's
    // preamble, a header without issuer lines). The issuer as written — a capital: "số 12" is no
    // "Sở" — and "UBND tỉnh" (seed 004) completed with the header's place: "UBND tỉnh Đồng Nai".
    private (string Issuer, string Kind)? IssuedInWords(IReadOnlyList<SourceLine> lines, int from, int count, string? place)
    {
        var window = lines.Skip(from).Take(count).ToList();
        var folded = string.Join(' ', window.Select(l => l.Folded));
        var original = string.Join(' ', window.Select(l => l.Text));
        foreach (System.Text.RegularExpressions.Match m in HeaderIssuesInBodyRule.In(rules).Matches(folded))
        {
            var who = m.Groups["who"];
            if (!char.IsUpper(original[who.Index]) || rules.Kinds.MatchName(folded, m.Groups["kind"].Index) is not { } kind)
            {
                continue;
            }
            var issuer = VietnameseText.CollapseSpaces(original.Substring(who.Index, who.Length));
            var whoFolded = folded.Substring(who.Index, who.Length);
            if (place is not null && Array.Find(["tinh", "huyen", "thanh pho"], l => whoFolded.EndsWith(" " + l, StringComparison.Ordinal)) is { } level)
            {
                // "Ủy ban nhân dân Thành phố" in a city whose name holds the word, "Thành phố Hồ Chí Minh"
                // (corpus/blind x07's draft plan): the place replaces the word, it does not follow it.
                issuer = VietnameseText.Fold(place).StartsWith(level + " ", StringComparison.Ordinal)
                    ? $"{issuer[..^level.Length].TrimEnd()} {place}"
                    : $"{issuer} {place}";
                // A committee so named is written as a header names it: "UBND Thành phố Hồ Chí Minh".
                issuer = IssuerName.FromHeaderLines(rules, [issuer]) is { } named && named.StartsWith("UBND ", StringComparison.Ordinal) ? named : issuer;
            }
            return (issuer, kind.Kind);
        }
        return null;
    }

    // The lines a headerless text opens with, up to a blank line or the body: its title.
    private (string? Title, int BodyStart) OpeningTitle(IReadOnlyList<SourceLine> lines)
    {
        var i = 0;
        while (i < lines.Count && lines[i].IsBlank)
        {
            i++;
        }
        var parts = new List<string>();
        for (; i < lines.Count && parts.Count < 4; i++)
        {
            if (lines[i].IsBlank || HeaderBodyStartRule.In(rules).IsMatch(lines[i].Folded))
            {
                break;
            }
            parts.Add(lines[i].Text);
        }
        var title = VietnameseText.CollapseSpaces(string.Join(' ', parts)).Trim();
        // A whole paragraph is no title: a title is a line or a few, not a sentence that runs on.
        return title.Length is 0 or > 300 || title.EndsWith('.') ? (null, 0) : (title, i);
    }

    // A resolution without its header table (provincial-resolutions: the conversion dropped it)
    // names its council under the title, above the "Căn cứ" lines: "HỘI ĐỒNG NHÂN DÂN" /
    // "TỈNH ĐỒNG THÁP" / "KHÓA IX - KỲ HỌP THỨ NĂM" → "HĐND tỉnh Đồng Tháp".
    private string? EnactingAuthority(IReadOnlyList<SourceLine> lines, int bodyStart)
    {
        for (var i = bodyStart; i < Math.Min(lines.Count, bodyStart + 4); i++)
        {
            if (HeaderEnactingLineRule.In(rules).Match(lines[i].Text) is not { Success: true } enacting || !VietnameseText.IsAllCaps(lines[i].Text))
            {
                continue;
            }
            var parts = new List<string> { HeaderSessionSuffixRule.In(rules).Remove(lines[i].Text[enacting.Groups["body"].Index..]) };
            if (i + 1 < lines.Count && VietnameseText.IsAllCaps(lines[i + 1].Text)
                && (HeaderLocalityLineRule.In(rules).IsMatch(lines[i + 1].Folded) || HeaderLocalityTailRule.In(rules).IsMatch(lines[i + 1].Text)))
            {
                parts.Add(HeaderSessionSuffixRule.In(rules).Remove(lines[i + 1].Text));
            }
            return IssuerName.FromHeaderLines(rules, [string.Join(' ', parts)]);
        }
        return null;
    }

    // "NGHỊ QUYẾT / VỀ VIỆC THÔNG QUA / PHƯƠNG ÁN ĐIỀU CHỈNH …" (provincial-resolutions 110-2017): a
    // kind's name in the first capital lines of a title goes on with it (DocumentSplitter agrees).
    private static bool InCapitalTitle(List<string> parts) =>
        parts.Count <= 3 && parts.All(VietnameseText.IsAllCaps);

    private static bool ContinuesTitle(SourceLine next) =>
        !next.IsBlank && (next.Text[0] is '“' or '"' || char.IsLower(next.Text[0]) || next.Folded.StartsWith("giai doan", StringComparison.Ordinal));

    // "V/v triển khai Kế hoạch số" / "11325/KH-UBND ngày 02/11/2017" / "của UBND tỉnh".
    // "V/v cử cán bộ, công chức tham dự           Ninh Thuận, ngày 06 tháng 10 năm 2017" (corpus/blind
    // bd08): a letter's subject and the place-date of the right-hand column on one line, a wide gap
    // between them. The place-date, when it stands so; else null.
    private SourceLine? PlaceDateBeside(SourceLine line)
    {
        var gap = line.Text.IndexOf("    ", StringComparison.Ordinal);
        if (gap <= 0)
        {
            return null;
        }
        var right = gap + line.Text[gap..].TakeWhile(c => c == ' ').Count();
        var beside = line with { Text = line.Text[right..], Folded = line.Folded[right..] };
        return right < line.Text.Length && HeaderLine.Classify(rules, beside) == HeaderLineKind.PlaceDate ? beside : null;
    }

    private (string? Title, int BodyStart) ReadSubject(IReadOnlyList<SourceLine> lines, int anchor)
    {
        var parts = new List<string> { PlaceDateBeside(lines[anchor]) is { } placeDate ? lines[anchor].Text[..^placeDate.Text.Length] : lines[anchor].Text };
        var i = anchor + 1;
        for (; i < lines.Count && parts.Count < 6; i++)
        {
            var line = lines[i];
            if (line.IsBlank || HeaderLine.Classify(rules, line) != HeaderLineKind.None || HeaderLine.StartsBody(rules, line))
            {
                // "thi đua “Cán bộ, … thi đua" / "thực hiện văn hóa công sở” giai đoạn 2019 - 2025"
                // (corpus/blind e07): a subject wraps onto "thực hiện" in lower case; the body's
                // "Thực hiện Kế hoạch số …" is capitalised.
                break;
            }
            parts.Add(line.Text);
        }
        var title = VietnameseText.CollapseSpaces(string.Join(' ', parts));
        return (title, i);
    }
}
