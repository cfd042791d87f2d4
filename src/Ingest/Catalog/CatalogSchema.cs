namespace Ingest.Catalog;

/// <summary>
/// The catalog's schema as numbered migrations, stated once for both databases: <c>{Id}</c>,
/// <c>{Key}</c> and <c>{Real}</c> stand for the types that differ (SQLite's rowid integer and
/// REAL, PostgreSQL's identity bigint and double precision), so one schema version means one
/// shape on both and <see cref="PlanCatalog"/>'s statements run unchanged on either. A migration
/// is only ever appended, never edited, so an archive made by an older build opens.
/// </summary>
internal static class CatalogSchema
{
    /// <summary>One step: its tables, and (SQLite only) rows to fill from data an older build stored.</summary>
    private sealed record Migration(string Tables, string? SqliteBackfill = null, string? PostgresBackfill = null);

    private static readonly Migration[] Steps =
    [
        new("""
            CREATE TABLE documents(
                id {Id},
                sha256 TEXT NOT NULL UNIQUE,
                file_name TEXT NOT NULL,
                received_at TEXT NOT NULL,
                status TEXT NOT NULL,
                error TEXT,
                page_count INTEGER);
            CREATE TABLE pages(
                document_id {Key} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                number INTEGER NOT NULL,
                source TEXT NOT NULL,
                raw_text TEXT NOT NULL,
                restored_text TEXT,
                confidence {Real},
                word_boxes TEXT,
                elapsed_ms {Real} NOT NULL,
                PRIMARY KEY(document_id, number));
            CREATE TABLE plans(
                id {Id},
                document_id {Key} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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
            """),
        // 2: the Tesseract model that read an OCR'd page ("eng", "vie"), so `ingest reprocess`
        // restores it with that model's channel, as the first pass did.
        new("""
            ALTER TABLE pages ADD COLUMN ocr_language TEXT;
            """),
        // 3: each plan's references, deadlines, quotas and targets as rows, so SQL (and the
        // PostgreSQL catalog's reports) can ask "which plans cite 666/QĐ-TTg" or "what is due in
        // 2023-11" without parsing record_json. SQLite archives older than this are filled from
        // record_json (no PostgreSQL catalog predates it); number_key() is DocumentNumber.Key,
        // registered on the connection by SqliteDatabase.Migrate.
        new("""
            CREATE TABLE plan_references(
                plan_id {Key} NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                kind TEXT NOT NULL,
                number TEXT NOT NULL,
                number_key TEXT NOT NULL,
                date TEXT,
                issuer TEXT,
                relation TEXT NOT NULL,
                PRIMARY KEY(plan_id, ordinal));
            CREATE INDEX plan_references_number_key ON plan_references(number_key);
            CREATE TABLE plan_deadlines(
                plan_id {Key} NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                due TEXT NOT NULL,
                precision TEXT NOT NULL,
                qualifier TEXT NOT NULL,
                start TEXT,
                action TEXT NOT NULL,
                responsible TEXT NOT NULL,
                section TEXT,
                PRIMARY KEY(plan_id, ordinal));
            CREATE INDEX plan_deadlines_due ON plan_deadlines(due);
            CREATE TABLE plan_quotas(
                plan_id {Key} NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                holder TEXT NOT NULL,
                for_each INTEGER NOT NULL,
                count INTEGER NOT NULL,
                unit TEXT NOT NULL,
                purpose TEXT,
                PRIMARY KEY(plan_id, ordinal));
            CREATE TABLE plan_targets(
                plan_id {Key} NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                indicator TEXT NOT NULL,
                comparator TEXT NOT NULL,
                value {Real} NOT NULL,
                unit TEXT,
                due_by TEXT,
                PRIMARY KEY(plan_id, ordinal));
            """,
            """
            INSERT INTO plan_references
                SELECT p.id, j.key, json_extract(j.value, '$.kind'), json_extract(j.value, '$.number'),
                       number_key(json_extract(j.value, '$.number')), json_extract(j.value, '$.date'),
                       json_extract(j.value, '$.issuer'), json_extract(j.value, '$.relation')
                FROM plans p, json_each(p.record_json, '$.references') j;
            INSERT INTO plan_deadlines
                SELECT p.id, j.key, json_extract(j.value, '$.due'), json_extract(j.value, '$.precision'),
                       json_extract(j.value, '$.qualifier'), json_extract(j.value, '$.start'),
                       json_extract(j.value, '$.action'), json(json_extract(j.value, '$.responsible')),
                       json_extract(j.value, '$.section')
                FROM plans p, json_each(p.record_json, '$.deadlines') j;
            INSERT INTO plan_quotas
                SELECT p.id, j.key,
                       CASE json_type(j.value, '$.holder') WHEN 'array' THEN json(json_extract(j.value, '$.holder'))
                            ELSE json_array(json_extract(j.value, '$.holder')) END,
                       json_extract(j.value, '$.each'), json_extract(j.value, '$.count'),
                       json_extract(j.value, '$.unit'), json_extract(j.value, '$.purpose')
                FROM plans p, json_each(p.record_json, '$.quotas') j;
            INSERT INTO plan_targets
                SELECT p.id, j.key, json_extract(j.value, '$.indicator'), json_extract(j.value, '$.comparator'),
                       json_extract(j.value, '$.value'), json_extract(j.value, '$.unit'), json_extract(j.value, '$.by')
                FROM plans p, json_each(p.record_json, '$.targets') j;
            """),
        // 4: a file's plans are looked up by document on every reprocess and replace.
        new("""
            CREATE INDEX plans_document_id ON plans(document_id);
            """),
        // 5: the service. job_id is the background job that owns a file (a job claims a file
        // before working on it, so two never process it at once); stage and pages_done are its
        // live progress; document_runs records every attempt, so "each file processed exactly
        // once to completion" can be checked after a crash.
        new("""
            ALTER TABLE documents ADD COLUMN job_id TEXT;
            ALTER TABLE documents ADD COLUMN stage TEXT;
            ALTER TABLE documents ADD COLUMN pages_done INTEGER;
            CREATE TABLE document_runs(
                id {Id},
                document_id {Key} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                job_id TEXT,
                worker TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                outcome TEXT);
            CREATE INDEX document_runs_document_id ON document_runs(document_id);
            """),
        // 6: who may do what (issue 17). Accounts with a PBKDF2 password hash and a role; scripts'
        // tokens and the first admin's one-time login link, both stored as SHA-256 of the secret;
        // and the audit trail of uploads, retries, corrections and deletions with who made them —
        // its document_id has no foreign key, so a deleted file's history stays.
        new("""
            CREATE TABLE accounts(
                id {Id},
                name TEXT NOT NULL UNIQUE,
                password_hash TEXT,
                role TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE api_tokens(
                id {Id},
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                revoked_at TEXT);
            CREATE TABLE login_links(
                token_hash TEXT NOT NULL PRIMARY KEY,
                account_id {Key} NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                expires_at TEXT NOT NULL,
                used_at TEXT);
            CREATE TABLE audit(
                id {Id},
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                document_id {Key},
                detail TEXT);
            CREATE INDEX audit_document_id ON audit(document_id);
            """),
        // 7: what people corrected in a record (issue 18), kept apart from what the machine read:
        // by file and document ordinal (a reprocess gives plans new ids), the field, its value
        // before and after as JSON, who and when. They are applied over every extraction.
        new("""
            CREATE TABLE corrections(
                id {Id},
                document_id {Key} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                field TEXT NOT NULL,
                old_json TEXT,
                new_json TEXT NOT NULL,
                actor TEXT NOT NULL,
                at TEXT NOT NULL);
            CREATE INDEX corrections_document ON corrections(document_id, ordinal);
            """),
        // 8: the document browser (issue 18) filters and sorts files in SQL: whether a person
        // marked a plan reviewed (also in record_json), the number's leading digits so "58/KH"
        // sorts before "128/KH", and whether a failed file failed for a cause in the file itself
        // ("bad_input": a retry cannot help) or in the machine ("unexpected": it may).
        new("""
            ALTER TABLE plans ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE plans ADD COLUMN number_value {Key};
            ALTER TABLE documents ADD COLUMN failure TEXT;
            CREATE INDEX plans_issued_on ON plans(issued_on);
            """,
            """
            UPDATE plans SET reviewed = CASE WHEN json_extract(record_json, '$.reviewed') THEN 1 ELSE 0 END,
                             number_value = CASE WHEN number GLOB '[0-9]*' THEN CAST(number AS INTEGER) END;
            """,
            """
            UPDATE plans SET reviewed = CASE WHEN (record_json::jsonb ->> 'reviewed') = 'true' THEN 1 ELSE 0 END,
                             number_value = CAST(substring(number from '^[0-9]+') AS BIGINT);
            """),
        // 9: possible duplicates (issue 18: rescans of one plan). A plan whose text reads as a plan
        // of an earlier file, found when its file is indexed; by file and document ordinal on both
        // sides, as corrections are, so a reprocess (new plan ids) keeps the finding. Plans with the
        // same number, date and issuer are found by a query over plans instead (DuplicateStore),
        // so a correction of those fields counts at once.
        new("""
            CREATE TABLE plan_duplicates(
                document_id {Key} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                original_document_id {Key} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                original_ordinal INTEGER NOT NULL,
                similarity {Real} NOT NULL,
                PRIMARY KEY(document_id, ordinal));
            """),
        // 10: each OCR'd page's layout regions (header columns, body, recipients, signer, dropped
        // noise) as JSON, for the plan page; pages stored before stay null.
        new("""
            ALTER TABLE pages ADD COLUMN regions_json TEXT;
            """),
        // 11: a quota's count may be a fraction ("2,5 ha" of forest to plant, corpus/blind au04).
        // SQLite's INTEGER column already keeps 2.5 as a real; PostgreSQL's integer must widen.
        new("", PostgresBackfill: """
            ALTER TABLE plan_quotas ALTER COLUMN count TYPE DOUBLE PRECISION;
            """),
    ];

    /// <summary>SQLite's migrations; <c>PRAGMA user_version</c> records how many ran.</summary>
    public static IReadOnlyList<string> Sqlite { get; } =
        [.. Steps.Select(m => Types(m.Tables, id: "INTEGER PRIMARY KEY", key: "INTEGER", real: "REAL") + (m.SqliteBackfill ?? ""))];

    /// <summary>PostgreSQL's migrations; the table <c>catalog_version</c> records how many ran.</summary>
    public static IReadOnlyList<string> Postgres { get; } =
        [.. Steps.Select(m => Types(m.Tables, id: "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", key: "BIGINT", real: "DOUBLE PRECISION") + (m.PostgresBackfill ?? ""))];

    private static string Types(string sql, string id, string key, string real) =>
        sql.Replace("{Id}", id, StringComparison.Ordinal).Replace("{Key}", key, StringComparison.Ordinal).Replace("{Real}", real, StringComparison.Ordinal);
}
