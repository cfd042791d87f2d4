using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Ingest.Export;

/// <summary>
/// Writes exports with CsvHelper: UTF-8 with a byte-order mark (so Excel opens Vietnamese
/// correctly), invariant culture, ISO dates, one row per item.
/// </summary>
public static class CsvExporter
{
    /// <summary>The CSV dialect of every export.</summary>
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
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
