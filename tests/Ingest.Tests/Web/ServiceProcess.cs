using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Ingest.Tests.Web;

/// <summary>
/// A real `ingest serve` or `ingest worker` process (the built executable), as an archivist's
/// machine runs it: started on a free loopback port, stopped — or killed with SIGKILL — by the test.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();

    private ServiceProcess(Process process, Uri? url, string? token = null)
    {
        _process = process;
        Url = url;
        Token = token;
        process.OutputDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri? Url { get; }

    /// <summary>An admin's bearer token for this archive, made before the service started (authentication is always on).</summary>
    public string? Token { get; }

    /// <summary>The process id (its memory, and its children's, can be watched from /proc).</summary>
    public int Pid => _process.Id;

    public string Log { get { lock (_log) { return _log.ToString(); } } }

    /// <summary>
    /// Starts `ingest serve` on a free port and waits until its API answers. An admin token is
    /// made in the archive's catalog first (as `ingest token create` does), and <see cref="Client"/>
    /// sends it; <paramref name="signedIn"/> false gives a client without it.
    /// </summary>
    public static async Task<ServiceProcess> ServeAsync(string archive, string? db = null, int jobs = 2, int engines = 2, int? port = null, params string[] extra)
    {
        string token;
        using (var catalog = Ingest.Catalog.PlanCatalog.Open(db ?? Path.Combine(Path.GetFullPath(archive), "catalog.db")))
        {
            token = catalog.Accounts.CreateToken("tests", Ingest.Catalog.AccountRole.Admin).Secret;
        }
        var url = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        List<string> args = ["serve", "--archive", archive, "--urls", url.ToString().TrimEnd('/'), "--jobs", $"{jobs}", "--engines", $"{engines}"];
        if (db is not null)
        {
            args.AddRange(["--db", db]);
        }
        args.AddRange(extra);
        var service = new ServiceProcess(Start(args), url, token);
        using var http = service.Client();
        await WaitUntilAsync(async () =>
        {
            if (service._process.HasExited)
            {
                throw new InvalidOperationException("ingest serve exited:\n" + service.Log);
            }
            try
            {
                return (await http.GetAsync("/api/documents")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60), "ingest serve to answer");
        return service;
    }

    /// <summary>Starts `ingest worker` (single core: one engine, one job) on the shared PostgreSQL queue.</summary>
    public static ServiceProcess Worker(string archive, string db) =>
        new(Start(["worker", "--archive", archive, "--db", db, "--jobs", "1", "--engines", "1"]), null);

    public HttpClient Client(bool signedIn = true)
    {
        var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromMinutes(2) };
        if (signedIn && Token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        }
        return http;
    }

    /// <summary>A client with a new token of <paramref name="role"/> for this archive.</summary>
    public HttpClient ClientAs(Ingest.Catalog.AccountRole role, string archive, string? db = null, string? name = null)
    {
        using var catalog = Ingest.Catalog.PlanCatalog.Open(db ?? Path.Combine(Path.GetFullPath(archive), "catalog.db"));
        var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", catalog.Accounts.CreateToken(name ?? "tests", role).Secret);
        return http;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    // Idempotent: a test may stop the service early (to run a writing verb on its archive) and
    // leave the `using` to dispose it again.
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }

    private bool _disposed;

    /// <summary>Uploads files in one multipart request (parts named "file"), as the web page does.</summary>
    public static async Task<JsonElement> UploadAsync(HttpClient http, IEnumerable<string> paths)
    {
        using var form = new MultipartFormDataContent();
        foreach (var path in paths)
        {
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "file", Path.GetFileName(path));
        }
        var response = await http.PostAsync("/api/documents", form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static async Task<JsonElement[]> FilesAsync(HttpClient http, int? limit = null) =>
        [.. JsonDocument.Parse(await http.GetStringAsync(limit is null ? "/api/documents" : $"/api/documents?limit={limit}")).RootElement.Clone().EnumerateArray()];

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"waited {timeout.TotalSeconds:F0} s for {what}");
            }
            await Task.Delay(250);
        }
    }

    private static Process Start(IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ingest.App.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["OMP_THREAD_LIMIT"] = "1";
        psi.Environment["INGEST_ARCHIVE"] = "";
        psi.Environment["INGEST_DB"] = "";
        return Process.Start(psi)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
