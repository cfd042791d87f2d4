namespace Ingest.Catalog;

/// <summary>
/// The catalog's schema as numbered migrations; <c>PRAGMA user_version</c> records how many ran.
/// A migration is only ever appended, never edited, so an archive made by an older build opens.
/// </summary>
internal static class CatalogSchema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents(
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            received_at TEXT NOT NULL,
            status TEXT NOT NULL,
            error TEXT,
            page_count INTEGER);
        CREATE TABLE pages(
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            source TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            restored_text TEXT,
            confidence REAL,
            word_boxes TEXT,
            elapsed_ms REAL NOT NULL,
            PRIMARY KEY(document_id, number));
        CREATE TABLE plans(
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            number TEXT,
            number_key TEXT,
            issuer TEXT,
            place TEXT,
            issued_on TEXT,
            title TEXT,
            period_from INTEGER,
            period_to INTEGER,
            page INTEGER NOT NULL,
            record_json TEXT NOT NULL,
            body TEXT NOT NULL,
            UNIQUE(document_id, ordinal));
        CREATE INDEX plans_number_key ON plans(number_key);
        """,
        // 2: the Tesseract model that read an OCR'd page ("eng", "vie"), so `ingest reprocess`
        // restores it with that model's channel, as the first pass did.
        """
        ALTER TABLE pages ADD COLUMN ocr_language TEXT;
        """,
    ];
}
