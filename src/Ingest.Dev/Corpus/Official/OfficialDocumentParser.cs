using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Corpus.Official;

/// <summary>
/// Splits a corpus text (corpus/plans/*.txt: the lines of a file as OCR reads them, one
/// paragraph per line) into <see cref="OfficialDocument"/>s: which lines are the header's left and
/// right columns, the kind and title, the body, the recipients and the signer. A file may hold
/// several documents (a cover letter and its plan, a plan and its report outline); each ends
/// after its signer's name.
/// </summary>
/// <remarks>
/// The texts write the two-column header tables the ways OCR reads them: column after column
/// ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN" / "CỘNG HÒA …"), across ("UBND TỈNH ĐẮK LẮK CỘNG HÒA XÃ HỘI
/// CHỦ NGHĨA VIỆT NAM"), or the right column first; the signer table likewise, either after the
/// recipients or across them ("Nơi nhận: TM. ỦY BAN NHÂN DÂN" / "- Bộ Nội vụ; CHỦ TỊCH"). Lines
/// are recognised by what they are, so the order they come in does not matter.
/// </remarks>
public static partial class OfficialDocumentParser
{
    // Kinds of document (tên loại văn bản) that head a document's title block.
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "KẾ HOẠCH", "HƯỚNG DẪN", "THÔNG BÁO", "BÁO CÁO", "ĐỀ CƯƠNG BÁO CÁO", "ĐỀ CƯƠNG", "QUYẾT ĐỊNH",
        "CHỈ THỊ", "NGHỊ QUYẾT", "TỜ TRÌNH", "CHƯƠNG TRÌNH", "PHƯƠNG ÁN", "ĐỀ ÁN", "QUY CHẾ", "QUY ĐỊNH",
        "BIÊN BẢN", "GIẤY MỜI", "CÔNG ĐIỆN",
    };

    /// <summary>The documents of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<OfficialDocument> Parse(string text)
    {
        var lines = VietnameseText.Nfc(text).Replace("\r\n", "\n").Replace('\f', '\n')
            .Split('\n').Select(l => l.Trim()).ToArray();
        var documents = new List<OfficialDocument>();
        var i = 0;
        while (true)
        {
            SkipBlank(lines, ref i);
            if (i >= lines.Length)
            {
                return documents;
            }
            documents.Add(ParseOne(lines, ref i));
        }
    }

    private static OfficialDocument ParseOne(string[] lines, ref int i)
    {
        var header = ReadHeader(lines, ref i);
        SkipBlank(lines, ref i);
        string? kind = null;
        var title = new List<string>();
        if (i < lines.Length && IsKind(lines[i]))
        {
            kind = lines[i++];
            while (i < lines.Length && lines[i].Length > 0)
            {
                title.Add(lines[i++]);
            }
        }
        var body = new List<string>();
        while (i < lines.Length && !lines[i].StartsWith("Nơi nhận", StringComparison.Ordinal) && !(body.Count > 0 && MottoPattern().IsMatch(lines[i])))
        {
            if (lines[i].Length > 0)
            {
                body.Add(lines[i]);
            }
            i++;
        }
        List<string>? recipients = null;
        var across = new List<string>();
        if (i < lines.Length && lines[i].StartsWith("Nơi nhận", StringComparison.Ordinal))
        {
            recipients = [];
            var rest = lines[i][(lines[i].IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            i++;
            // Text after the label means the recipients/signer table was read across its two
            // columns: each item may end with the signer column's line of the same row.
            var readAcross = rest.Length > 0;
            if (readAcross)
            {
                across.Add(rest);
            }
            while (i < lines.Length && lines[i].StartsWith('-'))
            {
                var item = lines[i++];
                var row = readAcross ? AcrossRowPattern().Match(item) : Match.Empty;
                if (row.Success && IsSignerColumnText(row.Groups["right"].Value))
                {
                    recipients.Add(row.Groups["item"].Value);
                    across.Add(row.Groups["right"].Value);
                }
                else
                {
                    recipients.Add(item);
                }
            }
        }
        var signerTitle = new List<string>();
        string? note = null, name = null;
        foreach (var part in across)
        {
            if (IsCaps(part))
            {
                signerTitle.Add(part);
            }
            else if (IsNote(part))
            {
                note = part;
            }
            else
            {
                name = part;
            }
        }
        SkipBlank(lines, ref i);
        while (i < lines.Length && IsCaps(lines[i]) && !MottoPattern().IsMatch(lines[i]) && !IsKind(lines[i]) && name is null && LooksLikeSignerTitle(lines, i))
        {
            signerTitle.Add(lines[i++]);
        }
        SkipBlank(lines, ref i);
        if (note is null && i < lines.Length && IsNote(lines[i]))
        {
            note = lines[i++];
            SkipBlank(lines, ref i);
        }
        if (name is null && signerTitle.Count > 0 && i < lines.Length && IsPersonName(lines[i]))
        {
            name = lines[i++];
        }
        return new OfficialDocument(header, kind, title, body, recipients, signerTitle, note, name);
    }

    // A caps line after the recipients is the signer's title unless it starts the next document's
    // header (an issuer line followed, before any blank, by more header).
    private static bool LooksLikeSignerTitle(string[] lines, int i)
    {
        for (var j = i; j < lines.Length && lines[j].Length > 0; j++)
        {
            if (MottoPattern().IsMatch(lines[j]) || TaglinePattern().IsMatch(lines[j]) || lines[j].StartsWith("Số", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static List<HeaderLine> ReadHeader(string[] lines, ref int i)
    {
        var read = new List<(HeaderRole? Role, string Text)>();
        bool number = false, date = false, subject = false;
        var start = i;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                // A blank line ends a subject's continuation; once number and date are read it ends the header.
                subject = false;
                if (number && date)
                {
                    break;
                }
                i++;
                continue;
            }
            if (IsKind(line) || line.StartsWith("Kính gửi", StringComparison.Ordinal) || i - start > 30)
            {
                break;
            }
            if (DashesPattern().IsMatch(line))
            {
                // "-------": the rule under the issuer, drawn rather than printed.
                i++;
                continue;
            }
            var motto = MottoPattern().Match(line);
            var tagline = TaglinePattern().Match(line);
            var numberLine = NumberPattern().Match(line);
            if (motto.Success || tagline.Success)
            {
                var m = motto.Success ? motto : tagline;
                var before = line[..m.Index].Trim();
                if (before.Length > 0)
                {
                    read.Add((null, before));
                }
                read.Add((motto.Success ? HeaderRole.Motto : HeaderRole.Tagline, m.Value));
                subject = false;
            }
            else if (numberLine.Success)
            {
                read.Add((HeaderRole.Number, numberLine.Groups["number"].Value.Trim()));
                number = true;
                if (numberLine.Groups["date"].Success)
                {
                    read.Add((HeaderRole.PlaceDate, numberLine.Groups["date"].Value.Trim()));
                    date = true;
                }
                subject = false;
            }
            else if (PlaceDatePattern().IsMatch(line))
            {
                read.Add((HeaderRole.PlaceDate, line));
                date = true;
                subject = false;
            }
            else if (line.StartsWith("V/v", StringComparison.OrdinalIgnoreCase))
            {
                read.Add((HeaderRole.Subject, line));
                subject = true;
            }
            else if (subject && !IsCaps(line))
            {
                read.Add((HeaderRole.Subject, line));
            }
            else if (IsCaps(line))
            {
                read.Add((null, line));
            }
            else
            {
                // Neither header nor blank: the body starts here (a file without a header).
                break;
            }
            i++;
        }
        return AssignIssuerRoles(read);
    }

    // Issuer lines are the unit (bold) unless the first names a parent body above it: "UBND TỈNH
    // THÁI BÌNH" / "SỞ NỘI VỤ". "ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN" is one name over two lines.
    private static List<HeaderLine> AssignIssuerRoles(List<(HeaderRole? Role, string Text)> read)
    {
        var issuers = read.Where(r => r.Role is null).Select(r => r.Text).ToList();
        var parentLines = issuers.Count >= 2 && !BareCouncilPattern().IsMatch(issuers[0]) ? 1 : 0;
        var seen = 0;
        return read.Select(r => new HeaderLine(r.Role ?? (seen++ < parentLines ? HeaderRole.Parent : HeaderRole.Unit), r.Text)).ToList();
    }

    private static void SkipBlank(string[] lines, ref int i)
    {
        while (i < lines.Length && lines[i].Length == 0)
        {
            i++;
        }
    }

    private static bool IsKind(string line) => Kinds.Contains(line) || line.StartsWith("PHỤ LỤC", StringComparison.Ordinal);

    private static bool IsNote(string line) => line.StartsWith('(') && line.EndsWith(')');

    /// <summary>Has letters and no lower-case ones: "KT. CHỦ TỊCH", "SỞ Y TẾ".</summary>
    internal static bool IsCaps(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    /// <summary>"Trịnh Văn Quảng": two to six capitalised words of letters, not all caps.</summary>
    internal static bool IsPersonName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && !IsCaps(line)
            && words.All(w => char.IsUpper(w[0]) && w.All(char.IsLetter));
    }

    // The signer column's part of a row read across: a caps title ("CHỦ TỊCH") or a name.
    private static bool IsSignerColumnText(string text) => (IsCaps(text) || IsPersonName(text)) && !text.EndsWith(';');

    [GeneratedRegex(@"C[ỘO]NG H(?:ÒA|OÀ) X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM")]
    private static partial Regex MottoPattern();

    [GeneratedRegex(@"Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc")]
    private static partial Regex TaglinePattern();

    // "Số: 712/KH-UBND", "Số:2370/KH-UBND Biên Hòa, ngày 16 tháng 3 năm 2018", "Số: 145 /KH-UBND", "Số: /BC-......."
    [GeneratedRegex(@"^(?<number>Số\s*:.*?/\S+)(?:\s+(?<date>\S[^,]*,\s*ngày\b.*))?$")]
    private static partial Regex NumberPattern();

    // "Nghệ An, ngày 21 tháng 11 năm 2016", "Bắc Giang, ngày tháng 8 năm 2022", "………, ngày … tháng … năm 2020"
    [GeneratedRegex(@"^\S[^,]*,\s*ngày\b.*\bnăm\b")]
    private static partial Regex PlaceDatePattern();

    [GeneratedRegex(@"^[-_=.…]{3,}$")]
    private static partial Regex DashesPattern();

    [GeneratedRegex(@"^(?:ỦY|UỶ) BAN NHÂN DÂN$")]
    private static partial Regex BareCouncilPattern();

    // "- Bộ Nội vụ; CHỦ TỊCH", "- Lưu: VT, NC. Trịnh Văn Quảng": the item up to its closing ; or .
    [GeneratedRegex(@"^(?<item>-.*[;.])\s+(?<right>[^;.]+)$")]
    private static partial Regex AcrossRowPattern();
}
