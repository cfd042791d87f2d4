using System.Globalization;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search;

/// <summary>
/// One search over one searcher: copies grouped under their originals, the total, a page in the
/// requested order, and the facet counts over every match — one pass of Lucene over the matches
/// (<see cref="FacetsCollector"/> beside the top-N collector).
/// </summary>
internal static class PlanSearch
{
    // Facet values listed per dimension: a person reads a list, not 3,000 issuers.
    private const int FacetValues = 50;

    // A BooleanQuery holds at most 1,024 clauses; plan ids go in clauses of this many.
    private const int IdsPerClause = 512;

    private static readonly ISet<string> CopyFields = new HashSet<string> { PlanFields.Id, PlanFields.File, PlanFields.Source, PlanFields.CopyOf };

    /// <summary>
    /// <paramref name="query"/> without the copies whose original it also matches, and those copies
    /// by original. Copies are few (the rescans of a plan), so finding them among the matches is one
    /// conjunction with a rare term, and checking their originals one query over their ids.
    /// </summary>
    public static (Query Query, IReadOnlyDictionary<long, List<SearchCopy>> Copies) Grouped(IndexSearcher searcher, Query query)
    {
        // An archive without rescans (most searches' case) pays nothing for grouping.
        if (searcher.IndexReader.DocFreq(new Term(PlanFields.IsCopy, "1")) == 0)
        {
            return (query, new Dictionary<long, List<SearchCopy>>());
        }
        var copyQuery = new BooleanQuery
        {
            { query, Occur.MUST },
            { new TermQuery(new Term(PlanFields.IsCopy, "1")), Occur.MUST },
        };
        // Collected as doc ids, not ranked: a top-N collector sized for every document would cost
        // an allocation of the whole index's size on every search.
        var found = new DocIds();
        searcher.Search(copyQuery, found);
        if (found.Docs.Count == 0)
        {
            return (query, new Dictionary<long, List<SearchCopy>>());
        }
        var copies = found.Docs.Select(doc => searcher.Doc(doc, CopyFields)).Select(d => (
            Original: d.GetField(PlanFields.CopyOf).GetInt64Value() ?? 0,
            Copy: new SearchCopy(Long(d.Get(PlanFields.Id)), Long(d.Get(PlanFields.File)), d.Get(PlanFields.Source)))).ToList();
        var originals = copies.Select(c => c.Original).Distinct().ToList();
        var matchedOriginals = new HashSet<long>();
        foreach (var chunk in originals.Chunk(IdsPerClause))
        {
            var q = new BooleanQuery { { query, Occur.MUST }, { Ids(chunk), Occur.MUST } };
            foreach (var sd in searcher.Search(q, chunk.Length).ScoreDocs)
            {
                matchedOriginals.Add(Long(searcher.Doc(sd.Doc, CopyFields).Get(PlanFields.Id)));
            }
        }
        var grouped = copies.Where(c => matchedOriginals.Contains(c.Original)).ToList();
        if (grouped.Count == 0)
        {
            return (query, new Dictionary<long, List<SearchCopy>>());
        }
        var without = new BooleanQuery { { query, Occur.MUST } };
        foreach (var chunk in grouped.Select(c => c.Copy.PlanId).Chunk(IdsPerClause))
        {
            without.Add(Ids(chunk), Occur.MUST_NOT);
        }
        return (without, grouped.GroupBy(c => c.Original).ToDictionary(g => g.Key, g => g.Select(c => c.Copy).OrderBy(c => c.PlanId).ToList()));
    }

    public static SearchResult Run(IndexSearcher searcher, PlanQuery.Parsed parsed, SearchRequest request, System.Runtime.CompilerServices.StrongBox<SortedSetDocValuesReaderState?> facetState)
    {
        var (query, copies) = Grouped(searcher, parsed.Query);
        var maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);
        var wanted = (int)Math.Clamp(request.Offset + request.Size, 1, maxDoc);
        var facets = request.Facets ? new FacetsCollector() : null;
        var top = facets is null
            ? searcher.Search(query, null, wanted, Order(request.Sort), true, false)
            : FacetsCollector.Search(searcher, query, null, wanted, Order(request.Sort), true, false, facets);
        var hits = new List<SearchHit>(request.Size);
        foreach (var sd in top.ScoreDocs.Skip((int)Math.Min(request.Offset, int.MaxValue)))
        {
            var doc = searcher.Doc(sd.Doc);
            var id = Long(doc.Get(PlanFields.Id));
            hits.Add(new SearchHit(
                id,
                doc.Get(PlanFields.Source),
                doc.GetField(PlanFields.Ordinal).GetInt32Value() ?? 0,
                doc.Get(PlanFields.Number),
                doc.Get(PlanFields.Kind),
                doc.Get(PlanFields.IssuedOn),
                doc.Get(PlanFields.Issuer),
                doc.Get(PlanFields.Title),
                sd.Score,
                SnippetBuilder.Build(doc.Get(PlanFields.Text) ?? "", parsed.FoldedTerms))
            {
                FileId = Long(doc.Get(PlanFields.File)),
                Copies = copies.TryGetValue(id, out var mine) ? mine : [],
            });
        }
        return new SearchResult(top.TotalHits, request.PageNumber, request.Size, hits, facets is null ? SearchFacets.None : Count(facetState.Value, facets));
    }

    // Ties are ordered by catalog id, never by Lucene's document order, which a parallel reindex changes.
    private static Sort Order(SearchSort sort)
    {
        var id = new SortField(PlanFields.IdSort, SortFieldType.INT64);
        return sort switch
        {
            // Plans without a date go last either way.
            SearchSort.Newest => new Sort(ByDate(true, long.MinValue), SortField.FIELD_SCORE, id),
            SearchSort.Oldest => new Sort(ByDate(false, long.MaxValue), SortField.FIELD_SCORE, id),
            _ => new Sort(SortField.FIELD_SCORE, id),
        };
    }

    private static SortField ByDate(bool newestFirst, long missing)
    {
        var field = new SortField(PlanFields.IssuedSort, SortFieldType.INT64, newestFirst);
        field.SetMissingValue(missing);
        return field;
    }

    private static SearchFacets Count(SortedSetDocValuesReaderState? state, FacetsCollector matches)
    {
        if (state is null)
        {
            return SearchFacets.None;
        }
        var counts = new SortedSetDocValuesFacetCounts(state, matches);
        // A dimension no plan has a value of (an archive of undated plans has no year) was never
        // indexed, and Lucene refuses to count it: it has no values to list.
        IReadOnlyList<FacetValue> Top(string dimension) => state.GetOrdRange(dimension) is null
            ? []
            : counts.GetTopChildren(FacetValues, dimension)?.LabelValues.Select(l => new FacetValue(l.Label, (int)l.Value)).ToList() ?? [];
        return new SearchFacets(
            Top(PlanFields.FacetKind),
            Top(PlanFields.FacetIssuer),
            [.. Top(PlanFields.FacetYear).OrderByDescending(v => v.Value, StringComparer.Ordinal)]);
    }

    private static BooleanQuery Ids(IEnumerable<long> ids)
    {
        var q = new BooleanQuery();
        foreach (var id in ids)
        {
            q.Add(new TermQuery(new Term(PlanFields.Id, id.ToString(CultureInfo.InvariantCulture))), Occur.SHOULD);
        }
        return q;
    }

    /// <summary>The (top-level) ids of every matching document, unscored.</summary>
    private sealed class DocIds : ICollector
    {
        private int _base;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc) => Docs.Add(_base + doc);
    }

    private static long Long(string text) => long.Parse(text, CultureInfo.InvariantCulture);
}
