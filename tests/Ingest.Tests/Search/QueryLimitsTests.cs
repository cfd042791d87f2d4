using Ingest.Search;
using Ingest.Tests.App;

namespace Ingest.Tests.Search;

/// <summary>
/// Oversized queries are refused with a reason a person can act on, by the library (so every
/// path — web, CLI, export's --query — gets it) and by `ingest search` with exit 2; a real
/// query, a whole plan title pasted in, is never stopped.
/// </summary>
[Collection(CorpusArchiveGroup.Name)]
public sealed class QueryLimitsTests(CorpusArchive corpus)
{
    // 1,500 words: each is five Lucene clauses, past Lucene's own 1,024 ceiling (a 500 before).
    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => i % 2 == 0 ? "dong" : "nai"));

    [Fact]
    public void A_query_of_1500_words_is_refused_by_the_search_with_its_reason()
    {
        var query = Words(1500);
        var e = Assert.Throws<QueryTooLargeException>(() => corpus.Archive.Index.Search(query));
        Assert.Equal(FormattableString.Invariant($"the query is {query.Length:N0} characters long, over the limit of 1,000: search for fewer words"), e.Message);
        Assert.Throws<QueryTooLargeException>(() => corpus.Archive.Index.Matches(query));
    }

    [Fact]
    public void Words_and_conditions_are_counted_up_to_the_clause_limit()
    {
        Assert.Null(PlanQuery.Check(Words(64)));
        Assert.Equal("the query has 65 words and conditions, over the limit of 64: search for fewer words", PlanQuery.Check(Words(65)));
        // A condition's quoted words count, and each condition counts once.
        Assert.Equal("the query has 66 words and conditions, over the limit of 64: search for fewer words",
            PlanQuery.Check($"issuer:\"{Words(64)}\" year:2017 due:2023"));
        var limits = new SearchLimits { MaxQueryLength = 22, MaxClauses = 3 };
        Assert.Null(PlanQuery.Check("thi đua year:2017", limits));
        Assert.NotNull(PlanQuery.Check("thi đua khen year:2017", limits));
        Assert.Equal("the query is 23 characters long, over the limit of 22: search for fewer words", PlanQuery.Check(new string('a', 23), limits));
    }

    [Fact]
    public void A_whole_plan_title_pasted_in_still_searches()
    {
        var title = corpus.Archive.Catalog.Plans.All().Select(p => p.Document.Title ?? "").MaxBy(t => t.Length)!;
        Assert.Null(PlanQuery.Check(title));
        Assert.NotEmpty(corpus.Archive.Index.Search(title));
    }

    [Fact]
    public void Ingest_search_prints_one_line_and_exits_2_without_opening_an_archive()
    {
        using var dir = new TempDir();
        var (exit, stdout, stderr) = Cli.Run(dir.Path, ["search", .. Enumerable.Repeat("dong", 1500)]);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("ingest search: the query is 7,499 characters long, over the limit of 1,000: search for fewer words", stderr.Trim());
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }
}
