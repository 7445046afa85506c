"""The CLI: exit codes, --json listings, messages without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsclaims.cli.common import run_guarded
from newsclaims.cli.main import cli
from tests.helpers import ARTICLE, html_page


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = run_guarded(cli, list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample_db(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    code, out, _ = run(capsys, "ingest", "--samples", "--db", db, "--workers", "1", "--json")
    assert code == 0, out
    return db


def test_ingest_samples_json_summary(sample_db, capsys):
    code, out, _ = run(capsys, "ingest", "--samples", "--db", sample_db, "--workers", "1", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["ingested"] == 0 and report["unchanged"] > 10
    assert report["archive"]["documents"] >= 10


def test_ingest_prints_summary_with_reasons_and_exits_1_on_failure(tmp_path, capsys):
    (tmp_path / "ok.html").write_text(html_page("Shells", ARTICLE), encoding="utf-8")
    (tmp_path / "bad.html").write_bytes(b"\x00\x01\x02binary junk\xff" * 50)
    code, out, err = run(capsys, "ingest", str(tmp_path), "--db", str(tmp_path / "a.db"), "--workers", "1")
    assert code == 1
    assert "ingested (new documents)" in out and "1" in out
    assert "bad.html" in out and "binary" in out
    assert "Traceback" not in out + err


def test_listings_have_json(sample_db, capsys):
    code, out, _ = run(capsys, "docs", "--db", sample_db, "--json", "--since", "2026-05-01")
    docs = json.loads(out)
    assert code == 0 and docs and all(d["published"] >= "2026-05-01" for d in docs)
    code, out, _ = run(capsys, "search", "artillery shells", "--db", sample_db, "--json", "--limit", "2")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 2 and "[[" in hits[0]["snippet"]
    code, out, _ = run(capsys, "show", str(docs[0]["id"]), "--db", sample_db, "--json")
    shown = json.loads(out)
    assert shown["title"] == docs[0]["title"] and shown["text"] and shown["copies"]
    code, out, _ = run(capsys, "stats", "--db", sample_db, "--json")
    assert json.loads(out)["documents"] >= 10


def test_human_output(sample_db, capsys):
    code, out, _ = run(capsys, "search", "inflation", "--db", sample_db)
    assert code == 0 and "inflation" in out.lower()
    code, out, _ = run(capsys, "show", "1", "--db", sample_db)
    assert code == 0 and "source" in out
    code, out, _ = run(capsys, "stats", "--db", sample_db)
    assert code == 0 and "documents" in out


def test_errors_are_one_line_without_traceback(tmp_path, capsys):
    code, out, err = run(capsys, "show", "999", "--db", str(tmp_path / "missing.db"))
    assert code == 4 and "no archive here yet" in err and "Traceback" not in err
    db = str(tmp_path / "junk.db")
    (tmp_path / "junk.db").write_bytes(b"not a database" * 200)
    code, out, err = run(capsys, "stats", "--db", db)
    assert code == 4 and "junk.db" in err and "Traceback" not in err


def test_missing_document_and_usage_errors(sample_db, capsys):
    code, _, err = run(capsys, "show", "999", "--db", sample_db)
    assert code == 1 and "999" in err
    code, _, err = run(capsys, "ingest", "--db", sample_db)
    assert code == 2 and "nothing to ingest" in err
    code, _, err = run(capsys, "docs", "--since", "March", "--db", sample_db)
    assert code == 2


def test_help_is_instant_and_imports_nothing_heavy():
    code = (
        "import sys; from newsclaims.cli.main import cli\n"
        "try:\n    cli.main(['--help'], standalone_mode=False)\nexcept SystemExit: pass\n"
        "heavy = [m for m in ('trafilatura', 'spacy', 'datasketch', 'numpy', 'lxml') if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out
    assert "ingest" in out and "search" in out


def test_claims_show_and_export(sample_db, capsys, tmp_path):
    code, out, _ = run(capsys, "claims", "--db", sample_db, "--item", "shell", "--figures-only", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert all(any("shell" in (q["item"] or {}).get("text", "") for q in r["quantities"]) for r in rows)
    code, out, _ = run(capsys, "claims", "--db", sample_db, "--modality", "estimate")
    assert code == 0 and "estimate" in out
    doc_id = rows[0]["doc_id"]
    code, out, _ = run(capsys, "show", str(doc_id), "--db", sample_db)
    assert code == 0 and "figures" in out and "statements" in out
    target = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "export", "--db", sample_db, "-o", str(target))
    lines = target.read_text(encoding="utf-8").splitlines()
    assert code == 0 and "wrote" in err and len(lines) == json.loads(
        run(capsys, "stats", "--db", sample_db, "--json")[1])["documents"]
    code, out, _ = run(capsys, "export", "--db", sample_db, "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("doc_id,title")


def test_extract_reports_nothing_to_do_when_up_to_date(sample_db, capsys):
    code, out, _ = run(capsys, "extract", "--db", sample_db, "--json")
    assert code == 0 and json.loads(out)["documents"] == 0


def test_ingest_no_stories_then_stories_links_what_is_pending(tmp_path, capsys):
    db = str(tmp_path / "n.db")
    code, _, _ = run(capsys, "ingest", "--samples", "--db", db, "--workers", "1", "--no-extract", "--no-stories",
                     "--json")
    assert code == 0
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents WHERE story_id IS NOT NULL").fetchone()[0] == 0
    code, out, _ = run(capsys, "stories", "--db", db, "--json")
    assert code == 0
    listed = json.loads(out)
    with sqlite3.connect(db) as conn:
        documents = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        assert conn.execute("SELECT COUNT(*) FROM documents WHERE story_id IS NULL").fetchone()[0] == 0
    assert sum(len(s["documents"]) for s in listed) == documents
