using System.Text.RegularExpressions;

namespace Ingest.Tests;

/// <summary>
/// Models are passed in, not held in statics (issue 15; ../shared/design/style.md names static
/// global configuration as what to avoid). A static field or property of the library whose type is
/// a model or a restorer, or holds one (<c>Lazy&lt;LanguageModel&gt;</c>, a dictionary of
/// restorers), is one copy per process that a test or a second configuration cannot replace: the
/// program loads <c>RestorationModels</c> once where it starts and passes it on. Static factories
/// (<c>RestorationModels.LoadEmbedded()</c>, <c>ChannelModel.Load</c>) are fine: each caller gets
/// its own instance. Tables generated from code (SyllableLexicon's syllables) are no model: nothing
/// is loaded, and there is no second configuration of them.
/// </summary>
public partial class NoStaticModelsTests
{
    /// <summary>What a restorer decodes with, and the restorers themselves.</summary>
    private static readonly string[] ModelTypes =
        ["RestorationModels", "LanguageModel", "CandidateIndex", "ChannelModel", "ChannelTable", "PlaceNames", "DiacriticRestorer", "PageRestorer"];

    private static string Library => Path.Combine(CorpusFiles.Root, "src", "Ingest");

    // "static [readonly|volatile …] TYPE NAME" followed by "=", "=>", "{" or ";": a field or a
    // property. A method ("static ChannelModel Load(") has "(" after its name and is not matched.
    [GeneratedRegex(@"\bstatic(?:\s+(?:readonly|volatile|new|required))*\s+(?<type>[\w.]+\s*(?:<[^;{}()=]*>)?\s*(?:\[\])?\??)\s+(?<name>\w+)\s*(?:=|\{|;)")]
    private static partial Regex StaticMember();

    /// <summary>The static fields and properties of a (blanked) source whose type names a model type, with their line.</summary>
    private static IEnumerable<(string Member, int Line)> StaticModels(string blanked) =>
        StaticMember().Matches(blanked)
            .Where(m => ModelTypes.Any(t => Regex.IsMatch(m.Groups["type"].Value, $@"\b{t}\b")))
            .Select(m => ($"{Regex.Replace(m.Groups["type"].Value, @"\s+", " ")} {m.Groups["name"].Value}", blanked[..m.Index].Count(c => c == '\n') + 1));

    [Fact]
    public void No_static_field_or_property_of_the_library_holds_a_model_or_a_restorer()
    {
        var found = Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .SelectMany(p => StaticModels(CSharpSource.Blank(File.ReadAllText(p))).Select(s => $"{Path.GetRelativePath(Library, p)}:{s.Line}: static {s.Member}"))
            .ToList();
        Assert.True(found.Count == 0, "models and restorers are passed in (RestorationModels), not held in statics:\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("private static readonly Lazy<LanguageModel> Lm = new(() => LanguageModel.Load(Open(\"lm.bin\")));", "Lazy<LanguageModel> Lm")]
    [InlineData("public static PlaceNames Default => Shipped.Value;", "PlaceNames Default")]
    [InlineData("public static ChannelModel Default { get; } = ChannelTrainer.Train(\"default\", []);", "ChannelModel Default")]
    [InlineData("private static readonly System.Collections.Concurrent.ConcurrentDictionary<ChannelModel, DiacriticRestorer> Shared = new();",
        "System.Collections.Concurrent.ConcurrentDictionary<ChannelModel, DiacriticRestorer> Shared")]
    [InlineData("internal static RestorationModels? Current;", "RestorationModels? Current")]
    [InlineData("static readonly Restoration.PageRestorer[] Restorers =\n    [];", "Restoration.PageRestorer[] Restorers")]
    [InlineData("public static RestorationModels LoadEmbedded() =>", "")]
    [InlineData("public static ChannelModel Load(TextReader r) => new(ChannelTableTsv.Read(r));", "")]
    [InlineData("private static readonly Lazy<string[]> Generated = new(Generate);", "")]
    [InlineData("private readonly ConcurrentDictionary<ChannelModel, DiacriticRestorer> _shared = new();", "")]
    [InlineData("public LanguageModel LanguageModel { get; }", "")]
    [InlineData("public static class RestorationModels\n{", "")]
    [InlineData("Shared.GetOrAdd(channel, static c => new DiacriticRestorer(lm, c, index, places));", "")]
    [InlineData("// private static readonly Lazy<LanguageModel> Lm = new();", "")]
    public void The_check_sees_static_models_and_nothing_else(string source, string expected)
    {
        var found = StaticModels(CSharpSource.Blank(source)).Select(s => s.Member);
        Assert.Equal(expected.Length == 0 ? [] : [expected], found);
    }
}
