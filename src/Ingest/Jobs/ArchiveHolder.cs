using System.Globalization;
using System.Text.Json.Serialization;

namespace Ingest.Jobs;

/// <summary>
/// Who holds an archive's write lock (<see cref="ArchiveLock"/>): the verb, its process and host,
/// and for `ingest serve` the address it listens on — what a refused writer tells its user.
/// </summary>
/// <param name="Verb">The CLI verb that took the lock: "serve", "add", "reindex", …</param>
/// <param name="ProcessId">The holder's process id, on <paramref name="Host"/>.</param>
/// <param name="Host">The machine the holder runs on (an archive folder can be a shared mount).</param>
/// <param name="Url">Where `ingest serve` listens (null for other verbs).</param>
/// <param name="Since">When the lock was taken.</param>
public sealed record ArchiveHolder(
    [property: JsonPropertyName("verb")] string Verb,
    [property: JsonPropertyName("pid")] int ProcessId,
    [property: JsonPropertyName("host")] string Host,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("since")] DateTimeOffset Since)
{
    /// <summary>This process, about to write the archive as <paramref name="verb"/>.</summary>
    public static ArchiveHolder ThisProcess(string verb, string? url = null) =>
        new(verb, Environment.ProcessId, Environment.MachineName, url, DateTimeOffset.UtcNow);

    /// <summary>True when the holder runs on this machine.</summary>
    [JsonIgnore]
    public bool IsLocal => string.Equals(Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The one line a writer refused by this holder prints: which process holds
    /// <paramref name="archive"/> (as the user named it) and what to do instead.
    /// </summary>
    public string Refusal(string archive)
    {
        var where = IsLocal
            ? string.Create(CultureInfo.InvariantCulture, $"pid {ProcessId}")
            : string.Create(CultureInfo.InvariantCulture, $"pid {ProcessId} on {Host}");
        return Verb == "serve"
            ? $"archive {archive} is being served by `ingest serve` ({where}, {Url ?? "address unknown"}); upload there (its web page, or POST /api/documents), or stop it"
            : $"archive {archive} is being written by `ingest {Verb}` ({where}); wait for it to finish, or stop it";
    }
}
