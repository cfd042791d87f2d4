using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Ingest.Search;

/// <summary>
/// The Lucene.Net index of plans on disk. One document per plan: exact and folded text fields,
/// the number under a key every typing of it shares, the numbers it cites, and the header fields.
/// It holds nothing the catalog does not: <see cref="Rebuild"/> makes it again from there.
/// </summary>
public sealed class PlanIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly ILogger _log;
    private IndexWriter? _writer;

    private PlanIndex(LuceneDirectory directory, ILogger log) => (_directory, _log) = (directory, log);

    /// <summary>Opens the index in <paramref name="path"/>, creating the folder if needed; what goes wrong in the background is logged to <paramref name="log"/>.</summary>
    public static PlanIndex Open(string path, ILogger? log = null)
    {
        System.IO.Directory.CreateDirectory(path);
        return new PlanIndex(FSDirectory.Open(path), log ?? NullLogger.Instance);
    }

    private readonly System.Threading.Lock _writerLock = new();

    // Created on first write, once, even when several threads index at a time.
    private IndexWriter Writer
    {
        get
        {
            if (_writer is not null)
            {
                return _writer;
            }
            lock (_writerLock)
            {
                return _writer ??= CreateWriter();
            }
        }
    }

    private IndexWriter CreateWriter()
    {
        var fresh = !DirectoryReader.IndexExists(_directory);
        var writer = new IndexWriter(_directory,
            new IndexWriterConfig(VietnameseAnalyzers.Version, VietnameseAnalyzers.ForIndex())
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                // Fewer, larger segment flushes: bulk indexing (reindex, 100k-plan archives) is several times faster.
                RAMBufferSizeMB = 128,
            });
        if (fresh)
        {
            // A reader in another process that finds segments_N half-written falls back to
            // segments_(N-1); the first real commit would have none and fail with "read past EOF".
            // An empty commit now gives every later one a whole commit behind it.
            writer.Commit();
        }
        return writer;
    }

    /// <summary>Adds or replaces a plan.</summary>
    public void Upsert(StoredPlan plan)
    {
        var d = plan.Document;
        var doc = new Document
        {
            new StringField(PlanFields.Id, plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(PlanFields.File, plan.FileId.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
            new StoredField(PlanFields.Source, plan.Source),
            new StoredField(PlanFields.Ordinal, plan.Ordinal),
            new StringField(PlanFields.Kind, d.Kind, Field.Store.YES),
            new TextField(PlanFields.KindFolded, VietnameseText.Nfc(d.Kind), Field.Store.NO),
        };
        if (d.Number is not null)
        {
            doc.Add(new StringField(PlanFields.Number, d.Number, Field.Store.YES));
            doc.Add(new StringField(PlanFields.NumberKey, DocumentNumber.Key(d.Number), Field.Store.NO));
        }
        foreach (var cited in CitedKeys(d))
        {
            doc.Add(new StringField(PlanFields.Cites, cited, Field.Store.NO));
        }
        if (d.IssuedOn is not null)
        {
            doc.Add(new StringField(PlanFields.IssuedOn, d.IssuedOn.Value.ToString(), Field.Store.YES));
            doc.Add(new StringField(PlanFields.IssuedYear, d.IssuedOn.Value.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));
        }
        foreach (var due in DueTerms(d))
        {
            doc.Add(new StringField(PlanFields.Due, due, Field.Store.NO));
        }
        AddText(doc, PlanFields.Issuer, PlanFields.IssuerFolded, d.Issuer);
        AddText(doc, PlanFields.Title, PlanFields.TitleFolded, d.Title);
        AddText(doc, PlanFields.Text, PlanFields.TextFolded, d.Text);
        Writer.UpdateDocument(new Term(PlanFields.Id, doc.Get(PlanFields.Id)), doc);
    }

    /// <summary>Removes the plans of a file (before its plans are indexed again).</summary>
    public void DeletePlans(IEnumerable<long> planIds)
    {
        foreach (var id in planIds)
        {
            Writer.DeleteDocuments(new Term(PlanFields.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Replaces whatever the index holds of one file by <paramref name="plans"/> (its plans as the catalog now has them).</summary>
    public void ReplaceFile(long fileId, IEnumerable<StoredPlan> plans)
    {
        Writer.DeleteDocuments(new Term(PlanFields.File, fileId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var plan in plans)
        {
            Upsert(plan);
        }
    }

    /// <summary>Makes every change so far visible to searches and durable.</summary>
    public void Commit() => _writer?.Commit();

    private Timer? _commitTimer;

    /// <summary>
    /// Makes the changes so far durable within <paramref name="delay"/>: files finishing one after
    /// another share a commit (a Lucene commit flushes a segment and fsyncs it; once per file it
    /// was most of the service's indexing work). Searches in this process see the changes at once
    /// (near-real-time reader); a crash before the commit is mended by levelling the index with
    /// the catalog at start.
    /// </summary>
    public void CommitWithin(TimeSpan delay)
    {
        lock (_writerLock)
        {
            _commitTimer ??= new Timer(_ => CommitPending(), null, delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void CommitPending()
    {
        lock (_writerLock)
        {
            _commitTimer?.Dispose();
            _commitTimer = null;
        }
        try
        {
            _writer?.Commit();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The changes stay in the writer; the next commit (or the levelling at start) retries.
            _log.LogWarning(e, "index commit failed; it is retried at the next commit");
        }
    }

    /// <summary>Drops the index and builds it again from the catalog.</summary>
    public int Rebuild(PlanCatalog catalog)
    {
        Writer.DeleteAll();
        var plans = catalog.Plans.All();
        // Lucene's writer takes documents from several threads: analysis runs on every core.
        Parallel.ForEach(plans, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Upsert);
        Commit();
        return plans.Count;
    }

    /// <summary>Runs a staff query and returns up to <paramref name="limit"/> hits, best first.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 10)
    {
        var parsed = PlanQuery.Parse(query);
        return Read(searcher =>
        {
            var top = searcher.Search(parsed.Query, limit);
            var hits = new List<SearchHit>(top.ScoreDocs.Length);
            foreach (var sd in top.ScoreDocs)
            {
                var doc = searcher.Doc(sd.Doc);
                var text = doc.Get(PlanFields.Text) ?? "";
                hits.Add(new SearchHit(
                    long.Parse(doc.Get(PlanFields.Id), System.Globalization.CultureInfo.InvariantCulture),
                    doc.Get(PlanFields.Source),
                    doc.GetField(PlanFields.Ordinal).GetInt32Value() ?? 0,
                    doc.Get(PlanFields.Number),
                    doc.Get(PlanFields.Kind),
                    doc.Get(PlanFields.IssuedOn),
                    doc.Get(PlanFields.Issuer),
                    doc.Get(PlanFields.Title),
                    sd.Score,
                    SnippetBuilder.Build(text, parsed.FoldedTerms)));
            }
            // Equal scores (the same plan received as .txt and as .pdf) are ordered by catalog id,
            // not by Lucene's internal document order, which a parallel reindex changes.
            hits.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.PlanId.CompareTo(b.PlanId));
            return (IReadOnlyList<SearchHit>)hits;
        }, []);
    }

    // The stored fields a listing needs: a plan's stored text is most of each document's bytes.
    private static readonly ISet<string> IdOnly = new HashSet<string> { PlanFields.Id };
    private static readonly ISet<string> IdAndNumber = new HashSet<string> { PlanFields.Id, PlanFields.Number };

    private SearcherManager? _searchers;
    private bool _searchersOverWriter;

    /// <summary>
    /// Runs <paramref name="read"/> on a searcher over the latest state: near-real-time through the
    /// writer when this process writes (a search sees its own uncommitted adds), the last commit
    /// otherwise; <paramref name="none"/> when there is no index yet. Searchers are shared and
    /// reopened only when the index changed: opening a reader per search costs every segment's
    /// files and, over a writer, a segment flush.
    /// </summary>
    private T Read<T>(Func<IndexSearcher, T> read, T none)
    {
        if (Searchers() is not { } manager)
        {
            return none;
        }
        manager.MaybeRefreshBlocking();
        var searcher = manager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private SearcherManager? Searchers()
    {
        lock (_writerLock)
        {
            if (_writer is not null && !_searchersOverWriter)
            {
                // This process began writing: its searches read through the writer from now on.
                // A searcher still held from the old manager stays valid until released.
                _searchers?.Dispose();
                _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
                _searchersOverWriter = true;
            }
            else if (_searchers is null && DirectoryReader.IndexExists(_directory))
            {
                _searchers = OpenCommitted();
            }
            return _searchers;
        }
    }

    // A reader that finds segments_N half-written falls back to segments_(N-1); the one commit it
    // cannot fall back from is the empty first one, written as another process creates the index:
    // a few milliseconds later it is whole.
    private SearcherManager OpenCommitted()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new SearcherManager(_directory, searcherFactory: null);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(20 * attempt);
            }
        }
    }

    /// <summary>The ids of every plan a staff query matches, best first (exports restricted by a search).</summary>
    public IReadOnlyList<long> Matches(string query)
    {
        var parsed = PlanQuery.Parse(query);
        return Read(searcher =>
        {
            var top = searcher.Search(parsed.Query, Math.Max(1, searcher.IndexReader.MaxDoc));
            return (IReadOnlyList<long>)top.ScoreDocs
                .Select(sd => long.Parse(searcher.Doc(sd.Doc, IdOnly).Get(PlanFields.Id), System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
        }, []);
    }

    /// <summary>The catalog ids of every plan the index holds (live documents only).</summary>
    public IReadOnlyList<long> PlanIds() => [.. IndexedPlans().Select(p => p.PlanId)];

    /// <summary>
    /// Every indexed plan: its catalog id and the number stored with it (null when it has none),
    /// as many times as it is indexed — for checking the index against the catalog.
    /// </summary>
    public IReadOnlyList<(long PlanId, string? Number)> IndexedPlans() => Read(searcher =>
    {
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var plans = new List<(long, string?)>(reader.NumDocs);
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is null || live.Get(i))
            {
                var doc = reader.Document(i, IdAndNumber);
                plans.Add((long.Parse(doc.Get(PlanFields.Id), System.Globalization.CultureInfo.InvariantCulture), doc.Get(PlanFields.Number)));
            }
        }
        return (IReadOnlyList<(long, string?)>)plans;
    }, []);

    private static void AddText(Document doc, string exact, string folded, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        var nfc = VietnameseText.Nfc(value);
        doc.Add(new TextField(exact, nfc, Field.Store.YES));
        doc.Add(new TextField(folded, nfc, Field.Store.NO));
    }

    // "2023-11-30" is indexed as "2023-11-30", "2023-11" and "2023"; a due of "2023-11" as the last two.
    private static IEnumerable<string> DueTerms(PlanDocument d) =>
        d.Deadlines.SelectMany(x => new[]
            {
                x.Due.ToString(),
                x.Due.Month is null ? null : new PartialDate(x.Due.Year, x.Due.Month).ToString(),
                new PartialDate(x.Due.Year).ToString(),
            })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    // The numbers the document cites are its references, as the parser found them. The index
    // reads records and parses nothing: a record stored before references were parsed gets them
    // from `ingest reprocess --from extract`, not from here (issue 16).
    private static IEnumerable<string> CitedKeys(PlanDocument d)
    {
        var own = d.Number is null ? null : DocumentNumber.Key(d.Number);
        return d.References.Select(r => DocumentNumber.Key(r.Number)).Where(k => k != own).Distinct();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_writerLock)
        {
            _commitTimer?.Dispose();
            _commitTimer = null;
            _searchers?.Dispose();
            _searchers = null;
        }
        _writer?.Dispose(); // commits what is pending
        _directory.Dispose();
    }
}
