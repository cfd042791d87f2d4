namespace Ingest.Export;

/// <summary>How list-valued fields become one cell.</summary>
internal static class ExportText
{
    /// <summary>
    /// Joins with "; " — names themselves hold commas ("Sở Lao động, Thương binh và Xã hội"),
    /// never semicolons, so a spreadsheet can split the cell again.
    /// </summary>
    public static string List(IEnumerable<string> items) => string.Join("; ", items);
}
