using System.ComponentModel;
using System.Diagnostics;

namespace Ingest.Corpus;

/// <summary>
/// Debian's qpdf, for the encrypted files of <c>corpus/bad</c> (PdfPig reads encryption but does
/// not write it). Only the corpus generator needs it; ingestion never does.
/// </summary>
public static class Qpdf
{
    /// <summary>
    /// <paramref name="pdf"/> encrypted with AES-256: opening needs <paramref name="userPassword"/>
    /// (empty: anyone may open it), changing it needs <paramref name="ownerPassword"/>.
    /// </summary>
    public static byte[] Encrypt(byte[] pdf, string userPassword, string ownerPassword)
    {
        var dir = Directory.CreateTempSubdirectory("ingest-qpdf-").FullName;
        try
        {
            var input = Path.Combine(dir, "in.pdf");
            var output = Path.Combine(dir, "out.pdf");
            File.WriteAllBytes(input, pdf);
            // --static-id keeps the file the same from run to run (the ID seeds nothing secret here).
            Run("--static-id", "--encrypt", userPassword, ownerPassword, "256", "--", input, output);
            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Run(params string[] args)
    {
        var psi = new ProcessStartInfo("qpdf") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("qpdf did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("qpdf is not installed (apt-get install qpdf)", e);
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            // 3 is qpdf's "succeeded with warnings".
            if (process.ExitCode is not (0 or 3))
            {
                throw new InvalidOperationException($"qpdf failed: {errors.GetAwaiter().GetResult().Trim()}");
            }
        }
    }
}
