using BenchmarkDotNet.Attributes;
using Ingest.Evaluation;
using Ingest.Restoration;

namespace Ingest.Benchmarks;

/// <summary>
/// Restoration throughput on one core (BenchmarkDotNet runs one thread): syllables per second
/// = syllables of the input ÷ mean time. The restorer is warm (documents repeat their words;
/// its candidate cache is part of the design), the inputs are the corpus' clean plans and
/// seed 001's English-model OCR. The model load is measured on its own.
/// </summary>
[MemoryDiagnoser]
public class RestorationBenchmarks
{
    private string _clean = "";
    private string _englishOcr = "";
    private DiacriticRestorer _vie = null!;
    private DiacriticRestorer _eng = null!;

    /// <summary>Syllables in the clean input, to turn time into syllables/s.</summary>
    public int CleanSyllables { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _clean = string.Join('\n', Directory.EnumerateFiles(Path.Combine(CorpusLocator.Corpus, "plans"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        _englishOcr = File.ReadAllText(Path.Combine(CorpusLocator.Corpus, "seeds", "001_b8dc3a9494ef592a.txt"));
        var models = RestorationModels.LoadEmbedded();
        _vie = models.For(models.VietnameseOcr);
        _eng = models.For(models.EnglishOcr);
        _vie.Restore(_clean);
        _eng.Restore(_englishOcr);
        CleanSyllables = TextAccuracy.Tokens(_clean).Length;
        Console.WriteLine($"// clean input: {CleanSyllables} syllables; English-model OCR input: {TextAccuracy.Tokens(_englishOcr).Length} syllables");
    }

    [Benchmark]
    public string RestoreCleanPlans() => _vie.Restore(_clean);

    [Benchmark]
    public string RestoreEnglishModelOcr() => _eng.Restore(_englishOcr);

    [Benchmark]
    public int LoadLanguageModel()
    {
        using var stream = typeof(RestorationModels).Assembly.GetManifestResourceStream("Ingest.Restoration.Data.lm.bin")!;
        return LanguageModel.Load(stream).VocabularySize;
    }
}
