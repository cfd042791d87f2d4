using System.CommandLine;

namespace Ingest.App.Commands;

/// <summary>Options several verbs share.</summary>
internal static class Options
{
    /// <summary>--archive DIR, else $INGEST_ARCHIVE, else ./archive.</summary>
    public static Option<string> Archive() => new("--archive")
    {
        Description = "archive folder (default: $INGEST_ARCHIVE or ./archive)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("INGEST_ARCHIVE") is { Length: > 0 } env ? env : "archive",
    };

    public static Option<bool> Json() => new("--json") { Description = "print JSON instead of a table" };
}
