using System.Diagnostics;
using System.Globalization;

namespace Ingest.Pdf;

/// <summary>
/// Renders a page with poppler's pdftoppm: for pages whose image PdfPig cannot hand over as
/// it is (JBIG2, several images, vector-only pages) and for making the corpus' scans.
/// </summary>
public static class PdfRasterizer
{
    /// <summary>
    /// Renders a page to be read: without its annotations. A digital signature's widget is drawn
    /// over the scan, not printed on it — danang-scans 3.pdf, a scan that UBND Đà Nẵng signed as a
    /// certified copy, has "SAO Y / Ủy ban nhân dân thành phố Đà Nẵng / Thời gian ký: 19/10/2023
    /// 10:56:22 +07:00" over its motto, which OCR read as "SAOY … CỘNG HOÀ XÃ HỘI 190". The page
    /// shown to a person keeps them (<see cref="RenderGray"/>'s default).
    /// </summary>
    public static byte[] ForReading(string pdfPath, int page, int dpi, TimeSpan? timeout = null) =>
        RenderGray(pdfPath, page, dpi, timeout, annotations: false);

    /// <summary>
    /// Renders 1-based <paramref name="page"/> of the PDF file at <paramref name="dpi"/> as 8-bit
    /// gray PGM bytes, or as a gray PNG when <paramref name="png"/> (for showing the page in a browser).
    /// <paramref name="annotations"/> false leaves out what is drawn over the page rather than in it
    /// (see <see cref="ForReading"/>).
    /// </summary>
    public static byte[] RenderGray(string pdfPath, int page, int dpi, TimeSpan? timeout = null, bool png = false, bool annotations = true)
    {
        var psi = new ProcessStartInfo("pdftoppm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (png)
        {
            psi.ArgumentList.Add("-png");
        }
        if (!annotations)
        {
            psi.ArgumentList.Add("-hide-annotations");
        }
        foreach (var a in new[] { "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", page.ToString(CultureInfo.InvariantCulture),
                     "-l", page.ToString(CultureInfo.InvariantCulture), "-singlefile", pdfPath })
        {
            psi.ArgumentList.Add(a);
        }
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new PdfRasterizeException("pdftoppm did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PdfRasterizeException("pdftoppm is not installed (apt-get install poppler-utils)", e);
        }
        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new PdfRasterizeException("pdftoppm timed out");
            }
            copy.GetAwaiter().GetResult();
            if (process.ExitCode != 0 || output.Length == 0)
            {
                var message = errors.GetAwaiter().GetResult().Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no output";
                throw new PdfRasterizeException($"pdftoppm failed: {message}");
            }
            return output.ToArray();
        }
    }
}

/// <summary>pdftoppm could not render a page.</summary>
public sealed class PdfRasterizeException : Exception
{
    public PdfRasterizeException() { }
    public PdfRasterizeException(string message) : base(message) { }
    public PdfRasterizeException(string message, Exception inner) : base(message, inner) { }
}
