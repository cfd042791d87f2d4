using System.Reflection;

namespace Ingest.Restoration;

/// <summary>
/// The shipped models, embedded in the library (Restoration/Data, rebuilt by
/// <c>ingest model lm</c> and <c>ingest model channel</c>): loaded once, shared by every restorer.
/// </summary>
public static class RestorationModels
{
    private static readonly Lazy<LanguageModel> Lm = new(() => LanguageModel.Load(Open("lm.bin")));
    private static readonly Lazy<CandidateIndex> Index = new(() => new CandidateIndex(SyllableLexicon.AllLowerCase));
    private static readonly Lazy<ChannelModel> Eng = new(() => LoadChannel("channel-eng.tsv"));
    private static readonly Lazy<ChannelModel> Vie = new(() => LoadChannel("channel-vie.tsv"));
    private static readonly Lazy<PlaceNames> Places = new(LoadPlaceNames);

    public static LanguageModel LanguageModel => Lm.Value;

    public static CandidateIndex CandidateIndex => Index.Value;

    /// <summary>The channel of English-model OCR (the seeds' damage).</summary>
    public static ChannelModel EnglishOcr => Eng.Value;

    /// <summary>The channel of Vietnamese-model OCR and of clean text (tone and mark slips).</summary>
    public static ChannelModel VietnameseOcr => Vie.Value;

    /// <summary>
    /// A restorer for a text: English-model OCR (most tokens not legal syllables, few marks) gets
    /// the English channel; anything that already reads as Vietnamese gets the Vietnamese one.
    /// </summary>
    public static DiacriticRestorer For(string text, RestorerOptions? options = null) =>
        For(Text.TextQuality.ReadsAsVietnamese(text) ? VietnameseOcr : EnglishOcr, options);

    /// <summary>
    /// A restorer with the given channel. With default options the restorer is shared, so its
    /// candidate cache (documents repeat their words) serves every document.
    /// </summary>
    public static DiacriticRestorer For(ChannelModel channel, RestorerOptions? options = null) =>
        options is null
            ? Shared.GetOrAdd(channel, c => new DiacriticRestorer(LanguageModel, c, CandidateIndex, Places.Value,
                ReferenceEquals(c, EnglishOcr) ? RestorerOptions.EnglishOcr : RestorerOptions.VietnameseOcr))
            : new DiacriticRestorer(LanguageModel, channel, CandidateIndex, Places.Value, options);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ChannelModel, DiacriticRestorer> Shared = new();

    private static ChannelModel LoadChannel(string name)
    {
        using var reader = new StreamReader(Open(name));
        return ChannelModel.Load(reader);
    }

    // A library built without places.txt restores without the names, as before the list existed.
    private static PlaceNames LoadPlaceNames()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Restoration.Data.places.txt");
        return stream is null ? new PlaceNames([]) : new PlaceNames(new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Restoration.Data." + name)
        ?? throw new InvalidOperationException($"model {name} is not built into Ingest.dll (run `ingest model lm` / `ingest model channel`)");
}
