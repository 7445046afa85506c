"""SQL for stories: the incremental story index kept in the archive, and story listings."""

from __future__ import annotations

import sqlite3

from ..link.stories import FORMAT, StoryDoc, StoryIndex, StoryOptions


def load_index(conn: sqlite3.Connection, options: StoryOptions | None = None) -> StoryIndex:
    row = conn.execute("SELECT version, state FROM linker_state WHERE name = 'stories'").fetchone()
    if row is None or row[0] != FORMAT:
        return StoryIndex(options)
    return StoryIndex.from_bytes(row[1])


def save_index(conn: sqlite3.Connection, index: StoryIndex) -> None:
    conn.execute(
        "INSERT INTO linker_state (name, version, state) VALUES ('stories', ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET version = excluded.version, state = excluded.state",
        (FORMAT, index.to_bytes()),
    )


def link_new(conn: sqlite3.Connection, options: StoryOptions | None = None) -> int:
    """Give every document without a story one: it joins the story it reports or starts one.

    Returns the number of documents linked."""
    rows = conn.execute(
        "SELECT id, text, title, published FROM documents WHERE story_id IS NULL ORDER BY id"
    ).fetchall()
    if not rows:
        return 0
    index = load_index(conn, options)
    # one batch: better than one by one, and independent of order. Linking may move earlier
    # documents too (stories merge, small ones are regrouped): write those moves as well.
    placed = index.add_many(StoryDoc(doc_id, text, title, published) for doc_id, text, title, published in rows)
    conn.executemany(
        "UPDATE documents SET story_id = ? WHERE id = ?",
        [(story, doc_id) for doc_id, story in {**placed, **index.last_moved}.items()],
    )
    save_index(conn, index)
    return len(rows)


def relink_all(conn: sqlite3.Connection, options: StoryOptions | None = None) -> int:
    conn.execute("DELETE FROM linker_state WHERE name = 'stories'")
    conn.execute("UPDATE documents SET story_id = NULL")
    return link_new(conn, options)


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
