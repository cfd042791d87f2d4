using System.Text;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A Vietnamese document number-and-code symbol ("số và ký hiệu"): <c>11325/KH-UBND</c>,
/// <c>91/2017/NĐ-CP</c>, <c>2919/BTĐKT-P.III</c>, <c>15-CT/TU</c>.
/// </summary>
public static class DocumentNumber
{
    /// <summary>
    /// A key under which every way of typing one number is equal: "666/QĐ-TTg", "666/QD-TTg",
    /// "666 qđ ttg", "666/QĐ–TTg" → "666 qd ttg".
    /// </summary>
    public static string Key(string text)
    {
        var folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                sb.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>The code after the first "/": "KH-UBND" of "11325/KH-UBND".</summary>
    public static string CodeOf(string number)
    {
        var slash = number.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? number : number[(slash + 1)..];
    }
}
