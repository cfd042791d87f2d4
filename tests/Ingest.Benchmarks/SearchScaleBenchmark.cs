using System.Diagnostics;
using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Search;

namespace Ingest.Benchmarks;

/// <summary>
/// The archive at scale: N plans made by varying the corpus records (numbers, dates, issuers —
/// synthetic scale only; the texts are the corpus' own), indexed into a Lucene directory on disk,
/// then number, folded-text and cites queries timed one by one. Prints index rate, index size,
/// and p50/p99 latency. Run: dotnet run -c Release -- search-scale [N]
/// </summary>
public static class SearchScaleBenchmark
{
    private static readonly string[] Provinces =
    [
        "Đồng Nai", "Bắc Giang", "Nghệ An", "Thanh Hóa", "Quảng Nam", "Cà Mau", "Lào Cai", "Đắk Lắk", "Hải Dương", "Bình Định",
        "Sóc Trăng", "Phú Thọ", "Ninh Bình", "Kiên Giang", "Hưng Yên", "Bình Dương", "Thái Bình", "Lâm Đồng", "Hà Giang", "Vĩnh Long",
    ];

    public static void Run(int n)
    {
        var corpus = CorpusLocator.Corpus;
        var extractor = new PlanExtractor(Ingest.Extraction.Rules.RuleBook.LoadEmbedded());
        var sources = Directory.EnumerateFiles(Path.Combine(corpus, "plans"), "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(corpus, "seeds"), "00[34]*.txt"))
            .Where(f => !f.EndsWith(".true.txt", StringComparison.Ordinal))
            .SelectMany(f => extractor.Extract(Path.GetFileName(f), File.ReadAllText(f)).Documents)
            .ToList();
        var rng = new Random(42);
        var dir = Directory.CreateTempSubdirectory("ingest-scale-").FullName;
        var numbers = new List<string>(n);
        try
        {
            using var index = PlanIndex.Open(dir);
            // The plans, varied, made up front; then indexed on every core (Lucene's writer takes
            // documents from several threads), as `ingest reindex` does.
            var plans = new StoredPlan[n];
            for (var i = 0; i < n; i++)
            {
                var template = sources[i % sources.Count];
                var number = $"{rng.Next(1, 20000)}/KH-UBND";
                numbers.Add(number);
                var province = Provinces[rng.Next(Provinces.Length)];
                var doc = template with
                {
                    Number = number,
                    IssuedOn = new PartialDate(2015 + rng.Next(11), 1 + rng.Next(12), 1 + rng.Next(28)),
                    Issuer = $"UBND tỉnh {province}",
                    Place = province,
                };
                plans[i] = new StoredPlan(i + 1, i + 1, $"synthetic-{i}.pdf", 0, doc);
            }
            var sw = Stopwatch.StartNew();
            Parallel.ForEach(plans, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index.Upsert);
            index.Commit();
            sw.Stop();
            var size = new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            Console.WriteLine($"indexed {n:N0} plans in {sw.Elapsed.TotalSeconds:0.0} s = {n / sw.Elapsed.TotalSeconds:N0} plans/s; index {size / 1024.0 / 1024:0.0} MiB on disk");

            var words = sources.SelectMany(d => Ingest.Evaluation.TextAccuracy.Tokens(d.Text)).Where(w => w.Length > 2 && w.All(char.IsLetter)).Distinct().ToArray();
            Measure("number lookup", i => index.Search(numbers[rng.Next(numbers.Count)], 10));
            Measure("folded text (2 words, no marks)", i => index.Search(Ingest.Text.VietnameseText.Fold(words[rng.Next(words.Length)] + " " + words[rng.Next(words.Length)]), 10));
            Measure("cites:", i => index.Search("cites:1258/QĐ-TTg", 10));
            Measure("page of 20, no facets", i => index.Search(new Ingest.Search.SearchRequest(Ingest.Text.VietnameseText.Fold(words[rng.Next(words.Length)] + " " + words[rng.Next(words.Length)]), PerPage: 20, Facets: false)));
            Measure("page of 10 + facets", i => index.Search(new Ingest.Search.SearchRequest(Ingest.Text.VietnameseText.Fold(words[rng.Next(words.Length)] + " " + words[rng.Next(words.Length)]), PerPage: 10)));
            // What the web page asks: a page of 20 with the total and the kind/issuer/year facets.
            Measure("page of 20 + facets, folded text", i => index.Search(new Ingest.Search.SearchRequest(Ingest.Text.VietnameseText.Fold(words[rng.Next(words.Length)] + " " + words[rng.Next(words.Length)]), PerPage: 20)));
            Measure("page of 20 + facets, by date", i => index.Search(new Ingest.Search.SearchRequest(Ingest.Text.VietnameseText.Fold(words[rng.Next(words.Length)] + " " + words[rng.Next(words.Length)]), PerPage: 20, Sort: Ingest.Search.SearchSort.Newest)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Measure(string name, Action<int> query)
    {
        for (var i = 0; i < 20; i++)
        {
            query(i); // warm-up: JIT and the OS file cache
        }
        var times = new List<double>();
        for (var i = 0; i < 500; i++)
        {
            var sw = Stopwatch.StartNew();
            query(i);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{name,-34} p50 {times[times.Count / 2],6:0.00} ms   p99 {times[(int)(times.Count * 0.99)],6:0.00} ms");
    }
}
