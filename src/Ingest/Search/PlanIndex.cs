using System.Runtime.CompilerServices;
using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Text;
using Lucene.Net.Documents;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
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
    private readonly Func<IReadOnlyCollection<long>, IReadOnlyDictionary<long, long>>? _copiesOf;
    private readonly FacetsConfig _facets = new();
    private IndexWriter? _writer;

    private PlanIndex(LuceneDirectory directory, ILogger log, Func<IReadOnlyCollection<long>, IReadOnlyDictionary<long, long>>? copiesOf) =>
        (_directory, _log, _copiesOf) = (directory, log, copiesOf);

    /// <summary>
    /// Opens the index in <paramref name="path"/>, creating the folder if needed; what goes wrong in
    /// the background is logged to <paramref name="log"/>. <paramref name="copiesOf"/> tells, for
    /// plan ids, which are possible duplicates of which plan (the catalog's findings): every path
    /// that indexes a plan marks it as a copy then, so a search groups it under its original.
    /// </summary>
    public static PlanIndex Open(string path, ILogger? log = null, Func<IReadOnlyCollection<long>, IReadOnlyDictionary<long, long>>? copiesOf = null)
    {
        System.IO.Directory.CreateDirectory(path);
        return new PlanIndex(FSDirectory.Open(path), log ?? NullLogger.Instance, copiesOf);
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
    public void Upsert(StoredPlan plan) =>
        Upsert(plan, _copiesOf?.Invoke([plan.Id]) is { } copies && copies.TryGetValue(plan.Id, out var original) ? original : null);

    private void Upsert(StoredPlan plan, long? copyOf)
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
        doc.Add(new NumericDocValuesField(PlanFields.IdSort, plan.Id));
        if (d.IssuedOn is { } on)
        {
            doc.Add(new NumericDocValuesField(PlanFields.IssuedSort, (on.Year * 10000L) + ((on.Month ?? 0) * 100L) + (on.Day ?? 0)));
        }
        if (copyOf is { } original)
        {
            doc.Add(new StringField(PlanFields.IsCopy, "1", Field.Store.NO));
            doc.Add(new StoredField(PlanFields.CopyOf, original));
        }
        // Facet values as written (NFC): what a person reads in the list and picks as a filter.
        AddFacet(doc, PlanFields.FacetKind, d.Kind);
        AddFacet(doc, PlanFields.FacetIssuer, d.Issuer);
        AddFacet(doc, PlanFields.FacetYear, d.IssuedOn?.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        Writer.UpdateDocument(new Term(PlanFields.Id, doc.Get(PlanFields.Id)), _facets.Build(doc));
    }

    private static void AddFacet(Document doc, string dimension, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new SortedSetDocValuesFacetField(dimension, VietnameseText.Nfc(value.Trim())));
        }
    }

    /// <summary>Removes the plans of a file (before its plans are indexed again).</summary>
    public void DeletePlans(IEnumerable<long> planIds)
    {
        foreach (var id in planIds)
        {
            Writer.DeleteDocuments(new Term(PlanFields.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Removes whatever the index holds of one file (every plan carries its file's id).</summary>
    public void DeleteFile(long fileId) =>
        Writer.DeleteDocuments(new Term(PlanFields.File, fileId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Replaces whatever the index holds of one file by <paramref name="plans"/> (its plans as the catalog now has them).</summary>
    public void ReplaceFile(long fileId, IEnumerable<StoredPlan> plans)
    {
        DeleteFile(fileId);
        var list = plans.ToList();
        var copies = list.Count == 0 ? null : _copiesOf?.Invoke([.. list.Select(p => p.Id)]);
        foreach (var plan in list)
        {
            Upsert(plan, copies is not null && copies.TryGetValue(plan.Id, out var original) ? original : null);
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
        var copies = catalog.Duplicates.OriginalsOfAll();
        // Lucene's writer takes documents from several threads: analysis runs on every core.
        Parallel.ForEach(plans, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            p => Upsert(p, copies.TryGetValue(p.Id, out var original) ? original : null));
        Commit();
        return plans.Count;
    }

    /// <summary>Runs a staff query and returns up to <paramref name="limit"/> hits, best first (the first page of <see cref="Search(SearchRequest)"/>, without facets).</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 10) => Search(new SearchRequest(query, 1, limit, Facets: false)).Hits;

    /// <summary>
    /// Runs a staff query: the total, one page of hits in the requested order, and facet counts
    /// over every match. A plan flagged as a possible duplicate of another is not a hit of its
    /// own when its original matches too: it is one of that hit's <see cref="SearchHit.Copies"/>.
    /// </summary>
    public SearchResult Search(SearchRequest request)
    {
        var parsed = PlanQuery.Parse(request.Query);
        return Read(searcher => PlanSearch.Run(searcher, parsed, request, FacetState(searcher.IndexReader)), SearchResult.Empty(request));
    }

    // The facets' ordinals are read once per reader (a reader is shared until the index changes).
    private readonly ConditionalWeakTable<IndexReader, StrongBox<SortedSetDocValuesReaderState?>> _facetStates = [];

    private StrongBox<SortedSetDocValuesReaderState?> FacetState(IndexReader reader) =>
        _facetStates.GetValue(reader, r =>
        {
            try
            {
                return new(new DefaultSortedSetDocValuesReaderState(r));
            }
            catch (ArgumentException)
            {
                // An index built before facets were indexed (or an empty one): searches work,
                // facets are empty until `ingest reindex`.
                return new(null);
            }
        });

    // The stored fields a listing needs: a plan's stored text is most of each document's bytes.
    private static readonly ISet<string> IdOnly = new HashSet<string> { PlanFields.Id };
    private static readonly ISet<string> IdAndNumber = new HashSet<string> { PlanFields.Id, PlanFields.Number };
    private static readonly ISet<string> IdAndFile = new HashSet<string> { PlanFields.Id, PlanFields.File };

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

    /// <summary>The ids of every plan a staff query finds, best first, copies grouped under their original left out (exports restricted by a search).</summary>
    public IReadOnlyList<long> Matches(string query)
    {
        var parsed = PlanQuery.Parse(query);
        return Read(searcher =>
        {
            // The plans the search's hits stand for: copies grouped under a matching original are left out.
            var top = searcher.Search(PlanSearch.Grouped(searcher, parsed.Query).Query, Math.Max(1, searcher.IndexReader.MaxDoc));
            return (IReadOnlyList<long>)top.ScoreDocs
                .Select(sd => long.Parse(searcher.Doc(sd.Doc, IdOnly).Get(PlanFields.Id), System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
        }, []);
    }

    /// <summary>
    /// The plans whose text shares the most distinctive words with <paramref name="text"/>, best
    /// first, up to <paramref name="count"/>: the candidates a rescan's text is compared with
    /// (Lucene's MoreLikeThis over the folded text), as (plan id, file id).
    /// </summary>
    public IReadOnlyList<(long PlanId, long FileId)> SimilarPlans(string text, int count) => Read(searcher =>
    {
        var like = new Lucene.Net.Queries.Mlt.MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = VietnameseAnalyzers.FoldedForQueries,
            FieldNames = [PlanFields.TextFolded],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 40,
        };
        using var reader = new StringReader(VietnameseText.Nfc(text));
        var top = searcher.Search(like.Like(reader, PlanFields.TextFolded), count);
        return (IReadOnlyList<(long, long)>)[.. top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc, IdAndFile)).Select(d =>
            (long.Parse(d.Get(PlanFields.Id), System.Globalization.CultureInfo.InvariantCulture), long.Parse(d.Get(PlanFields.File), System.Globalization.CultureInfo.InvariantCulture)))];
    }, []);

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
