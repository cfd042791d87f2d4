namespace Ingest.Tests;

/// <summary>
/// The library's dependency rules (../shared/design/architecture.md), checked on its source: data
/// flows one way, so a folder of src/Ingest may use only the folders upstream of it, and each
/// outside library stays in the stage that wraps it. A new folder, or a new use across folders,
/// fails here until the table says where it belongs.
/// </summary>
public class ArchitectureTests
{
    /// <summary>
    /// Which folders (namespaces Ingest.X) each folder may use. Text is below every stage (shared
    /// records and Vietnamese orthography: PageText, Syllable, alignment); Pdf hands scans to Ocr;
    /// Restoration and Extraction take text only; Catalog stores plans; Search and Export read the
    /// catalog's records; Jobs chains all the stages. Evaluation and Corpus are tools over the
    /// pipeline (measuring it, making its test and training files): nothing in it uses them.
    /// </summary>
    private static readonly Dictionary<string, string[]> MayUse = new(StringComparer.Ordinal)
    {
        ["Text"] = [],
        ["Ocr"] = ["Text"],
        ["Pdf"] = ["Text", "Ocr"],
        ["Restoration"] = ["Text"],
        ["Extraction"] = ["Text"],
        ["Catalog"] = ["Text", "Extraction"],
        ["Search"] = ["Text", "Extraction", "Catalog"],
        ["Export"] = ["Text", "Extraction", "Catalog"],
        ["Jobs"] = ["Text", "Ocr", "Pdf", "Restoration", "Extraction", "Catalog", "Search", "Export"],
        // Evaluation reads the real pages and the clean born-digital files through Jobs' DocumentReader, as ingest does.
        ["Evaluation"] = ["Text", "Ocr", "Pdf", "Restoration", "Extraction", "Jobs", "Corpus"],
        // Corpus/ChannelPairs reads its rendered scans through Jobs' DocumentReader, as ingest does.
        ["Corpus"] = ["Text", "Ocr", "Pdf", "Restoration", "Jobs"],
    };

    /// <summary>
    /// The folders that may use each outside library: the stage it serves. Corpus writes PDFs
    /// with PdfPig (born-digital files, the broken ones of corpus/bad).
    /// </summary>
    private static readonly Dictionary<string, string[]> LibraryUsers = new(StringComparer.Ordinal)
    {
        ["UglyToad"] = ["Pdf", "Corpus"],
        ["Lucene"] = ["Search"],
        ["CsvHelper"] = ["Export"],
        ["Hangfire"] = ["Jobs"],
        ["Npgsql"] = ["Catalog"],
        ["Microsoft.Data.Sqlite"] = ["Catalog"],
    };

    private static string Library => Path.Combine(CorpusFiles.Root, "src", "Ingest");

    // The development tools (evaluation harness, corpus tools) are their own project (issue 16).
    private static string DevTools => Path.Combine(CorpusFiles.Root, "src", "Ingest.Dev");

    private static readonly string[] DevFolders = ["Corpus", "Evaluation"];

    private static IEnumerable<string> Folders(string root) =>
        Directory.EnumerateDirectories(root).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Select(f => f!);

    private static IEnumerable<(string Folder, string Path)> SourceFiles() =>
        new[] { Library, DevTools }
            .SelectMany(root => Folders(root).SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories).Select(path => (folder, path))))
            .OrderBy(f => f.path, StringComparer.Ordinal);

    private static string Where(string path, int line) => $"{Path.GetRelativePath(Path.Combine(CorpusFiles.Root, "src"), path)}:{line}";

    [Fact]
    public void Every_folder_of_the_library_has_a_row_in_the_table()
    {
        var folders = Folders(Library).Concat(Folders(DevTools)).Order(StringComparer.Ordinal);
        Assert.Equal(MayUse.Keys.Order(StringComparer.Ordinal), folders);
        Assert.Empty(Directory.EnumerateFiles(Library, "*.cs")); // every type in a stage's folder
        Assert.Empty(Directory.EnumerateFiles(DevTools, "*.cs"));
    }

    [Fact]
    public void The_evaluation_harness_and_the_corpus_tools_are_not_shipped_in_the_library()
    {
        Assert.Equal(DevFolders, Folders(DevTools).Order(StringComparer.Ordinal));
        Assert.Empty(Folders(Library).Intersect(DevFolders));
        var library = File.ReadAllText(Path.Combine(Library, "Ingest.csproj"));
        Assert.DoesNotContain("Ingest.Dev.csproj", library, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_file_declares_the_namespace_of_its_folder()
    {
        // The rules are by namespace: a file in Restoration declaring Ingest.Pdf would escape them.
        var wrong = SourceFiles()
            .Select(f => (f.Path, f.Folder, Declared: CSharpSource.DeclaredNamespace(CSharpSource.Blank(File.ReadAllText(f.Path)))))
            .Where(f => f.Declared is null || !(f.Declared == $"Ingest.{f.Folder}" || f.Declared.StartsWith($"Ingest.{f.Folder}.", StringComparison.Ordinal)))
            .Select(f => $"{Where(f.Path, 1)} declares {f.Declared ?? "no namespace"}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void Each_folder_uses_only_the_folders_upstream_of_it()
    {
        var violations = new List<string>();
        foreach (var (folder, path) in SourceFiles())
        {
            var source = CSharpSource.Blank(File.ReadAllText(path));
            foreach (var (used, line) in CSharpSource.ProjectNamespacesUsed(source, MayUse.Keys))
            {
                if (used != folder && !MayUse[folder].Contains(used))
                {
                    violations.Add($"{Where(path, line)}: {folder} uses Ingest.{used} (it may use {(MayUse[folder].Length == 0 ? "no other folder" : string.Join(", ", MayUse[folder]))})");
                }
            }
        }
        Assert.True(violations.Count == 0, "wrong-way dependencies:\n" + string.Join('\n', violations.Distinct()));
    }

    [Fact]
    public void Each_outside_library_is_used_only_by_the_stage_that_wraps_it()
    {
        var violations = new List<string>();
        foreach (var (folder, path) in SourceFiles())
        {
            var source = CSharpSource.Blank(File.ReadAllText(path));
            var names = CSharpSource.UsingDirectives(source).Concat(LibraryUsers.Keys.SelectMany(root => CSharpSource.QualifiedNames(source, root)));
            foreach (var (name, line) in names)
            {
                var library = LibraryUsers.Keys.FirstOrDefault(root => name == root || name.StartsWith(root + ".", StringComparison.Ordinal));
                if (library is not null && !LibraryUsers[library].Contains(folder))
                {
                    violations.Add($"{Where(path, line)}: {folder} uses {name} (only {string.Join(", ", LibraryUsers[library])} may)");
                }
            }
        }
        Assert.True(violations.Count == 0, string.Join('\n', violations.Distinct()));
    }

    [Theory]
    [InlineData("using Ingest.Pdf;", "Pdf")]
    [InlineData("global using Ingest.Pdf;", "Pdf")]
    [InlineData("using static Ingest.Pdf.PageTriage;", "Pdf")]
    [InlineData("using Triage = Ingest.Pdf.PageTriage;", "Pdf")]
    [InlineData("var q = global::Ingest.Pdf.TextQuality.Measure(t);", "Pdf")]
    [InlineData("var d = Evaluation.TextAccuracy.Levenshtein(a, b);", "Evaluation")]
    [InlineData("For(Pdf . TextLayerQuality.ReadsAsVietnamese(text));", "Pdf")]
    [InlineData("namespace Ingest.Restoration;\nvar n = page.Text.Length + p.Pdf.Count;", "")]
    [InlineData("// Restoration used Pdf.TextLayerQuality; see Ingest.Pdf\nvar x = 1;", "")]
    [InlineData("/* Ingest.Pdf */ var s = \"Ingest.Pdf.\" + @\"Pdf.X \"\"q\"\"\" + $\"{a}Pdf.X\" + \"\"\"\n Pdf.X \"\"\";", "")]
    [InlineData("var c = '\"'; var d = Pdf.X;", "Pdf")]
    public void The_check_sees_every_form_of_naming_a_namespace_and_nothing_else(string source, string expected)
    {
        var found = CSharpSource.ProjectNamespacesUsed(CSharpSource.Blank(source), MayUse.Keys).Select(u => u.Namespace).Distinct();
        Assert.Equal(expected.Length == 0 ? [] : [expected], found);
    }
}
