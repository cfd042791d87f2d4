using System.Globalization;

namespace Ingest.Tests;

/// <summary>
/// The peak resident memory of a process and every process it started (pdftoppm renders in a
/// child: the test process's own working set would not see a render's gigabytes), sampled from
/// /proc every few milliseconds while it runs.
/// </summary>
internal sealed class ProcessTreeMemory : IDisposable
{
    private readonly int _root;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peak;

    public ProcessTreeMemory(int rootPid)
    {
        _root = rootPid;
        _sampler = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var now = TreeBytes();
                if (now > Interlocked.Read(ref _peak))
                {
                    Interlocked.Exchange(ref _peak, now);
                }
                await Task.Delay(5).ConfigureAwait(false);
            }
        });
    }

    /// <summary>The highest sum seen so far, in bytes.</summary>
    public long PeakBytes => Interlocked.Read(ref _peak);

    /// <summary>Resident bytes of the root process and its descendants now.</summary>
    public long TreeBytes()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Field(pid, "PPid") is { } ppid)
            {
                parents[pid] = (int)ppid;
            }
        }
        long total = 0;
        foreach (var pid in parents.Keys)
        {
            if (Descends(pid, parents))
            {
                total += (Field(pid, "VmRSS") ?? 0) * 1024;
            }
        }
        return total;
    }

    private bool Descends(int pid, Dictionary<int, int> parents)
    {
        for (var p = pid; p > 1; p = parents.GetValueOrDefault(p))
        {
            if (p == _root)
            {
                return true;
            }
        }
        return false;
    }

    // A number field of /proc/PID/status ("VmRSS:   123 kB" → 123); null when the process is gone.
    private static long? Field(int pid, string name)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(name + ":", StringComparison.Ordinal))
                {
                    return long.Parse(line[(name.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        return null;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampler.GetAwaiter().GetResult();
        _stop.Dispose();
    }
}
