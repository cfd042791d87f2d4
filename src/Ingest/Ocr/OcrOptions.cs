namespace Ingest.Ocr;

/// <summary>Engine settings.</summary>
public sealed record OcrOptions
{
    /// <summary>Tesseract language(s), "vie" by default ("vie+eng", "eng" also work).</summary>
    public string Language { get; init; } = "vie";

    /// <summary>
    /// The model pages are read with, which decides how their damage is repaired: the first
    /// language of <see cref="Language"/> ("eng+vie" reads as eng first); null for one this
    /// product has no channel table of its own for (the vie one repairs it).
    /// </summary>
    public Text.OcrLanguage? Model => Text.EnumNames.Parse<Text.OcrLanguage>(Language.Split('+')[0]);

    /// <summary>Where the traineddata files are; null for Debian's default.</summary>
    public string? DataPath { get; init; }

    /// <summary>Engines in the pool; one per core by default (each single-threaded).</summary>
    public int Engines { get; init; } = Environment.ProcessorCount;

    /// <summary>A page that takes longer is stopped and marked; the document goes on.</summary>
    public TimeSpan PageTimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Tesseract page segmentation mode; 3 (automatic) reads the plans' two-column headers as blocks.</summary>
    public int PageSegMode { get; init; } = 3;

    /// <summary>Read the two-column header and closing tables column by column (<see cref="HeaderColumns"/>, <see cref="ClosingColumns"/>) rather than row by row as Tesseract may.</summary>
    public bool ReadHeaderColumns { get; init; } = true;

    /// <summary>
    /// Ask the LSTM for its alternatives to each symbol (<c>lstm_choice_mode</c> 2) and keep the
    /// likely ones as each word's <c>choices</c> in the TSV, where the restorer finds them
    /// (about 12% more recognition time).
    /// </summary>
    public bool SymbolChoices { get; init; } = true;

    /// <summary>Drop the noise Tesseract reads in seals, stamps, signatures and margin handwriting (<see cref="PageNoise"/>); with the vie model only.</summary>
    public bool DropNoise { get; init; } = true;

    /// <summary>Read a page's ruled tables cell by cell, row by row (<see cref="RuledTables"/>), rather than by Tesseract's lines across them.</summary>
    public bool ReadTablesByCell { get; init; } = true;

    /// <summary>Read the signer's block of a closing table again without its seal: a gray or colour page's red seal made paper, a black seal's rings taken out (<see cref="SignerArea"/>, <see cref="SealRing"/>).</summary>
    public bool RereadSigner { get; init; } = true;

    /// <summary>Read the page number at the top centre or the foot when Tesseract's layout left it out (<see cref="PageNumber.Bands"/>).</summary>
    public bool ReadPageNumber { get; init; } = true;

    /// <summary>
    /// A bilevel page less solid than this (<see cref="ThinStrokes"/>) is thickened by a pixel
    /// before recognition; 0 never. Tuned on our own renders (`ingest eval ocr corpus/scans-harsh
    /// --set scans --no-peer`, restored order-free / in order): 0: 98.83 / 98.68 %, lowest file
    /// a03 98.45 %; 0.5: 99.13 / 99.06 %, a03 98.89 %; scans-official office 98.06 → 98.22 %.
    /// Thickening every bilevel page instead changed the real tune pages little (danang1 p1
    /// 98.57 → 98.17 %, p2 95.35 → 96.47 %) and corpus/scans not (99.59 → 99.61 %): 0.5 stays
    /// below every ordinary page measured.
    /// </summary>
    public double ThickenBelowSolidity { get; init; } = 0.5;

    /// <summary>
    /// Pages below this resolution (dots per inch: a PDF's from its geometry, an image file's
    /// from <see cref="PageResolution"/>) are upscaled to <see cref="UpscaleToDpi"/> before
    /// recognition (<see cref="PageScale"/>); 0 reads every page as it is. Tuned by
    /// <c>ingest eval lowres</c> on the real set's tune pages made smaller (table in
    /// corpus/real/notes-lowres.md): upscaling to 250 dpi raised restored order-free F1 of the
    /// scans at 60 dpi from 66 to 94%, at 75 from 95 to 97%, and of scans and renderings at 100
    /// and 120 by 0.3–3.4 points; at 135 dpi it still helped the scans (+0.2) but cost the
    /// 150-dpi renderings made smaller 0.6, and at their own 150 dpi 1.5 — so pages from 130 dpi
    /// up are read as they are.
    /// </summary>
    public int UpscaleBelowDpi { get; init; } = 130;

    /// <summary>
    /// The resolution a page below <see cref="UpscaleBelowDpi"/> is upscaled to. 250 dpi read the
    /// tune pages made at 60–120 dpi best or within 0.6 points of the best of 200, 225, 275 and
    /// 300; 200 dpi within 0.4 points of 250 on every row from 75 to 120 dpi (better in order at
    /// 120), 1.7 behind only at 60, for about 15% less time per page (1.4–1.5 s against 1.7 s,
    /// `ingest eval lowres --dpi 60 75 100 120 --to 200 225 250`). At 250 the two phone photos
    /// of the real set took as long as OCRmyPDF's whole run on them; the product must not be
    /// slower than it, so the cheaper 200.
    /// </summary>
    public int UpscaleToDpi { get; init; } = 200;
}
