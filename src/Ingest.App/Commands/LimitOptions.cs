using System.CommandLine;
using Ingest.Jobs;

namespace Ingest.App.Commands;

/// <summary>
/// --max-file-mb, --max-pages, --max-pixels, --page-timeout: what one file may cost, the same
/// options and defaults for `ingest add` and for the files `ingest serve` receives.
/// </summary>
internal sealed class LimitOptions
{
    private static readonly IngestLimits Defaults = IngestLimits.Default;

    public Option<double> MaxFileMb { get; } = new("--max-file-mb") { Description = "refuse files larger than this (MB)", DefaultValueFactory = _ => Defaults.MaxFileBytes / (1024.0 * 1024) };

    public Option<int> MaxPages { get; } = new("--max-pages") { Description = "refuse PDFs with more pages", DefaultValueFactory = _ => Defaults.MaxPages };

    public Option<long> MaxPixels { get; } = new("--max-pixels") { Description = "refuse pages whose image (or rendering) has more pixels, before decoding it", DefaultValueFactory = _ => Defaults.MaxPixelsPerPage };

    public Option<double> PageTimeout { get; } = new("--page-timeout") { Description = "OCR seconds per page; a page stopped there keeps its partial text, marked", DefaultValueFactory = _ => Defaults.PageTimeout.TotalSeconds };

    public void AddTo(Command command)
    {
        command.Options.Add(MaxFileMb);
        command.Options.Add(MaxPages);
        command.Options.Add(MaxPixels);
        command.Options.Add(PageTimeout);
    }

    public IngestLimits Read(ParseResult parse) => new()
    {
        MaxFileBytes = (long)(parse.GetValue(MaxFileMb) * 1024 * 1024),
        MaxPages = parse.GetValue(MaxPages),
        MaxPixelsPerPage = parse.GetValue(MaxPixels),
        PageTimeout = TimeSpan.FromSeconds(parse.GetValue(PageTimeout)),
    };
}
