using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Ingest.App.Web;

/// <summary>
/// The file parts of a multipart/form-data upload, read one after the other straight from the
/// request body (no <c>ReadFormAsync</c>: it buffers every part before the first is looked at,
/// under its own 128 MiB form limit, and one bad part then loses the whole batch).
/// </summary>
internal static class MultipartUpload
{
    /// <summary>The boundary of a multipart/form-data request, or null when it is not one.</summary>
    public static string? Boundary(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        // RFC 2046: 1 to 70 characters.
        return boundary is { Length: > 0 and <= 70 } ? boundary : null;
    }

    /// <summary>
    /// Each part named <paramref name="field"/> that carries a file: its name (the last path
    /// segment of what the browser sent) and its body, to be read before the next part is asked
    /// for (what is left unread is skipped). Other parts are skipped. A body that is not
    /// well-formed multipart throws <see cref="InvalidDataException"/> or <see cref="IOException"/>.
    /// </summary>
    public static async IAsyncEnumerable<(string FileName, Stream Body)> FilesAsync(HttpRequest request, string boundary, string field,
        [EnumeratorCancellation] CancellationToken cancel)
    {
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancel) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition()
                || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, field, StringComparison.Ordinal))
            {
                continue;
            }
            var sent = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
            // Browsers send the bare name; older ones the whole client path ("C:\\scans\\a.pdf").
            var name = Path.GetFileName(sent.Replace('\\', '/'));
            yield return (name.Length == 0 ? "upload" : name, section.Body);
        }
    }
}
