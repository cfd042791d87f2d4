using System.Net;
using System.Security.Claims;
using Ingest.Catalog;
using Ingest.Jobs;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.FileProviders;

namespace Ingest.App.Web;

/// <summary>
/// Signing in and out: the login page and form, the first admin's one-time link that
/// `ingest serve` prints, who is signed in (with the antiforgery token the page sends back on
/// every change), and setting one's own password.
/// </summary>
internal static class AccountEndpoints
{
    /// <summary>Shortest password the service accepts.</summary>
    public const int MinPasswordLength = 12;

    // The embedded pages: one provider for the process, not one per sign-in.
    private static readonly EmbeddedFileProvider Files = new(typeof(AccountEndpoints).Assembly, "wwwroot");

    public static void MapIngestAccounts(this WebApplication app)
    {
        app.MapGet("/login", (HttpContext context, string? @return) => LoginPage(context, null, @return)).AllowAnonymous();
        app.MapPost("/login", SignIn).AllowAnonymous();
        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        }).RequireAuthorization(AccessControl.Reader);
        app.MapGet("/login/once", SignInOnce).AllowAnonymous();
        // The login page's style, before anyone has signed in.
        app.MapGet("/app.css", () => Results.Stream(Files.GetFileInfo("app.css").CreateReadStream(), "text/css; charset=utf-8")).AllowAnonymous();
        app.MapGet("/api/session", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var caller = AccessControl.CallerOf(context.User);
            return Results.Json(new { name = caller.Name, role = caller.Role, csrf_token = antiforgery.GetAndStoreTokens(context).RequestToken });
        }).RequireAuthorization(AccessControl.Reader);
        app.MapPost("/api/account/password", SetPassword).RequireAuthorization(AccessControl.Reader);
    }

    private static async Task<IResult> SignIn(HttpContext context, Archive archive, IAntiforgery antiforgery)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (name, password, back) = (form["name"].ToString().Trim(), form["password"].ToString(), form["return"].ToString());
        if (archive.Catalog.Accounts.SignIn(name, password) is not { } account)
        {
            return LoginPage(context, "Sai tên đăng nhập hoặc mật khẩu. Wrong name or password.", back, StatusCodes.Status401Unauthorized);
        }
        await SignInAsync(context, account);
        return Results.Redirect(LocalOnly(back));
    }

    // The first admin's link: spent on first use, valid for a day; then the admin sets a password.
    private static async Task<IResult> SignInOnce(HttpContext context, Archive archive, string? token)
    {
        if (token is null || archive.Catalog.Accounts.RedeemLoginLink(token) is not { } account)
        {
            return LoginPage(context, "Liên kết này đã được dùng hoặc đã hết hạn. This link was used or has expired.", null, StatusCodes.Status401Unauthorized);
        }
        await SignInAsync(context, account);
        return Results.Redirect(account.HasPassword ? "/" : "/account.html");
    }

    private static IResult SetPassword(HttpContext context, Archive archive, PasswordChange change)
    {
        var caller = AccessControl.CallerOf(context.User);
        if (caller.Name.StartsWith("token:", StringComparison.Ordinal))
        {
            return Results.BadRequest(new { error = "a token has no password" });
        }
        if (change.Password is not { Length: >= MinPasswordLength } password)
        {
            return Results.BadRequest(new { error = $"a password needs {MinPasswordLength} characters or more" });
        }
        archive.Catalog.Accounts.SetPassword(caller.Name, password);
        return Results.Json(new { name = caller.Name, password_set = true });
    }

    private static Task SignInAsync(HttpContext context, Account account) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(AccessControl.Identity(new Caller(account.Name, account.Role), CookieAuthenticationDefaults.AuthenticationScheme)));

    private static IResult LoginPage(HttpContext context, string? error, string? back, int status = StatusCodes.Status200OK)
    {
        using var reader = new StreamReader(Files.GetFileInfo("login.html").CreateReadStream());
        var token = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken ?? "";
        var html = reader.ReadToEnd()
            .Replace("{{token}}", WebUtility.HtmlEncode(token), StringComparison.Ordinal)
            .Replace("{{return}}", WebUtility.HtmlEncode(LocalOnly(back)), StringComparison.Ordinal)
            .Replace("{{error}}", WebUtility.HtmlEncode(error ?? ""), StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    // Only a path on this site: "//evil.example" or "https://…" would send the signed-in user away.
    private static string LocalOnly(string? path) =>
        path is { Length: > 0 } p && p[0] == '/' && !p.StartsWith("//", StringComparison.Ordinal) && !p.StartsWith("/\\", StringComparison.Ordinal) ? p : "/";

    /// <summary>The body of a password change.</summary>
    internal sealed record PasswordChange(string? Password);
}
