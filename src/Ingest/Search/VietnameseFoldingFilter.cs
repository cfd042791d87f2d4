using Ingest.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Ingest.Search;

/// <summary>
/// Folds each term to its unmarked lower-case form ("nghèo" → "ngheo", "Đồng" → "dong"), so a
/// query typed without diacritics matches. Terms are NFC, so folding is one char for one char.
/// </summary>
public sealed class VietnameseFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public VietnameseFoldingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = VietnameseText.FoldChar(buffer[i]);
        }
        return true;
    }
}
