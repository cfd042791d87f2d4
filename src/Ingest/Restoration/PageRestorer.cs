using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// The restoration stage of the pipeline: page texts in, restored page texts out, line for
/// line. The channel follows where the text came from: pages our OCR read with a given model
/// get that model's channel; text layers and text files get the channel their text calls for
/// (English-model damage is recognised by its illegal syllables and missing marks).
/// </summary>
public static class PageRestorer
{
    /// <summary>Restored text of each page, in order.</summary>
    public static IReadOnlyList<string> Restore(IReadOnlyList<PageText> pages)
    {
        var whole = string.Join('\n', pages.Where(p => !p.IsOcr).Select(p => p.Text));
        var byText = whole.Length > 0 ? RestorationModels.For(whole) : null;
        return pages.Select(p =>
        {
            if (!p.IsOcr && byText is null)
            {
                return p.Text; // no text outside OCR at all ("" pages): nothing to restore, no channel to choose
            }
            var restorer = p.IsOcr
                ? RestorationModels.For(p.OcrLanguage == "eng" ? RestorationModels.EnglishOcr : RestorationModels.VietnameseOcr)
                : byText!;
            return restorer.Restore(p.Text);
        }).ToList();
    }
}
