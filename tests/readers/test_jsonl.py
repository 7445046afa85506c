"""JSON Lines batches: one article per line, bad lines reported and skipped."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from newsclaims.options import ReadOptions
from newsclaims.readers import read

from ._util import ARTICLE, docs, page, problems


def test_lines_become_documents_and_bad_lines_problems(tmp_path: Path) -> None:
    good_html = {"html": page(), "url": "https://ledger.example/a", "title": "Orsk",
                 "published": "2026-03-10T09:30:00Z", "outlet": "Valdoria Ledger", "author": "Mira Holt"}
    good_text = {"text": ARTICLE, "title": "Plain"}
    lines = [
        json.dumps(good_html),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
        json.dumps(good_text, ensure_ascii=False),
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = list(read([str(batch)], ReadOptions()))

    first, second = docs(got)
    assert first.source == f"{batch}#line=1" and first.kind == "html"
    assert first.meta.url == "https://ledger.example/a"
    assert first.meta.published == "2026-03-10T09:30:00+00:00"
    assert first.meta.author == "Mira Holt" and first.meta.outlet == "Valdoria Ledger"
    assert first.raw_sha256 == hashlib.sha256(lines[0].encode("utf-8")).hexdigest()
    assert second.source == f"{batch}#line=6" and second.kind == "text" and second.data == ARTICLE

    bad = problems(got)
    assert [p.source for p in bad] == [f"{batch}#line={n}" for n in (3, 4, 5)]
    assert all(p.kind == "failed" and "\n" not in p.reason for p in bad)
    assert "not valid JSON" in bad[0].reason


def test_jsonl_detected_without_extension(tmp_path: Path) -> None:
    batch = tmp_path / "export.dat"
    batch.write_text(json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": ARTICLE + " More."}))
    assert len(docs(list(read([str(batch)], ReadOptions())))) == 2
