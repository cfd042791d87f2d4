using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// The restoration stage of the pipeline: page texts in, restored page texts out, line for
/// line. Text that is already right comes out exactly as it went in: a text layer that triage
/// kept (it reads as Vietnamese) and a text file that reads as Vietnamese are not restored —
/// a real Hà Nội plan's layer lost "lần thứ II", "Đăk Lăk" and "ma-ket" to restoration
/// (issue 15). What is restored: pages our OCR read, with that model's channel, and text that
/// is itself English-model OCR (most tokens illegal syllables, few marks), with the English one.
/// </summary>
/// <param name="models">The models restored with; their shared restorers keep their caches across documents.</param>
public sealed class PageRestorer(RestorationModels models)
{
    /// <summary>Restored text of each page, in order.</summary>
    public IReadOnlyList<string> Restore(IReadOnlyList<PageText> pages)
    {
        // Text files are judged as a whole: a page of a seed's English-model OCR may hold only
        // a heading, which alone says little.
        var whole = string.Join('\n', pages.Where(p => p.Source == TextSource.PlainText).Select(p => p.Text));
        // Text that lost its marked letters (a PDF font's, copied out: "M u b o c o") is not
        // English-model OCR, and that channel makes it worse ("Mở u bộ ở cơ"); with no image to
        // read again it is kept as it is (the reader notes it on the page).
        var damagedText = whole.Length > 0 && !TextQuality.ReadsAsVietnamese(whole) && !MissingGlyphs.Found(whole);
        var restored = pages.Select(p => p.Source switch
        {
            TextSource.Ocr or TextSource.OcrTimedOut => models
                .For(p.OcrLanguage == OcrLanguage.Eng ? models.EnglishOcr : models.VietnameseOcr).Restore(JoinedWords.Part(p.Text), WordAlternatives.FromTsv(p.WordBoxesTsv)),
            TextSource.PlainText when damagedText => models.For(models.EnglishOcr).Restore(p.Text),
            _ => p.Text,
        }).ToList();
        // The sections' numerals are numbered across the document's pages, those OCR read; a
        // signer block's title lines are fitted to the titles a block may print, and the motto
        // to itself.
        var read = Enumerable.Range(0, pages.Count).Where(i => pages[i].Source is TextSource.Ocr or TextSource.OcrTimedOut).ToList();
        string[][] lines = [.. read.Select(i => restored[i].Split('\n'))];
        // A seal hides the left of the signer's title lines, on the page that is signed; a stamp
        // the national motto, on the first.
        var mended = SectionNumbers.Mend(lines).Select(page => NationalMotto.Mend(SignerBlock.Mend(page, models.SignerTitles))).ToArray();
        for (var k = 0; k < read.Count; k++)
        {
            if (!mended[k].SequenceEqual(lines[k]))
            {
                restored[read[k]] = string.Join('\n', mended[k]);
            }
        }
        return restored;
    }
}
