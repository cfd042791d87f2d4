using System.Net;
using System.Text;
using Ingest.Catalog;
using Microsoft.Playwright;

namespace Ingest.Tests.Web;

/// <summary>
/// The attacker's view of a real `ingest serve` on loopback (issue 17): nobody gets in without
/// signing in, a reader cannot change anything, a page from another origin cannot make a signed-in
/// browser store a file, a foreign Host is refused, and every answer carries the security headers.
/// </summary>
public sealed class AccessTests(AccessTests.Service service) : IClassFixture<AccessTests.Service>
{

    /// <summary>One service for the class: an archive with one stored file, no jobs running.</summary>
    public sealed class Service : IAsyncLifetime, IDisposable
    {
        private readonly TempDir _dir = new();

        internal ServiceProcess Process { get; private set; } = null!;

        public string Archive => Path.Combine(_dir.Path, "archive");

        public async Task InitializeAsync()
        {
            Process = await ServiceProcess.ServeAsync(Archive, jobs: 0);
            using var catalog = PlanCatalog.Open(Path.Combine(Archive, "catalog.db"));
            catalog.Accounts.Add("lan", AccountRole.Archivist, "mật khẩu đủ dài 2026");
        }

        // xunit disposes a class fixture through both interfaces: the work is done once, here.
        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            Process?.Dispose();
            _dir.Dispose();
        }

        private bool _disposed;
    }

    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/documents" },
        { "GET", "/api/documents/1" },
        { "POST", "/api/documents" },
        { "POST", "/api/documents/1/retry" },
        { "GET", "/api/documents/1/pages/1.png" },
        { "GET", "/api/plans/1" },
        { "PATCH", "/api/plans/1" },
        { "GET", "/api/search?q=ke+hoach" },
        { "GET", "/api/export/plans.csv" },
        { "GET", "/api/export/deadlines.csv?plan=1" },
        { "GET", "/api/session" },
        { "POST", "/api/account/password" },
        { "GET", "/jobs" },
        { "POST", "/jobs/stats" },
        { "GET", "/" },
        { "GET", "/plan.html?id=1" },
        { "GET", "/common.js" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_requests_get_401_with_a_reason(string method, string path)
    {
        using var http = service.Process.Client(signedIn: false);
        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "POST" or "PATCH" ? new StringContent("") : null });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        if (path.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wrong_or_revoked_token_gets_401()
    {
        using var wrong = service.Process.Client(signedIn: false);
        wrong.DefaultRequestHeaders.Authorization = new("Bearer", "ingest_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/documents")).StatusCode);

        using var reader = service.Process.ClientAs(AccountRole.Reader, service.Archive, name: "to-revoke");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/documents")).StatusCode);
        using (var catalog = PlanCatalog.Open(Path.Combine(service.Archive, "catalog.db")))
        {
            Assert.True(catalog.Accounts.RevokeToken("to-revoke") > 0);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await reader.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task A_reader_may_read_but_not_upload_retry_or_open_the_jobs()
    {
        using var reader = service.Process.ClientAs(AccountRole.Reader, service.Archive);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/export/plans.csv")).StatusCode);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("Kế hoạch số 4242/KH-UBND")), "file", "reader.txt" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/documents", form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/documents/1/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PatchAsync("/api/plans/1", new StringContent("{\"number\": \"1/KH\"}", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/jobs")).StatusCode);

        using var archivist = service.Process.ClientAs(AccountRole.Archivist, service.Archive);
        Assert.Equal(HttpStatusCode.Forbidden, (await archivist.GetAsync("/jobs")).StatusCode);
        using var admin = service.Process.Client();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/jobs")).StatusCode);
        Assert.DoesNotContain(await ServiceProcess.FilesAsync(admin), d => d.GetProperty("source").GetString() == "reader.txt");
    }

    [Fact]
    public async Task An_upload_is_recorded_with_who_made_it_and_shown_with_the_document()
    {
        using var script = service.Process.ClientAs(AccountRole.Archivist, service.Archive, name: "nightly-import");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("Kế hoạch số 5151/KH-UBND")), "file", "audited.txt" } };
        using var answer = await script.PostAsync("/api/documents", form);
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement[0].GetProperty("id").GetInt64();
        var status = System.Text.Json.JsonDocument.Parse(await script.GetStringAsync($"/api/documents/{id}")).RootElement;
        var entry = Assert.Single(status.GetProperty("audit").EnumerateArray());
        Assert.Equal(("token:nightly-import", "upload"), (entry.GetProperty("actor").GetString(), entry.GetProperty("action").GetString()));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("rebind.attacker.test:5000")]
    public async Task A_foreign_host_is_refused(string host)
    {
        using var http = service.Process.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.Host = host;
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(request)).StatusCode);
        using var loopback = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        loopback.Headers.Host = "localhost";
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(loopback)).StatusCode);
    }

    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/")]
    [InlineData("/login")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var http = service.Process.Client();
        using var response = await http.GetAsync(path);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    // A page on another origin (another port of the same host: the same site, so SameSite=Lax
    // still sends the session cookie) posts a file to the service with a signed-in archivist's
    // browser, by fetch and by a form. The antiforgery token is what stops it: nothing is stored.
    [Fact]
    public async Task A_cross_origin_page_cannot_store_a_file_with_a_signed_in_browser()
    {
        using var attacker = new AttackerSite(service.Process.Url!);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(service.Process.Url!, "/login").ToString());
        await page.FillAsync("#name", "lan");
        await page.FillAsync("#password", "mật khẩu đủ dài 2026");
        await page.ClickAsync("#login-form button");
        await Assertions.Expect(page.Locator("#session")).ToContainTextAsync("lan (archivist)");

        // The signed-in page itself can upload (its script sends the token): the attack would work without it.
        await page.EvaluateAsync("""
            async () => {
              const form = new FormData();
              form.append("file", new Blob(["Kế hoạch số 4343/KH-UBND"]), "own-page.txt");
              await send("/api/documents", { method: "POST", body: form });
            }
            """);

        var evil = await context.NewPageAsync();
        await evil.GotoAsync(attacker.Url.ToString());
        await Assertions.Expect(evil.Locator("#done")).ToHaveTextAsync("sent", new() { Timeout = 30_000 });
        // Give the form's navigation in the frame time to reach the service.
        await Task.Delay(1000);

        using var admin = service.Process.Client();
        var sources = (await ServiceProcess.FilesAsync(admin)).Select(d => d.GetProperty("source").GetString()).ToList();
        Assert.Contains("own-page.txt", sources);
        Assert.DoesNotContain("cross-site-fetch.txt", sources);
        Assert.DoesNotContain("cross-site-form.txt", sources);
        Assert.True(attacker.Served, "the attacker's page was never loaded");
    }

    /// <summary>A page on another port of loopback that posts to the service by fetch and by a form.</summary>
    private sealed class AttackerSite : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Uri _target;

        public AttackerSite(Uri target)
        {
            _target = target;
            var port = FreePort();
            Url = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Add(Url.ToString());
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public Uri Url { get; }

        public bool Served { get; private set; }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                Served = true;
                var upload = new Uri(_target, "/api/documents");
                var html = $$"""
                    <!doctype html><html><body>
                    <iframe name="sink" style="display:none"></iframe>
                    <form id="f" method="post" enctype="multipart/form-data" action="{{upload}}" target="sink">
                      <input type="file" name="file" id="file">
                    </form>
                    <p id="done"></p>
                    <script>
                    (async () => {
                      const form = new FormData();
                      form.append("file", new Blob(["Kế hoạch số 4242/KH-UBND"]), "cross-site-fetch.txt");
                      try { await fetch("{{upload}}", { method: "POST", body: form, credentials: "include", mode: "no-cors" }); } catch (e) {}
                      const dt = new DataTransfer();
                      dt.items.add(new File(["Kế hoạch số 4242/KH-UBND"], "cross-site-form.txt"));
                      document.getElementById("file").files = dt.files;
                      document.getElementById("f").submit();
                      document.getElementById("done").textContent = "sent";
                    })();
                    </script></body></html>
                    """;
                var bytes = Encoding.UTF8.GetBytes(html);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            l.Start();
            return ((IPEndPoint)l.LocalEndpoint).Port;
        }

        public void Dispose() => _listener.Close();
    }
}
