namespace Ingest.Fuzz;

/// <summary>What one target ran and found.</summary>
public sealed class TargetStats(FuzzTarget target)
{
    public FuzzTarget Target { get; } = target;
    public int Inputs { get; set; }
    public int Accepted { get; set; }
    public int Rejected { get; set; }
    public int Exceptions { get; set; }
    public int Hangs { get; set; }
    public TimeSpan Busy { get; set; }

    /// <summary>Inputs per second of the time spent on this target.</summary>
    public double ExecsPerSecond => Busy.TotalSeconds > 0 ? Inputs / Busy.TotalSeconds : 0;
}
