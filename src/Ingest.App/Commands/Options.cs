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

    /// <summary>
    /// --db CONNECTION (every verb, from the root): the catalog in PostgreSQL instead of the
    /// archive folder's catalog.db, else $INGEST_DB. Workers on several machines share it.
    /// </summary>
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = "catalog in PostgreSQL: \"Host=…;Database=…;Username=…\" (default: $INGEST_DB, else ARCHIVE/catalog.db)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("INGEST_DB") is { Length: > 0 } env ? env : null,
    };

    /// <summary>The archive the verb's --archive and the root's --db name.</summary>
    public static Jobs.Archive OpenArchive(ParseResult parse, Option<string> archive) =>
        Jobs.Archive.Open(parse.GetValue(archive)!, parse.GetValue(Db));

    public static Option<bool> Json() => new("--json") { Description = "print JSON instead of a table" };
}
