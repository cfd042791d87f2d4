using Ingest.Extraction.Rules;

namespace Ingest.Tests.Extraction;

/// <summary>
/// Every example line of every rule table runs as its own test case: a rule must match its
/// <c>match</c> lines, must not match its <c>no</c> lines, and must capture what its <c>captures</c>
/// say. A rule changed for one document that breaks another rule's example fails here, by name.
/// </summary>
public class RuleTableTests
{
    public static TheoryData<string, string, int> Examples()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var rule in TestModels.Rules.All)
        {
            for (var i = 0; i < rule.Match.Count; i++)
            {
                data.Add(rule.Id, "match", i);
            }
            for (var i = 0; i < rule.NoMatch.Count; i++)
            {
                data.Add(rule.Id, "no", i);
            }
            for (var i = 0; i < rule.Captures.Count; i++)
            {
                data.Add(rule.Id, "captures", i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rule_handles_its_example(string id, string what, int index)
    {
        var rule = TestModels.Rules.Rule(id);
        switch (what)
        {
            case "match":
                Assert.True(rule.Regex.IsMatch(rule.Prepare(rule.Match[index])), $"{id} must match: {rule.Match[index]}");
                break;
            case "no":
                Assert.False(rule.Regex.IsMatch(rule.Prepare(rule.NoMatch[index])), $"{id} must not match: {rule.NoMatch[index]}");
                break;
            default:
                var example = rule.Captures[index];
                var m = rule.Regex.Match(rule.Prepare(example["text"]));
                Assert.True(m.Success, $"{id} must match: {example["text"]}");
                foreach (var (group, expected) in example.Where(e => e.Key != "text"))
                {
                    Assert.Equal((group, expected), (group, m.Groups[group].Value));
                }
                break;
        }
    }

    [Fact]
    public void Every_table_has_rules_and_every_rule_examples()
    {
        var rules = TestModels.Rules.All;
        Assert.Contains(rules, r => r.Entity == "header");
        Assert.Contains(rules, r => r.Entity == "reference");
        Assert.All(rules, r => Assert.True(r.Match.Count + r.Captures.Count > 0, $"{r.Id} has no example"));
    }

    [Fact]
    public void Every_rule_a_finder_names_is_in_the_tables()
    {
        var named = typeof(RuleRef).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public))
            .Where(f => f.FieldType == typeof(RuleRef))
            .Select(f => ((RuleRef)f.GetValue(null)!).Id)
            .ToList();
        Assert.True(named.Count > 100, $"only {named.Count} rule references found");
        var ids = TestModels.Rules.All.Select(r => r.Id).ToHashSet();
        var missing = named.Where(id => !ids.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "named in code, not in a table: " + string.Join(", ", missing));
        // And no rule sits in a table unused.
        var unused = ids.Where(id => !named.Contains(id) && !TestModels.Rules.All.Any(r => r.Pattern.Contains("{{=" + id + "}}", StringComparison.Ordinal))).ToList();
        Assert.True(unused.Count == 0, "in a table, used by no finder: " + string.Join(", ", unused));
    }

    [Fact]
    public void A_rule_without_a_reason_or_examples_does_not_load()
    {
        const string Yaml = "entity: t\nrules:\n  - name: bare\n    pattern: 'x'\n";
        var e = Assert.Throws<FormatException>(() => RuleBook.Load(Vocabularies(), [("t.yaml", Yaml)]));
        Assert.Contains("t.yaml: rule t.bare", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_naming_a_missing_vocabulary_or_rule_does_not_load()
    {
        const string Yaml = "entity: t\nrules:\n  - name: a\n    why: w\n    pattern: 'x{{no-such.words}}'\n    match: ['x']\n";
        Assert.Contains("no-such", Assert.Throws<FormatException>(() => RuleBook.Load(Vocabularies(), [("t.yaml", Yaml)])).Message, StringComparison.Ordinal);
        const string Ref = "entity: t\nrules:\n  - name: a\n    why: w\n    pattern: 'x{{=t.nothing}}'\n    match: ['x']\n";
        Assert.Contains("t.nothing", Assert.Throws<FormatException>(() => RuleBook.Load(Vocabularies(), [("t.yaml", Ref)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vocabulary_columns_expand_into_patterns_longest_first_and_filtered()
    {
        const string Yaml = "entity: t\nrules:\n  - name: kind\n    why: w\n    pattern: '^(?<k>{{document-kinds.folded?heads}})$'\n    match: ['ke hoach']\n";
        var book = RuleBook.Load(Vocabularies(), [("t.yaml", Yaml)]);
        Assert.Equal("de cuong bao cao", book["t.kind"].Match("de cuong bao cao").Groups["k"].Value);
        Assert.DoesNotMatch(book["t.kind"], "cong dien"); // cited only, not a heading
    }

    // The shipped vocabularies (the rule book needs document-kinds and d-stroke-codes).
    private static IEnumerable<(string, string)> Vocabularies() =>
        TestModels.Rules.Vocabularies.Select(v => (v.Name, string.Join('\n', new[] { string.Join('\t', v.Columns) }.Concat(v.Rows.Select(r => string.Join('\t', r))))));
}
