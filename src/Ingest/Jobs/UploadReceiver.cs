using System.Globalization;
using static System.FormattableString;

namespace Ingest.Jobs;

/// <summary>
/// Receives one uploaded file under the same <see cref="IngestLimits"/> as <c>ingest add</c>,
/// streaming: the bytes go to a spool file under <c>ARCHIVE/incoming/</c> (the archive's disk,
/// not a RAM-backed /tmp) through a 64 KB buffer, so memory stays flat whatever the size. A file
/// over <see cref="IngestLimits.MaxFileBytes"/>, empty, or not a PDF (nor a .txt) by its first
/// bytes is refused at once: the rest of it is read and dropped (the next file of the batch
/// follows it in the same request), and nothing of it is kept — no original, no catalog entry,
/// so a refused file costs the archive nothing. A good file is handed to
/// <see cref="IngestPipeline.Receive"/> (original under its hash, catalog entry queued).
/// </summary>
public sealed class UploadReceiver(Archive archive, IngestPipeline pipeline, IngestLimits? limits = null)
{
    private const int HeadBytes = 1024; // FileSignature.IsPdf looks this far for %PDF-

    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;

    /// <summary>Stores or refuses the file read from <paramref name="content"/>, named <paramref name="fileName"/>.</summary>
    public async Task<UploadResult> ReceiveAsync(string fileName, Stream content, CancellationToken cancel = default)
    {
        var spool = Path.Combine(archive.Root, "incoming");
        Directory.CreateDirectory(spool);
        var tmp = Path.Combine(spool, $"{Environment.ProcessId}-{Guid.NewGuid():N}.part");
        try
        {
            var head = new byte[HeadBytes];
            var headLength = 0;
            long total = 0;
            string? refusal = null;
            var over = false;
            await using (var output = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                var buffer = new byte[1 << 16];
                int n;
                while ((n = await content.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
                {
                    total += n;
                    over |= total > _limits.MaxFileBytes;
                    if (over || refusal is not null)
                    {
                        // Refused: read on (to reach the next part) but keep nothing more.
                        continue;
                    }
                    if (headLength < HeadBytes)
                    {
                        var take = Math.Min(n, HeadBytes - headLength);
                        buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                        headLength += take;
                        if (headLength == HeadBytes)
                        {
                            refusal = FileSignature.Refusal(head, fileName);
                        }
                    }
                    await output.WriteAsync(buffer.AsMemory(0, n), cancel).ConfigureAwait(false);
                }
            }
            if (refusal is null && headLength < HeadBytes)
            {
                refusal = FileSignature.Refusal(head.AsSpan(0, headLength), fileName);
            }
            if (over)
            {
                refusal = _limits.SizeRefusal(total) + "; not kept";
            }
            if (refusal is not null)
            {
                return new UploadResult(fileName, null, $"{fileName}: {refusal}")
                {
                    Refusal = over ? UploadRefusal.TooLarge : total == 0 ? UploadRefusal.Empty : UploadRefusal.NotAccepted,
                };
            }
            using var stored = new FileStream(tmp, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var (file, known) = pipeline.ReceiveFile(fileName, stored);
            return new UploadResult(fileName, file, null, known);
        }
        finally
        {
            File.Delete(tmp);
        }
    }

}
