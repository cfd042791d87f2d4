using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Ingest.Export;

/// <summary>
/// Writes exports with CsvHelper: UTF-8 with a byte-order mark (so Excel opens Vietnamese
/// correctly), invariant culture, ISO dates, one row per item. Cells are escaped against
/// formula injection: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR
/// is written quoted with a leading apostrophe (<c>"'=HYPERLINK(…)"</c>), so Excel, Calc and
/// Sheets show it as text instead of running it.
/// </summary>
public static class CsvExporter
{
    /// <summary>The CSV dialect of every export.</summary>
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        // Deadline actions, titles and file names come from uploaded documents: a file named
        // "=cmd|' /C calc'!A0.pdf" must reach a spreadsheet as text. CsvHelper's own escaping
        // (its default injection characters = + - @ \t \r, escape character ') rather than ours.
        InjectionOptions = InjectionOptions.Escape,
    };

    /// <summary>Writes rows to a file with the given class map.</summary>
    public static void Write<TRow, TMap>(string path, IEnumerable<TRow> rows) where TMap : ClassMap<TRow>
    {
        using var stream = File.Create(path);
        Write<TRow, TMap>(stream, rows);
    }

    /// <summary>Writes rows to a stream with the given class map.</summary>
    public static void Write<TRow, TMap>(Stream stream, IEnumerable<TRow> rows) where TMap : ClassMap<TRow>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, Configuration);
        csv.Context.RegisterClassMap<TMap>();
        csv.WriteRecords(rows);
    }
}
