"""SQLite backend: WAL mode, versioned migrations, FTS5 full-text index.

All SQL lives here. The connection is used from one thread (the writer / the caller);
per-document work happens elsewhere.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from ..clean.normalize import NORMALIZER_VERSION
from ..errors import NotFound, StorageError
from ..model import (
    CleanDocument,
    Copy,
    CopyRelation,
    Document,
    DocumentSummary,
    Metadata,
    Problem,
    SearchHit,
)
from .base import CopyRef, DocumentFilter, StoryLinking
from .schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "newsclaims.db"
ENV_DB = "NEWSCLAIMS_DB"
HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE = "[[", "]]"


def default_path() -> str:
    return os.environ.get(ENV_DB) or DEFAULT_DB


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_TERM = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(text: str) -> str:
    """A user's query as a safe FTS5 expression.

    Quoted parts are phrases, other words are terms; all must match. Punctuation inside a
    term is left to the tokenizer (``"250,000"`` matches the tokens 250 and 000 in order),
    so no user input can raise an FTS5 syntax error. ``OR`` between terms is kept.
    """
    parts = []
    for phrase, word in _TERM.findall(text):
        if word == "OR":
            if parts and parts[-1] != "OR":
                parts.append("OR")
            continue
        term = re.sub(r'[\x00-\x1f"]', " ", phrase if phrase else word).strip()
        if term and re.search(r"\w", term):
            parts.append(f'"{term}"')
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts)


class SQLiteBackend:
    """The archive's storage in one SQLite file."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        try:
            if self.path.parent and not self.path.parent.exists():
                raise StorageError(f"{self.path}: folder {self.path.parent} does not exist")
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=10000")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"{self.path}: cannot open archive: {exc}") from exc
        self._in_tx = False

    # -- schema -----------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"{self.path}: archive schema v{version} is newer than this newsclaims "
                f"(v{SCHEMA_VERSION}); upgrade newsclaims"
            )
        for target in range(version, SCHEMA_VERSION):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(MIGRATIONS[target]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={target + 1}")
                self.conn.execute("COMMIT")
            except Exception:
                self.conn.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # -- writing ----------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._in_tx = False

    def has_copy(self, source: str, raw_sha256: str, text_sha256: str | None = None) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM copies WHERE source = ? AND (raw_sha256 = ? OR text_sha256 = ?) LIMIT 1",
            (source, raw_sha256, text_sha256 or raw_sha256),
        ).fetchone()
        return row is not None

    def find_exact(self, text_sha256: str) -> int | None:
        row = self.conn.execute(
            "SELECT doc_id FROM copies WHERE text_sha256 = ? ORDER BY doc_id LIMIT 1", (text_sha256,)
        ).fetchone()
        return row[0] if row else None

    def candidates(self, keys: list[tuple[int, int]]) -> list[CopyRef]:
        if not keys:
            return []
        clause = " OR ".join(["(band = ? AND key = ?)"] * len(keys))
        params = [v for pair in keys for v in pair]
        rows = self.conn.execute(
            f"SELECT DISTINCT c.id, c.doc_id, c.minhash FROM lsh_bands b JOIN copies c ON c.id = b.copy_id "
            f"WHERE {clause} ORDER BY c.id",
            params,
        ).fetchall()
        return [CopyRef(r[0], r[1], r[2] or b"") for r in rows]

    def document_text(self, doc_id: int) -> str:
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFound(f"no document {doc_id}")
        return row[0]

    def add_document(self, doc: CleanDocument, keys: list[tuple[int, int]]) -> int:
        now = _now()
        m = doc.meta
        cur = self.conn.execute(
            "INSERT INTO documents (text, text_sha256, normalizer, title, published, author, outlet, url, source,"
            " kind, word_count, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.text, doc.text_sha256, NORMALIZER_VERSION, m.title, m.published, m.author, m.outlet, m.url, doc.source,
             doc.kind, len(doc.text.split()), now),
        )
        doc_id = int(cur.lastrowid)
        self.add_copy(doc_id, doc, "original", 1.0, keys, now=now)
        return doc_id

    def add_copy(
        self,
        doc_id: int,
        doc: CleanDocument,
        relation: CopyRelation,
        similarity: float,
        keys: list[tuple[int, int]],
        now: str | None = None,
    ) -> None:
        m = doc.meta
        cur = self.conn.execute(
            "INSERT INTO copies (doc_id, source, relation, similarity, title, published, author, outlet, url,"
            " raw_sha256, text_sha256, minhash, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, doc.source, relation, round(similarity, 4), m.title, m.published, m.author, m.outlet,
             m.url, doc.raw_sha256, doc.text_sha256, doc.minhash or None, now or _now()),
        )
        if keys:
            self.conn.executemany(
                "INSERT OR IGNORE INTO lsh_bands (band, key, copy_id) VALUES (?,?,?)",
                [(band, key, cur.lastrowid) for band, key in keys],
            )

    def merge_documents(self, keep: int, drop: int, similarity: float) -> None:
        """Fold document ``drop`` into ``keep``: its copies become near copies of ``keep``.

        A ``drop`` already in the story index is kept aside until the index has let it go
        (the story linker does that next, in the same transaction when ingest links)."""
        self.conn.execute(
            "UPDATE copies SET doc_id = ?, relation = 'near',"
            " similarity = MIN(similarity, ?) WHERE doc_id = ?",
            (keep, round(similarity, 4), drop),
        )
        self.conn.execute(
            "INSERT OR REPLACE INTO story_retired (doc_id, text, title, published)"
            " SELECT d.id, d.text, d.title, d.published FROM documents d JOIN story_docs s ON s.doc_id = d.id"
            " WHERE d.id = ?",
            (drop,),
        )
        self.conn.execute("DELETE FROM documents WHERE id = ?", (drop,))

    def start_run(self, inputs: list[str]) -> int:
        cur = self.conn.execute(
            "INSERT INTO runs (started_at, inputs) VALUES (?, ?)", (_now(), json.dumps(inputs))
        )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, counts: dict[str, int], problems: list[Problem]) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?",
                (_now(), json.dumps(counts), run_id),
            )
            self.conn.executemany(
                "INSERT INTO problems (run_id, source, kind, reason) VALUES (?,?,?,?)",
                [(run_id, p.source, p.kind, p.reason) for p in problems],
            )

    # -- reading ----------------------------------------------------------------------------
    def get_document(self, doc_id: int) -> Document:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFound(f"no document with id {doc_id}")
        return self._document(row)

    def _document(self, row: sqlite3.Row) -> Document:
        return Document(
            id=row["id"],
            text=row["text"],
            meta=Metadata(row["title"], row["published"], row["author"], row["outlet"], row["url"]),
            text_sha256=row["text_sha256"],
            source=row["source"],
            ingested_at=row["ingested_at"],
            copies=tuple(self.copies(row["id"])),
            story_id=row["story_id"] if "story_id" in row.keys() else None,
        )

    def copies(self, doc_id: int) -> list[Copy]:
        rows = self.conn.execute(
            "SELECT * FROM copies WHERE doc_id = ? ORDER BY COALESCE(published, '9999'), id", (doc_id,)
        ).fetchall()
        return [
            Copy(
                source=r["source"], relation=r["relation"], similarity=r["similarity"], title=r["title"],
                published=r["published"], outlet=r["outlet"], url=r["url"], raw_sha256=r["raw_sha256"],
                ingested_at=r["ingested_at"],
            )
            for r in rows
        ]

    @staticmethod
    def _where(where: DocumentFilter, alias: str = "d") -> tuple[str, list]:
        clauses, params = [], []
        if where.outlet:
            clauses.append(f"{alias}.outlet = ? COLLATE NOCASE")
            params.append(where.outlet)
        if where.since:
            clauses.append(f"{alias}.published >= ?")
            params.append(where.since)
        if where.until:
            # inclusive of the whole day: "2026-03-14T23:00" sorts below "2026-03-14~"
            clauses.append(f"{alias}.published <= ?")
            params.append(where.until + "~")
        return (" AND ".join(clauses), params)

    def documents(self, where: DocumentFilter) -> list[DocumentSummary]:
        clause, params = self._where(where)
        sql = (
            "SELECT d.id, d.title, d.outlet, d.published, d.url, d.source, d.word_count,"
            " (SELECT COUNT(*) FROM copies c WHERE c.doc_id = d.id) AS n FROM documents d"
            + (f" WHERE {clause}" if clause else "")
            + " ORDER BY COALESCE(d.published, ''), d.id"
        )
        if where.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [where.limit, where.offset]
        return [DocumentSummary(*row) for row in self.conn.execute(sql, params).fetchall()]

    def iter_documents(self) -> Iterator[Document]:
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT * FROM documents WHERE id > ? ORDER BY id LIMIT 500", (last,)
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._document(row)
            last = rows[-1]["id"]

    def search(self, query: str, where: DocumentFilter) -> list[SearchHit]:
        expr = fts_query(query)
        if not expr:
            return []
        clause, params = self._where(where)
        sql = (
            "SELECT d.id, d.title, d.outlet, d.published,"
            f" snippet(documents_fts, 1, '{HIGHLIGHT_OPEN}', '{HIGHLIGHT_CLOSE}', '…', 24) AS snip,"
            " bm25(documents_fts, 4.0, 1.0) AS score"
            " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
            " WHERE documents_fts MATCH ?"
            + (f" AND {clause}" if clause else "")
            + " ORDER BY score LIMIT ? OFFSET ?"
        )
        rows = self.conn.execute(sql, [expr, *params, where.limit or 20, where.offset]).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[3], r[4], -float(r[5])) for r in rows]

    def stats(self) -> dict:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        relations = dict(self.conn.execute("SELECT relation, COUNT(*) FROM copies GROUP BY relation").fetchall())
        outlets = self.conn.execute(
            "SELECT outlet, COUNT(*) FROM copies WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY 2 DESC, 1"
        ).fetchall()
        last_run = self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return {
            "path": str(self.path),
            "schema_version": self.schema_version,
            "documents": one("SELECT COUNT(*) FROM documents"),
            "copies": one("SELECT COUNT(*) FROM copies"),
            "exact_copies": relations.get("exact", 0),
            "near_copies": relations.get("near", 0),
            "syndicated_documents": one(
                "SELECT COUNT(*) FROM (SELECT doc_id FROM copies GROUP BY doc_id HAVING COUNT(*) > 1)"
            ),
            "words": one("SELECT COALESCE(SUM(word_count), 0) FROM documents"),
            "stories": one("SELECT COUNT(DISTINCT story_id) FROM documents WHERE story_id IS NOT NULL"),
            "stories_several_outlets": one(
                "SELECT COUNT(*) FROM (SELECT d.story_id FROM documents d JOIN copies c ON c.doc_id = d.id"
                " WHERE d.story_id IS NOT NULL AND c.outlet IS NOT NULL GROUP BY d.story_id"
                " HAVING COUNT(DISTINCT c.outlet) > 1)"
            ),
            "claims": one("SELECT COUNT(*) FROM claims"),
            "quantities": one("SELECT COUNT(*) FROM quantities"),
            "statements": one("SELECT COUNT(*) FROM statements"),
            "figures": one("SELECT COUNT(*) FROM figures WHERE documents > 1"),
            "disputed_figures": one("SELECT COUNT(*) FROM figures WHERE documents > 1 AND disputed = 1"),
            "outlets": {name: n for name, n in outlets},
            "first_published": one("SELECT MIN(published) FROM documents"),
            "last_published": one("SELECT MAX(published) FROM documents"),
            "runs": one("SELECT COUNT(*) FROM runs"),
            "last_run": None
            if last_run is None
            else {
                "id": last_run["id"],
                "started_at": last_run["started_at"],
                "finished_at": last_run["finished_at"],
                "counts": json.loads(last_run["counts"]) if last_run["counts"] else None,
            },
        }

    # -- extraction ---------------------------------------------------------------------------
    def write_annotations(self, ann) -> set[str]:
        from . import annotations

        return annotations.write(self.conn, ann)

    def relink_figures(self, keys=None) -> int:
        from . import figures

        return figures.relink(self.conn, keys)

    def figures(self, disputed: bool = False, measure: str | None = None, min_documents: int = 1) -> list[dict]:
        from . import figures

        return figures.list_figures(self.conn, disputed, measure, min_documents)

    def story_linker(self) -> StoryLinking:
        """A linker to call after each stored batch (keeps what it read of the index)."""
        from . import stories

        return stories.StoryLinker(self.conn)

    def relink_stories(self) -> int:
        from . import stories

        return stories.relink_all(self.conn)

    def stories(self, since: str | None = None, doc_ids: list[int] | None = None, min_documents: int = 1) -> list[dict]:
        from . import stories

        return stories.list_stories(self.conn, since, doc_ids, min_documents)

    def entity(self, name: str) -> dict:
        from . import entities

        found = entities.profile(self.conn, name)
        if found is None:
            raise NotFound(f"no entity or speaker matching {name!r}")
        return found

    def figure(self, figure_id: int) -> dict:
        from . import figures

        found = figures.timeline(self.conn, figure_id)
        if found is None:
            raise NotFound(f"no figure with id {figure_id}")
        return found

    def pending_extractions(self, versions: dict[str, str], everything: bool = False) -> list[int]:
        from . import annotations

        return annotations.pending(self.conn, versions, everything)

    def extract_inputs(self, doc_ids: list[int]):
        """The texts extraction needs, for these documents, in order (streamed)."""
        from ..extract.document import ExtractInput

        for i in range(0, len(doc_ids), 200):
            chunk = doc_ids[i : i + 200]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT id, text, text_sha256, outlet FROM documents WHERE id IN ({marks}) ORDER BY id", chunk
            ).fetchall()
            for r in rows:
                yield ExtractInput(r[0], r[1], r[2], r[3])

    def claims(self, where) -> list[dict]:
        from . import annotations

        return annotations.claims(self.conn, where)

    def annotations(self, doc_id: int) -> dict:
        """Everything extracted from one document, as plain dicts (for show and export)."""
        from . import annotations

        return {
            "quantities": annotations.quantities(self.conn, doc_id),
            "statements": annotations.statements(self.conn, doc_id),
            "entities": annotations.mentions(self.conn, doc_id),
            "claims": annotations.claims(self.conn, annotations.ClaimFilter(doc_id=doc_id)),
        }

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:  # pragma: no cover
            pass


def _strip_comments(line: str) -> str:
    """``line`` without a trailing ``--`` comment (a ``--`` inside a string literal stays)."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == "'":
            quoted = not quoted
        elif ch == "-" and not quoted and line.startswith("--", i):
            return line[:i].rstrip()
    return line.rstrip()


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script; trigger bodies (BEGIN ... END;) stay whole."""
    statements, buf = [], []
    for line in script.splitlines():
        stripped = _strip_comments(line)
        if not stripped.strip():
            continue
        buf.append(stripped)
        joined = "\n".join(buf)
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            buf = []
    if buf and "\n".join(buf).strip():
        statements.append("\n".join(buf))
    return statements
