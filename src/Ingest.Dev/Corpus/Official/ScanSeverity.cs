namespace Ingest.Corpus.Official;

/// <summary>How hard a scan is on the text, from a good office scanner to a cheap one set too light.</summary>
public enum ScanSeverity
{
    /// <summary>Straight, clean, a well-set threshold: what a good flatbed gives.</summary>
    Mild,
    /// <summary>The everyday office copier-scanner: some skew, greyish toner, a threshold that thins strokes.</summary>
    Office,
    /// <summary>A cheap scanner set too light: faded strokes, eroded diacritics, skew, noise, dust, edge bands.</summary>
    Harsh,
}
