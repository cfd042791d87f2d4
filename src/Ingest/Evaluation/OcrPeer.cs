using System.Diagnostics;

namespace Ingest.Evaluation;

/// <summary>
/// OCRmyPDF (Debian's ocrmypdf 14), the tool an archivist would pick instead: run on the same
/// PDF with the same engine and language, its sidecar text kept for scoring. Only the
/// evaluation uses it; the product never does.
/// </summary>
public static class OcrPeer
{
    /// <summary>True when ocrmypdf is on PATH.</summary>
    public static bool IsInstalled => Which("ocrmypdf") is not null;

    /// <summary>Runs <c>ocrmypdf -l LANG --jobs N --sidecar</c> and returns its text and wall time.</summary>
    public static (string Text, TimeSpan Wall) Run(string pdf, string language, int jobs)
    {
        var dir = Directory.CreateTempSubdirectory("ingest-peer-").FullName;
        try
        {
            var sidecar = Path.Combine(dir, "sidecar.txt");
            var psi = new ProcessStartInfo("ocrmypdf") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-q", "-l", language, "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                         "--sidecar", sidecar, pdf, Path.Combine(dir, "out.pdf") })
            {
                psi.ArgumentList.Add(a);
            }
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            _ = p.StandardOutput.ReadToEndAsync();
            p.WaitForExit();
            sw.Stop();
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"ocrmypdf failed on {Path.GetFileName(pdf)} (exit {p.ExitCode}): {err.GetAwaiter().GetResult().Trim()}");
            }
            return (File.ReadAllText(sidecar), sw.Elapsed);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
