using System.CommandLine;
using System.Diagnostics;
using Ingest.Corpus;
using Ingest.Restoration;

namespace Ingest.App.Commands;

/// <summary><c>ingest model lm|channel</c>: rebuild the restorer's models from their sources.</summary>
internal static class ModelCommand
{
    private static readonly string[] AdminUnitFiles = ["vn-admin-units-2025.tsv", "vn-admin-units-2026.tsv"];

    private static readonly string[] UnitWords = ["Thành phố ", "Tỉnh ", "Huyện ", "Quận ", "Thị xã ", "Thị trấn ", "Xã ", "Phường "];

    // "Tỉnh Đồng Nai" → "Đồng Nai": the name without its unit word.
    private static string PlaceName(string fullName) =>
        UnitWords.FirstOrDefault(u => fullName.StartsWith(u, StringComparison.Ordinal)) is { } unit ? fullName[unit.Length..] : fullName;

    public static Command Create()
    {
        var shared = new Option<string>("--shared") { Description = "the shared/text folder", DefaultValueFactory = _ => Path.Combine("..", "shared", "text") };
        var texts = new Option<string>("--texts") { Description = "administrative texts written for training", DefaultValueFactory = _ => Path.Combine("corpus", "lm") };
        var output = new Option<string>("--output", "-o") { Description = "model file", DefaultValueFactory = _ => Path.Combine("src", "Ingest", "Restoration", "Data", "lm.bin") };
        var minCount = new Option<int>("--min-trigram-count") { Description = "trigrams seen fewer times are left to the back-off", DefaultValueFactory = _ => 1 };
        var weight = new Option<int>("--texts-weight") { Description = "how many times the administrative texts count against the laws (duplicating them measured worse: 1)", DefaultValueFactory = _ => 1 };
        var lm = new Command("lm", "build the syllable trigram language model (Kneser-Ney)") { shared, texts, output, minCount, weight };
        lm.SetAction(parse =>
        {
            var dir = parse.GetValue(shared)!;
            var sw = Stopwatch.StartNew();
            var builder = new LanguageModelBuilder { MinTrigramCount = parse.GetValue(minCount) };
            foreach (var line in TrainingText.Laws(Path.Combine(dir, "vn-laws.txt.gz")))
            {
                builder.AddLine(line);
            }
            foreach (var tsv in AdminUnitFiles)
            {
                foreach (var line in TrainingText.AdminUnits(Path.Combine(dir, tsv)))
                {
                    builder.AddLine(line);
                }
            }
            // The plans' own register is a small body beside 4 M syllables of national law. Counting
            // it several times was tried (×5): every figure of `ingest eval restore` got worse, since
            // duplicates distort Kneser-Ney's continuation counts. Kept as an option to measure again.
            for (var w = 0; w < parse.GetValue(weight); w++)
            {
                foreach (var line in TrainingText.Folder(parse.GetValue(texts)!))
                {
                    builder.AddLine(line);
                }
            }
            var model = builder.Build();
            using (var file = File.Create(parse.GetValue(output)!))
            {
                model.Save(file);
            }
            Console.Error.WriteLine($"{builder.Tokens:N0} tokens → {model.VocabularySize:N0} symbols, {model.Bigrams:N0} bigrams, {model.Trigrams:N0} trigrams; "
                + $"{new FileInfo(parse.GetValue(output)!).Length / 1024.0 / 1024:0.00} MiB in {sw.Elapsed.TotalSeconds:0.0} s");
            return 0;
        });
        var lang = new Option<string>("--lang") { Description = "the Tesseract model whose damage to learn: eng or vie", DefaultValueFactory = _ => "eng" };
        var lawDocs = new Option<int>("--law-docs") { Description = "law excerpts (40 lines each) to render besides the corpus/lm texts", DefaultValueFactory = _ => 20 };
        var channelTexts = new Option<string>("--texts") { Description = "administrative texts written for training", DefaultValueFactory = _ => Path.Combine("corpus", "lm") };
        var channelShared = new Option<string>("--shared") { Description = "the shared/text folder", DefaultValueFactory = _ => Path.Combine("..", "shared", "text") };
        var pairsFile = new Option<string?>("--pairs") { Description = "a TSV of (true syllable, OCR token) pairs: written after the OCR, or read instead of it when it exists (to change the channel's estimation without OCR'ing again)" };
        var official = new Option<bool>("--official") { Description = "render every other training text in the official layout with seals, stamps and handwriting (mild, office, harsh; mostly 1-bit G4 at 200 dpi)" };
        var channel = new Command("channel", "learn the OCR channel: render training texts as scans, OCR them, align, count edits") { lang, lawDocs, channelTexts, channelShared, pairsFile, official };
        channel.SetAction(async (parse, cancel) =>
        {
            var language = parse.GetValue(lang)!;
            var docs = TrainingText.ChannelDocuments(parse.GetValue(channelTexts)!, Path.Combine(parse.GetValue(channelShared)!, "vn-laws.txt.gz"), parse.GetValue(lawDocs));
            var sw = Stopwatch.StartNew();
            var (pairs, pages) = await ChannelPairs.ReadOrMakeAsync(language, docs, parse.GetValue(pairsFile), new PairProgress(), parse.GetValue(official), cancel);
            var model = ChannelTrainer.Train(language, pairs);
            var path = Path.Combine("src", "Ingest", "Restoration", "Data", $"channel-{language}.tsv");
            using (var w = new StreamWriter(path))
            {
                model.Save(w);
            }
            Console.Error.WriteLine($"{docs.Count} documents, {pages} pages OCR'd with {language}, {pairs.Count:N0} syllable pairs → {path} in {sw.Elapsed.TotalSeconds:0} s");
            return 0;
        });
        var placesShared = new Option<string>("--shared") { Description = "the shared/text folder", DefaultValueFactory = _ => Path.Combine("..", "shared", "text") };
        var places = new Command("places", "list province and district names (Restoration/Data/places.txt) from the admin-unit files") { placesShared };
        places.SetAction(parse =>
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var tsv in AdminUnitFiles)
            {
                foreach (var line in File.ReadLines(Path.Combine(parse.GetValue(placesShared)!, tsv)).Skip(1))
                {
                    var cols = line.Split('\t');
                    if (cols.Length >= 2 && cols[0] is "province" or "district")
                    {
                        names.Add(PlaceName(cols[1]));
                    }
                }
            }
            var path = Path.Combine("src", "Ingest", "Restoration", "Data", "places.txt");
            File.WriteAllLines(path, names);
            Console.Error.WriteLine($"{names.Count} names → {path}");
            return 0;
        });
        return new Command("model", "rebuild the restoration models from their training text") { lm, channel, places };
    }

    // "12/40 documents, 31,502 pairs" on one line rewritten in place, ended when the last is done.
    // Reported under ChannelPairs' lock, so written at once and in order (Progress<T> would post).
    private sealed class PairProgress : IProgress<ChannelPairProgress>
    {
        public void Report(ChannelPairProgress value)
        {
            Console.Error.Write($"\r{value.Done}/{value.Total} documents, {value.Pairs:N0} pairs");
            if (value.Done == value.Total)
            {
                Console.Error.WriteLine();
            }
        }
    }
}
