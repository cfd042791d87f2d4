using FsCheck;
using FsCheck.Fluent;
using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

/// <summary>
/// The parser reads OCR and restoration output: marks dropped, digits split by stray spaces,
/// stray characters. It must read what it can and never throw.
/// </summary>
public class ExtractionRobustnessTests
{
    private const string Plan = """
        UBND TỈNH ĐỒNG NAI
        Số: 12/KH-UBND
        Đồng Nai, ngày 02 tháng 11 năm 2023
        KẾ HOẠCH
        Sơ kết Phong trào thi đua
        Căn cứ Kế hoạch số 1 1325/KH-UBND ngày 30/1 1/2022 của UBND tỉnh;
        I. TỔ CHỨC THỰC HIỆN
        1. So Noi vu
        - Tong hop bao cao, gui UBND tinh truoc ngay 30 thang 11 nam 2023.
        - Cấp xã: tổ chức hội nghị sơ kết, hoàn thành trong tháng 12/2023.
        """;

    [Fact]
    public void Dates_and_qualifiers_read_on_folded_text()
    {
        var doc = TestModels.Extractor.Extract("t.txt", Plan).Documents[0];
        Assert.Contains(doc.Deadlines, d => d.Due == new PartialDate(2023, 11, 30) && d.Qualifier == DeadlineQualifier.Before && d.Section == "I.1");
        Assert.Contains(doc.Deadlines, d => d.Due == new PartialDate(2023, 12) && d.Qualifier == DeadlineQualifier.In && d.Responsible.SequenceEqual(["Cấp xã"]));
    }

    [Fact]
    public void Numbers_and_dates_split_by_stray_spaces_are_joined()
    {
        var reference = Assert.Single(TestModels.Extractor.Extract("t.txt", Plan).Documents[0].References);
        Assert.Equal(("11325/KH-UBND", new PartialDate(2022, 11, 30), ReferenceRelation.Basis), (reference.Number, reference.Date, reference.Relation));
    }

    [Fact]
    public void A_number_cited_without_so_is_a_reference_with_its_kind()
    {
        var doc = TestModels.Extractor.Extract("t.txt", Plan + "\n2. Hồ sơ theo Mẫu 07 kèm theo Nghị định 91/2017/NĐ-CP.\n").Documents[0];
        var r = Assert.Single(doc.References, x => x.Number == "91/2017/NĐ-CP");
        Assert.Equal(("Nghị định", ReferenceRelation.Mention), (r.Kind, r.Relation));
    }

    [Fact]
    public void Never_throws_on_arbitrary_text()
    {
        var chars = Gen.Elements("aăâđeêioôơuưy ÁÀẢÃẠĐ0123456789/.-:;,()“”\n\f\r\t+*#KHUBNDsốngàytháng".ToCharArray());
        var texts = chars.ArrayOf().Select(a => new string(a));
        Prop.ForAll(texts.ToArbitrary(), text => TestModels.Extractor.Extract("x.txt", text) is not null)
            .QuickCheckThrowOnFailure();
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => TestModels.Extractor.Extract("x.txt", text ?? "") is not null)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Never_throws_on_corpus_text_with_random_damage()
    {
        var texts = Directory.EnumerateFiles(CorpusFiles.Path_("plans"), "*.txt")
            .Concat(Directory.EnumerateFiles(CorpusFiles.Path_("seeds"), "*.txt"))
            .Select(File.ReadAllText).ToArray();
        var damaged =
            from file in Gen.Elements(texts)
            from edits in Gen.Choose(1, 60)
            from seed in Gen.Choose(0, int.MaxValue)
            select Damage(file, edits, seed);
        Prop.ForAll(damaged.ToArbitrary(), text => TestModels.Extractor.Extract("x.txt", text) is not null)
            .QuickCheckThrowOnFailure();
    }

    // OCR-like damage: characters dropped, doubled, replaced by look-alikes, spaces inserted in
    // numbers, lines cut.
    private static string Damage(string text, int edits, int seed)
    {
        var random = new Random(seed);
        var chars = text.ToList();
        const string junk = "/ .:-;,1lI|0O()\n\f*";
        for (var i = 0; i < edits && chars.Count > 0; i++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, junk[random.Next(junk.Length)]); break;
                case 2: chars[at] = junk[random.Next(junk.Length)]; break;
                default: chars.Insert(at, ' '); break;
            }
        }
        return new string([.. chars]);
    }
}
