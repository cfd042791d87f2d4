using System.Security.Cryptography;
using Ingest.Catalog;
using Ingest.Export;
using Ingest.Extraction;
using Ingest.Search;

namespace Ingest.Jobs;

/// <summary>
/// An archive: <c>originals/</c> (each file under its SHA-256), the catalog (the store of
/// record: <c>catalog.db</c> beside them, or a PostgreSQL database shared by several machines)
/// and <c>index/</c> (Lucene, rebuildable from the catalog). Writers open it with
/// <see cref="Open"/>, holding its <see cref="ArchiveLock"/>; readers with
/// <see cref="OpenForReading"/>, which creates nothing.
/// </summary>
public sealed class Archive : IDisposable
{
    private const string CatalogFileName = "catalog.db";

    private readonly ArchiveLock? _writeLock;

    // Reading a file's plans from the catalog and writing them to the index happen as one step
    // under this gate, and a delete takes it too: otherwise an index job that read a file's plans
    // just before the file was deleted wrote them back after the delete had removed them, and
    // the deleted plan stayed searchable (a CI run of DeskApiTests caught it).
    private readonly System.Threading.Lock _indexGate = new();

    private Archive(string root, PlanCatalog catalog, PlanIndex index, ArchiveLock? writeLock)
    {
        Root = root;
        Catalog = catalog;
        Index = index;
        _writeLock = writeLock;
    }

    public string Root { get; }
    public PlanCatalog Catalog { get; }
    public PlanIndex Index { get; }

    /// <summary>
    /// Opens or creates the archive in <paramref name="root"/> to write it; its catalog is
    /// <c>root/catalog.db</c> unless <paramref name="catalog"/> names a PostgreSQL database.
    /// <paramref name="writeLock"/>, the archive's lock this process holds, is released when the
    /// archive is disposed (after the index has committed). The CLI always passes it; a caller
    /// that holds the lock apart (`ingest serve`) or owns the folder alone (tests) may not.
    /// </summary>
    public static Archive Open(string root, string? catalog = null, ArchiveLock? writeLock = null)
    {
        var full = Path.GetFullPath(root);
        Directory.CreateDirectory(Path.Combine(full, "originals"));
        return Connect(full, catalog, writeLock);
    }

    /// <summary>
    /// Opens the archive in <paramref name="root"/> to read it (search, show, export, verify),
    /// creating nothing; null when there is no archive there (<see cref="Exists"/>). It takes no
    /// lock: Lucene readers open the last commit, so they work while a writer holds the archive.
    /// </summary>
    public static Archive? OpenForReading(string root, string? catalog = null)
    {
        var full = Path.GetFullPath(root);
        return Exists(full, catalog) ? Connect(full, catalog, null) : null;
    }

    /// <summary>
    /// True when <paramref name="root"/> holds an archive: the folder exists and, with the embedded
    /// catalog, has its <c>catalog.db</c> (with PostgreSQL the folder holds the originals and the index).
    /// </summary>
    public static bool Exists(string root, string? catalog = null)
    {
        var full = Path.GetFullPath(root);
        return Directory.Exists(full) && (!string.IsNullOrWhiteSpace(catalog) || File.Exists(Path.Combine(full, CatalogFileName)));
    }

    private static Archive Connect(string full, string? catalog, ArchiveLock? writeLock)
    {
        var store = PlanCatalog.Open(string.IsNullOrWhiteSpace(catalog) ? Path.Combine(full, CatalogFileName) : catalog);
        try
        {
            // The index marks the catalog's possible duplicates as copies, whichever path indexes a plan.
            return new Archive(full, store, PlanIndex.Open(Path.Combine(full, "index"), copiesOf: store.Duplicates.OriginalsOf), writeLock);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Where the original with this hash is kept: originals/ab/abcdef….</summary>
    public string OriginalPath(string sha256, string fileName) =>
        Path.Combine(Root, "originals", sha256[..2], sha256 + Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>
    /// Stores an original under its hash and returns the hash, streaming: a file too large to
    /// ingest is still kept as received without being held in memory, and the stored bytes are
    /// the hashed bytes even if the source changes meanwhile. An upload and a file on disk both
    /// come through here.
    /// </summary>
    public string StoreOriginal(Stream input, string fileName)
    {
        var tmp = Path.Combine(Root, "originals", $".incoming-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            string sha;
            using (var output = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[1 << 16];
                int n;
                while ((n = input.Read(buffer)) > 0)
                {
                    hash.AppendData(buffer, 0, n);
                    output.Write(buffer, 0, n);
                }
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            var target = OriginalPath(sha, fileName);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(tmp, target, overwrite: true);
            }
            return sha;
        }
        finally
        {
            File.Delete(tmp);
        }
    }

    /// <summary>Stores the file at <paramref name="path"/> under its hash (see <see cref="StoreOriginal(Stream, string)"/>).</summary>
    public string StoreOriginalFile(string path, string fileName)
    {
        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return StoreOriginal(input, fileName);
    }

    /// <summary>
    /// Puts the catalog's plans of a file into the index as they are now (none when the file is
    /// gone), after <paramref name="before"/> has seen them; returns them.
    /// </summary>
    public IReadOnlyList<StoredPlan> IndexFile(long fileId, Action<IReadOnlyList<StoredPlan>>? before = null)
    {
        lock (_indexGate)
        {
            var plans = Catalog.Plans.Of(fileId);
            before?.Invoke(plans);
            Index.ReplaceFile(fileId, plans);
            return plans;
        }
    }

    /// <summary>Runs <paramref name="change"/> (a catalog change and its index change) with no file indexed meanwhile.</summary>
    public T UnderIndexGate<T>(Func<T> change)
    {
        lock (_indexGate)
        {
            return change();
        }
    }

    /// <summary>
    /// Replaces the plans of a file in the catalog, then in the index (the catalog first: it is
    /// the store of record, and the index can be rebuilt from it if the second step is lost).
    /// Changes become searchable at the next <see cref="PlanIndex.Commit"/>.
    /// </summary>
    public IReadOnlyList<StoredPlan> ReplacePlans(long fileId, PlanRecord record)
    {
        lock (_indexGate)
        {
            var plans = Catalog.Plans.Save(fileId, record);
            Index.ReplaceFile(fileId, plans);
            return plans;
        }
    }

    /// <summary>
    /// The plans an export covers: those passing <paramref name="filter"/> and, when a query is
    /// given, found by it (the same syntax as search), in catalog order. The filter's kind and
    /// year are the search's <c>kind:</c> and <c>year:</c> conditions, so an export link built
    /// from a search (its words as <paramref name="query"/>, its kind, issuer and year) keeps
    /// exactly the plans — copies grouped under their original left out — that search found.
    /// </summary>
    public List<StoredPlan> Plans(PlanFilter filter, string? query = null)
    {
        var search = PlanQuery.Compose(query, filter.Kind, null, filter.Year);
        return (search.Length == 0 ? filter : filter with { PlanIds = Index.Matches(search).ToHashSet() })
            .Apply(Catalog.Plans.All()).ToList();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Index.Dispose();
        Catalog.Dispose();
        // Last: the next writer must find the index committed and its Lucene lock free.
        _writeLock?.Dispose();
    }
}
