using System.Globalization;
using CsvHelper;

namespace Ingest.Tests;

/// <summary>An export read back with CsvHelper: one dictionary per row, by the header's names.</summary>
internal static class CsvRows
{
    public static List<Dictionary<string, string>> Read(TextReader text)
    {
        using var csv = new CsvReader(text, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }
        return rows;
    }
}
