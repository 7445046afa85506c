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
    # 1 -> 2: what extraction finds in each document: figures, statements, entities, claims.
    # Every row records the extractor version that made it; offsets are end-exclusive
    # character offsets into documents.text (the text whose fingerprint is in extractions).
    """
    CREATE TABLE extractions (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        text_sha256 TEXT NOT NULL,       -- fingerprint of the text the offsets point into
        versions TEXT NOT NULL,          -- JSON: extractor name -> version
        extracted_at TEXT NOT NULL
    );

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,              -- person | org | place | group
        name TEXT NOT NULL,              -- the fullest name seen
        key TEXT NOT NULL,               -- normalised name used to merge across the archive
        UNIQUE (kind, key)
    );
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        role TEXT,                       -- title or role given with the name ("Defence Minister")
        extractor_version TEXT NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);

    CREATE TABLE quantities (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL,
        low REAL,
        high REAL,
        kind TEXT NOT NULL,              -- point | range | vague | fraction | multiple
        unit TEXT NOT NULL,
        currency TEXT,
        per_unit TEXT,
        bound TEXT,
        change TEXT,
        change_kind TEXT,
        item_start INTEGER,
        item_end INTEGER,
        item TEXT,
        item_lemma TEXT,
        period TEXT,
        period_start INTEGER,
        period_end INTEGER,
        annualised REAL,
        compared TEXT,
        extractor_version TEXT NOT NULL
    );
    CREATE INDEX quantities_doc ON quantities(doc_id);
    CREATE INDEX quantities_item ON quantities(item_lemma);

    CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,              -- direct | indirect | mixed | according_to
        cue_start INTEGER,
        cue_end INTEGER,
        cue TEXT,
        content TEXT NOT NULL,           -- JSON list of [start, end, text]
        source_start INTEGER,
        source_end INTEGER,
        source TEXT,
        speaker TEXT,
        speaker_named INTEGER NOT NULL,
        speaker_start INTEGER,
        speaker_end INTEGER,
        entity_id INTEGER REFERENCES entities(id),
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        extractor_version TEXT NOT NULL
    );
    CREATE INDEX statements_doc ON statements(doc_id);
    CREATE INDEX statements_speaker ON statements(speaker);

    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL,
        asserted_by TEXT,
        asserted_by_kind TEXT NOT NULL,  -- speaker | outlet | unknown
        speaker_named INTEGER NOT NULL,
        modality TEXT NOT NULL,
        modality_cue_start INTEGER,
        modality_cue_end INTEGER,
        evidence TEXT NOT NULL,          -- JSON list of [start, end, text]: citation markers
        extractor_version TEXT NOT NULL
    );
    CREATE INDEX claims_doc ON claims(doc_id);
    CREATE INDEX claims_by ON claims(asserted_by);
    """,
    # 2 -> 3: figures: quantity claims that measure the same thing, across documents
    """
    ALTER TABLE quantities ADD COLUMN figure_key TEXT;   -- measure|unit|rate (link.figures.key_of)
    ALTER TABLE quantities ADD COLUMN figure_id INTEGER REFERENCES figures(id) ON DELETE SET NULL;
    CREATE INDEX quantities_figure_key ON quantities(figure_key);
    CREATE INDEX quantities_figure ON quantities(figure_id);

    CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,               -- measure|unit|rate
        subject TEXT NOT NULL,           -- the shared named place, '' when none
        measure TEXT NOT NULL,
        unit TEXT NOT NULL,
        rate INTEGER NOT NULL,           -- 1: values are annualised rates
        label TEXT NOT NULL,
        claims INTEGER NOT NULL,
        documents INTEGER NOT NULL,
        disputed INTEGER NOT NULL,
        first_published TEXT,
        last_published TEXT,
        linker_version TEXT NOT NULL,
        UNIQUE (key, subject)
    );
    """,
    # 3 -> 4: stories: documents that report the same event
    """
    ALTER TABLE documents ADD COLUMN story_id INTEGER;   -- the story's first document id
    CREATE INDEX documents_story ON documents(story_id);
    CREATE TABLE linker_state (
        name TEXT PRIMARY KEY,           -- e.g. 'stories'
        version TEXT NOT NULL,
        state BLOB NOT NULL              -- the incremental index, serialised
    );
    """,
    # 4 -> 5: the story index as tables (link.stories.StoryIndex over a LazyState), so that
    # placing one article reads and writes a few hundred rows instead of the whole index.
    # An index stored as a linker_state blob by version 4 is moved into them on first use.
    """
    CREATE TABLE story_index_meta (
        name TEXT PRIMARY KEY,           -- 'format', 'options' (JSON), 'n_docs'
        value TEXT NOT NULL
    );
    CREATE TABLE story_df (
        term TEXT PRIMARY KEY,           -- a linking term (word, 'q:' figure, 'y:' year)
        n INTEGER NOT NULL               -- documents that held it
    ) WITHOUT ROWID;
    CREATE TABLE story_profiles (
        story_id INTEGER PRIMARY KEY,    -- the story's smallest doc_id (= documents.story_id)
        members TEXT NOT NULL,           -- JSON list of doc_ids
        profile TEXT NOT NULL,           -- JSON {term: weight}: sum of the members' unit vectors
        first_day INTEGER,               -- earliest and latest known date, day ordinals
        last_day INTEGER
    );
    CREATE TABLE story_postings (
        term TEXT NOT NULL,
        story_id INTEGER NOT NULL,
        PRIMARY KEY (term, story_id)
    ) WITHOUT ROWID;
    CREATE TABLE story_docs (
        doc_id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL
    );
    CREATE TABLE story_doc_vectors (
        doc_id INTEGER PRIMARY KEY,      -- a document of a small story, kept to regroup it
        profile TEXT NOT NULL,           -- JSON {term: weight}
        day INTEGER
    );
    """,
    # 5 -> 6: documents folded into a near copy after they were linked into a story, kept
    # (text and all) until the story index has taken them out (storage.stories.StoryLinker)
    """
    CREATE TABLE story_retired (
        doc_id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        title TEXT,
        published TEXT
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
