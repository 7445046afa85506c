"""SQL for stories: the incremental story index kept in the archive, and story listings."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict

from ..link.features import FeatureOptions
from ..link.state import LazyState
from ..link.stories import FORMAT, StoryDoc, StoryIndex, StoryOptions, StoryRecord

_CHUNK = 500  # keys per "IN (...)" query, under SQLite's variable limit
_TABLES = ("story_index_meta", "story_df", "story_profiles", "story_postings", "story_docs", "story_doc_vectors")


def _in_chunks(conn: sqlite3.Connection, sql: str, keys: list) -> Iterator[tuple]:
    """Rows of ``sql`` (holding one ``{}`` for the placeholders) for ``keys``, a chunk at a time."""
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i:i + _CHUNK]
        yield from conn.execute(sql.format(",".join("?" * len(chunk))), chunk)


def _profile(text: str) -> dict[str, float]:
    return {str(t): float(w) for t, w in json.loads(text).items()}


def _dumps(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def _story_row(row: tuple) -> tuple[int, StoryRecord]:
    sid, members, profile, first, last = row
    return sid, StoryRecord([int(m) for m in json.loads(members)], _profile(profile), first, last)


def _loaders(conn: sqlite3.Connection) -> dict:
    """Loader functions of a LazyState reading the story tables."""
    def many(sql: str, convert):  # noqa: ANN001, ANN202 - small local factory
        return lambda keys: dict(convert(r) for r in _in_chunks(conn, sql, keys))

    def every(sql: str, convert):  # noqa: ANN001, ANN202
        return lambda: (convert(r) for r in conn.execute(sql))

    pair = lambda r: (r[0], r[1])  # noqa: E731
    vector = lambda r: (r[0], (_profile(r[1]), r[2]))  # noqa: E731
    profiles = "SELECT story_id, members, profile, first_day, last_day FROM story_profiles"
    return {
        "df": (many("SELECT term, n FROM story_df WHERE term IN ({})", pair), every("SELECT term, n FROM story_df", pair)),
        "stories": (many(profiles + " WHERE story_id IN ({})", _story_row), every(profiles + " ORDER BY story_id", _story_row)),
        "story_of": (many("SELECT doc_id, story_id FROM story_docs WHERE doc_id IN ({})", pair),
                     every("SELECT doc_id, story_id FROM story_docs", pair)),
        "doc_vectors": (many("SELECT doc_id, profile, day FROM story_doc_vectors WHERE doc_id IN ({})", vector),
                        every("SELECT doc_id, profile, day FROM story_doc_vectors", vector)),
        "postings": lambda term: [r[0] for r in conn.execute("SELECT story_id FROM story_postings WHERE term = ?", (term,))],
        "postings_many": _postings_many(conn),
    }


def _postings_many(conn: sqlite3.Connection):  # noqa: ANN202 - a loader
    def load(terms: list[str]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for term, story_id in _in_chunks(conn, "SELECT term, story_id FROM story_postings WHERE term IN ({})", terms):
            found.setdefault(term, []).append(story_id)
        return found

    return load


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT name, value FROM story_index_meta").fetchall())


def _options_from(raw_json: str) -> StoryOptions:
    raw = json.loads(raw_json)
    features = FeatureOptions(**raw.pop("features"))
    return StoryOptions(features=features, **raw)


def load_index(conn: sqlite3.Connection, options: StoryOptions | None = None) -> StoryIndex:
    """The archive's story index, reading its tables only as placing documents needs them.

    A new archive gets an empty index with ``options``; a stored index keeps the options it
    was built with. An index kept as one blob by schema version 4 is moved into the tables.
    """
    _move_blob(conn)
    meta = _meta(conn)
    if meta.get("format") != FORMAT:
        options = options or StoryOptions()
        _write_meta(conn, options, 0)
        meta = _meta(conn)
    return StoryIndex(_options_from(meta["options"]), LazyState(int(meta["n_docs"]), _loaders(conn)))


def _write_meta(conn: sqlite3.Connection, options: StoryOptions, n_docs: int) -> None:
    conn.executemany(
        "INSERT INTO story_index_meta (name, value) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        [("format", FORMAT), ("options", _dumps(asdict(options))), ("n_docs", str(n_docs))],
    )


def save_index(conn: sqlite3.Connection, index: StoryIndex) -> None:
    """Write what changed in ``index`` since it was loaded (or everything, for an in-memory one)."""
    state = index._state
    if not state.lazy:  # an index built in memory: replace the stored one with it
        for table in _TABLES:
            conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
        _write_all(conn, index)
        return
    _write_meta(conn, index.options, state.n_docs)
    written, deleted = state.df.changes()
    conn.executemany("INSERT INTO story_df (term, n) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET n = excluded.n",
                     written)
    conn.executemany("DELETE FROM story_df WHERE term = ?", [(k,) for k in deleted])
    written, deleted = state.stories.changes()
    _put_stories(conn, written)
    conn.executemany("DELETE FROM story_profiles WHERE story_id = ?", [(k,) for k in deleted])
    written, deleted = state.story_of.changes()
    conn.executemany("INSERT OR REPLACE INTO story_docs (doc_id, story_id) VALUES (?, ?)", written)
    conn.executemany("DELETE FROM story_docs WHERE doc_id = ?", [(k,) for k in deleted])
    written, deleted = state.doc_vectors.changes()
    _put_vectors(conn, written)
    conn.executemany("DELETE FROM story_doc_vectors WHERE doc_id = ?", [(k,) for k in deleted])
    added, removed = state.postings.changes()
    conn.executemany("INSERT OR IGNORE INTO story_postings (term, story_id) VALUES (?, ?)", added)
    conn.executemany("DELETE FROM story_postings WHERE term = ? AND story_id = ?", removed)
    for table in (state.df, state.stories, state.story_of, state.doc_vectors, state.postings):
        table.clear_changes()


def _put_stories(conn: sqlite3.Connection, stories: Iterable[tuple[int, StoryRecord]]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO story_profiles (story_id, members, profile, first_day, last_day) VALUES (?, ?, ?, ?, ?)",
        [(sid, _dumps(s.members), _dumps(s.profile), s.first, s.last) for sid, s in stories],
    )


def _put_vectors(conn: sqlite3.Connection, vectors: Iterable[tuple[int, tuple[dict[str, float], int | None]]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO story_doc_vectors (doc_id, profile, day) VALUES (?, ?, ?)",
                     [(d, _dumps(p), day) for d, (p, day) in vectors])


def _write_all(conn: sqlite3.Connection, index: StoryIndex) -> None:
    state = index.to_dict()
    _write_meta(conn, index.options, state["n_docs"])
    conn.executemany("INSERT INTO story_df (term, n) VALUES (?, ?)", state["df"].items())
    stories = [(sid, StoryRecord(members, profile, first, last)) for sid, members, profile, first, last in state["stories"]]
    _put_stories(conn, stories)
    conn.executemany("INSERT INTO story_docs (doc_id, story_id) VALUES (?, ?)",
                     [(d, sid) for sid, s in stories for d in s.members])
    conn.executemany("INSERT INTO story_postings (term, story_id) VALUES (?, ?)",
                     [(t, sid) for sid, s in stories for t in s.profile])
    _put_vectors(conn, ((d, (p, w)) for d, p, w in state["doc_vectors"]))


def _move_blob(conn: sqlite3.Connection) -> None:
    """Schema version 4 kept the whole index in one blob: move it into the tables once."""
    row = conn.execute("SELECT version, state FROM linker_state WHERE name = 'stories'").fetchone()
    if row is None:
        return
    if row[0] == FORMAT and not _meta(conn):
        _write_all(conn, StoryIndex.from_bytes(row[1]))
    conn.execute("DELETE FROM linker_state WHERE name = 'stories'")


class StoryLinker:
    """Gives new documents their stories, batch after batch, with one story index in memory.

    ``link_new`` can be called after every stored batch of an ingest: the index entries read
    for one batch (frequencies, stories, postings) stay cached for the next, and only what
    changed is written back, in the caller's transaction. The cache is dropped every
    ``reload_every`` documents so a long ingest does not end up holding the whole index.
    If a transaction that called ``link_new`` rolls back, the cache is ahead of the
    database: drop the linker then (an ingest stops on such an error anyway).
    """

    def __init__(self, conn: sqlite3.Connection, options: StoryOptions | None = None,
                 reload_every: int = 2000) -> None:
        self.conn = conn
        self.options = options
        self.reload_every = reload_every
        self._index: StoryIndex | None = None
        self._linked_since_load = 0

    def link_new(self) -> int:
        """Give every document without a story one: it joins the story it reports or starts
        one. Returns the number of documents linked.

        Documents folded into a near copy since the last call leave their stories first."""
        retired = self.conn.execute("SELECT doc_id, text, title, published FROM story_retired ORDER BY doc_id").fetchall()
        rows = self.conn.execute(
            "SELECT id, text, title, published FROM documents WHERE story_id IS NULL ORDER BY id"
        ).fetchall()
        if not rows and not retired:
            return 0
        if self._index is None or self._linked_since_load >= self.reload_every:
            self._index = load_index(self.conn, self.options)
            self._linked_since_load = 0
        index = self._index
        moved: dict[int, int] = {}
        if retired:
            moved.update(index.remove_many(StoryDoc(*row) for row in retired))
            self.conn.execute("DELETE FROM story_retired")
        if rows:
            # one batch: better than one by one, and independent of order. Linking may move
            # earlier documents too (stories merge, small ones are regrouped): write those too.
            placed = index.add_many(StoryDoc(*row) for row in rows)
            moved.update({**placed, **index.last_moved})
        self.conn.executemany("UPDATE documents SET story_id = ? WHERE id = ?",
                              [(story, doc_id) for doc_id, story in moved.items()])
        save_index(self.conn, index)
        self._linked_since_load += len(rows) + len(retired)
        return len(rows)


def relink_all(conn: sqlite3.Connection, options: StoryOptions | None = None) -> int:
    conn.execute("DELETE FROM linker_state WHERE name = 'stories'")
    for table in _TABLES:
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    conn.execute("DELETE FROM story_retired")  # relinking starts from the documents as they are
    conn.execute("UPDATE documents SET story_id = NULL")
    return StoryLinker(conn, options).link_new()


def list_stories(conn: sqlite3.Connection, since: str | None = None, doc_ids: list[int] | None = None,
                 min_documents: int = 1) -> list[dict]:
    """Stories with their documents and every outlet that carried them (copies included)."""
    rows = conn.execute(
        "SELECT d.story_id, d.id, d.title, d.published, d.url, c.outlet, c.url AS copy_url, c.published AS copy_pub"
        " FROM documents d JOIN copies c ON c.doc_id = d.id WHERE d.story_id IS NOT NULL"
        " ORDER BY d.story_id, COALESCE(d.published, ''), d.id"
    ).fetchall()
    wanted = set(doc_ids) if doc_ids is not None else None
    stories: dict[int, dict] = {}
    for r in rows:
        s = stories.setdefault(r["story_id"], {"id": r["story_id"], "documents": {}, "outlets": set(),
                                                "first_published": None, "last_published": None})
        doc = s["documents"].setdefault(r["id"], {"id": r["id"], "title": r["title"], "published": r["published"],
                                                   "url": r["url"], "copies": 0})
        doc["copies"] += 1
        if r["outlet"]:
            s["outlets"].add(r["outlet"])
        for date in (r["published"], r["copy_pub"]):
            if date:
                s["first_published"] = min(filter(None, (s["first_published"], date)))
                s["last_published"] = max(filter(None, (s["last_published"], date)))
    out = []
    for s in stories.values():
        docs = sorted(s["documents"].values(), key=lambda d: (d["published"] or "", d["id"]))
        if wanted is not None and not any(d["id"] in wanted for d in docs):
            continue
        if since and (s["last_published"] or "") < since:
            continue
        if len(docs) < min_documents:
            continue
        out.append({
            "id": s["id"], "title": docs[0]["title"], "documents": docs, "outlets": sorted(s["outlets"]),
            "first_published": s["first_published"], "last_published": s["last_published"],
        })
    out.sort(key=lambda s: (-len(s["outlets"]), -len(s["documents"]), s["first_published"] or "", s["id"]))
    return out
