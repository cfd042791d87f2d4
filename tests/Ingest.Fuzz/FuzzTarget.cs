namespace Ingest.Fuzz;

/// <summary>How one input ended.</summary>
public enum RunResult
{
    /// <summary>Read or extracted.</summary>
    Accepted,
    /// <summary>Refused with a <see cref="Jobs.BadInputException"/>: the one-line reason a user sees.</summary>
    Rejected,
}

/// <summary>
/// A part of the pipeline under fuzzing: seed inputs, a mutator that damages them, and a run
/// that feeds one input through. A run returns when the input was handled (accepted or
/// refused as bad input); anything it throws, or a run that does not return within the
/// watchdog's time, is a finding.
/// </summary>
public abstract class FuzzTarget
{
    /// <summary>Short name, used in reports and reproducer file names.</summary>
    public abstract string Name { get; }

    /// <summary>Extension of the reproducer files (".pdf", ".txt").</summary>
    public abstract string Extension { get; }

    /// <summary>Seconds one input may take before it counts as a hang.</summary>
    public abstract TimeSpan Watchdog { get; }

    /// <summary>A damaged input made from one of the seeds.</summary>
    public abstract byte[] MakeInput(Random random);

    /// <summary>Feeds one input through; throws when the code under test failed on it.</summary>
    public abstract Task<RunResult> RunAsync(byte[] input, CancellationToken cancel);
}
