using System.Security.Claims;
using System.Text.Encodings.Web;
using Ingest.Jobs;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Ingest.App.Web;

/// <summary>
/// Scripts' access: <c>Authorization: Bearer ingest_…</c>, a token made by <c>ingest token create</c>
/// and checked against the catalog on every request (a revoked token stops at once). A request
/// with a token is not a browser's: it needs no antiforgery token (<see cref="AccessControl"/>).
/// </summary>
internal sealed class TokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Archive archive)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "token";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var caller = archive.Catalog.Accounts.Authenticate(header["Bearer ".Length..].Trim());
        if (caller is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown or revoked token"));
        }
        var principal = new ClaimsPrincipal(AccessControl.Identity(caller, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Response.WriteAsJsonAsync(new { error = "this token is unknown or revoked; make one with `ingest token create`" });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(new { error = "this token's role may not do that" });
    }
}
