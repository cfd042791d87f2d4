using System.Text.Json;
using Hangfire;
using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Jobs;
using Ingest.Restoration;
using Ingest.Text;
using Microsoft.AspNetCore.StaticFiles;

namespace Ingest.App.Web;

/// <summary>
/// The archivist's desk over files (issue 18): the document browser (every file, filtered,
/// sorted, paged, with facets), the original as uploaded, delete, and re-process one file.
/// </summary>
internal static class DocumentEndpoints
{
    private static readonly JsonSerializerOptions Json = new(PlanRecord.JsonOptions) { WriteIndented = false };
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapDocumentDesk(this RouteGroupBuilder api)
    {
        api.MapGet("/files", Browse);
        api.MapGet("/documents/{id:long}/original", Original);
        api.MapDelete("/documents/{id:long}", Delete).RequireAuthorization(AccessControl.Archivist);
        api.MapPost("/documents/{id:long}/reprocess", Reprocess).RequireAuthorization(AccessControl.Archivist);
    }

    // ?status=failed&kind=Kế hoạch&issuer=…&year=2024&reviewed=false&sort=date&order=asc&page=2&per_page=50
    private static IResult Browse(Archive archive, string? status, string? kind, string? issuer, int? year, bool? reviewed,
        string? sort, string? order, int? page, int? per_page)
    {
        FileStatus? state = null;
        if (status is not null && (state = EnumNames.Parse<FileStatus>(status)) is null)
        {
            return Results.BadRequest(new { error = $"status is one of queued, processing, done, failed, not '{status}'" });
        }
        var by = FileSort.Received;
        if (sort is not null)
        {
            if (EnumNames.Parse<FileSort>(sort) is not { } parsed)
            {
                return Results.BadRequest(new { error = $"sort is one of received, date, number, issuer, not '{sort}'" });
            }
            by = parsed;
        }
        if (order is not (null or "asc" or "desc"))
        {
            return Results.BadRequest(new { error = $"order is asc or desc, not '{order}'" });
        }
        if (page is < 1 || per_page is < 1 or > FileQuery.MaxPerPage)
        {
            return Results.BadRequest(new { error = $"page is 1 or more and per_page 1 to {FileQuery.MaxPerPage}" });
        }
        var query = new FileQuery
        {
            Status = state,
            Kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim(),
            Issuer = string.IsNullOrWhiteSpace(issuer) ? null : issuer.Trim(),
            Year = year,
            Reviewed = reviewed,
            Sort = by,
            // Newest and largest first unless asked; names A to Z.
            Descending = order is null ? by is FileSort.Received or FileSort.Date : order == "desc",
            Page = page ?? 1,
            PerPage = per_page ?? 50,
        };
        var listing = archive.Catalog.Browse(query);
        return Results.Json(new
        {
            total = listing.Total,
            page = query.Page,
            per_page = query.PerPage,
            files = listing.Files.Select(f => new
            {
                id = f.Id,
                source = f.FileName,
                received_at = f.ReceivedAt,
                status = f.Status,
                stage = f.Stage,
                pages_done = f.PagesDone,
                page_count = f.PageCount,
                error = f.Error,
                failure = f.Failure,
                retry_helps = f.RetryHelps,
                plans = listing.Plans[f.Id].Select(p => new { plan_id = p.PlanId, kind = p.Kind, number = p.Number, title = p.Title, issuer = p.Issuer, issued_on = p.IssuedOn, reviewed = p.Reviewed }),
            }),
            facets = listing.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count })),
        }, Json);
    }

    // The bytes as uploaded, under the name they were uploaded with.
    private static IResult Original(long id, Archive archive)
    {
        if (archive.Catalog.Stored(id) is not { } file)
        {
            return NotFound($"no document {id}");
        }
        var path = archive.OriginalPath(file.Sha256, file.FileName);
        if (!File.Exists(path))
        {
            return NotFound($"{file.FileName}: its original is missing from the archive (ingest verify reports it)");
        }
        var type = ContentTypes.TryGetContentType(file.FileName, out var known) ? known : "application/octet-stream";
        return TypedResults.PhysicalFile(path, type, file.FileName);
    }

    private static IResult Delete(long id, Archive archive, HttpContext context)
    {
        var (deleted, error) = new FileDeleter(archive).Delete(id, AccessControl.CallerOf(context.User).Name);
        if (deleted is null)
        {
            return archive.Catalog.Stored(id) is null ? NotFound(error!) : Results.Conflict(new { error });
        }
        return Results.Json(new { id, source = deleted.File.FileName, deleted = true, plans = deleted.PlanIds.Count }, Json);
    }

    // ?from=read (the original again, OCR included: queued), restore or extract (from the stored
    // page texts, in the request: parsing takes milliseconds, restoring well under a second).
    private static IResult Reprocess(long id, string? from, Archive archive, IBackgroundJobClient jobs, RestorationModels models, PlanExtractor extractor, HttpContext context)
    {
        if (archive.Catalog.Stored(id) is not { } file)
        {
            return NotFound($"no document {id}");
        }
        var actor = AccessControl.CallerOf(context.User).Name;
        switch (from ?? "read")
        {
            case "read":
                if (!archive.Catalog.Queue.Reread(id))
                {
                    return Results.Conflict(new { error = $"{file.FileName} is {file.StatusText}; it can be read again once it is done or failed" });
                }
                archive.Catalog.Accounts.Record(actor, "reprocess", id, "read");
                ServiceRecovery.Enqueue(archive.Catalog, jobs, id);
                return Results.Json(new { id, source = file.FileName, status = FileStatus.Queued }, Json, statusCode: StatusCodes.Status202Accepted);
            case "restore" or "extract":
                if (file.Status != FileStatus.Done || file.PageCount is not > 0)
                {
                    return Results.Conflict(new { error = $"{file.FileName} is {file.StatusText}; only a processed file's stored pages can be restored or parsed again (from=read reads it again)" });
                }
                var outcome = new Reprocessor(archive, models, extractor).Run(file, from == "restore" ? ReprocessFrom.Restore : ReprocessFrom.Extract);
                archive.Index.Commit();
                archive.Catalog.Accounts.Record(actor, "reprocess", id, from);
                return outcome.Error is { } error
                    ? Results.Json(new { error }, Json, statusCode: StatusCodes.Status422UnprocessableEntity)
                    : Results.Json(new { id, source = file.FileName, status = FileStatus.Done, plans = outcome.Plans.Select(p => new { plan_id = p.Id, kind = p.Document.Kind, number = p.Document.Number }) }, Json);
            default:
                return Results.BadRequest(new { error = $"from is read, restore or extract, not '{from}'" });
        }
    }

    private static IResult NotFound(string error) => Results.NotFound(new { error });
}
