using System.Security.Claims;
using Ingest.Catalog;
using Ingest.Jobs;
using Ingest.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace Ingest.App.Web;

/// <summary>
/// Who may do what on `ingest serve` (issue 17), always on — on loopback too, since a page from
/// any origin reaches loopback as easily as anything else. Browsers sign in and hold a cookie
/// session (HttpOnly, SameSite=Lax, Secure over HTTPS); scripts send a bearer token. Every route
/// needs a signed-in reader at least; uploads and retries an archivist; the jobs dashboard an
/// admin. A state change made with the cookie also needs ASP.NET Core's antiforgery token (a
/// cross-site form or fetch cannot read it); one made with a bearer token does not (no browser
/// sends it by itself). Requests for a host not in the allowed list are refused (DNS rebinding).
/// </summary>
internal static class AccessControl
{
    public const string Reader = "reader";
    public const string Archivist = "archivist";
    public const string Admin = "admin";
    private const string Either = "cookie-or-token";
    private const string Via = "ingest:via";

    /// <summary>The names a server is reached by unless told otherwise: loopback's.</summary>
    public static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static void AddIngestAccess(this IServiceCollection services, IReadOnlyList<string> allowedHosts, string keysFolder)
    {
        // The keys that sign session cookies and antiforgery tokens live with the archive: a
        // restarted service keeps its users signed in, and the folder goes where the archive goes.
        services.AddDataProtection().SetApplicationName("ingest").PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        services.AddHostFiltering(o =>
        {
            o.AllowedHosts = [.. allowedHosts];
            o.AllowEmptyHosts = false;
            o.IncludeFailureMessage = false;
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-Token";
            o.Cookie.Name = "ingest.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, "cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "ingest.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.ReturnUrlParameter = "return";
                o.Events.OnValidatePrincipal = Revalidate;
                o.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized,
                    "sign in first (POST /login, or send Authorization: Bearer TOKEN from `ingest token create`)");
                o.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden, "your role may not do that");
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Reader, p => p.RequireRole(Reader))
            .AddPolicy(Archivist, p => p.RequireRole(Archivist))
            .AddPolicy(Admin, p => p.RequireRole(Admin))
            // Everything not marked otherwise — the pages and their files too — needs a reader.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Reader).Build());
    }

    /// <summary>The middleware, in order: host check, headers, who is asking, antiforgery, what they may do.</summary>
    public static void UseIngestAccess(this WebApplication app)
    {
        app.UseHostFiltering();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.Use(RequireAntiforgery);
        app.UseAuthorization();
    }

    /// <summary>The identity of a caller: its name and a role claim for its role and each below it.</summary>
    public static ClaimsIdentity Identity(Caller caller, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, caller.Name), new(Via, scheme) };
        claims.AddRange(Enum.GetValues<AccountRole>().Where(caller.May).Select(r => new Claim(ClaimTypes.Role, r.Name())));
        return new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role);
    }

    /// <summary>Who is asking, as the audit trail names them.</summary>
    public static Caller CallerOf(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "anonymous", Enum.GetValues<AccountRole>().Where(r => user.IsInRole(r.Name())).DefaultIfEmpty().Max());

    // A cookie session lasts while its account does: removed, it ends at the next request; a
    // changed role applies at once.
    private static async Task Revalidate(CookieValidatePrincipalContext context)
    {
        var archive = context.HttpContext.RequestServices.GetRequiredService<Archive>();
        var name = context.Principal?.Identity?.Name;
        var account = name is null ? null : archive.Catalog.Accounts.Find(name);
        if (account is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (CallerOf(context.Principal!).Role != account.Role)
        {
            context.ReplacePrincipal(new ClaimsPrincipal(Identity(new Caller(account.Name, account.Role), CookieAuthenticationDefaults.AuthenticationScheme)));
            context.ShouldRenew = true;
        }
    }

    // The API and scripts get a status and a JSON reason; a person opening a page is sent to sign in.
    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, int status, string error)
    {
        var request = context.Request;
        if (status == StatusCodes.Status401Unauthorized && !request.Path.StartsWithSegments("/api")
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error });
    }

    // Unsafe methods with the session cookie need the antiforgery token (header X-CSRF-Token, or
    // the login form's field): a page on another origin can make the browser send the cookie, but
    // cannot read the token. The sign-in form is checked too (no login CSRF). Bearer requests are
    // exempt, and anonymous ones are left to authorization (401).
    private static async Task RequireAntiforgery(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
        var byCookie = context.User.FindFirst(Via)?.Value == CookieAuthenticationDefaults.AuthenticationScheme;
        // Anonymous requests go on to be refused with 401; Hangfire's dashboard checks its own
        // forms' token with the same service.
        if (unsafeMethod && (byCookie || context.Request.Path.StartsWithSegments("/login")) && !context.Request.Path.StartsWithSegments("/jobs"))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new { error = "missing or invalid antiforgery token: reload the page and try again (scripts: use a bearer token)" });
                return;
            }
        }
        await next(context);
    }
}
