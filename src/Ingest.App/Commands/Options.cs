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

    /// <summary>
    /// The archive the verb's --archive and the root's --db name, opened (or created) to write it
    /// with its write lock held until it is disposed; null, after one line on stderr naming the
    /// holder, when another process writes it (the verb then exits 2).
    /// </summary>
    public static Jobs.Archive? OpenForWriting(ParseResult parse, Option<string> archive, string verb)
    {
        var root = parse.GetValue(archive)!;
        if (HoldArchive(root, verb) is not { } held)
        {
            return null;
        }
        try
        {
            return Jobs.Archive.Open(root, parse.GetValue(Db), held);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Holds the write lock of the archive in <paramref name="root"/> for <paramref name="verb"/>
    /// (with the address <c>serve</c> listens on); null, after one line on stderr naming the
    /// holder and what to do instead, when another process holds it.
    /// </summary>
    public static Jobs.ArchiveLock? HoldArchive(string root, string verb, string? url = null)
    {
        var held = Jobs.ArchiveLock.TryTake(root, Jobs.ArchiveHolder.ThisProcess(verb, url), out var holder);
        if (held is null)
        {
            Console.Error.WriteLine(holder?.Refusal(Shown(root))
                ?? $"archive {Shown(root)} is being written by another process; wait for it to finish, or stop it");
        }
        return held;
    }

    /// <summary>
    /// The archive named by --archive and --db, opened to read it: nothing is created and no lock
    /// is taken, so it works while `ingest serve` holds the archive. Null, after one line on
    /// stderr, when there is no archive there (the verb then exits 2).
    /// </summary>
    public static Jobs.Archive? OpenForReading(ParseResult parse, Option<string> archive)
    {
        var root = parse.GetValue(archive)!;
        var store = Jobs.Archive.OpenForReading(root, parse.GetValue(Db));
        if (store is null)
        {
            Console.Error.WriteLine($"no archive at {Shown(root)}; `ingest add FILE` creates one, or pass --archive DIR");
        }
        return store;
    }

    // The archive as the user named it, "./archive" for the default rather than a bare word.
    private static string Shown(string root) =>
        Path.IsPathRooted(root) || root.StartsWith('.') ? root : "./" + root;

    public static Option<bool> Json() => new("--json") { Description = "print JSON instead of a table" };
}
