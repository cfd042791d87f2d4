using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Ingest.Extraction.Rules;

/// <summary>
/// Every extraction rule and vocabulary, loaded from the tables shipped in the library
/// (<c>Extraction/Rules/*.yaml</c>, <c>Extraction/Vocabulary/*.tsv</c>). A pattern may name a
/// vocabulary column as <c>{{document-kinds.folded}}</c>: it stands for the column's values as
/// one alternation (a word before any word it is a prefix of), so a rule and the words it matches are kept apart and one
/// word list serves every rule. Loaded once where the program starts and passed in.
/// </summary>
public sealed partial class RuleBook
{
    private readonly System.Collections.Frozen.FrozenDictionary<string, Rule> _rules;
    private readonly System.Collections.Frozen.FrozenDictionary<string, Vocabulary> _vocabularies;

    private RuleBook(Dictionary<string, Rule> rules, Dictionary<string, Vocabulary> vocabularies)
    {
        _rules = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(rules, StringComparer.Ordinal);
        _vocabularies = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(vocabularies, StringComparer.Ordinal);
        Kinds = new DocumentKinds(Vocabulary("document-kinds"));
        Codes = new CodeLetters(Vocabulary("d-stroke-codes"));
    }

    /// <summary>The document kinds (vocabulary document-kinds).</summary>
    public DocumentKinds Kinds { get; }

    /// <summary>How a number's code is written (vocabulary d-stroke-codes).</summary>
    public CodeLetters Codes { get; }

    /// <summary>Every rule, by entity then priority (highest first).</summary>
    public IReadOnlyList<Rule> All => [.. _rules.Values.OrderBy(r => r.Entity, StringComparer.Ordinal).ThenByDescending(r => r.Priority).ThenBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>Every vocabulary.</summary>
    public IReadOnlyList<Vocabulary> Vocabularies => [.. _vocabularies.Values.OrderBy(v => v.Name, StringComparer.Ordinal)];

    /// <summary>The rule "entity.name"; an unknown id fails naming it.</summary>
    public Rule Rule(string id) =>
        _rules.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"no extraction rule '{id}' in Extraction/Rules");

    /// <summary>The compiled pattern of rule "entity.name" (finders hold theirs through <see cref="RuleRef"/>, resolved once).</summary>
    public Regex this[string id] => Rule(id).Regex;

    /// <summary>A vocabulary column's values ("issuer-line-starts", "start"); the vocabulary builds each column once.</summary>
    public IReadOnlyList<string> Words(string vocabulary, string column) => Vocabulary(vocabulary).Column(column);

    /// <summary>The vocabulary NAME; an unknown name fails naming it.</summary>
    public Vocabulary Vocabulary(string name) =>
        _vocabularies.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"no vocabulary '{name}' in Extraction/Vocabulary");

    /// <summary>Loads the tables shipped in the library.</summary>
    public static RuleBook LoadEmbedded()
    {
        var assembly = typeof(RuleBook).Assembly;
        const string RulePrefix = "Ingest.Extraction.Rules.";
        const string VocabularyPrefix = "Ingest.Extraction.Vocabulary.";
        var vocabularies = new List<(string, string)>();
        var tables = new List<(string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (resource.StartsWith(VocabularyPrefix, StringComparison.Ordinal) && resource.EndsWith(".tsv", StringComparison.Ordinal))
            {
                vocabularies.Add((resource[VocabularyPrefix.Length..^4], Read(assembly, resource)));
            }
            else if (resource.StartsWith(RulePrefix, StringComparison.Ordinal) && resource.EndsWith(".yaml", StringComparison.Ordinal))
            {
                tables.Add((resource[RulePrefix.Length..], Read(assembly, resource)));
            }
        }
        return Load(vocabularies, tables);
    }

    /// <summary>Builds a book from vocabularies (name, TSV text) and rule tables (file name, YAML text); errors name the file and rule.</summary>
    public static RuleBook Load(IEnumerable<(string Name, string Tsv)> vocabularies, IEnumerable<(string File, string Yaml)> tables)
    {
        var vocab = new Dictionary<string, Vocabulary>(StringComparer.Ordinal);
        foreach (var (name, tsv) in vocabularies)
        {
            using var reader = new StringReader(tsv);
            vocab[name] = Rules.Vocabulary.Parse(name, reader);
        }
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        var entries = new Dictionary<string, (string File, string Entity, RuleTableFile.RuleEntry Entry)>(StringComparer.Ordinal);
        foreach (var (file, yaml) in tables)
        {
            RuleTableFile table;
            try
            {
                table = deserializer.Deserialize<RuleTableFile>(yaml);
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                throw new FormatException($"{file}: {e.Message}", e);
            }
            foreach (var entry in table.Rules)
            {
                var id = $"{table.Entity}.{entry.Name}";
                if (!entries.TryAdd(id, (file, table.Entity, entry)))
                {
                    throw new FormatException($"{file}: rule {id} is defined twice");
                }
            }
        }
        var expanded = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pattern(string id, int depth)
        {
            if (expanded.TryGetValue(id, out var done))
            {
                return done;
            }
            var (file, _, entry) = entries[id];
            if (depth > 8)
            {
                throw new FormatException($"{file}: rule {id}: rule references go round in a circle");
            }
            var pattern = Expand(file, id, entry.Pattern, vocab, other => entries.ContainsKey(other)
                ? Pattern(other, depth + 1)
                : throw new FormatException($"{file}: rule {id} uses rule '{other}', which does not exist"));
            expanded[id] = pattern;
            return pattern;
        }
        var rules = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var (id, (file, entity, entry)) in entries)
        {
            var on = entry.On switch
            {
                "folded" => RuleText.Folded,
                "exact" => RuleText.Exact,
                _ => throw new FormatException($"{file}: rule {id}: on is '{entry.On}', not folded or exact"),
            };
            if (entry.Why.Trim().Length == 0 || entry.Match.Count + entry.Captures.Count == 0)
            {
                throw new FormatException($"{file}: rule {id}: every rule says why it exists and gives lines it must match");
            }
            Regex regex;
            try
            {
                regex = new Regex(Pattern(id, 0), RegexOptions.Compiled | RegexOptions.CultureInvariant | (entry.IgnoreCase ? RegexOptions.IgnoreCase : 0));
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"{file}: rule {id}: {e.Message}", e);
            }
            rules[id] = new Rule(entity, entry.Name, on, entry.Priority, entry.Produces, entry.Why.Trim(), entry.Pattern, regex,
                entry.Match, entry.No, [.. entry.Captures.Select(c => (IReadOnlyDictionary<string, string>)c)]);
        }
        return new RuleBook(rules, vocab);
    }

    // "{{document-kinds.folded}}" → "(?:thong\ tu|thong\ bao|…|de\ cuong\ bao\ cao|de\ cuong|…)";
    // "{{=number.symbol}}" → that rule's pattern, so a citation rule reads numbers as the header does.
    private static string Expand(string file, string id, string pattern, Dictionary<string, Vocabulary> vocab, Func<string, string> rule) =>
        Placeholder().Replace(pattern, m =>
        {
            if (m.Groups["rule"].Success)
            {
                return "(?:" + rule(m.Groups["rule"].Value) + ")";
            }
            if (!vocab.TryGetValue(m.Groups["v"].Value, out var table))
            {
                throw new FormatException($"{file}: rule {id} names vocabulary '{m.Groups["v"].Value}', which does not exist");
            }
            // "{{document-kinds.folded?heads}}": only the rows whose column "heads" is filled in.
            var column = m.Groups["c"].Value;
            var values = m.Groups["if"].Success
                ? table.Rows.Where(r => r[table.Index(m.Groups["if"].Value)].Length > 0).Select(r => r[table.Index(column)]).Where(v => v.Length > 0)
                : table.Column(column);
            // Descending ordinal order: a word comes before every word it is a prefix of ("to chuc"
            // before "to"), as longest-first would, and words sharing a beginning stand together,
            // which lets the regex engine factor the alternation ("van phong|van" → "van(?: phong|)").
            var words = values.Distinct(StringComparer.Ordinal).OrderDescending(StringComparer.Ordinal);
            return "(?:" + string.Join('|', words.Select(Regex.Escape)) + ")";
        });

    [GeneratedRegex(@"\{\{(?:=(?<rule>[a-z0-9-]+\.[a-z0-9-]+)|(?<v>[a-z0-9-]+)\.(?<c>[a-z0-9_-]+)(?:\?(?<if>[a-z0-9_-]+))?)\}\}")]
    private static partial Regex Placeholder();

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
