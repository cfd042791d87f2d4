using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Ingest.Search;

/// <summary>
/// The analyzers of the plan index, one per field purpose: <c>exact</c> keeps the marks (so
/// "đông" and "đồng" differ and exact matches rank higher), <c>folded</c> drops them.
/// Text is NFC before it reaches Lucene, so the standard tokenizer sees whole syllables.
/// </summary>
public static class VietnameseAnalyzers
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Syllables, lower-cased, marks kept.</summary>
    public static Analyzer Exact() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
    });

    /// <summary>Syllables, lower-cased, marks dropped, đ → d.</summary>
    public static Analyzer Folded() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(new LowerCaseFilter(Version, tokenizer)));
    });

    /// <summary>The per-field analyzer of <see cref="PlanIndex"/>; keyword fields are indexed verbatim.</summary>
    public static Analyzer ForIndex()
    {
        var folded = Folded();
        return new PerFieldAnalyzerWrapper(Exact(), new Dictionary<string, Analyzer>
        {
            [PlanFields.TextFolded] = folded,
            [PlanFields.TitleFolded] = folded,
            [PlanFields.IssuerFolded] = folded,
            [PlanFields.KindFolded] = folded,
            [PlanFields.NumberKey] = new KeywordAnalyzer(),
            [PlanFields.Cites] = new KeywordAnalyzer(),
        });
    }

    // Queries share one instance of each: an analyzer keeps its token streams per thread for
    // reuse, so one made per query would build them again and leave them to the finalizer.
    internal static Analyzer ExactForQueries { get; } = Exact();

    internal static Analyzer FoldedForQueries { get; } = Folded();

    /// <summary>The terms an analyzer makes of a text (for building queries).</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
