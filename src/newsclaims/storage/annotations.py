"""SQL for extraction results: writing a document's annotations, reading claims back.

Kept apart from sqlite.py so each file stays about one thing; SQLiteBackend delegates here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    speaker: str | None = None  # substring of the asserter's name (case-insensitive)
    entity: str | None = None  # a named entity mentioned in the claim's sentence
    item: str | None = None  # counted item (lemma or text, substring)
    unit: str | None = None
    modality: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    doc_id: int | None = None
    with_figures: bool = False  # only claims that hold at least one figure
    limit: int | None = None
    offset: int = 0


def _span_cols(span: Any) -> tuple[int | None, int | None, str | None]:
    return (span.start, span.end, span.text) if span is not None else (None, None, None)


def _entity_id(conn: sqlite3.Connection, kind: str, name: str, key: str) -> int:
    """The archive-wide entity for a mention: same kind and key, or, for a one-word person
    key ("korvath"), the only person whose full key ends with it."""
    row = conn.execute("SELECT id, name FROM entities WHERE kind = ? AND key = ?", (kind, key)).fetchone()
    if row is None and kind == "person" and " " not in key:
        rows = conn.execute(
            "SELECT id, name FROM entities WHERE kind = 'person' AND key LIKE ? LIMIT 2", (f"% {key}",)
        ).fetchall()
        if len(rows) == 1:
            row = rows[0]
    if row is None:
        return int(conn.execute("INSERT INTO entities (kind, name, key) VALUES (?,?,?)", (kind, name, key)).lastrowid)
    if len(name) > len(row[1]):
        conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, row[0]))
    return int(row[0])


def _figure_key(q: Any, sentence: Any) -> str | None:
    """The figure key of a quantity (what it measures), from the quantity and its sentence."""
    if sentence is None:
        return None
    from ..link.figures import FigureClaim, key_of
    from .figures import key_text

    key = key_of(FigureClaim(0, 0, q.value, q.low, q.high, q.bound, q.unit, q.currency, q.item_lemma, q.period,
                             q.annualised, q.change_kind, sentence.text, q.start - sentence.start))
    return key_text(key) if key else None


def write(conn: sqlite3.Connection, ann: Any) -> set[str]:
    """Replace everything extracted from ``ann.doc_id`` with ``ann`` (call in a transaction).

    Returns the figure keys of the document's quantities (old and new), for relinking."""
    doc_id = ann.doc_id
    old_keys = {r[0] for r in conn.execute(
        "SELECT DISTINCT figure_key FROM quantities WHERE doc_id = ? AND figure_key IS NOT NULL", (doc_id,))}
    for table in ("quantities", "claims", "statements", "mentions"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    entity_by_name: dict[str, int] = {}
    for m in ann.mentions:
        eid = _entity_id(conn, m.kind, m.name, m.key)
        entity_by_name.setdefault(m.name, eid)
        conn.execute(
            "INSERT INTO mentions (doc_id, entity_id, start, end, text, role, extractor_version)"
            " VALUES (?,?,?,?,?,?,?)",
            (doc_id, eid, m.start, m.end, m.text, m.role, ann.versions.get("entities", "")),
        )

    statement_ids: list[int] = []
    for s in ann.statements:
        cue = _span_cols(s.cue)
        src = _span_cols(s.source)
        spk = _span_cols(s.speaker_span)
        cur = conn.execute(
            "INSERT INTO statements (doc_id, kind, cue_start, cue_end, cue, content, source_start, source_end,"
            " source, speaker, speaker_named, speaker_start, speaker_end, entity_id, sentence_start,"
            " sentence_end, extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, s.kind, *cue, json.dumps([[c.start, c.end, c.text] for c in s.content], ensure_ascii=False),
             *src, s.speaker, int(bool(s.speaker_named)), spk[0], spk[1],
             entity_by_name.get(s.speaker or "") if s.speaker_named else None,
             s.sentence.start, s.sentence.end, ann.versions.get("statements", "")),
        )
        statement_ids.append(int(cur.lastrowid))

    claim_of_quantity: dict[int, int] = {}
    sentence_of_quantity: dict[int, Any] = {}
    for c in ann.claims:
        for qi in c.quantities:
            sentence_of_quantity[qi] = c.sentence
    for c in ann.claims:
        cue = _span_cols(c.modality_cue)
        cur = conn.execute(
            "INSERT INTO claims (doc_id, sentence_start, sentence_end, statement_id, asserted_by, asserted_by_kind,"
            " speaker_named, modality, modality_cue_start, modality_cue_end, evidence, extractor_version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, c.sentence.start, c.sentence.end,
             statement_ids[c.statement] if c.statement is not None else None,
             c.asserted_by, c.asserted_by_kind, int(c.speaker_named), c.modality, cue[0], cue[1],
             json.dumps([[e.start, e.end, e.text] for e in c.evidence], ensure_ascii=False), c.extractor_version),
        )
        for qi in c.quantities:
            claim_of_quantity[qi] = int(cur.lastrowid)

    keys: set[str] = set()
    for i, q in enumerate(ann.quantities):
        item = _span_cols(q.item)
        period = _span_cols(q.period_span)
        key = _figure_key(q, sentence_of_quantity.get(i))
        if key:
            keys.add(key)
        conn.execute(
            "INSERT INTO quantities (doc_id, claim_id, start, end, text, value, low, high, kind, unit, currency,"
            " per_unit, bound, change, change_kind, item_start, item_end, item, item_lemma, period, period_start,"
            " period_end, annualised, compared, extractor_version, figure_key)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, claim_of_quantity.get(i), q.start, q.end, q.text, q.value, q.low, q.high, q.kind, q.unit,
             q.currency, q.per_unit, q.bound, q.change, q.change_kind, *item, q.item_lemma, q.period,
             period[0], period[1], q.annualised, q.compared, q.extractor_version, key),
        )

    conn.execute(
        "INSERT INTO extractions (doc_id, text_sha256, versions, extracted_at) VALUES (?,?,?,?)"
        " ON CONFLICT(doc_id) DO UPDATE SET text_sha256 = excluded.text_sha256, versions = excluded.versions,"
        " extracted_at = excluded.extracted_at",
        (doc_id, ann.text_sha256, json.dumps(ann.versions, sort_keys=True),
         datetime.now(timezone.utc).isoformat(timespec="seconds")),
    )
    return keys | old_keys


def pending(conn: sqlite3.Connection, versions: dict[str, str], everything: bool) -> list[int]:
    """Ids of documents to extract: never extracted, text changed, or made by other versions."""
    if everything:
        return [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    wanted = json.dumps(versions, sort_keys=True)
    return [
        r[0]
        for r in conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN extractions e ON e.doc_id = d.id"
            " WHERE e.doc_id IS NULL OR e.text_sha256 != d.text_sha256 OR e.versions != ? ORDER BY d.id",
            (wanted,),
        )
    ]


QUANTITY_FIELDS = (
    "id", "start", "end", "text", "value", "low", "high", "kind", "unit", "currency", "per_unit", "bound",
    "change", "change_kind", "item_start", "item_end", "item", "item_lemma", "period", "period_start",
    "period_end", "annualised", "compared", "extractor_version", "figure_id",
)


def quantities(conn: sqlite3.Connection, doc_id: int, claim_ids: Iterable[int] | None = None) -> list[dict]:
    cols = ", ".join(f'"{c}"' for c in QUANTITY_FIELDS) + ", claim_id"
    rows = conn.execute(f"SELECT {cols} FROM quantities WHERE doc_id = ? ORDER BY start", (doc_id,)).fetchall()
    out = [dict(zip(QUANTITY_FIELDS + ("claim_id",), r)) for r in rows]
    if claim_ids is not None:
        keep = set(claim_ids)
        out = [q for q in out if q["claim_id"] in keep]
    return out


def statements(conn: sqlite3.Connection, doc_id: int) -> list[dict]:
    rows = conn.execute(
        "SELECT s.*, e.name AS entity_name FROM statements s LEFT JOIN entities e ON e.id = s.entity_id"
        " WHERE s.doc_id = ? ORDER BY s.sentence_start, s.id", (doc_id,),
    ).fetchall()
    out = []
    for r in rows:
        d = dict(r)
        d["content"] = [{"start": a, "end": b, "text": t} for a, b, t in json.loads(d["content"])]
        d["speaker_named"] = bool(d["speaker_named"])
        out.append(d)
    return out


def mentions(conn: sqlite3.Connection, doc_id: int) -> list[dict]:
    rows = conn.execute(
        "SELECT m.id, m.start, m.end, m.text, m.role, m.extractor_version, e.id AS entity_id, e.kind, e.name"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? ORDER BY m.start", (doc_id,),
    ).fetchall()
    return [dict(r) for r in rows]


def claims(conn: sqlite3.Connection, where: ClaimFilter) -> list[dict]:
    """Claims with their document, sentence, figures and statement, newest documents last."""
    clauses, params = [], []
    if where.doc_id is not None:
        clauses.append("c.doc_id = ?")
        params.append(where.doc_id)
    if where.speaker:
        clauses.append("c.asserted_by LIKE ?")
        params.append(f"%{where.speaker}%")
    if where.modality:
        clauses.append("c.modality = ?")
        params.append(where.modality)
    if where.outlet:
        clauses.append("d.outlet = ? COLLATE NOCASE")
        params.append(where.outlet)
    if where.since:
        clauses.append("d.published >= ?")
        params.append(where.since)
    if where.until:
        clauses.append("d.published <= ?")
        params.append(where.until + "~")
    if where.item or where.unit or where.with_figures:
        sub, sub_params = ["q.claim_id = c.id"], []
        if where.item:
            sub.append("(q.item_lemma LIKE ? OR q.item LIKE ?)")
            sub_params += [f"%{where.item}%", f"%{where.item}%"]
        if where.unit:
            sub.append("(q.unit = ? OR q.currency = ?)")
            sub_params += [where.unit, where.unit.upper()]
        clauses.append(f"EXISTS (SELECT 1 FROM quantities q WHERE {' AND '.join(sub)})")
        params += sub_params
    if where.entity:
        clauses.append(
            "EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = c.doc_id"
            " AND m.start >= c.sentence_start AND m.end <= c.sentence_end AND (e.name LIKE ? OR m.text LIKE ?))"
        )
        params += [f"%{where.entity}%", f"%{where.entity}%"]
    sql = (
        "SELECT c.*, d.title, d.outlet, d.published, d.url, substr(d.text, c.sentence_start + 1,"
        " c.sentence_end - c.sentence_start) AS sentence, s.kind AS statement_kind, s.source AS statement_source,"
        " s.speaker AS statement_speaker FROM claims c JOIN documents d ON d.id = c.doc_id"
        " LEFT JOIN statements s ON s.id = c.statement_id"
        + (" WHERE " + " AND ".join(clauses) if clauses else "")
        + " ORDER BY COALESCE(d.published, ''), c.doc_id, c.sentence_start, c.id"
    )
    if where.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [where.limit, where.offset]
    rows = [dict(r) for r in conn.execute(sql, params).fetchall()]
    by_doc: dict[int, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    for doc_id, doc_rows in by_doc.items():
        qs = quantities(conn, doc_id, [r["id"] for r in doc_rows])
        for r in doc_rows:
            r["quantities"] = [q for q in qs if q["claim_id"] == r["id"]]
            r["evidence"] = [{"start": a, "end": b, "text": t} for a, b, t in json.loads(r["evidence"])]
            r["speaker_named"] = bool(r["speaker_named"])
    return rows
