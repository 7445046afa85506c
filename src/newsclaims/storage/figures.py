"""SQL for figures: reading quantity claims for linking, writing figure groups, reading timelines."""

from __future__ import annotations

import sqlite3
from typing import Iterable

from ..link.figures import LINKER_VERSION, Figure, FigureClaim, FigureKey, assess, group


def key_text(key: FigureKey) -> str:
    return f"{key.measure}|{key.unit}|{int(key.rate)}"


_CLAIM_SQL = """
SELECT q.id, q.doc_id, q.value, q.low, q.high, q.bound, q.unit, q.currency, q.item_lemma, q.period,
       q.annualised, q.change_kind, substr(d.text, c.sentence_start + 1, c.sentence_end - c.sentence_start),
       q.start - c.sentence_start, d.published, d.outlet, c.asserted_by, c.modality,
       (SELECT COUNT(*) FROM copies k WHERE k.doc_id = q.doc_id), q.item
FROM quantities q JOIN claims c ON c.id = q.claim_id JOIN documents d ON d.id = q.doc_id
"""


def _places(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> dict[int, frozenset[str]]:
    ids = sorted(set(doc_ids))
    out: dict[int, set[str]] = {i: set() for i in ids}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for doc_id, name in conn.execute(
            # places, and one-word organisations: NER often labels a country an organisation
            f"SELECT m.doc_id, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id"
            f" WHERE (e.kind = 'place' OR (e.kind = 'org' AND e.name NOT LIKE '% %'))"
            f" AND m.doc_id IN ({marks})", chunk
        ):
            out[doc_id].add(name.lower())
    return {k: frozenset(v) for k, v in out.items()}


def claims_for(conn: sqlite3.Connection, keys: Iterable[str] | None) -> list[FigureClaim]:
    if keys is None:
        rows = conn.execute(_CLAIM_SQL + " WHERE q.figure_key IS NOT NULL").fetchall()
    else:
        rows = []
        keys = sorted(set(keys))
        for i in range(0, len(keys), 200):
            chunk = keys[i : i + 200]
            rows += conn.execute(_CLAIM_SQL + f" WHERE q.figure_key IN ({','.join('?' * len(chunk))})",
                                 chunk).fetchall()
    places = _places(conn, (r[1] for r in rows))
    return [FigureClaim(*r[:14], places=places.get(r[1], frozenset()), published=r[14], outlet=r[15],
                        asserted_by=r[16], modality=r[17], copies=r[18], item_text=r[19]) for r in rows]


def relink(conn: sqlite3.Connection, keys: Iterable[str] | None = None) -> int:
    """Regroup the claims of these figure keys (all when None) and store the figures.

    A figure keeps its id while its key and subject stay the same. Returns figures written.
    """
    figures = group(claims_for(conn, keys))
    touched = sorted({key_text(f.key) for f in figures} | set(keys or ()))
    kept: set[int] = set()
    for f in figures:
        kept.add(_write(conn, f))
    # figures of these keys that no longer have claims
    for i in range(0, len(touched), 200):
        chunk = touched[i : i + 200]
        marks = ",".join("?" * len(chunk))
        stale = [r[0] for r in conn.execute(f"SELECT id FROM figures WHERE key IN ({marks})", chunk)
                 if r[0] not in kept]
        for fid in stale:
            conn.execute("UPDATE quantities SET figure_id = NULL WHERE figure_id = ?", (fid,))
            conn.execute("DELETE FROM figures WHERE id = ?", (fid,))
    if keys is None:
        conn.execute("DELETE FROM figures WHERE id NOT IN (SELECT DISTINCT figure_id FROM quantities"
                     " WHERE figure_id IS NOT NULL)")
    return len(figures)


def _write(conn: sqlite3.Connection, f: Figure) -> int:
    a = assess(f)
    dates = [c.published for c in f.claims if c.published]
    values = (key_text(f.key), f.subject or "", f.key.measure, f.key.unit, int(f.key.rate), f.label,
              len(f.claims), len({c.doc_id for c in f.claims}), int(a.disputed), min(dates, default=None),
              max(dates, default=None), LINKER_VERSION)
    row = conn.execute("SELECT id FROM figures WHERE key = ? AND subject = ?", values[:2]).fetchone()
    if row is None:
        fid = int(conn.execute(
            "INSERT INTO figures (key, subject, measure, unit, rate, label, claims, documents, disputed,"
            " first_published, last_published, linker_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", values
        ).lastrowid)
    else:
        fid = row[0]
        conn.execute(
            "UPDATE figures SET measure=?, unit=?, rate=?, label=?, claims=?, documents=?, disputed=?,"
            " first_published=?, last_published=?, linker_version=? WHERE id = ?", (*values[2:], fid)
        )
    conn.executemany("UPDATE quantities SET figure_id = ? WHERE id = ?", [(fid, c.quantity_id) for c in f.claims])
    return fid


def list_figures(conn: sqlite3.Connection, disputed: bool = False, measure: str | None = None,
                 min_documents: int = 1) -> list[dict]:
    clauses, params = ["documents >= ?"], [min_documents]
    if disputed:
        clauses.append("disputed = 1")
    if measure:
        clauses.append("measure LIKE ?")
        params.append(f"%{measure}%")
    rows = conn.execute(
        "SELECT * FROM figures WHERE " + " AND ".join(clauses)
        + " ORDER BY disputed DESC, documents DESC, claims DESC, id", params
    ).fetchall()
    return [dict(r) for r in rows]


def timeline(conn: sqlite3.Connection, figure_id: int) -> dict | None:
    """A figure with its claims in date order, each traced to its sentence, and its flags."""
    row = conn.execute("SELECT * FROM figures WHERE id = ?", (figure_id,)).fetchone()
    if row is None:
        return None
    figure = dict(row)
    claims = [c for c in claims_for(conn, [figure["key"]])]
    ids = {r[0] for r in conn.execute("SELECT id FROM quantities WHERE figure_id = ?", (figure_id,))}
    claims = sorted((c for c in claims if c.quantity_id in ids),
                    key=lambda c: (c.published or "", c.doc_id, c.quantity_id))
    from ..link.figures import interval

    fig = Figure(FigureKey(figure["measure"], figure["unit"], bool(figure["rate"])), figure["subject"] or None, claims)
    a = assess(fig)
    details = {
        r[0]: r[1:] for r in conn.execute(
            "SELECT q.id, q.text, q.start, q.end, c.id, c.sentence_start, c.sentence_end, d.title, d.url"
            " FROM quantities q JOIN claims c ON c.id = q.claim_id JOIN documents d ON d.id = q.doc_id"
            " WHERE q.figure_id = ?", (figure_id,))
    }
    disputed_ids = {i for pair in a.disagreements for i in pair}
    figure["entries"] = [
        {
            "quantity_id": c.quantity_id, "doc_id": c.doc_id, "published": c.published, "outlet": c.outlet,
            "title": details[c.quantity_id][6], "url": details[c.quantity_id][7],
            "text": details[c.quantity_id][0], "start": details[c.quantity_id][1], "end": details[c.quantity_id][2],
            "value": c.value, "low": c.low, "high": c.high, "bound": c.bound, "period": c.period,
            "annualised": c.annualised, "interval": list(interval(c) or ()) or None,
            "asserted_by": c.asserted_by, "modality": c.modality, "copies": c.copies,
            "claim_id": details[c.quantity_id][3],
            "sentence": {"start": details[c.quantity_id][4], "end": details[c.quantity_id][5], "text": c.sentence},
            "disputed": c.quantity_id in disputed_ids,
        }
        for c in sorted(claims, key=lambda c: (c.published or "", c.doc_id, c.quantity_id))
    ]
    figure["disagreements"] = [list(p) for p in a.disagreements]
    figure["repetitions"] = [list(r) for r in a.repeated]
    figure["changes"] = [list(p) for p in a.changes]
    figure["disputed"] = bool(figure["disputed"])
    figure["rate"] = bool(figure["rate"])
    return figure
