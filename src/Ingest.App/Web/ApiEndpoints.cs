using System.Globalization;
using System.Text.Json;
using Hangfire;
using Ingest.App.Commands;
using Ingest.Catalog;
using Ingest.Export;
using Ingest.Extraction;
using Ingest.Jobs;
using Ingest.Pdf;
using Ingest.Search;
using Ingest.Text;

namespace Ingest.App.Web;

/// <summary>
/// The JSON API, mirroring the CLI: upload (store first, then queue), document status with the
/// record when done, search (the hits of `ingest search --json`), plan pages, page images and
/// the CSV exports of `ingest export`. JSON names are snake_case, as in the records.
/// </summary>
internal static class ApiEndpoints
{
    private static readonly JsonSerializerOptions Json = new(PlanRecord.JsonOptions) { WriteIndented = false };

    public static void MapIngestApi(this WebApplication app)
    {
        // Readers search, view and export; archivists also upload and retry (AccessControl).
        var api = app.MapGroup("/api").RequireAuthorization(AccessControl.Reader);
        api.MapPost("/documents", Upload).DisableAntiforgery().RequireAuthorization(AccessControl.Archivist);
        api.MapGet("/documents", Documents);
        api.MapGet("/documents/{id:long}", (long id, Archive a) => a.Catalog.Stored(id) is { } d ? Results.Json(Status(a, d), Json) : NotFound($"no document {id}"));
        api.MapPost("/documents/{id:long}/retry", Retry).RequireAuthorization(AccessControl.Archivist);
        // One cache per service: pages rendered once, under the limits the pipeline ingests with.
        var images = new PageImages(app.Services.GetRequiredService<Archive>().Root, app.Services.GetService<IngestLimits>());
        app.Lifetime.ApplicationStopped.Register(images.Dispose);
        api.MapGet("/documents/{id:long}/pages/{n:int}.png", (long id, int n, Archive archive, HttpContext http) => PageImage(id, n, archive, images, http));
        api.MapGet("/plans/{id:long}", Plan);
        api.MapPatch("/plans/{id:long}", Correct).RequireAuthorization(AccessControl.Archivist);
        api.MapGet("/search", Search);
        api.MapGet("/export/{name}.csv", Export);
        api.MapDocumentDesk();
    }

    // Newest first; ?limit=N the N newest (the upload page polls those while files are in work:
    // an archive of 100,000 files must not be listed and serialised every second).
    private static IResult Documents(Archive archive, int? limit)
    {
        if (limit is < 1)
        {
            return Results.BadRequest(new { error = "limit must be 1 or more" });
        }
        var docs = limit is { } n ? archive.Catalog.LatestFiles(n) : [.. archive.Catalog.Files().Reverse()];
        // One query for the listed files' plan headings, not one per file.
        var headings = archive.Catalog.Plans.Headings(docs.Count == 0 ? 0 : docs.Min(d => d.Id)).ToLookup(h => h.FileId);
        // The upload list flags a rescan as soon as its file is done (issue 18): one query for the listed plans.
        var duplicates = archive.Catalog.Duplicates.Of([.. docs.SelectMany(d => headings[d.Id]).Select(h => h.PlanId)]);
        return Results.Json(docs.Select(d => Status(d, headings[d.Id], record: null, duplicates)), Json);
    }

    private static async Task<IResult> Upload(HttpRequest request, Archive archive, IngestPipeline pipeline, IBackgroundJobClient jobs)
    {
        // The request as a whole is not limited (Kestrel's 1 GiB would end a large batch midway
        // with a bare error): each file is, to IngestLimits.MaxFileBytes, while it streams to disk
        // — the same limit as `ingest add`, from the same IngestLimits the pipeline gets.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = null;
        }
        if (MultipartUpload.Boundary(request) is not { } boundary)
        {
            return Results.BadRequest(new { error = "send multipart/form-data with one or more parts named \"file\"" });
        }
        var limits = request.HttpContext.RequestServices.GetService<IngestLimits>() ?? IngestLimits.Default;
        var receiver = new UploadReceiver(archive, pipeline, limits);
        var answers = new List<object>();
        var refusals = new List<string>();
        try
        {
            await foreach (var (name, body) in MultipartUpload.FilesAsync(request, boundary, "file", request.HttpContext.RequestAborted))
            {
                // Each file stored (original by hash, catalog entry) and queued, or refused, on its
                // own: a crash after Receive loses nothing, a refused file keeps nothing.
                var result = await receiver.ReceiveAsync(name, body, request.HttpContext.RequestAborted);
                if (result.Stored is not { } doc)
                {
                    answers.Add(new { source = name, status = "refused", error = result.Error, code = result.Refusal });
                    refusals.Add(result.Error!);
                    continue;
                }
                archive.Catalog.Accounts.Record(AccessControl.CallerOf(request.HttpContext.User).Name, "upload", doc.Id, name);
                if (doc.Status == FileStatus.Queued && doc.JobId is null)
                {
                    ServiceRecovery.Enqueue(archive.Catalog, jobs, doc.Id);
                }
                // Bytes the archive holds already are not stored twice: the answer names the entry that has them.
                answers.Add(result.AlreadyArchived
                    ? new { id = doc.Id, source = name, status = doc.Status, already_archived = true, message = result.Message }
                    : new { id = doc.Id, source = name, status = doc.Status, already_archived = false, message = (string?)null });
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The files before the damage are stored and queued; the answer lists them.
            return Results.Json(new { error = $"the upload is not well-formed multipart/form-data: {ErrorText.OneLine(e.Message)}", files = answers }, Json, statusCode: StatusCodes.Status400BadRequest);
        }
        if (answers.Count == 0)
        {
            return Results.BadRequest(new { error = "no part named \"file\" in the upload" });
        }
        if (refusals.Count == answers.Count)
        {
            // Nothing stored: an error the upload page shows as it is, with each file's reason.
            return Results.Json(new { error = $"no file stored: {string.Join("; ", refusals)}", files = answers }, Json, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        return Results.Json(answers, Json, statusCode: StatusCodes.Status202Accepted);
    }

    private static IResult Retry(long id, Archive archive, IBackgroundJobClient jobs, HttpContext context)
    {
        if (ServiceRecovery.Retry(archive.Catalog, jobs, id, AccessControl.CallerOf(context.User).Name) is { } refused)
        {
            return archive.Catalog.Stored(id) is null ? NotFound(refused) : Results.Conflict(new { error = refused });
        }
        return Results.Json(Status(archive, archive.Catalog.Stored(id)!), Json, statusCode: StatusCodes.Status202Accepted);
    }

    // One file's status, with its plans (and its record) when it is done.
    private static object Status(Archive archive, StoredFile d)
    {
        var plans = d.Status == FileStatus.Done ? archive.Catalog.Plans.Of(d.Id) : [];
        var duplicates = archive.Catalog.Duplicates.Of([.. plans.Select(p => p.Id)]);
        return Status(d, plans.Select(p => new PlanHeading(p.Id, p.FileId, p.Document.Kind, p.Document.Number, p.Document.Title)),
            d.Status == FileStatus.Done ? new PlanRecord(d.FileName, [.. plans.Select(p => p.Document)]) : null,
            duplicates, archive.Catalog.Accounts.AuditOf(d.Id));
    }

    // The audit trail (who uploaded, retried, corrected) is given for one file, not in lists; each
    // plan's possible duplicate (a rescan) in both, the first one also as the file's.
    private static object Status(StoredFile d, IEnumerable<PlanHeading> plans, PlanRecord? record, IReadOnlyDictionary<long, PossibleDuplicate> duplicates, IReadOnlyList<AuditEntry>? audit = null) => new
    {
        id = d.Id,
        source = d.FileName,
        sha256 = d.Sha256,
        received_at = d.ReceivedAt,
        status = d.Status,
        stage = d.Stage,
        pages_done = d.PagesDone,
        page_count = d.PageCount,
        error = d.Error,
        failure = d.Failure,
        retry_helps = d.RetryHelps,
        plans = d.Status == FileStatus.Done
            ? plans.Select(p => new { plan_id = p.PlanId, number = p.Number, kind = p.Kind, title = p.Title, possible_duplicate_of = DuplicateJson(duplicates.GetValueOrDefault(p.PlanId)) }).ToList()
            : null,
        // The file's own plans only: a list's findings are for every listed file.
        possible_duplicate_of = DuplicateJson(plans.Select(p => duplicates.GetValueOrDefault(p.PlanId)).FirstOrDefault(x => x is not null)),
        record,
        audit = audit?.Select(a => new { at = a.At, actor = a.Actor, action = a.Action, detail = a.Detail }).ToList(),
    };

    // A person's correction: the record's JSON names ({"number": "729/QĐ-TTg"}); the answer is the plan as GET gives it.
    private static IResult Correct(long id, System.Text.Json.Nodes.JsonObject patch, Archive archive, HttpContext context)
    {
        var (plan, error) = PlanCorrector.Correct(archive, id, patch, AccessControl.CallerOf(context.User).Name);
        if (plan is null)
        {
            return archive.Catalog.Plans.Get(id) is null ? NotFound(error!) : Results.BadRequest(new { error });
        }
        return Plan(id, archive);
    }

    private static IResult Plan(long id, Archive archive)
    {
        if (archive.Catalog.Plans.Get(id) is not { } plan)
        {
            return NotFound($"no plan {id}");
        }
        var pages = archive.Catalog.Pages.Of(plan.FileId);
        var restored = archive.Catalog.Pages.Texts(plan.FileId);
        return Results.Json(new
        {
            plan_id = plan.Id,
            document_id = plan.FileId,
            source = plan.Source,
            page = plan.Document.Page,
            possible_duplicate_of = DuplicateJson(archive.Catalog.Duplicates.Of(plan.Id)),
            record = plan.Document,
            // A cited document the archive holds is linked to its plan page.
            cited_plans = plan.Document.References
                .Select(r => archive.Catalog.Plans.ByNumber(r.Number) is [var cited, ..] ? new { number = r.Number, plan_id = (long?)cited.Id } : new { number = r.Number, plan_id = (long?)null })
                .ToList(),
            pages = pages.Select((p, i) => new
            {
                number = p.Number,
                source = p.Source.ToString(),
                confidence = p.Confidence,
                text = i < restored.Count ? restored[i] : p.Text,
                // Every page but a text file's has an image: a PDF page's rendering or an image file's page.
                has_image = p.Source != TextSource.PlainText,
                words = WordBoxes.Parse(p.WordBoxesTsv),
                // The layout regions OCR read the page by, in reading order then the dropped
                // areas, in the same pixels as the word boxes.
                regions = Ingest.Ocr.PageRegion.FromJson(p.RegionsJson)
                    .Select(r => new { kind = r.Kind.Name(), left = r.Left, top = r.Top, width = r.Width, height = r.Height }),
            }),
        }, Json);
    }

    private static async Task<IResult> PageImage(long id, int n, Archive archive, PageImages images, HttpContext http)
    {
        // Whether the file has page images (a PDF or an image file, not a .txt) is PageImages' judgement, from its bytes.
        if (archive.Catalog.Stored(id) is not { } doc)
        {
            return NotFound($"no document {id}");
        }
        // A page's image never changes for its content hash: the browser keeps it, and asks
        // again only to hear 304.
        var etag = PageImages.ETagOf(doc.Sha256, n);
        http.Response.Headers.CacheControl = "private, max-age=86400";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var image = await images.GetAsync(doc.Sha256, archive.OriginalPath(doc.Sha256, doc.FileName), doc.FileName, n, http.RequestAborted);
        return image.Status switch
        {
            PageImageStatus.Ready => TypedResults.PhysicalFile(image.Path!, "image/png"),
            PageImageStatus.NotFound => NotFound(image.Error!),
            _ => Results.Json(new { error = image.Error }, Json, statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }

    private static IResult Search(Archive archive, string? q, string? kind, string? issuer, int? year, int? page, int? per_page, int? limit, string? sort)
    {
        var query = PlanQuery.Compose(q, kind, issuer, year);
        if (query.Length == 0)
        {
            return Results.BadRequest(new { error = "give q= (a number or words) or a filter (kind=, issuer=, year=)" });
        }
        if (PlanQuery.Check(query) is { } tooLarge)
        {
            return Results.BadRequest(new { error = tooLarge });
        }
        if (page is < 1 || per_page is < 1 or > SearchRequest.MaxPerPage)
        {
            return Results.BadRequest(new { error = $"page is 1 or more, per_page 1 to {SearchRequest.MaxPerPage}" });
        }
        var order = string.IsNullOrWhiteSpace(sort) ? SearchSort.Relevance : EnumNames.Parse<SearchSort>(sort.Trim().ToLowerInvariant());
        if (order is null)
        {
            return Results.BadRequest(new { error = $"sort is relevance, date (newest first) or oldest, not \"{sort}\"" });
        }
        // limit= is per_page's old name.
        // 10 a page by default, as the page and `ingest search` show: a page of 20 with facets is over the
        // 25 ms p99 at 100,000 plans (search-scale), a page of 10 under it.
        var result = archive.Index.Search(new SearchRequest(query, page ?? 1, per_page ?? limit ?? 10, order.Value));
        // The hits carry the fields of `ingest search --json`, plus what the UI links and highlights with.
        return Results.Json(new
        {
            total = result.Total,
            page = result.Page,
            per_page = result.PerPage,
            hits = result.Hits.Select(SearchHitJson.ForWeb),
            facets = new
            {
                kind = result.Facets.Kind.Select(f => new { value = f.Value, count = f.Count }),
                issuer = result.Facets.Issuer.Select(f => new { value = f.Value, count = f.Count }),
                year = result.Facets.Year.Select(f => new { value = f.Value, count = f.Count }),
            },
        }, Json);
    }

    private static object? DuplicateJson(PossibleDuplicate? d) => d is null ? null : new
    {
        plan_id = d.OriginalPlanId,
        document_id = d.OriginalFileId,
        source = d.OriginalSource,
        number = d.OriginalNumber,
        reason = d.Reason,
        similarity = d.Similarity,
        message = d.Describe(),
    };

    // The filters of `ingest export` (from, to, issuer, query, kind, year), or plan=ID for one plan's rows.
    private static IResult Export(string name, Archive archive, string? from, string? to, string? issuer, string? query, string? kind, int? year, long? plan)
    {
        if (ExportKind.Find(name) is not { } export)
        {
            return NotFound($"no export named {name}; one of {string.Join(", ", ExportKind.All.Select(k => k.Name))}");
        }
        if (!PlanFilter.TryParse(from, to, issuer, out var filter, out var error))
        {
            return Results.BadRequest(new { error });
        }
        // kind and year narrow the plans as a search's do: a link from a search exports what it found.
        filter = filter with { Kind = kind, Year = year };
        if (PlanQuery.Compose(query, kind, null, year) is { Length: > 0 } search && PlanQuery.Check(search) is { } tooLarge)
        {
            return Results.BadRequest(new { error = tooLarge });
        }
        var plans = plan is null
            ? archive.Plans(filter, query)
            : archive.Catalog.Plans.Get(plan.Value) is { } one ? [one] : [];
        var stream = new MemoryStream();
        export.Write(plans, stream);
        stream.Position = 0;
        // One plan's rows are named after it ("58_KH-UBND-deadlines.csv"), not every one "deadlines.csv".
        var fileName = plan is not null && plans.Count == 1 ? $"{ExportKind.FileStem(plans[0].Document)}-{export.Name}.csv" : $"{export.Name}.csv";
        return Results.File(stream, "text/csv; charset=utf-8", fileName);
    }

    private static IResult NotFound(string error) => Results.NotFound(new { error });
}
