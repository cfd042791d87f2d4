using Ingest.Extraction;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search;

/// <summary>
/// Staff query syntax. A query that is a document number ("11325/KH-UBND", "11325 kh-ubnd")
/// finds that plan first, then the plans that cite it. Other queries are words, with or without
/// marks: every word must match (folded); words that match with their marks, and words in the
/// title, rank higher; the words as a phrase rank higher still.
/// </summary>
public static class PlanQuery
{
    /// <summary>A parsed query and the folded terms to highlight.</summary>
    public sealed record Parsed(Query Query, IReadOnlyCollection<string> FoldedTerms);

    /// <summary>Parses a staff query.</summary>
    public static Parsed Parse(string query)
    {
        var text = Text.VietnameseText.Nfc(query.Trim());
        if (DocumentNumber.LooksLikeNumber(text))
        {
            var key = DocumentNumber.Key(text);
            var q = new BooleanQuery
            {
                { new TermQuery(new Term(PlanFields.NumberKey, key)) { Boost = 20 }, Occur.SHOULD },
                { new TermQuery(new Term(PlanFields.Cites, key)), Occur.SHOULD },
            };
            return new Parsed(q, key.Split(' '));
        }
        var folded = VietnameseAnalyzers.Terms(VietnameseAnalyzers.Folded(), PlanFields.TextFolded, text);
        var exact = VietnameseAnalyzers.Terms(VietnameseAnalyzers.Exact(), PlanFields.Text, text);
        var all = new BooleanQuery();
        for (var i = 0; i < folded.Count; i++)
        {
            var one = new BooleanQuery
            {
                { new TermQuery(new Term(PlanFields.TextFolded, folded[i])), Occur.SHOULD },
                { new TermQuery(new Term(PlanFields.TitleFolded, folded[i])) { Boost = 2 }, Occur.SHOULD },
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
        }
        return new Parsed(all, folded);
    }
}
