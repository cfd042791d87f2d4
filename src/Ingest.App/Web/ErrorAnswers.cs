using Microsoft.AspNetCore.Diagnostics;

namespace Ingest.App.Web;

/// <summary>
/// Every error answer is JSON with an <c>error</c> a person can act on (issue 17): an unknown
/// route, a wrong method, a failure inside the service. What went wrong inside — exception types,
/// stack, tool output — goes to the log, never into the answer.
/// </summary>
internal static class ErrorAnswers
{
    public static void UseErrorAnswers(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context =>
            {
                var failure = context.Features.Get<IExceptionHandlerFeature>();
                if (failure?.Error is BadHttpRequestException bad)
                {
                    // Malformed input (a broken multipart body, a body over its limit): the client's to fix.
                    context.Response.StatusCode = bad.StatusCode;
                    await context.Response.WriteAsJsonAsync(new { error = $"the request could not be read ({bad.StatusCode}); check its body and size" });
                    return;
                }
                app.Logger.LogError(failure?.Error, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsJsonAsync(new { error = "the service failed on this request; its log has the details" });
            },
        });
        app.UseStatusCodePages(async context =>
        {
            var response = context.HttpContext.Response;
            if (response.HasStarted || response.ContentLength > 0 || response.ContentType is not null)
            {
                return;
            }
            var message = response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"nothing at {context.HttpContext.Request.Path}",
                StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not allowed on {context.HttpContext.Request.Path}",
                StatusCodes.Status400BadRequest => "the request was refused: check its host name, parameters and body",
                StatusCodes.Status413PayloadTooLarge => "the request body is over the upload limit",
                _ => $"the request failed ({response.StatusCode})",
            };
            await response.WriteAsJsonAsync(new { error = message });
        });
    }
}
