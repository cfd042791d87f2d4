using System.Security.Cryptography;
using Ingest.Catalog;
using Ingest.Text;

namespace Ingest.Jobs;

/// <summary>
/// Checks that an archive's three parts agree: every catalog document has its original under
/// originals/ with the bytes its SHA-256 names, nothing else is there, the catalog's rows keep
/// its rules, and the index holds exactly the catalog's plans under their numbers. Reads only
/// (the catalog through its public queries, the index through <see cref="Search.PlanIndex.IndexedPlans"/>);
/// <c>ingest reindex</c> repairs an index that differs.
/// </summary>
public static class ArchiveVerifier
{
    private static readonly HashSet<FileStatus> Statuses = [FileStatus.Queued, FileStatus.Processing, FileStatus.Done, FileStatus.Failed];

    /// <summary>What differs, in catalog order; empty when the archive is consistent.</summary>
    public static IReadOnlyList<ArchiveMismatch> Verify(Archive archive, IProgress<string>? progress = null)
    {
        var found = new List<ArchiveMismatch>();
        var documents = archive.Catalog.Files();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            progress?.Report(doc.FileName);
            CheckRow(doc, found);
            if (!IsSha256(doc.Sha256))
            {
                continue; // no path to look under
            }
            var path = archive.OriginalPath(doc.Sha256, doc.FileName);
            expected.Add(Path.GetFullPath(path));
            if (!File.Exists(path))
            {
                found.Add(new(MismatchKind.MissingOriginal, $"{doc.FileName}: original missing (expected {Path.GetRelativePath(archive.Root, path)})"));
                continue;
            }
            var actual = HashOf(path);
            if (actual != doc.Sha256)
            {
                found.Add(new(MismatchKind.AlteredOriginal, $"{doc.FileName}: original altered: its SHA-256 is {actual}, the catalog's is {doc.Sha256}"));
            }
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(archive.Root, "originals"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!expected.Contains(Path.GetFullPath(file)))
            {
                found.Add(new(MismatchKind.StrayOriginal, $"{Path.GetRelativePath(archive.Root, file)}: in originals/ but no catalog document has this content"));
            }
        }
        CheckIndex(archive, found);
        return found;
    }

    private static void CheckRow(StoredFile doc, List<ArchiveMismatch> found)
    {
        void Bad(string why) => found.Add(new(MismatchKind.BadCatalogRow, $"{doc.FileName}: catalog row {doc.Id}: {why}"));
        if (!IsSha256(doc.Sha256))
        {
            Bad($"sha256 '{doc.Sha256}' is not 64 lowercase hex digits");
        }
        if (!Statuses.Contains(doc.Status))
        {
            Bad($"unknown status '{doc.StatusText}'");
        }
        if (doc.Status == FileStatus.Failed && string.IsNullOrWhiteSpace(doc.Error))
        {
            Bad("failed without a reason");
        }
        if (doc.Status == FileStatus.Done && doc.PageCount is null or < 1)
        {
            Bad("done but no pages stored");
        }
        if (doc.Status is FileStatus.Processing or FileStatus.Queued)
        {
            Bad($"left {doc.Status.Name()} (an interrupted run? `ingest add` it again)");
        }
    }

    private static void CheckIndex(Archive archive, List<ArchiveMismatch> found)
    {
        var plans = archive.Catalog.Plans.All().ToDictionary(p => p.Id);
        var indexed = archive.Index.IndexedPlans();
        foreach (var group in indexed.GroupBy(p => p.PlanId).OrderBy(g => g.Key))
        {
            var entry = group.First();
            if (!plans.TryGetValue(group.Key, out var plan))
            {
                found.Add(new(MismatchKind.NotInCatalog, $"index: plan {group.Key} ({entry.Number ?? "no number"}) is not in the catalog"));
                continue;
            }
            if (group.Count() > 1)
            {
                found.Add(new(MismatchKind.IndexDiffers, $"{plan.Source}: plan {plan.Id} is indexed {group.Count()} times"));
            }
            if (entry.Number != plan.Document.Number)
            {
                found.Add(new(MismatchKind.IndexDiffers, $"{plan.Source}: plan {plan.Id} is {plan.Document.Number ?? "without a number"} in the catalog, {entry.Number ?? "without a number"} in the index"));
            }
        }
        var inIndex = indexed.Select(p => p.PlanId).ToHashSet();
        foreach (var plan in plans.Values.Where(p => !inIndex.Contains(p.Id)))
        {
            found.Add(new(MismatchKind.NotIndexed, $"{plan.Source}: plan {plan.Id} ({plan.Document.Number ?? "no number"}) is not in the index"));
        }
    }

    private static bool IsSha256(string s) => s.Length == 64 && s.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
