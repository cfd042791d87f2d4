using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// The title lines a signer block may print, as the sequences Decree 30/2020/NĐ-CP allows: a
/// head's title alone ("CHỦ TỊCH"), "KT. head" then the deputy's ("PHÓ head", "THỨ TRƯỞNG"; or
/// with "THƯỜNG TRỰC"),
/// "Q. head", and "TL."/"TUQ. head" then another head's title. Data:
/// Restoration/Data/signer-titles.txt (the heads, most common first), loaded with the other
/// shipped models by <see cref="RestorationModels"/>.
/// </summary>
public sealed class SignerTitles
{
    /// <param name="lines">The data's lines: a head's title, or "head | deputy" where the deputy is not "PHÓ head"; "#" comments.</param>
    public SignerTitles(IEnumerable<string> lines)
    {
        var entries = lines.Select(l => VietnameseText.Nfc(l.Trim())).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(p => (Head: p[0], Deputy: p.Length > 1 ? p[1] : "PHÓ " + p[0])).DistinctBy(e => e.Head).ToList();
        var list = entries.Select(e => e.Head).ToList();
        var forms = new List<string[]>();
        forms.AddRange(list.Select(h => new[] { h }));
        forms.AddRange(entries.Select(e => new[] { "KT. " + e.Head, e.Deputy }));
        forms.AddRange(entries.Select(e => new[] { "KT. " + e.Head, e.Deputy + " THƯỜNG TRỰC" }));
        forms.AddRange(list.Select(h => new[] { "Q. " + h }));
        foreach (var lead in new[] { "TL. ", "TUQ. " })
        {
            forms.AddRange(list.SelectMany(h => list.Where(o => o != h).Select(o => new[] { lead + h, o })));
        }
        Forms = forms;
        FormLetters = [.. forms.Select(f => f.Select(VietnameseText.CapitalLetters).ToArray())];
        Lines = forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every allowed sequence of title lines, the most likely first.</summary>
    public IReadOnlyList<string[]> Forms { get; }

    /// <summary>Each sequence's lines as <see cref="VietnameseText.CapitalLetters"/>, in the order of <see cref="Forms"/>: what a read line is measured against.</summary>
    public IReadOnlyList<string[]> FormLetters { get; }

    /// <summary>Every line some sequence prints.</summary>
    public IReadOnlySet<string> Lines { get; }
}
