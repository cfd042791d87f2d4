using System.Diagnostics;
using System.Text.Json;

namespace Ingest.Jobs;

/// <summary>
/// One writer per archive. The Lucene index has exactly one writer, and a second process writing
/// the same archive loses its entries (an `ingest add` into an archive `ingest serve` was serving
/// said "added" while its plan never reached the service's index). So every process that writes
/// an archive — `ingest serve` and the writing verbs — first holds <c>ARCHIVE/write.lock</c>,
/// opened with <see cref="FileShare.None"/>: on Linux .NET takes an exclusive <c>flock</c> on it,
/// which the kernel drops when the process ends in any way, kill -9 included, so a crash never
/// leaves a stale lock to clean by hand. Readers (search, show, export, verify) take nothing.
/// Who holds it is written beside it, in <c>ARCHIVE/write.lock.json</c>: the locked file cannot
/// be read by another .NET process (its shared lock on open would conflict), and a holder record
/// left by a killed process is harmless because it is only read while the lock is held.
/// </summary>
public sealed class ArchiveLock : IDisposable
{
    /// <summary>The lock file, under the archive folder.</summary>
    public const string FileName = "write.lock";

    /// <summary>The holder's record, beside the lock file.</summary>
    public const string HolderFileName = "write.lock.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly FileStream _lock;
    private readonly string _holderPath;

    private ArchiveLock(FileStream handle, string holderPath, ArchiveHolder holder)
    {
        _lock = handle;
        _holderPath = holderPath;
        Holder = holder;
    }

    /// <summary>This process, as recorded in the holder file.</summary>
    public ArchiveHolder Holder { get; }

    /// <summary>
    /// Takes the write lock of the archive in <paramref name="root"/> (creating the folder: a
    /// writer may create the archive) for <paramref name="holder"/>; null when another process or
    /// handle holds it, and then <paramref name="current"/> is who does (null if it has not said yet).
    /// Hold the returned lock for as long as the process writes; disposing it releases it.
    /// </summary>
    public static ArchiveLock? TryTake(string root, ArchiveHolder holder, out ArchiveHolder? current)
    {
        ThrowIfLockingDisabled();
        var full = Path.GetFullPath(root);
        Directory.CreateDirectory(full);
        var path = Path.Combine(full, FileName);
        FileStream handle;
        try
        {
            handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            current = ReadHolder(full);
            return null;
        }
        var holderPath = Path.Combine(full, HolderFileName);
        try
        {
            // Written whole, then moved into place: a refused writer never reads half a record.
            var tmp = holderPath + $".{Environment.ProcessId}.tmp";
            File.WriteAllText(tmp, JsonSerializer.Serialize(holder, Json));
            File.Move(tmp, holderPath, overwrite: true);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
        current = holder;
        return new ArchiveLock(handle, holderPath, holder);
    }

    /// <summary>
    /// Who holds the write lock of the archive in <paramref name="root"/> now, or null when no one
    /// does (or the folder has no lock file). Takes and releases the lock to find out when it is free.
    /// </summary>
    public static ArchiveHolder? HolderOf(string root)
    {
        var full = Path.GetFullPath(root);
        if (!File.Exists(Path.Combine(full, FileName)))
        {
            return null;
        }
        using var probe = TryTake(full, ArchiveHolder.ThisProcess("probe"), out var current);
        return probe is null ? current ?? new ArchiveHolder("unknown", 0, "", null, default) : null;
    }

    // The holder writes its record just after taking the lock: a refused writer that arrives in
    // between finds the previous holder's record (or none) and waits a moment for the new one.
    private static ArchiveHolder? ReadHolder(string root)
    {
        var path = Path.Combine(root, HolderFileName);
        ArchiveHolder? found = null;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                found = JsonSerializer.Deserialize<ArchiveHolder>(File.ReadAllText(path), Json);
            }
            catch (Exception e) when (e is IOException or JsonException)
            {
                found = null;
            }
            if (found is not null && (!found.IsLocal || IsRunning(found.ProcessId)))
            {
                return found;
            }
            Thread.Sleep(50);
        }
        return found;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // .NET reports the flock's EWOULDBLOCK (Linux 11, macOS 35) as an IOException carrying the
    // errno; on Windows a sharing violation is ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33).
    private static bool IsHeldElsewhere(IOException e) =>
        e.GetType() == typeof(IOException) && (e.HResult is 11 or 35 || (e.HResult & 0xFFFF) is 32 or 33);

    // With file locking switched off .NET opens every file shared, and two writers would both
    // "hold" the lock: refuse to pretend.
    private static void ThrowIfLockingDisabled()
    {
        var env = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING");
        if ((AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var off) && off)
            || env is "1" || string.Equals(env, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "file locking is switched off (DOTNET_SYSTEM_IO_DISABLEFILELOCKING): the archive's write lock cannot keep a second writer out; unset it");
        }
    }

    /// <summary>Releases the lock (its holder record goes first, so no one reads it as current).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(_holderPath);
        }
        finally
        {
            _lock.Dispose();
        }
    }
}
