from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, strategies as st

from newsclaims.errors import NotFound, StorageError
from newsclaims.model import CleanDocument, Metadata
from newsclaims.storage.base import DocumentFilter
from newsclaims.storage.schema import SCHEMA_VERSION
from newsclaims.storage.sqlite import SQLiteBackend, fts_query


def doc(text: str, source: str = "a.html", sha: str = "t1", **meta) -> CleanDocument:
    return CleanDocument(source=source, kind="html", text=text, meta=Metadata(**meta), raw_sha256="r-" + source,
                         text_sha256=sha)


def test_new_archive_is_migrated_and_in_wal_mode(tmp_path):
    b = SQLiteBackend(tmp_path / "a.db")
    assert b.schema_version == SCHEMA_VERSION
    assert b.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    b.close()
    # reopening does not migrate twice
    b = SQLiteBackend(tmp_path / "a.db")
    assert b.schema_version == SCHEMA_VERSION
    b.close()


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "a.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StorageError, match="newer"):
        SQLiteBackend(path)


def test_not_a_database_is_a_storage_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError, match="junk.db"):
        SQLiteBackend(path)


def test_add_and_read_back(tmp_path):
    b = SQLiteBackend(tmp_path / "a.db")
    with b.transaction():
        i = b.add_document(doc("Shell output rose sharply.", title="Output", outlet="Ledger",
                               published="2026-03-10"), [(0, 42)])
    d = b.get_document(i)
    assert d.text == "Shell output rose sharply."
    assert d.meta.outlet == "Ledger"
    assert [c.relation for c in d.copies] == ["original"]
    assert b.find_exact("t1") == i
    assert b.has_copy("a.html", "r-a.html")
    assert not b.has_copy("b.html", "r-b.html")
    assert [c.doc_id for c in b.candidates([(0, 42)])] == [i]
    assert b.candidates([(0, 43)]) == []
    with pytest.raises(NotFound):
        b.get_document(999)


def test_rolled_back_batch_leaves_nothing(tmp_path):
    b = SQLiteBackend(tmp_path / "a.db")
    with pytest.raises(RuntimeError):
        with b.transaction():
            b.add_document(doc("text one"), [])
            raise RuntimeError("crash mid-batch")
    assert b.stats()["documents"] == 0


def test_search_ranks_and_highlights(tmp_path):
    b = SQLiteBackend(tmp_path / "a.db")
    with b.transaction():
        b.add_document(doc("The plant makes artillery shells for export.", "a", "1", title="Plant"), [])
        b.add_document(doc("Inflation reached 9.6 percent in May.", "b", "2", title="Prices"), [])
        b.add_document(doc("Artillery shells, artillery shells and more shells.", "c", "3",
                           title="Artillery shells everywhere"), [])
    hits = b.search("artillery shells", DocumentFilter())
    assert [h.doc_id for h in hits] == [3, 1]
    assert "[[artillery]] [[shells]]" in hits[1].snippet.lower()
    assert [h.doc_id for h in b.search('"9.6 percent"', DocumentFilter())] == [2]
    assert b.search("shells OR inflation", DocumentFilter(limit=10))[0].doc_id in (1, 2, 3)
    assert len(b.search("shells OR inflation", DocumentFilter())) == 3


def test_document_filters(tmp_path):
    b = SQLiteBackend(tmp_path / "a.db")
    with b.transaction():
        b.add_document(doc("one", "a", "1", outlet="Ledger", published="2026-01-05"), [])
        b.add_document(doc("two", "b", "2", outlet="Northwire", published="2026-02-05T10:00:00"), [])
        b.add_document(doc("three", "c", "3", outlet="ledger", published="2026-03-05"), [])
    ids = lambda **kw: [d.id for d in b.documents(DocumentFilter(**kw))]  # noqa: E731
    assert ids() == [1, 2, 3]
    assert ids(outlet="LEDGER") == [1, 3]
    assert ids(since="2026-02-01") == [2, 3]
    assert ids(until="2026-02-05") == [1, 2]  # the whole day is included
    assert ids(limit=1, offset=1) == [2]


@given(st.text(max_size=60))
def test_fts_query_never_breaks_fts5(query):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    conn.execute("INSERT INTO t VALUES ('artillery shells 250,000 per month')")
    expr = fts_query(query)
    if expr:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (expr,)).fetchall()


def test_fts_query_keeps_phrases_and_or():
    assert fts_query('"250,000 shells" ministry') == '"250,000 shells" "ministry"'
    assert fts_query("tanks OR shells") == '"tanks" OR "shells"'
    assert fts_query("OR tanks OR") == '"tanks"'
    assert fts_query('!!! "') == ""


def test_migration_scripts_split_into_single_statements():
    from newsclaims.storage.schema import MIGRATIONS
    from newsclaims.storage.sqlite import _split_sql

    for script in MIGRATIONS:
        for statement in _split_sql(script):
            assert sqlite3.complete_statement(statement)
            assert statement.count(";") == 1 or "BEGIN" in statement
    assert _split_sql("SELECT '--x'; -- it's a comment\nSELECT 2;") == ["SELECT '--x';", "SELECT 2;"]


def test_sqlite_backend_implements_the_whole_backend_interface():
    from newsclaims.storage.base import Backend

    required = {n for n in vars(Backend) if not n.startswith("_")}
    missing = {n for n in required if not callable(getattr(SQLiteBackend, n, None))}
    assert not missing
    used = {n for n in dir(SQLiteBackend) if not n.startswith("_") and callable(getattr(SQLiteBackend, n))}
    assert used - required == set()  # every public method is part of the interface
