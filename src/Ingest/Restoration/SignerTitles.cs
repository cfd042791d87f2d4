using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// The title lines a signer block may print, as the sequences Decree 30/2020/NĐ-CP allows: a
/// head's title alone ("CHỦ TỊCH"), "KT. head" then "PHÓ head" (or "PHÓ head THƯỜNG TRỰC"),
/// "Q. head", and "TL."/"TUQ. head" then another head's title. Data:
/// Restoration/Data/signer-titles.txt (the heads, most common first), loaded with the other
/// shipped models by <see cref="RestorationModels"/>.
/// </summary>
public sealed class SignerTitles
{
    public SignerTitles(IEnumerable<string> heads)
    {
        var list = heads.Select(h => VietnameseText.Nfc(h.Trim())).Where(h => h.Length > 0 && !h.StartsWith('#')).Distinct().ToList();
        var forms = new List<string[]>();
        forms.AddRange(list.Select(h => new[] { h }));
        forms.AddRange(list.Select(h => new[] { "KT. " + h, "PHÓ " + h }));
        forms.AddRange(list.Select(h => new[] { "KT. " + h, "PHÓ " + h + " THƯỜNG TRỰC" }));
        forms.AddRange(list.Select(h => new[] { "Q. " + h }));
        foreach (var lead in new[] { "TL. ", "TUQ. " })
        {
            forms.AddRange(list.SelectMany(h => list.Where(o => o != h).Select(o => new[] { lead + h, o })));
        }
        Forms = forms;
        Lines = forms.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every allowed sequence of title lines, the most likely first.</summary>
    public IReadOnlyList<string[]> Forms { get; }

    /// <summary>Every line some sequence prints.</summary>
    public IReadOnlySet<string> Lines { get; }
}
