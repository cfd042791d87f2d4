namespace Ingest.Extraction;

/// <summary>
/// How sure OCR was of the words of each page (Tesseract's word confidence, 0–100), for the
/// fields a wrong reading would make dangerous: a document number whose digits were written by
/// hand into the blank after "Số:" reads as digits, but not the right ones (danang-scans 1.pdf:
/// "1595" read "4235" at 35; 2.pdf: "115" read "415" at 68), while printed numbers on the same
/// scans read at 84–97. Such a number is kept as <see cref="PlanDocument.NumberRead"/> for a
/// person to confirm, never stored as the number. Text layers and text files carry no
/// confidence: their characters are what the author typed.
/// </summary>
/// <param name="wordsOf">The words OCR read on a 1-based page, with their confidence; null for a page not
/// OCR'd. Asked only for a page whose header holds a number, once.</param>
/// <param name="minimumNumberConfidence">Below this a number's digits are not trusted (75: handwritten digits read
/// at 26–42 on the official-layout renders and 29–35 on the tune half of the real scans; printed numbers at 84 and above).</param>
public sealed class ReadingConfidence(Func<int, IReadOnlyList<(string Text, double Confidence)>?> wordsOf, double minimumNumberConfidence = 75)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<(string Text, double Confidence)>?> _pages = new();

    /// <summary>From the words of each OCR'd page, already read.</summary>
    public ReadingConfidence(IReadOnlyDictionary<int, IReadOnlyList<(string Text, double Confidence)>> pages, double minimumNumberConfidence = 75)
        : this(page => pages.GetValueOrDefault(page), minimumNumberConfidence)
    {
    }

    /// <summary>The threshold below which a number's digits are not trusted.</summary>
    public double MinimumNumberConfidence { get; } = minimumNumberConfidence;

    /// <summary>
    /// The confidence of the least sure OCR word that holds one of <paramref name="number"/>'s digit
    /// groups on <paramref name="page"/> (near its header: the first such word); null when the page was
    /// not OCR'd or no word holds them.
    /// </summary>
    public double? OfNumber(int page, string number)
    {
        if (_pages.GetOrAdd(page, wordsOf) is not { } words)
        {
            return null;
        }
        // The serial before the first "/" is what a hand fills in ("115" of "115/CV-PA83"); the
        // year and the code are printed.
        var slash = number.IndexOf('/', StringComparison.Ordinal);
        var serial = slash < 0 ? number : number[..slash];
        if (serial.Length == 0 || !serial.Any(char.IsDigit))
        {
            return null;
        }
        foreach (var (text, confidence) in words)
        {
            if (HoldsSerial(text, serial))
            {
                return confidence;
            }
        }
        return null;
    }

    // "415", "Số:415", "12/2025/NQ-HĐND" hold "415"/"12"; "2012" and "120" do not hold "12".
    private static bool HoldsSerial(string word, string serial)
    {
        for (var at = word.IndexOf(serial, StringComparison.Ordinal); at >= 0; at = word.IndexOf(serial, at + 1, StringComparison.Ordinal))
        {
            var end = at + serial.Length;
            if ((at == 0 || !char.IsDigit(word[at - 1])) && (end == word.Length || !char.IsDigit(word[end])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="number"/> was read on an OCR'd page with too little confidence to be stored.</summary>
    public bool Doubts(int page, string number, out double confidence)
    {
        confidence = OfNumber(page, number) ?? 100;
        return confidence < MinimumNumberConfidence;
    }
}
