"""Versioned schema for the SQLite archive.

``MIGRATIONS[i]`` takes a database from version ``i`` to ``i + 1`` (``PRAGMA user_version``).
Never edit a released migration: append a new one. Never change what a stored field means;
add a new field instead.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 0 -> 1: documents, their copies, LSH bands, FTS5, ingest runs
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,              -- the canonical cleaned text; all offsets point into it
        text_sha256 TEXT NOT NULL,       -- fingerprint of the normalised text
        normalizer INTEGER NOT NULL,     -- clean.normalize.NORMALIZER_VERSION that made the text
        title TEXT,
        published TEXT,                  -- ISO 8601
        author TEXT,
        outlet TEXT,
        url TEXT,
        source TEXT NOT NULL,            -- where the stored text was read
        kind TEXT NOT NULL,              -- html | text | markdown
        word_count INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_outlet ON documents(outlet);
    CREATE INDEX documents_published ON documents(published);

    CREATE TABLE copies (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        relation TEXT NOT NULL CHECK (relation IN ('original', 'exact', 'near')),
        similarity REAL NOT NULL,        -- word-shingle Jaccard to the stored text
        title TEXT,
        published TEXT,
        author TEXT,
        outlet TEXT,
        url TEXT,
        raw_sha256 TEXT NOT NULL,
        text_sha256 TEXT NOT NULL,
        minhash BLOB,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX copies_doc ON copies(doc_id);
    CREATE INDEX copies_text ON copies(text_sha256);
    CREATE INDEX copies_source ON copies(source, raw_sha256);

    CREATE TABLE lsh_bands (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        copy_id INTEGER NOT NULL REFERENCES copies(id) ON DELETE CASCADE,
        PRIMARY KEY (band, key, copy_id)
    ) WITHOUT ROWID;
    CREATE INDEX lsh_bands_copy ON lsh_bands(copy_id);

    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;

    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        inputs TEXT NOT NULL,            -- JSON list
        counts TEXT                      -- JSON object, written when the run ends
    );
    CREATE TABLE problems (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('skipped', 'failed')),
        reason TEXT NOT NULL
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
