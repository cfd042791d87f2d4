using System.Text.RegularExpressions;

namespace Ingest.Tests.Extraction;

/// <summary>
/// Extraction rules live in the rule tables (Extraction/Rules/*.yaml), vocabularies in
/// Extraction/Vocabulary/*.tsv (issue 16): no regex literal in the extraction code besides the
/// rule book's own loader — a rule written inline, where no example runs it, fails the build.
/// </summary>
public partial class RegexPlacementTests
{
    private static readonly string[] Allowed = [Path.Combine("Rules", "RuleBook.cs")];

    [GeneratedRegex(@"\[(?:System\.Text\.RegularExpressions\.)?GeneratedRegex\(|new\s+(?:System\.Text\.RegularExpressions\.)?Regex\s*\(|\bRegex\.(?:Replace|IsMatch|Match|Matches|Split)\s*\(")]
    private static partial Regex RegexLiteral();

    private static string Extraction => Path.Combine(CorpusFiles.Root, "src", "Ingest", "Extraction");

    [Fact]
    public void No_regex_literal_outside_the_rule_tables()
    {
        var found = Directory.EnumerateFiles(Extraction, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(p => Path.GetRelativePath(Extraction, p))
            .Where(p => !Allowed.Contains(p))
            .Where(p => RegexLiteral().IsMatch(File.ReadAllText(Path.Combine(Extraction, p))))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(found.Count == 0, "regex literals belong in Extraction/Rules/*.yaml:\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("[GeneratedRegex(@\"x\")]", true)]
    [InlineData("var r = new Regex(\"x\");", true)]
    [InlineData("s = Regex.Replace(s, @\"\\s+\", \"\");", true)]
    [InlineData("rules[\"header.motto\"].IsMatch(f)", false)]
    public void The_check_sees_regex_literals(string source, bool expected) => Assert.Equal(expected, RegexLiteral().IsMatch(source));
}
