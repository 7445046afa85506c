"""SQL for entities over time: what a person or organisation said and which figures they put forward."""

from __future__ import annotations

import json
import sqlite3

from .annotations import ClaimFilter, claims


def profile(conn: sqlite3.Connection, name: str) -> dict | None:
    """An entity's statements, figures and quoting outlets over time, or None when unknown.

    ``name`` matches an entity's name or a speaker's resolved name (case-insensitive
    substring), so "Vendrik" finds "Tomas Vendrik" and "Defence Minister Tomas Vendrik".
    """
    like = f"%{name}%"
    entities = [dict(r) for r in conn.execute(
        "SELECT e.id, e.kind, e.name, COUNT(m.id) AS mentions, COUNT(DISTINCT m.doc_id) AS documents"
        " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id WHERE e.name LIKE ?"
        " GROUP BY e.id ORDER BY mentions DESC, e.id", (like,))]
    names = {e["name"] for e in entities}
    speakers = {r[0] for r in conn.execute(
        "SELECT DISTINCT speaker FROM statements WHERE speaker LIKE ? AND speaker_named = 1", (like,))}
    if not entities and not speakers:
        return None
    said = [r for r in claims(conn, ClaimFilter(speaker=name)) if r["asserted_by_kind"] == "speaker"]
    statements = [dict(r) for r in conn.execute(
        "SELECT s.id, s.doc_id, s.kind, s.speaker, s.source, s.content, s.sentence_start, s.sentence_end,"
        " d.title, d.outlet, d.published, d.url FROM statements s JOIN documents d ON d.id = s.doc_id"
        " WHERE s.speaker LIKE ? AND s.speaker_named = 1 ORDER BY COALESCE(d.published, ''), s.doc_id, s.id",
        (like,))]
    for s in statements:
        s["content"] = [{"start": a, "end": b, "text": t} for a, b, t in json.loads(s["content"])]
    outlets: dict[str, int] = {}
    for s in statements:
        if s["outlet"]:
            outlets[s["outlet"]] = outlets.get(s["outlet"], 0) + 1
    figures = [
        {"claim_id": r["id"], "doc_id": r["doc_id"], "published": r["published"], "outlet": r["outlet"],
         "modality": r["modality"], "sentence": {"start": r["sentence_start"], "end": r["sentence_end"],
                                                 "text": r["sentence"]},
         "quantities": [{"id": q["id"], "text": q["text"], "value": q["value"], "unit": q["unit"],
                         "currency": q["currency"], "item": q["item"], "period": q["period"],
                         "annualised": q["annualised"], "figure_id": q["figure_id"]} for q in r["quantities"]]}
        for r in said if r["quantities"]
    ]
    dates = [s["published"] for s in statements if s["published"]]
    return {
        "query": name,
        "entities": entities,
        "speaker_names": sorted(speakers | (names & speakers)),
        "statements": statements,
        "figures": figures,
        "outlets": dict(sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))),
        "first_seen": min(dates, default=None),
        "last_seen": max(dates, default=None),
    }
