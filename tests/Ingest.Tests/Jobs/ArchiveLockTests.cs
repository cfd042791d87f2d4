using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Ingest.Jobs;
using Ingest.Tests.App;

namespace Ingest.Tests.Jobs;

/// <summary>
/// One writer per archive: a second writer is refused and told who holds the archive, and the
/// lock of a process killed with SIGKILL is free at once (the OS drops the flock with the process).
/// </summary>
public sealed class ArchiveLockTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Root => Path.Combine(_dir.Path, "archive");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_second_writer_is_refused_and_told_who_holds_the_archive()
    {
        var serve = ArchiveHolder.ThisProcess("serve", "http://127.0.0.1:5999");
        using var first = ArchiveLock.TryTake(Root, serve, out _);
        Assert.NotNull(first);

        // Another handle, as another process gets: flock is per open file, so this is refused even here.
        using var second = ArchiveLock.TryTake(Root, ArchiveHolder.ThisProcess("add"), out var holder);
        Assert.Null(second);
        Assert.Equal(serve, holder);
        Assert.Equal(
            $"archive ./archive is being served by `ingest serve` (pid {Environment.ProcessId}, http://127.0.0.1:5999); upload there (its web page, or POST /api/documents), or stop it",
            holder!.Refusal("./archive"));
    }

    [Fact]
    public void The_archive_is_free_again_once_its_writer_is_done()
    {
        using (var first = ArchiveLock.TryTake(Root, ArchiveHolder.ThisProcess("add"), out _))
        {
            Assert.NotNull(first);
            Assert.Equal("add", ArchiveLock.HolderOf(Root)?.Verb);
        }
        Assert.Null(ArchiveLock.HolderOf(Root));
        using var next = ArchiveLock.TryTake(Root, ArchiveHolder.ThisProcess("reindex"), out var holder);
        Assert.NotNull(next);
        Assert.Equal("reindex", holder!.Verb);
    }

    [Fact]
    public void An_archive_opened_to_write_holds_the_lock_until_it_is_disposed()
    {
        var held = ArchiveLock.TryTake(Root, ArchiveHolder.ThisProcess("add"), out _);
        using (Archive.Open(Root, writeLock: held))
        {
            Assert.Equal("add", ArchiveLock.HolderOf(Root)?.Verb);
        }
        Assert.Null(ArchiveLock.HolderOf(Root));
    }

    [Fact]
    public void A_writing_verb_is_refused_while_serve_runs_and_may_write_once_serve_is_killed()
    {
        File.Copy(CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt"), Path.Combine(_dir.Path, "003.txt"));
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        using var serve = StartServe(Root, url);
        try
        {
            var holder = WaitForHolder(serve);
            Assert.Equal(("serve", url), (holder.Verb, holder.Url));

            var refused = Cli.Run(_dir.Path, "reindex", "--archive", Root);
            Assert.Equal(2, refused.Exit);
            Assert.Equal(
                $"archive {Root} is being served by `ingest serve` (pid {serve.Id}, {url}); upload there (its web page, or POST /api/documents), or stop it",
                refused.Err.TrimEnd('\n'));

            // SIGKILL: no disposal, no finally in the holder; only the kernel can let go of the lock.
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
        finally
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
            }
        }
        var after = Cli.Run(_dir.Path, "add", "003.txt", "--archive", Root);
        Assert.True(after.Exit == 0, after.Err);
        Assert.Contains("added", after.Out, StringComparison.Ordinal);
    }

    private static Process StartServe(string archive, string url)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ingest.App.dll"));
        foreach (var a in new[] { "serve", "--archive", archive, "--urls", url, "--jobs", "0", "--engines", "1" })
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["INGEST_ARCHIVE"] = "";
        psi.Environment["INGEST_DB"] = "";
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    // The holder record names the child once it holds the lock; read without locking, so the
    // wait never competes with the child for the lock.
    private ArchiveHolder WaitForHolder(Process child)
    {
        var path = Path.Combine(Root, ArchiveLock.HolderFileName);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(child.HasExited, "ingest serve exited before taking the archive");
            if (File.Exists(path))
            {
                try
                {
                    if (JsonSerializer.Deserialize<ArchiveHolder>(File.ReadAllText(path)) is { } h && h.ProcessId == child.Id)
                    {
                        return h;
                    }
                }
                catch (Exception e) when (e is IOException or JsonException)
                {
                    // Being replaced; read it again.
                }
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException("ingest serve did not take the archive's lock within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
