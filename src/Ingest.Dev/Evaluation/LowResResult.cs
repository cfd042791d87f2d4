namespace Ingest.Evaluation;

/// <summary>One page read under one upscaling setting of <see cref="LowResEvaluation"/>.</summary>
/// <param name="Page">The tune page it was made from (or is).</param>
/// <param name="MadeAt">The resolution a synthetic page was rendered at; 0 for an image file of the set.</param>
/// <param name="Dpi">The page's resolution as the product reads it (<see cref="Ocr.PageResolution"/>).</param>
/// <param name="UpscaleTo">The resolution pages below it were upscaled to; 0 for read as they are.</param>
/// <param name="Raw">Our OCR before restoration.</param>
/// <param name="Restored">Our restored text: what the archive stores.</param>
/// <param name="Seconds">The page's reading time on one engine.</param>
public sealed record LowResResult(RealPage Page, int MadeAt, int Dpi, int UpscaleTo, TextAccuracy Raw, TextAccuracy Restored, double Seconds);
