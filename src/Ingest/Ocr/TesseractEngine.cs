using System.Runtime.InteropServices;
using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>
/// One Tesseract engine (TessBaseAPI), initialised once and reused page after page. Not thread
/// safe: the <see cref="EnginePool"/> gives each page its own engine.
/// </summary>
public sealed class TesseractEngine : IDisposable
{
    private readonly TessBaseApiHandle _api;
    private readonly OcrOptions _options;

    /// <summary>Creates and initialises an engine (about 100 ms for vie).</summary>
    public TesseractEngine(OcrOptions options)
    {
        _options = options;
        _api = TessBaseApiHandle.Create();
        if (Tess.TessBaseAPIInit3(_api, options.DataPath, options.Language) != 0)
        {
            _api.Dispose();
            throw new InvalidOperationException(
                $"Tesseract could not load language '{options.Language}' from {options.DataPath ?? "the default tessdata"} (install tesseract-ocr-vie)");
        }
        Tess.TessBaseAPISetPageSegMode(_api, options.PageSegMode);
        if (options.SymbolChoices)
        {
            // The LSTM's best alternatives for each symbol ("ủ" where it read "ú"), for the restorer.
            Tess.TessBaseAPISetVariable(_api, "lstm_choice_mode", "2");
        }
        // Word boxes with confidences are what the restorer and the web page use.
        Tess.TessBaseAPISetVariable(_api, "debug_file", "/dev/null");
    }

    /// <summary>The version string of the loaded libtesseract.</summary>
    public static string Version
    {
        get
        {
            Tess.Load();
            return Marshal.PtrToStringUTF8(Tess.TessVersion()) ?? "";
        }
    }

    /// <summary>Recognises one encoded image within the engine's <see cref="OcrOptions.PageTimeLimit"/>.</summary>
    public OcrResult Recognize(PageImage image, CancellationToken cancel = default) => Recognize(image, _options.PageTimeLimit, cancel);

    /// <summary>Recognises one encoded image; past <paramref name="timeLimit"/> recognition stops and the result is marked timed out.</summary>
    public OcrResult Recognize(PageImage image, TimeSpan timeLimit, CancellationToken cancel = default)
    {
        using var pix = PixHandle.Read(image.Bytes, image.Frame);
        if (PageScale.For(image.Dpi, pix.Width, pix.Height, _options) is not { } scale)
        {
            return Recognize(pix, image.Dpi, timeLimit, cancel);
        }
        // A low-resolution page is read upscaled, and what is read is handed back in its own pixels.
        using var large = scale.Apply(pix);
        return PageScale.ToOriginal(Recognize(large, scale.ToDpi, timeLimit, cancel), large.Width, large.Height, pix.Width, pix.Height);
    }

    internal OcrResult Recognize(PixHandle page, int dpi, TimeSpan timeLimit, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        // Ink is 1 from here on: what the tables and the thickening look at (a plain 1-bit page
        // can come with 1 for paper; Tesseract reads it either way).
        using var upright = page.InkAsOne();
        using var thickened = ThinStrokes.Thicken(upright ?? page, _options.ThickenBelowSolidity);
        var pix = thickened ?? upright ?? page;
        var tables = _options.ReadTablesByCell ? RuledTables.Find(pix) : null;
        if (tables is null)
        {
            Tess.TessBaseAPISetImage2(_api, pix);
            if (dpi > 0)
            {
                Tess.TessBaseAPISetSourceResolution(_api, dpi);
            }
        }
        var deadline = Environment.TickCount64 + (long)Math.Min(int.MaxValue, timeLimit.TotalMilliseconds);
        try
        {
            // Tesseract's own text stands while nothing changes its words; a page read in parts
            // has none: its text is its boxes'.
            string? text = null;
            string tsv;
            bool timedOut;
            int? confidence = null;
            if (tables is null)
            {
                (var own, tsv, timedOut) = RecognizeArea(deadline, cancel);
                (text, confidence) = (own, Tess.TessBaseAPIMeanTextConf(_api));
            }
            else
            {
                (tsv, timedOut) = RecognizeByCell(pix, dpi, tables, deadline, cancel);
            }
            var words = PageWords.Parse(tsv);
            // The signer's block is read again where Tesseract laid the page out itself (a table
            // page's signer stands in a cell or in the text read apart from the cells).
            if (!timedOut && tables is null && _options.RereadSigner && RereadSigner(pix, dpi, tsv, words, deadline, cancel) is { } reread)
            {
                (tsv, timedOut, text) = (reread.Tsv, reread.TimedOut, null);
                words = PageWords.Parse(tsv);
            }
            if (!timedOut && _options.ReadPageNumber && ReadPageNumber(pix, dpi, tsv, words, deadline, cancel) is { } numbered)
            {
                (tsv, text) = (numbered, null);
                words = PageWords.Parse(tsv);
            }
            confidence ??= (int)Math.Round(words.Lines.SelectMany(l => l.Words).Select(w => w.Confidence).DefaultIfEmpty(0).Average());
            var (reading, regions) = ReadingText(text ?? PageWords.TextOf(words.Lines), words);
            // A call cancelled after Tesseract's last pass (while the layout was read) gives no result either.
            cancel.ThrowIfCancellationRequested();
            return new OcrResult(reading, tsv, confidence.Value, timedOut) { Regions = regions };
        }
        finally
        {
            Tess.TessBaseAPIClear(_api);
        }
    }

    // A page with ruled tables. What is in no cell — the text above, beside and below the tables,
    // and a column no rule closes — is read once, from the page with every cell blanked, so nothing
    // is lost whatever the tables' shape; its lines take their places by height between the
    // tables. Each cell is cut out and read as one block of text (page segmentation 6): its rules
    // never reach Tesseract, and its lines stay together. The parts' TSVs are joined into one,
    // blocks renumbered in reading order, the cells' from RuledTables.FirstBlock so the layout
    // knows them.
    private (string Tsv, bool TimedOut) RecognizeByCell(PixHandle pix, int dpi, RuledTables tables, long deadline, CancellationToken cancel)
    {
        var tsv = new TsvJoin(TsvHeader, pix.Width, pix.Height, _options.SymbolChoices);
        try
        {
            using var outside = pix.WithBlank(tables.Cells);
            var (_, outsideTsv, timedOut) = RecognizePart(outside, dpi, _options.PageSegMode, deadline, cancel);
            var above = int.MinValue;
            foreach (var table in tables.Tables)
            {
                tsv.AddText(outsideTsv, above, table.Top);
                above = table.Top;
                foreach (var cell in tables.CellsOf(table).TakeWhile(_ => !timedOut))
                {
                    // Cut out rather than Tesseract's SetRectangle, which read the page-wide band
                    // above a table as noise (tesseract issue 845: rectangles and the LSTM engine).
                    using var part = pix.Clip(cell);
                    (_, var cellTsv, timedOut) = RecognizePart(part, dpi, SingleBlock, deadline, cancel);
                    tsv.AddCell(cellTsv, cell.Left, cell.Top);
                }
            }
            tsv.AddText(outsideTsv, above, int.MaxValue);
            return (tsv.ToString(), timedOut);
        }
        finally
        {
            Tess.TessBaseAPISetPageSegMode(_api, _options.PageSegMode);
        }
    }

    // The signer's block read again without its seal (SignerArea, SealRing): the page's TSV with
    // the block's words replaced by the new reading when it is better as a whole
    // (SignerArea.Score), else with the new reading's sure words added where a seal's ring hid
    // them; null when there is no closing table, nothing to gain, or a 1-bit page has no seal.
    private (string Tsv, bool TimedOut)? RereadSigner(PixHandle pix, int dpi, string tsv, PageWords words, long deadline, CancellationToken cancel)
    {
        if (pix.Depth == 1 && !pix.IsPlainBits || SignerArea.Find(words) is not { } area)
        {
            return null;
        }
        // A 1-bit page's seal is ink like its print: only its rings can be taken out. A gray or
        // colour page's red seal is paper below the print's gray, and a black one's rings go too.
        using var cut = pix.IsPlainBits ? pix.Clip(area) : SignerArea.PrintOf(pix, area);
        var seal = SealRing.Erase(cut, OcrWord.MedianHeight(words.Lines.SelectMany(l => l.Words)));
        using var erased = seal?.Image;
        if (seal is null && pix.IsPlainBits)
        {
            return null;
        }
        var print = erased ?? cut;
        try
        {
            var (_, partTsv, timedOut) = RecognizePart(print, dpi, SingleBlock, deadline, cancel);
            var read = PageWords.Parse(partTsv).Lines.SelectMany(l => l.Words).Select(w => w with { Left = w.Left + area.Left, Top = w.Top + area.Top }).ToList();
            var join = new TsvJoin(TsvHeader, pix.Width, pix.Height, _options.SymbolChoices);
            if (SignerArea.Score(read, area) > SignerArea.Score(words.Lines.SelectMany(l => l.Words), area))
            {
                join.AddTextOutside(tsv, area);
                join.AddTextPart(partTsv, area.Left, area.Top);
                return (join.ToString(), timedOut);
            }
            if (seal is not { Centre: var disc })
            {
                return null;
            }
            // What is left of a seal (its letters, its star, the signature) reads as noise beside
            // the title, so the new reading is not better as a whole: its sure words where the
            // page's reading had none are added to it, but none from the seal's inner disc.
            var centre = disc with { Left = disc.Left + area.Left, Top = disc.Top + area.Top };
            var old = words.Lines.SelectMany(l => l.Words).Where(w => area.Encloses(w.Box)).ToList();
            var added = read.Where(w => SignerArea.IsSure(w) && !old.Any(o => o.Box.Overlaps(w.Box)) && !centre.Encloses(w.Box))
                .Select(w => w.Box with { Left = w.Left - area.Left, Top = w.Top - area.Top }).ToHashSet();
            if (added.Count == 0)
            {
                return null;
            }
            join.AddTextPart(tsv, 0, 0);
            join.AddTextPart(partTsv, area.Left, area.Top, added.Contains);
            return (join.ToString(), timedOut);
        }
        finally
        {
            Tess.TessBaseAPISetPageSegMode(_api, _options.PageSegMode);
        }
    }

    // The page number Tesseract's layout left out, read from a band where it would stand
    // (PageNumber.Bands) as one line: the page's TSV with the number as its first block (at the
    // top) or its last (at the foot), or null when no band holds a number.
    private string? ReadPageNumber(PixHandle pix, int dpi, string tsv, PageWords words, long deadline, CancellationToken cancel)
    {
        try
        {
            foreach (var (band, lineHeight, atTop) in PageNumber.Bands(words))
            {
                using var strip = pix.Clip(band);
                using var ink = strip.Ink(NumberInk);
                if (PageNumber.Glyphs(ink.ComponentBoxes(8), lineHeight) is not { } glyphs)
                {
                    continue;
                }
                var at = new PageRect(band.Left + glyphs.Left, band.Top + glyphs.Top, Math.Min(glyphs.Width, band.Width - glyphs.Left), Math.Min(glyphs.Height, band.Height - glyphs.Top));
                using var part = pix.Clip(at);
                var (_, partTsv, _) = RecognizePart(part, dpi, SingleLine, deadline, cancel);
                if (PageNumber.Number(PageWords.Parse(partTsv).Lines.SelectMany(l => l.Words)) is null)
                {
                    continue;
                }
                var join = new TsvJoin(TsvHeader, pix.Width, pix.Height, _options.SymbolChoices);
                if (atTop)
                {
                    join.AddTextPart(partTsv, at.Left, at.Top);
                }
                join.AddTextOutside(tsv, band);
                if (!atTop)
                {
                    join.AddTextPart(partTsv, at.Left, at.Top);
                }
                return join.ToString();
            }
            return null;
        }
        finally
        {
            Tess.TessBaseAPISetPageSegMode(_api, _options.PageSegMode);
        }
    }

    private (string Text, string Tsv, bool TimedOut) RecognizePart(PixHandle part, int dpi, int pageSegMode, long deadline, CancellationToken cancel)
    {
        Tess.TessBaseAPISetPageSegMode(_api, pageSegMode);
        Tess.TessBaseAPISetImage2(_api, part);
        if (dpi > 0)
        {
            Tess.TessBaseAPISetSourceResolution(_api, dpi);
        }
        return RecognizeArea(deadline, cancel);
    }

    // Tesseract's page segmentation mode 6: the area is one uniform block of text.
    private const int SingleBlock = 6;

    // Gray darker than this is ink where a page number is looked for.
    private const int NumberInk = 128;

    // Mode 7: the area is one line of text.
    private const int SingleLine = 7;

    // Recognises the image (or the rectangle) set, stopping at the deadline (TickCount64) or on
    // cancellation: the text, the TSV with its header (and choices), and whether time ran out.
    private unsafe (string Text, string Tsv, bool TimedOut) RecognizeArea(long deadline, CancellationToken cancel)
    {
        using var monitor = MonitorHandle.Create();
        var state = new CancelState(cancel);
        var gc = GCHandle.Alloc(state);
        try
        {
            Tess.TessMonitorSetCancelThis(monitor, GCHandle.ToIntPtr(gc));
            Tess.TessMonitorSetCancelFunc(monitor, &CancelCallback);
            Tess.TessMonitorSetDeadlineMSecs(monitor, (int)Math.Clamp(deadline - Environment.TickCount64, 1, int.MaxValue));
            var status = Tess.TessBaseAPIRecognize(_api, monitor);
            cancel.ThrowIfCancellationRequested();
            var timedOut = Environment.TickCount64 >= deadline;
            if (status != 0 && !timedOut)
            {
                throw new ImageDecodeException($"Tesseract could not recognise the image (status {status})");
            }
            var text = Tess.TakeText(Tess.TessBaseAPIGetUTF8Text(_api));
            // The C API gives the rows only; the header the CLI writes makes the stored TSV self-describing.
            var tsv = TsvHeader + Tess.TakeText(Tess.TessBaseAPIGetTsvText(_api, 0));
            if (_options.SymbolChoices)
            {
                tsv = WordChoices.AddToTsv(tsv, ReadChoices());
            }
            return (text, tsv, timedOut);
        }
        finally
        {
            gc.Free();
        }
    }

    // The page's layout: its text in reading order without its noise, rebuilt from the word
    // boxes when either changes anything (Tesseract's own text otherwise), and its regions.
    private (string Text, IReadOnlyList<PageRegion> Regions) ReadingText(string text, PageWords words)
    {
        // Noise is dropped only for the Vietnamese model: noise is told from text by Vietnamese
        // syllables, and English-model OCR of Vietnamese is mostly no syllable (it made eval
        // restore's eng scans lose 9 points of restored accuracy when its "noise" was dropped).
        var dropNoise = _options.DropNoise && _options.Language.Split('+').Contains("vie");
        var layout = PageLayout.Read(words, dropNoise, _options.ReadHeaderColumns);
        return (layout.Changed ? PageWords.TextOf(layout.Lines) : text, layout.Regions);
    }

    private const string TsvHeader = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\tchoices\n";

    // Each recognised word's symbols with the LSTM's choices for each (lstm_choice_mode 2): the
    // first choice is what was read, the others its alternatives with their confidences.
    private List<WordSymbols> ReadChoices()
    {
        var words = new List<WordSymbols>();
        var iterator = Tess.TessBaseAPIGetIterator(_api);
        if (iterator == IntPtr.Zero)
        {
            return words;
        }
        try
        {
            var page = Tess.TessResultIteratorGetPageIterator(iterator);
            do
            {
                var symbol = Tess.TakeText(Tess.TessResultIteratorGetUTF8Text(iterator, Tess.LevelSymbol));
                if (symbol.Length == 0)
                {
                    continue;
                }
                if (words.Count == 0 || Tess.TessPageIteratorIsAtBeginningOf(page, Tess.LevelWord) != 0)
                {
                    words.Add(new WordSymbols([]));
                }
                var choices = new List<SymbolChoice>();
                var ci = Tess.TessResultIteratorGetChoiceIterator(iterator);
                if (ci != IntPtr.Zero)
                {
                    try
                    {
                        do
                        {
                            var text = Marshal.PtrToStringUTF8(Tess.TessChoiceIteratorGetUTF8Text(ci));
                            if (!string.IsNullOrEmpty(text))
                            {
                                choices.Add(new SymbolChoice(text, Tess.TessChoiceIteratorConfidence(ci)));
                            }
                        }
                        while (Tess.TessChoiceIteratorNext(ci) != 0);
                    }
                    finally
                    {
                        Tess.TessChoiceIteratorDelete(ci);
                    }
                }
                words[^1].Symbols.Add(new SymbolChoices(symbol, choices));
            }
            while (Tess.TessResultIteratorNext(iterator, Tess.LevelSymbol) != 0);
        }
        finally
        {
            Tess.TessResultIteratorDelete(iterator);
        }
        return words;
    }

    // Called by Tesseract between words: true stops recognition.
    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    private static byte CancelCallback(IntPtr cancelThis, int words)
    {
        var state = (CancelState?)GCHandle.FromIntPtr(cancelThis).Target;
        return state is not null && state.Token.IsCancellationRequested ? (byte)1 : (byte)0;
    }

    private sealed class CancelState(CancellationToken token)
    {
        public CancellationToken Token { get; } = token;
    }

    /// <inheritdoc />
    public void Dispose() => _api.Dispose();
}
