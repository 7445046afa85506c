"""Extraction end to end: the sample corpus through ingest, claims and export.

Every span stored anywhere must read back its own text from the document's canonical text.
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import newsclaims
from newsclaims.export import write_csv, write_jsonl
from newsclaims.extract.document import ExtractInput, annotate
from newsclaims.options import IngestOptions
from newsclaims.samples import sample_path


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("x") / "x.db"
    with newsclaims.open(path) as a:
        report = a.ingest([str(sample_path())], IngestOptions(workers=1))
        assert report.extraction is not None and not report.extraction.failed
        yield a


@pytest.fixture(scope="module")
def records(archive):
    buf = io.StringIO()
    write_jsonl(archive, buf)
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def spans_of(record: dict):
    """Every (start, end, text) stored for a document, with where it came from."""
    for q in record["quantities"]:
        yield "quantity", q["start"], q["end"], q["text"]
        if q["item"]:
            yield "item", q["item"]["start"], q["item"]["end"], q["item"]["text"]
    for s in record["statements"]:
        for key in ("cue", "source", "speaker_span", "sentence"):
            if s[key]:
                yield key, s[key]["start"], s[key]["end"], s[key]["text"]
        for c in s["content"]:
            yield "content", c["start"], c["end"], c["text"]
    for e in record["entities"]:
        yield "entity", e["start"], e["end"], e["text"]
    for c in record["claims"]:
        yield "claim sentence", c["sentence"]["start"], c["sentence"]["end"], c["sentence"]["text"]
        for e in c["evidence"]:
            yield "evidence", e["start"], e["end"], e["text"]


def test_every_stored_span_reads_back_its_text(records):
    checked = 0
    for record in records:
        text = record["text"]
        for what, start, end, span_text in spans_of(record):
            assert 0 <= start < end <= len(text), (record["id"], what, start, end)
            assert text[start:end] == span_text, (record["id"], what)
            checked += 1
    assert checked > 300


def test_export_validates_against_the_documented_schema(records):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.files("newsclaims").joinpath("export_schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    for record in records:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, (record["id"], [e.message for e in errors[:3]])


def test_sample_target_figure_has_item_period_and_annual_rate(archive):
    rows = archive.claims(item="shell", with_figures=True)
    figures = [(q["text"], q["item"], q["period"], q["annualised"]) for r in rows for q in r["quantities"]]
    assert ("250,000", "artillery shells", "month", 3_000_000) in figures
    assert any(text.startswith("more than 3 million") and period == "year" for text, _, period, _ in figures)


def test_every_claim_is_traceable(archive):
    rows = archive.claims()
    assert rows
    for r in rows:
        assert r["doc_id"] and r["sentence"] and r["modality"]
        assert r["asserted_by_kind"] in ("speaker", "outlet", "unknown")
        doc = archive.get(r["doc_id"])
        assert doc.text[r["sentence_start"]:r["sentence_end"]] == r["sentence"]


def test_extract_again_is_a_no_op_and_all_redoes_the_same(archive):
    again = archive.extract()
    assert again.documents == 0
    before = len(archive.claims())
    redone = archive.extract(everything=True)
    assert redone.documents == archive.stats()["documents"]
    assert len(archive.claims()) == before


def test_csv_has_one_row_per_figure(archive, records):
    buf = io.StringIO()
    n = write_csv(archive, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) == sum(len(r["quantities"]) for r in records)
    assert all(r["doc_id"] and r["text"] for r in rows)


PIECES = [
    "Velmora's defence ministry said output rose to 250,000 shells a month.",
    '"We will meet the target," Deputy Minister Oskar Lind told Northwire.',
    "According to the central bank, inflation reached 9.6% in May [2].",
    "Officials say the budget exceeds 1.2 trillion korunas.",
    "He added that tens of thousands of workers had been hired.",
    "The F-16 and T-90M were not mentioned on 3 March 2026 at 09:30.",
    "“Half the territory is mined,” she said. “It will take years.”",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.sampled_from([" ", "\n\n"]),
       st.text(alphabet="abc XYZ,.\"'’0123456789%$", max_size=30))
def test_annotations_read_back_on_generated_articles(pieces, joiner, noise):
    text = joiner.join(pieces) + " " + noise
    ann = annotate(ExtractInput(1, text, "x", "Ledger"))
    spans = [(q.start, q.end, q.text) for q in ann.quantities]
    spans += [(m.start, m.end, m.text) for m in ann.mentions]
    for s in ann.statements:
        spans += [(c.start, c.end, c.text) for c in s.content]
        spans += [(x.start, x.end, x.text) for x in (s.cue, s.source, s.speaker_span, s.sentence) if x]
    spans += [(c.sentence.start, c.sentence.end, c.sentence.text) for c in ann.claims]
    for start, end, span_text in spans:
        assert text[start:end] == span_text
