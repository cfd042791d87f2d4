using Ingest.Evaluation;

namespace Ingest.Tests;

/// <summary>
/// The real material of <c>../shared/real</c> (beside the repository, or
/// <c>$INGEST_SHARED_REAL</c>), read where it is at test time, never copied into the project.
/// A missing folder fails the test: these tests are the ones that keep the product honest.
/// </summary>
internal static class RealFiles
{
    public static string Folder { get; } = RealPageSet.SharedRealFolder(CorpusFiles.Corpus)
        ?? throw new InvalidOperationException("../shared/real not found beside the repository (set INGEST_SHARED_REAL)");

    public static string Path_(params string[] parts) => Path.Combine([Folder, .. parts]);

    /// <summary>Page <paramref name="page"/> of a real PDF as the product renders it to read: 200 dpi, gray, no annotations.</summary>
    public static Ingest.Ocr.PageImage Rendered(int page, params string[] parts) =>
        new(Ingest.Pdf.PdfRasterizer.ForReading(Path_(parts), page, 200), 200, "pdftoppm");
}
