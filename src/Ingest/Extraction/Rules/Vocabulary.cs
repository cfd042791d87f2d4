namespace Ingest.Extraction.Rules;

/// <summary>
/// One concept's words (<c>Extraction/Vocabulary/NAME.tsv</c>): document kinds and their codes,
/// issuing bodies, units counted… A header row names the columns; '#' starts a comment line.
/// Every rule that needs the concept reads this one table, so two rules cannot drift apart.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _columns;

    internal Vocabulary(string name, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
        _columns = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The table's name ("document-kinds").</summary>
    public string Name { get; }

    /// <summary>Column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, each as many cells as columns (an empty cell is "").</summary>
    public IReadOnlyList<string[]> Rows { get; }

    // Built once per column or pair of columns: finders ask for them on every match.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _columnCache = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), IReadOnlyDictionary<string, string>> _mapCache = new();

    /// <summary>A column's values, in table order, empty cells left out.</summary>
    public IReadOnlyList<string> Column(string column) =>
        _columnCache.GetOrAdd(column, c => [.. Rows.Select(r => r[Index(c)]).Where(v => v.Length > 0)]);

    /// <summary>The rows as a map from one column to another (first row wins).</summary>
    public IReadOnlyDictionary<string, string> Map(string key, string value) => _mapCache.GetOrAdd((key, value), k => BuildMap(k.Item1, k.Item2));

    private System.Collections.Frozen.FrozenDictionary<string, string> BuildMap(string key, string value)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            if (row[Index(key)].Length > 0)
            {
                map.TryAdd(row[Index(key)], row[Index(value)]);
            }
        }
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(map, StringComparer.Ordinal);
    }

    /// <summary>The index of a column; an unknown name fails naming the table.</summary>
    public int Index(string column) =>
        _columns.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"vocabulary {Name} has no column '{column}' (it has {string.Join(", ", Columns)})");

    /// <summary>Parses a table; a row with the wrong number of cells fails naming its line.</summary>
    internal static Vocabulary Parse(string name, TextReader reader)
    {
        string[]? columns = null;
        var rows = new List<string[]>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            // Cells are kept as written: a trailing space is meaningful ("so " starts "SỞ TƯ PHÁP", not "SONG").
            var cells = line.TrimEnd('\r').Split('\t').Select(Ingest.Text.VietnameseText.Nfc).ToArray();
            if (columns is null)
            {
                columns = cells;
                continue;
            }
            if (cells.Length != columns.Length)
            {
                throw new FormatException($"vocabulary {name}, line {number}: {cells.Length} cells, the header has {columns.Length}");
            }
            rows.Add(cells);
        }
        return new Vocabulary(name, columns ?? throw new FormatException($"vocabulary {name}: no header row"), rows);
    }
}
