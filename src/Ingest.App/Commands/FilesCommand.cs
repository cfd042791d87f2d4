using System.CommandLine;
using System.Globalization;
using Ingest.Catalog;
using Ingest.Text;
using Spectre.Console;

namespace Ingest.App.Commands;

/// <summary><c>ingest files</c>: the document browser — every file, filtered, sorted and paged.</summary>
internal static class FilesCommand
{
    public static Command Create()
    {
        var status = new Option<string?>("--status") { Description = "queued, processing, done or failed" };
        var kind = new Option<string?>("--kind") { Description = "a document kind as written (Kế hoạch)" };
        var issuer = new Option<string?>("--issuer") { Description = "an issuer as written" };
        var year = new Option<int?>("--year") { Description = "the year a document of the file was issued" };
        var reviewed = new Option<bool?>("--reviewed") { Description = "true: files a person reviewed; false: not yet" };
        var sort = new Option<string>("--sort") { Description = "received, date, number or issuer", DefaultValueFactory = _ => "received" };
        var ascending = new Option<bool>("--ascending") { Description = "oldest, smallest or A first" };
        var page = new Option<int>("--page") { DefaultValueFactory = _ => 1 };
        var perPage = new Option<int>("--per-page") { DefaultValueFactory = _ => 50 };
        var archive = Options.Archive();
        var command = new Command("files", "list the archive's files with their status and documents, filtered, sorted and paged")
            { status, kind, issuer, year, reviewed, sort, ascending, page, perPage, archive };
        command.SetAction(parse =>
        {
            FileStatus? state = null;
            if (parse.GetValue(status) is { } s && (state = EnumNames.Parse<FileStatus>(s)) is null)
            {
                Console.Error.WriteLine($"--status is queued, processing, done or failed, not '{s}'");
                return 2;
            }
            if (EnumNames.Parse<FileSort>(parse.GetValue(sort)) is not { } by)
            {
                Console.Error.WriteLine($"--sort is received, date, number or issuer, not '{parse.GetValue(sort)}'");
                return 2;
            }
            using var store = Options.OpenForReading(parse, archive);
            if (store is null)
            {
                return 2;
            }
            var query = new FileQuery
            {
                Status = state,
                Kind = parse.GetValue(kind),
                Issuer = parse.GetValue(issuer),
                Year = parse.GetValue(year),
                Reviewed = parse.GetValue(reviewed),
                Sort = by,
                Descending = !parse.GetValue(ascending),
                Page = Math.Max(1, parse.GetValue(page)),
                PerPage = Math.Clamp(parse.GetValue(perPage), 1, FileQuery.MaxPerPage),
            };
            var listing = store.Catalog.Browse(query);
            var table = new Table().AddColumns("id", "file", "received", "status", "documents");
            foreach (var f in listing.Files)
            {
                var plans = string.Join("\n", listing.Plans[f.Id].Select(p => $"{p.Kind} {p.Number ?? "(no number)"} {p.IssuedOn}{(p.Reviewed ? " ✓" : "")}"));
                var state2 = f.Status == FileStatus.Failed ? $"failed: {f.Error}{(f.RetryHelps ? "" : " (retry cannot help)")}" : f.StatusText;
                table.AddRow(f.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(f.FileName), f.ReceivedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Markup.Escape(state2), Markup.Escape(plans));
            }
            AnsiConsole.Write(table);
            var first = (query.Page - 1) * query.PerPage;
            Console.WriteLine(listing.Files.Count == 0
                ? $"{listing.Total} files; none on page {query.Page}"
                : $"{listing.Total} files; {first + 1}–{first + listing.Files.Count} shown");
            return 0;
        });
        return command;
    }
}
