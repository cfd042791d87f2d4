using System.Security.Cryptography;
using System.Text;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Restoration;

namespace Ingest.Evaluation;

/// <summary>
/// Raw OCR of the evaluation's scans, kept between runs: keyed by the file's content hash, the
/// language, Tesseract's version and <see cref="Version"/> — bump it when what reaches the engine,
/// or what it gives back, changes (2: CCITT pages upright — 1 held OCR of inverted G4 pages;
/// 3: header and closing tables in reading order, seal and stamp noise dropped;
/// 4: image files read at PageResolution's resolution, low-resolution pages upscaled;
/// 5: rendered pages without annotations, underscores read from rules dropped; 6: a noise word
/// glued to a date word judged in its two parts; 7: a gray or colour page's signer block read
/// again without its seal; 8: a page number read with a stray sign mended; 9: Ð read for Đ mended;
/// 10: "Kính gửi" ends the header table; 11: page numbers, seal rings, received-stamps; 12: a
/// digital-signature stamp's lines dropped).
/// </summary>
/// <param name="folder">Where the cached texts are kept.</param>
public sealed class OcrCache(string folder)
{
    /// <summary>The version of what OCR hands on; part of every cache key.</summary>
    public const int Version = 12;

    /// <summary>Raw OCR of every 200-dpi scan in <paramref name="dir"/> with its true text, in name order.</summary>
    public async Task<(List<string> Truths, List<string> Raws)> ScansAsync(string dir, string lang, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        using var pool = new EnginePool(new OcrOptions { Language = lang });
        var reader = new DocumentReader(pool);
        var truths = new List<string>();
        var raws = new List<string>();
        foreach (var pdf in Directory.EnumerateFiles(dir, "*-200.pdf").Order(StringComparer.Ordinal))
        {
            var cached = Path.Combine(folder, $"{await HashAsync(pdf, cancel)}.{lang}.{TesseractEngine.Version}.v{Version}.txt");
            if (!File.Exists(cached))
            {
                var pages = await reader.ReadAsync(pdf, Path.GetFileName(pdf), cancel: cancel);
                await File.WriteAllTextAsync(cached, string.Join('\n', pages.Select(p => p.Text)), new UTF8Encoding(false), cancel);
            }
            raws.Add(await File.ReadAllTextAsync(cached, cancel));
            truths.Add(await File.ReadAllTextAsync(Path.ChangeExtension(pdf, ".true.txt"), cancel));
        }
        return (truths, raws);
    }

    /// <summary>Raw vie OCR of each real page, read as the product reads it.</summary>
    public async Task<Dictionary<RealPage, string>> RealAsync(IReadOnlyList<RealPage> pages, RestorationModels models, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        using var pool = new EnginePool(new OcrOptions { Language = "vie" });
        var evaluation = new RealOcrEvaluation(pool, models, withPeer: false);
        var raw = new Dictionary<RealPage, string>();
        foreach (var file in pages.GroupBy(p => p.Source))
        {
            var cached = Path.Combine(folder, $"{await HashAsync(file.Key, cancel)}.real.vie.{TesseractEngine.Version}.v{Version}.txt");
            if (!File.Exists(cached))
            {
                var read = await evaluation.ReadAsync(file.First(), cancel);
                await File.WriteAllTextAsync(cached, string.Join('\f', read.Select(p => p.Text)), new UTF8Encoding(false), cancel);
            }
            var texts = (await File.ReadAllTextAsync(cached, cancel)).Split('\f');
            foreach (var page in file)
            {
                raw[page] = texts[page.Page - 1];
            }
        }
        return raw;
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancel) =>
        Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, cancel)))[..16];
}
