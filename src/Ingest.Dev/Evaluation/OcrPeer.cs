using System.Diagnostics;

namespace Ingest.Evaluation;

/// <summary>
/// OCRmyPDF (Debian's ocrmypdf 14), the tool an archivist would pick instead: run on the same
/// PDF with the same engine and language, its sidecar text kept for scoring. Only the
/// evaluation uses it; the product never does.
/// </summary>
public static class OcrPeer
{
    /// <summary>True when ocrmypdf is on PATH, and qpdf, which opens the owner-password PDFs it refuses.</summary>
    public static bool IsInstalled => Which("ocrmypdf") is not null && Which("qpdf") is not null;

    /// <summary>
    /// Runs <c>ocrmypdf -l LANG --jobs N --sidecar</c> and returns its text (pages separated by
    /// form feeds) and wall time. A PDF that already has text (a scanner's own OCR layer) is run
    /// again with <c>--force-ocr</c>, as a user would; an image is given its resolution when it
    /// declares none.
    /// </summary>
    public static (string Text, TimeSpan Wall) Run(string pdf, string language, int jobs)
    {
        var first = RunOnce(pdf, language, jobs, []);
        if (first.ExitCode == Encrypted)
        {
            // An owner password only (Đà Nẵng's 3.pdf): any reader opens it, ocrmypdf asks for
            // `qpdf --decrypt` first, as a user would do. Only ocrmypdf's own run is timed.
            var dir = Directory.CreateTempSubdirectory("ingest-peer-plain-").FullName;
            try
            {
                var plain = Path.Combine(dir, Path.GetFileName(pdf));
                var qpdf = Process.Start(new ProcessStartInfo("qpdf") { ArgumentList = { "--decrypt", pdf, plain }, RedirectStandardError = true })!;
                qpdf.WaitForExit();
                return Run(plain, language, jobs);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        return first.ExitCode == PriorOcrFound ? Check(pdf, RunOnce(pdf, language, jobs, ["--force-ocr"])) : Check(pdf, first);
    }

    // ocrmypdf's exit code for an encrypted input.
    private const int Encrypted = 8;

    /// <summary>As <see cref="Run(string, string, int)"/> for an image file, read at <paramref name="dpi"/> when it declares no resolution.</summary>
    public static (string Text, TimeSpan Wall) RunImage(string image, string language, int jobs, int dpi) =>
        Check(image, RunOnce(image, language, jobs, ["--image-dpi", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture)]));

    // ocrmypdf's exit code when a page already has text and neither --force-ocr nor --skip-text was given.
    private const int PriorOcrFound = 6;

    private static (string Text, TimeSpan Wall) Check(string input, (int ExitCode, string Text, string Error, TimeSpan Wall) run) =>
        run.ExitCode == 0 ? (run.Text, run.Wall)
            : throw new InvalidOperationException($"ocrmypdf failed on {Path.GetFileName(input)} (exit {run.ExitCode}): {run.Error}");

    private static (int ExitCode, string Text, string Error, TimeSpan Wall) RunOnce(string pdf, string language, int jobs, string[] extra)
    {
        var dir = Directory.CreateTempSubdirectory("ingest-peer-").FullName;
        try
        {
            var sidecar = Path.Combine(dir, "sidecar.txt");
            var psi = new ProcessStartInfo("ocrmypdf") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-q", "-l", language, "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                         "--sidecar", sidecar }.Concat(extra).Concat([pdf, Path.Combine(dir, "out.pdf")]))
            {
                psi.ArgumentList.Add(a);
            }
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEndAsync();
            _ = p.StandardOutput.ReadToEndAsync();
            p.WaitForExit();
            sw.Stop();
            return (p.ExitCode, p.ExitCode == 0 ? File.ReadAllText(sidecar) : "", err.GetAwaiter().GetResult().Trim(), sw.Elapsed);
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
