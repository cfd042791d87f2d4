using Ingest.Catalog;

namespace Ingest.Jobs;

/// <summary>
/// Deletes a file from the archive (issue 18): its catalog row and everything hanging from it
/// (pages, plans, corrections), its plans' index entries, its original — unless another file
/// holds the same bytes — and its cached page images. The catalog goes first, as the store of
/// record: a crash after it leaves only what <c>ingest verify</c> reports and <c>reindex</c>
/// or a second delete of the leftovers repairs, never a plan whose file is gone. Who deleted
/// what stays in the audit trail.
/// </summary>
public sealed class FileDeleter(Archive archive)
{
    /// <summary>The deleted file, or why nothing was deleted (no such file; in work).</summary>
    public (DeletedFile? Deleted, string? Error) Delete(long fileId, string actor)
    {
        if (archive.Catalog.Stored(fileId) is not { } file)
        {
            return (null, $"no document {fileId}");
        }
        var deleted = archive.UnderIndexGate(() =>
        {
            if (archive.Catalog.DeleteFile(fileId) is not { } gone)
            {
                return null;
            }
            archive.Index.DeleteFile(fileId);
            archive.Index.Commit();
            return gone;
        });
        if (deleted is null)
        {
            return archive.Catalog.Stored(fileId) is null
                ? (null, $"no document {fileId}")
                : (null, $"{file.FileName} is being processed; delete it when it is done or failed");
        }
        if (!deleted.BytesShared)
        {
            File.Delete(archive.OriginalPath(file.Sha256, file.FileName));
            var images = PageImages.FolderOf(archive.Root, file.Sha256);
            if (Directory.Exists(images))
            {
                Directory.Delete(images, recursive: true);
            }
        }
        archive.Catalog.Accounts.Record(actor, "delete", fileId, $"{file.FileName} ({file.Sha256[..12]}…, {deleted.PlanIds.Count} documents)");
        return (deleted, null);
    }
}
