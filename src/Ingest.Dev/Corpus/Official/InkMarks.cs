namespace Ingest.Corpus.Official;

/// <summary>What an office and a scanner add to a printed page, each drawn by <see cref="InkLayer"/>.</summary>
[Flags]
public enum InkMarks
{
    None = 0,
    /// <summary>The round red seal (con dấu) over the signature: a ring of lettering, a star.</summary>
    Seal = 1,
    /// <summary>The signer's scribbled signature.</summary>
    Signature = 2,
    /// <summary>The receiving office's rectangular "ĐẾN" (received) stamp on page 1, filled in by hand.</summary>
    ReceivedStamp = 4,
    /// <summary>The number after "Số:" and the day and month of the date, written into their blanks by hand.</summary>
    HandDigits = 8,
    /// <summary>A handwritten routing note in a margin of page 1 ("Chuyển P. TH …").</summary>
    MarginNote = 16,
    /// <summary>A dark strip along one edge where the scanner's lid or glass edge shows.</summary>
    ScannerBand = 32,
    /// <summary>Dust and toner specks.</summary>
    Speckle = 64,
    /// <summary>Everything.</summary>
    All = Seal | Signature | ReceivedStamp | HandDigits | MarginNote | ScannerBand | Speckle,
}
