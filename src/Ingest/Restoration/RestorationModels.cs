using System.Collections.Concurrent;
using System.Reflection;

namespace Ingest.Restoration;

/// <summary>
/// The models a restorer decodes with: the language model, the candidate index, the channel of
/// each OCR model and the place names. Created once where the program starts
/// (<see cref="LoadEmbedded"/>: the shipped ones) and passed to whatever restores, so a test or
/// a second configuration can hold its own — no process-wide copy hides in a static.
/// </summary>
public sealed class RestorationModels
{
    // Keyed by channel: a restorer's candidate cache (documents repeat their words) then serves
    // every document restored with these models.
    private readonly ConcurrentDictionary<ChannelModel, DiacriticRestorer> _shared = new();

    /// <summary>Models already loaded (<see cref="LoadEmbedded"/> loads the shipped ones).</summary>
    public RestorationModels(LanguageModel languageModel, CandidateIndex candidateIndex, ChannelModel englishOcr, ChannelModel vietnameseOcr, PlaceNames placeNames, SignerTitles signerTitles)
    {
        LanguageModel = languageModel;
        CandidateIndex = candidateIndex;
        EnglishOcr = englishOcr;
        VietnameseOcr = vietnameseOcr;
        PlaceNames = placeNames;
        SignerTitles = signerTitles;
    }

    /// <summary>
    /// Loads the models embedded in the library (Restoration/Data, rebuilt by <c>ingest model lm</c>,
    /// <c>ingest model channel</c> and <c>ingest model places</c>). Each call loads them again:
    /// call it once, where the program starts, and pass the instance on.
    /// </summary>
    public static RestorationModels LoadEmbedded() =>
        new(LanguageModel.Load(Open("lm.bin")), new CandidateIndex(SyllableLexicon.AllLowerCase),
            LoadChannel("channel-eng.tsv"), LoadChannel("channel-vie.tsv"), LoadPlaceNames(), LoadSignerTitles());

    public LanguageModel LanguageModel { get; }

    public CandidateIndex CandidateIndex { get; }

    /// <summary>The channel of English-model OCR (the seeds' damage).</summary>
    public ChannelModel EnglishOcr { get; }

    /// <summary>The channel of Vietnamese-model OCR and of clean text (tone and mark slips).</summary>
    public ChannelModel VietnameseOcr { get; }

    /// <summary>The province and district names every restorer writes as names.</summary>
    public PlaceNames PlaceNames { get; }

    /// <summary>The title lines a signer block may print (what <see cref="SignerBlock"/> mends to).</summary>
    public SignerTitles SignerTitles { get; }

    /// <summary>
    /// A restorer for a text: English-model OCR (most tokens not legal syllables, few marks) gets
    /// the English channel; anything that already reads as Vietnamese gets the Vietnamese one.
    /// </summary>
    public DiacriticRestorer For(string text, RestorerOptions? options = null) =>
        For(Text.TextQuality.ReadsAsVietnamese(text) ? VietnameseOcr : EnglishOcr, options);

    /// <summary>
    /// A restorer with the given channel. With default options the restorer is shared by every
    /// caller of this instance, so its candidate cache (documents repeat their words) serves
    /// every document.
    /// </summary>
    public DiacriticRestorer For(ChannelModel channel, RestorerOptions? options = null) =>
        options is null
            ? _shared.GetOrAdd(channel, c => new DiacriticRestorer(LanguageModel, c, CandidateIndex, PlaceNames,
                ReferenceEquals(c, EnglishOcr) ? RestorerOptions.EnglishOcr : RestorerOptions.VietnameseOcr))
            : new DiacriticRestorer(LanguageModel, channel, CandidateIndex, PlaceNames, options);

    private static ChannelModel LoadChannel(string name)
    {
        using var reader = new StreamReader(Open(name));
        return ChannelModel.Load(reader);
    }

    private static SignerTitles LoadSignerTitles()
    {
        using var reader = new StreamReader(Open("signer-titles.txt"));
        return new SignerTitles(reader.ReadToEnd().Split('\n'));
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
