namespace Ingest.Restoration;

/// <summary>
/// The language model's alphabet: lower-case syllables plus a few classes. Training text and
/// decoded lines are mapped the same way, so what the decoder asks is what the model learned.
/// </summary>
public static class LmSymbols
{
    public const int Start = 0;
    public const int End = 1;
    public const int Unknown = 2;
    public const int Number = 3;
    public const int Code = 4;
    public const int FirstSyllable = 5;

    public static readonly string[] Specials = ["<s>", "</s>", "<unk>", "<num>", "<code>"];

    /// <summary>
    /// The symbols of a line of clean text, sentence by sentence: each sentence is
    /// &lt;s&gt; &lt;s&gt; w1 … wn &lt;/s&gt;. <paramref name="idOf"/> maps a lower-case syllable to its id (or Unknown).
    /// </summary>
    public static IEnumerable<int[]> Sentences(string line, Func<string, int> idOf)
    {
        var current = new List<int> { Start, Start };
        foreach (var token in LineTokenizer.Tokenize(line))
        {
            if (token.Core.Length > 0)
            {
                current.Add(token.Class switch
                {
                    TokenClass.Word => idOf(token.Core.ToLowerInvariant()),
                    TokenClass.Number => Number,
                    TokenClass.Code => Code,
                    _ => Unknown,
                });
            }
            if (token.EndsSentence && current.Count > 2)
            {
                current.Add(End);
                yield return current.ToArray();
                current = [Start, Start];
            }
        }
        if (current.Count > 2)
        {
            current.Add(End);
            yield return current.ToArray();
        }
    }
}
