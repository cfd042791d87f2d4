using System.Diagnostics;

namespace Ingest.Tests.App;

/// <summary>Runs the built executable as a user would (the launcher adds only install and build).</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(string workDir, params string[] args) => RunWithInput(workDir, null, args);

    /// <summary>Runs with <paramref name="input"/> piped to standard input (null: none).</summary>
    public static (int Exit, string Out, string Err) RunWithInput(string workDir, string? input, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null, WorkingDirectory = workDir };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ingest.App.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["INGEST_ARCHIVE"] = "";
        using var p = Process.Start(psi)!;
        if (input is not null)
        {
            p.StandardInput.Write(input);
            p.StandardInput.Close();
        }
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(300_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("ingest " + string.Join(' ', args));
        }
        return (p.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
