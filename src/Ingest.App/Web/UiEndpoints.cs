using Microsoft.Extensions.FileProviders;

namespace Ingest.App.Web;

/// <summary>The web UI: static pages (search and upload, plan) served from the executable's resources.</summary>
internal static class UiEndpoints
{
    public static void MapIngestUi(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(UiEndpoints).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }
}
