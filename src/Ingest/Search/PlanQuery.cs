using System.Text.RegularExpressions;
using Ingest.Extraction;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static System.FormattableString;

namespace Ingest.Search;

/// <summary>
/// Staff query syntax. A query that is a document number ("11325/KH-UBND", "11325 kh-ubnd")
/// finds that plan first, then the plans that cite it. Other queries are words, with or without
/// marks: every word must match (folded); words that match with their marks, and words in the
/// title, rank higher; the words as a phrase rank higher still.
/// <para>
/// Fields narrow either kind of query, and may stand alone; a value with spaces is quoted:
/// <c>cites:666/QĐ-TTg</c> (plans citing that number), <c>issuer:"dong nai"</c> and
/// <c>kind:"ke hoach"</c> (every word, marks optional), <c>year:2017</c> (issued that year),
/// <c>due:2023-11</c> (a deadline due in that month; <c>due:2023</c> and <c>due:2023-11-30</c>
/// work alike). "thi đua year:2017 issuer:"Đồng Nai"" is three conditions.
/// </para>
/// </summary>
public static partial class PlanQuery
{
    /// <summary>A parsed query and the folded terms to highlight.</summary>
    public sealed record Parsed(Query Query, IReadOnlyCollection<string> FoldedTerms);

    /// <summary>
    /// Why <paramref name="query"/> is over <paramref name="limits"/> (<see cref="SearchLimits.Default"/>
    /// when null), in one line, or null when it may run. Callers check first to answer a person
    /// (400, exit 2); <see cref="Parse"/> enforces the same limits for every other path.
    /// </summary>
    public static string? Check(string query, SearchLimits? limits = null)
    {
        try
        {
            Parse(query, limits);
            return null;
        }
        catch (QueryTooLargeException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Parses a staff query. Throws <see cref="QueryTooLargeException"/> when it is longer, or
    /// has more words and conditions, than <paramref name="limits"/> allow.
    /// </summary>
    public static Parsed Parse(string query, SearchLimits? limits = null)
    {
        limits ??= SearchLimits.Default;
        // Length first: it bounds the work of everything after it (regex, analysis).
        if (query.Length > limits.MaxQueryLength)
        {
            throw new QueryTooLargeException(Invariant($"the query is {query.Length:N0} characters long, over the limit of {limits.MaxQueryLength:N0}: search for fewer words"));
        }
        var text = Text.VietnameseText.Nfc(query.Trim());
        var filters = new List<(Query Query, int Clauses)>();
        var free = FieldClause().Replace(text, m =>
        {
            var value = m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["bare"].Value;
            filters.Add(Filter(m.Groups["field"].Value.ToLowerInvariant(), value));
            return " ";
        }).Trim();
        var main = free.Length == 0 ? null : Free(free);
        var clauses = filters.Sum(f => f.Clauses) + (main?.FoldedTerms.Count ?? 0);
        if (clauses > limits.MaxClauses)
        {
            throw new QueryTooLargeException(Invariant($"the query has {clauses:N0} words and conditions, over the limit of {limits.MaxClauses:N0}: search for fewer words"));
        }
        if (filters.Count == 0)
        {
            return main ?? new Parsed(new BooleanQuery(), []);
        }
        // Conditions score the same for every plan they admit, so they never reorder the free
        // words' ranking (the number's own plan stays above the plans citing it).
        var all = new BooleanQuery();
        if (main is not null)
        {
            all.Add(main.Query, Occur.MUST);
        }
        foreach (var (f, _) in filters)
        {
            all.Add(new ConstantScoreQuery(f) { Boost = 0.01f }, Occur.MUST);
        }
        return new Parsed(all, main?.FoldedTerms ?? []);
    }

    // A condition and how many clauses it counts for: one, or each word of issuer:/kind:.
    private static (Query, int) Filter(string field, string value) => field switch
    {
        "cites" => (new TermQuery(new Term(PlanFields.Cites, DocumentNumber.Key(value))), 1),
        "issuer" => AllWords(PlanFields.IssuerFolded, value),
        "kind" => AllWords(PlanFields.KindFolded, value),
        "year" => (new TermQuery(new Term(PlanFields.IssuedYear, value.Trim())), 1),
        "due" => (new TermQuery(new Term(PlanFields.Due, value.Trim())), 1),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a query field"),
    };

    // Every folded word must occur in the field: issuer:"dong nai" finds "UBND tỉnh Đồng Nai".
    private static (Query, int) AllWords(string field, string value)
    {
        var q = new BooleanQuery();
        var terms = VietnameseAnalyzers.Terms(VietnameseAnalyzers.FoldedForQueries, field, value);
        foreach (var t in terms)
        {
            q.Add(new TermQuery(new Term(field, t)), Occur.MUST);
        }
        return (q, Math.Max(1, terms.Count));
    }

    private static Parsed Free(string text)
    {
        if (LooksLikeNumber(text))
        {
            var key = DocumentNumber.Key(text);
            var q = new BooleanQuery
            {
                { new TermQuery(new Term(PlanFields.NumberKey, key)) { Boost = 20 }, Occur.SHOULD },
                { new TermQuery(new Term(PlanFields.Cites, key)), Occur.SHOULD },
            };
            return new Parsed(q, key.Split(' '));
        }
        var folded = VietnameseAnalyzers.Terms(VietnameseAnalyzers.FoldedForQueries, PlanFields.TextFolded, text);
        var exact = VietnameseAnalyzers.Terms(VietnameseAnalyzers.ExactForQueries, PlanFields.Text, text);
        var all = new BooleanQuery();
        for (var i = 0; i < folded.Count; i++)
        {
            var one = new BooleanQuery
            {
                { new TermQuery(new Term(PlanFields.TextFolded, folded[i])), Occur.SHOULD },
                { new TermQuery(new Term(PlanFields.TitleFolded, folded[i])) { Boost = 2 }, Occur.SHOULD },
                // Words of the issuer's name: a body's own plans before those that name it as a
                // party (issue 16: "Sở Xây dựng" ranked the department's plan 6th).
                { new TermQuery(new Term(PlanFields.IssuerFolded, folded[i])) { Boost = 2 }, Occur.SHOULD },
            };
            if (i < exact.Count)
            {
                one.Add(new TermQuery(new Term(PlanFields.Text, exact[i])) { Boost = 1.5f }, Occur.SHOULD);
                one.Add(new TermQuery(new Term(PlanFields.Title, exact[i])) { Boost = 3 }, Occur.SHOULD);
            }
            all.Add(one, Occur.MUST);
        }
        if (folded.Count > 1)
        {
            var phrase = new PhraseQuery { Boost = 4 };
            foreach (var t in folded)
            {
                phrase.Add(new Term(PlanFields.TextFolded, t));
            }
            all.Add(phrase, Occur.SHOULD);
            var issuer = new PhraseQuery { Boost = 8 };
            foreach (var t in folded)
            {
                issuer.Add(new Term(PlanFields.IssuerFolded, t));
            }
            all.Add(issuer, Occur.SHOULD);
        }
        return new Parsed(all, folded);
    }

    /// <summary>
    /// The query a search form's parts make: its words, then kind, issuer and year as conditions.
    /// A value's own quotes are dropped — they would end the quoted value and let the rest of it
    /// read as conditions of its own (kind=<c>x" cites:1/QĐ "</c>); words match without them.
    /// </summary>
    public static string Compose(string? words, string? kind, string? issuer, int? year)
    {
        static string? Field(string name, string? value) =>
            value?.Replace("\"", "", StringComparison.Ordinal).Trim() is { Length: > 0 } v ? $"{name}:\"{v}\"" : null;
        return string.Join(' ', new[]
        {
            words?.Trim(),
            Field("kind", kind),
            Field("issuer", issuer),
            year is { } y ? "year:" + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        }.Where(s => !string.IsNullOrEmpty(s)));
    }

    // A field name, a colon, then a "quoted value" or a value up to the next space.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<field>cites|issuer|kind|year|due):(?:""(?<quoted>[^""]*)""|(?<bare>\S+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldClause();

    /// <summary>True when the query is, as a whole, one document number ("11325 kh-ubnd"): looked up by number, not searched as words.</summary>
    public static bool LooksLikeNumber(string text) => NumberKey().IsMatch(DocumentNumber.Key(text));

    // "11325 kh ubnd", "91 2017 nd cp", "2919 btdkt p iii", "15 ct tu".
    [GeneratedRegex(@"^\d{1,6}( (19|20)\d{2})?( [a-z][a-z0-9]*){1,4}$")]
    private static partial Regex NumberKey();
}
