namespace Ingest.App.Web;

/// <summary>
/// Headers every answer carries: a content security policy that allows only this origin's own
/// scripts, styles and images and no framing (clickjacking); nosniff, so a stored file is never
/// run as a script; no referrer sent elsewhere. The jobs dashboard (Hangfire) writes inline
/// scripts and styles, so its pages get those too — still no framing and no other origin.
/// </summary>
internal static class SecurityHeaders
{
    private const string Pages = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private const string Dashboard = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/jobs") ? Dashboard : Pages;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        await next(context);
    });
}
