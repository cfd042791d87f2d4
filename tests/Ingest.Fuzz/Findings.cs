using System.Security.Cryptography;

namespace Ingest.Fuzz;

/// <summary>
/// Reproducers under the (git-ignored) findings folder: the input, and beside it a .log saying
/// what happened. A crash that ends the process (a stack overflow, a native fault) cannot be
/// caught, so each input is written to in-flight files first; a run that finds them at start
/// files them as a crash of the run before.
/// </summary>
public sealed class Findings
{
    private readonly string _folder;
    private readonly HashSet<string> _signatures = [];

    public Findings(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    public string Folder => _folder;

    /// <summary>Distinct findings saved in this run.</summary>
    public List<string> Saved { get; } = [];

    private string InFlight => Path.Combine(_folder, "in-flight.bin");
    private string InFlightTarget => Path.Combine(_folder, "in-flight.target");

    /// <summary>Files the input of a run that died before finishing it, if any.</summary>
    public string? RecoverCrash()
    {
        if (!File.Exists(InFlight) || !File.Exists(InFlightTarget))
        {
            return null;
        }
        var target = File.ReadAllText(InFlightTarget).Split('\t');
        var path = Save(target[0], target.Length > 1 ? target[1] : ".bin", "crash", "the process died on this input (stack overflow or native fault)", File.ReadAllBytes(InFlight));
        File.Delete(InFlight);
        File.Delete(InFlightTarget);
        return path;
    }

    public void Begin(FuzzTarget target, byte[] input)
    {
        File.WriteAllBytes(InFlight, input);
        File.WriteAllText(InFlightTarget, target.Name + "\t" + target.Extension);
    }

    public void End()
    {
        File.Delete(InFlight);
        File.Delete(InFlightTarget);
    }

    /// <summary>Saves a finding unless one with the same signature (target, kind, exception type and place) is saved already.</summary>
    public string? Report(FuzzTarget target, string kind, string signature, string what, byte[] input) =>
        _signatures.Add($"{target.Name}|{kind}|{signature}") ? Save(target.Name, target.Extension, kind, what, input) : null;

    private string Save(string target, string extension, string kind, string what, byte[] input)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(input))[..12];
        var path = Path.Combine(_folder, $"{target}-{kind}-{hash}{extension}");
        File.WriteAllBytes(path, input);
        File.WriteAllText(path + ".log", what + "\n");
        Saved.Add(path);
        return path;
    }
}
