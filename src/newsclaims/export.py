"""Exporting the archive: JSON Lines (one document per line, with everything extracted from
it) or CSV (one row per figure). The JSONL layout is a public interface: it is described by
``export_schema.json`` beside this file and in docs/export-schema.md; change it only by
adding fields, and bump ``EXPORT_SCHEMA_VERSION`` when you do.
"""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING, Iterator, TextIO

if TYPE_CHECKING:  # pragma: no cover
    from .archive import Archive

EXPORT_SCHEMA_VERSION = 2  # 2: story_id on documents, figure_id on quantities

CSV_COLUMNS = (
    "doc_id", "title", "outlet", "published", "url", "sentence_start", "sentence_end", "sentence",
    "asserted_by", "asserted_by_kind", "modality", "start", "end", "text", "value", "low", "high", "kind", "unit",
    "currency", "bound", "change", "change_kind", "item", "item_lemma", "period", "annualised", "extractor_version",
)


def _span(start, end, text) -> dict | None:
    return None if start is None else {"start": start, "end": end, "text": text}


def claim_json(r: dict) -> dict:
    return {
        "id": r["id"], "doc_id": r["doc_id"], "title": r["title"], "outlet": r["outlet"],
        "published": r["published"], "url": r["url"],
        "sentence": {"start": r["sentence_start"], "end": r["sentence_end"], "text": r["sentence"]},
        "asserted_by": r["asserted_by"], "asserted_by_kind": r["asserted_by_kind"],
        "speaker_named": r["speaker_named"], "modality": r["modality"],
        "statement": None if r["statement_id"] is None else {
            "id": r["statement_id"], "kind": r["statement_kind"], "source": r["statement_source"],
            "speaker": r["statement_speaker"]},
        "quantities": [quantity_json(q) for q in r["quantities"]],
        "evidence": r["evidence"], "extractor_version": r["extractor_version"],
    }


def quantity_json(q: dict) -> dict:
    return {
        "id": q["id"], "start": q["start"], "end": q["end"], "text": q["text"], "value": q["value"],
        "low": q["low"], "high": q["high"], "kind": q["kind"], "unit": q["unit"], "currency": q["currency"],
        "per_unit": q["per_unit"], "bound": q["bound"], "change": q["change"], "change_kind": q["change_kind"],
        "item": None if q["item"] is None else {"start": q["item_start"], "end": q["item_end"], "text": q["item"],
                                                  "lemma": q["item_lemma"]},
        "period": q["period"],
        "period_span": None if q["period_start"] is None else {
            "start": q["period_start"], "end": q["period_end"]},
        "annualised": q["annualised"], "compared": q["compared"], "claim_id": q["claim_id"],
        "figure_id": q.get("figure_id"),
        "extractor_version": q["extractor_version"],
    }


def document_records(archive: "Archive") -> Iterator[dict]:
    """One export record per stored document (see export_schema.json)."""
    for doc in archive:
        yield document_record(doc, archive.backend.annotations(doc.id))


def document_record(doc, ann: dict) -> dict:
    """The export record of one document, given its stored annotations."""
    m = doc.meta
    return {
        "schema_version": EXPORT_SCHEMA_VERSION,
        "id": doc.id,
        "title": m.title,
        "outlet": m.outlet,
        "published": m.published,
        "author": m.author,
        "url": m.url,
        "source": doc.source,
        "text_sha256": doc.text_sha256,
        "story_id": doc.story_id,
        "copies": [
            {"source": c.source, "relation": c.relation, "similarity": c.similarity, "outlet": c.outlet,
             "published": c.published, "url": c.url, "title": c.title}
            for c in doc.copies
        ],
        "text": doc.text,
        "quantities": [quantity_json(q) for q in ann["quantities"]],
        "statements": [
            {
                "id": s["id"], "kind": s["kind"], "cue": _span(s["cue_start"], s["cue_end"], s["cue"]),
                "content": s["content"], "source": _span(s["source_start"], s["source_end"], s["source"]),
                "speaker": s["speaker"], "speaker_named": s["speaker_named"],
                "speaker_span": _span(s["speaker_start"], s["speaker_end"],
                                      None if s["speaker_start"] is None
                                      else doc.text[s["speaker_start"]:s["speaker_end"]]),
                "entity_id": s["entity_id"],
                "sentence": _span(s["sentence_start"], s["sentence_end"],
                                  doc.text[s["sentence_start"]:s["sentence_end"]]),
                "extractor_version": s["extractor_version"],
            }
            for s in ann["statements"]
        ],
        "entities": [
            {"entity_id": e["entity_id"], "kind": e["kind"], "name": e["name"], "start": e["start"],
             "end": e["end"], "text": e["text"], "role": e["role"], "extractor_version": e["extractor_version"]}
            for e in ann["entities"]
        ],
        "claims": [
            {k: v for k, v in claim_json(c).items() if k not in ("title", "outlet", "published", "url", "doc_id")}
            for c in ann["claims"]
        ],
    }


def write_jsonl(archive: "Archive", out: TextIO) -> int:
    n = 0
    for record in document_records(archive):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(archive: "Archive", out: TextIO) -> int:
    """One row per figure, with its claim's asserter, modality and sentence."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for record in document_records(archive):
        base = {k: record[k] for k in ("title", "outlet", "published", "url")}
        claims = {c["id"]: c for c in record["claims"]}
        for q in record["quantities"]:
            claim = claims.get(q["claim_id"])
            row = {**base, "doc_id": record["id"], **q}
            row["item"] = q["item"]["text"] if q["item"] else None
            row["item_lemma"] = q["item"]["lemma"] if q["item"] else None
            if claim:
                row.update(sentence_start=claim["sentence"]["start"], sentence_end=claim["sentence"]["end"],
                           sentence=claim["sentence"]["text"], asserted_by=claim["asserted_by"],
                           asserted_by_kind=claim["asserted_by_kind"], modality=claim["modality"])
            writer.writerow(row)
            n += 1
    return n
