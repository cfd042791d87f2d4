using Ingest.Text;

namespace Ingest.Catalog;

/// <summary>The pages of each file: their text as read (with its source, confidence, word boxes, layout regions and OCR model) and as restored.</summary>
public sealed class PageStore
{
    private readonly CatalogDatabase _db;

    internal PageStore(CatalogDatabase db) => _db = db;

    /// <summary>Replaces the pages of a file, with their restored text.</summary>
    public void Save(long fileId, IReadOnlyList<PageText> pages, IReadOnlyList<string>? restored = null)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        CatalogDatabase.Run(connection, tx, "DELETE FROM pages WHERE document_id = @doc", ("doc", fileId));
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            CatalogDatabase.Run(connection, tx, """
                INSERT INTO pages(document_id, number, source, raw_text, restored_text, confidence, word_boxes, elapsed_ms, ocr_language, regions_json)
                VALUES (@doc, @n, @source, @text, @restored, @conf, @boxes, @ms, @lang, @regions)
                """,
                ("doc", fileId), ("n", page.Number), ("source", page.Source.ToString()), ("text", page.Text),
                ("restored", restored?[i]), ("conf", page.Confidence), ("boxes", page.WordBoxesTsv),
                ("ms", page.Elapsed.TotalMilliseconds), ("lang", page.OcrLanguage is { } lang ? lang.Name() : null),
                ("regions", page.RegionsJson));
        }
        CatalogDatabase.Run(connection, tx, "UPDATE documents SET page_count = @count WHERE id = @doc", ("count", pages.Count), ("doc", fileId));
        tx.Commit();
    }

    /// <summary>The stored page texts of a file (restored where restored), in page order.</summary>
    public IReadOnlyList<string> Texts(long fileId) =>
        _db.Query("SELECT coalesce(restored_text, raw_text) FROM pages WHERE document_id = @doc ORDER BY number", r => r.GetString(0), ("doc", fileId));

    /// <summary>The stored pages of a file as read (before restoration), in page order.</summary>
    public IReadOnlyList<PageText> Of(long fileId) => _db.Query("""
        SELECT number, raw_text, source, confidence, elapsed_ms, word_boxes, ocr_language, regions_json
        FROM pages WHERE document_id = @doc ORDER BY number
        """,
        r => new PageText(r.GetInt32(0), r.GetString(1), Enum.Parse<TextSource>(r.GetString(2)),
            r.IsDBNull(3) ? null : r.GetDouble(3), TimeSpan.FromMilliseconds(r.GetDouble(4)))
        {
            WordBoxesTsv = r.IsDBNull(5) ? null : r.GetString(5),
            OcrLanguage = r.IsDBNull(6) ? null : EnumNames.Parse<OcrLanguage>(r.GetString(6)),
            RegionsJson = r.IsDBNull(7) ? null : r.GetString(7),
        },
        ("doc", fileId));

    /// <summary>Replaces the restored text of the given pages of a file (<paramref name="restored"/>[i] is <paramref name="pages"/>[i]'s).</summary>
    public void SaveRestored(long fileId, IReadOnlyList<PageText> pages, IReadOnlyList<string> restored)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        for (var i = 0; i < restored.Count; i++)
        {
            CatalogDatabase.Run(connection, tx, "UPDATE pages SET restored_text = @text WHERE document_id = @doc AND number = @n",
                ("text", restored[i]), ("doc", fileId), ("n", pages[i].Number));
        }
        tx.Commit();
    }
}
