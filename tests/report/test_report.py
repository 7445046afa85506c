"""The analyst's brief on the bundled sample corpus: sections, traceability, filters, HTML safety.

Exact figures depend on the story and figure linkers, which are still being tuned, so these
tests check structure and that every reference leads back to its sentence.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

import newsclaims
from newsclaims.cli.common import run_guarded
from newsclaims.cli.main import cli
from newsclaims.options import IngestOptions
from newsclaims.report import all_refs, build_report, render_html, render_markdown
from newsclaims.report.text import one_line
from newsclaims.samples import sample_path

from tests.report.hostile import SCRIPT, write_batch

REF = re.compile(r"doc (\d+) · chars (\d+)–(\d+)")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    db = tmp_path_factory.mktemp("report") / "sample.db"
    with newsclaims.open(db) as archive:
        archive.ingest([str(sample_path())], IngestOptions(workers=1))
        yield db, archive


@pytest.fixture(scope="module")
def brief(sample):
    return build_report(sample[1], limit=6)


def unescape_md(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def cells(row: str) -> list[str]:
    """A Markdown table row's cells (pipes escaped as \\| stay inside their cell)."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def quote_in(quote: str, sentence: str) -> bool:
    """Every piece of a quote shortened with "…" appears in the sentence, in order."""
    pos, text = 0, one_line(sentence)
    for piece in (p.strip() for p in quote.split("…")):
        found = text.find(piece, pos)
        if piece and found < 0:
            return False
        pos = max(pos, found + len(piece))
    return True


def section(text: str, heading: str) -> str:
    start = text.index(heading)
    nxt = text.find("\n## ", start + len(heading))
    return text[start: nxt if nxt >= 0 else len(text)]


# -- Markdown ---------------------------------------------------------------------------------
def test_markdown_has_sections_in_order(brief):
    text = render_markdown(brief)
    headings = ("# News brief", "## Top stories", "## Key figures", "## Statements by speaker")
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert brief.stories and brief.figures and brief.speakers
    assert not re.search(r"(?<!\\)<", text)


def test_disputed_figure_comes_first_with_each_source(sample, brief):
    archive = sample[1]
    assert brief.figures[0].disputed, "the sample corpus has a disputed figure; it must lead the section"
    disputed_flags = [f.disputed for f in brief.figures]
    assert disputed_flags == sorted(disputed_flags, reverse=True)
    figures_md = section(render_markdown(brief), "## Key figures")
    f = brief.figures[0]
    block = figures_md[figures_md.index(f"### {f.label}"):]
    rows = [cells(line) for line in block.splitlines() if re.match(r"\| \d{4}-\d\d-\d\d ", line)][: len(f.entries)]
    assert len(rows) == len(f.entries) >= 2
    for entry, row in zip(f.entries, rows):
        date, outlet, _, value, _, _, quote, source = row
        assert date == entry.published[:10]
        assert unescape_md(outlet).startswith(entry.outlet or "outlet unknown")
        assert value.strip("*")  # each source's value is shown
        m = REF.search(source)
        assert m, source
        doc_id, start, end = map(int, m.groups())
        doc = archive.get(doc_id)
        assert doc.text[start:end] == entry.ref.sentence  # the reference leads to the sentence
        assert doc.text[entry.ref.start + entry.focus[0]: entry.ref.start + entry.focus[1]] == entry.text
        assert quote_in(unescape_md(quote).strip("“”"), doc.text[start:end])
        if entry.ref.url:
            assert f"]({entry.ref.url})" in source
        else:
            assert f"newsclaims show {doc_id}" in source


def test_every_reference_resolves_to_its_sentence(sample, brief):
    archive = sample[1]
    refs = list(all_refs(brief))
    assert refs
    for r in refs:
        assert archive.get(r.doc_id).text[r.start:r.end] == r.sentence
    text = render_markdown(brief)
    found = {tuple(map(int, m.groups())) for m in REF.finditer(text)}
    assert found == {(r.doc_id, r.start, r.end) for r in refs}


def test_every_statement_line_is_traceable(sample, brief):
    archive = sample[1]
    statements = section(render_markdown(brief), "## Statements by speaker")
    lines = [line for line in statements.splitlines() if line.startswith("- “")]
    assert lines
    for line in lines:
        m = REF.search(line)
        assert m, line
        doc_id, start, end = map(int, m.groups())
        quote = unescape_md(line[3: line.index("” — ")])
        assert quote_in(quote, archive.get(doc_id).text[start:end])


def test_story_lines_name_their_documents(sample, brief):
    archive = sample[1]
    stories = section(render_markdown(brief), "## Top stories")
    assert re.search(r"^1\. \*\*.+\*\* — \d+ outlets? \(", stories, re.M)
    for s in brief.stories:
        assert len(s.outlets) >= 1
        for d in s.documents:
            assert archive.get(d.doc_id).title == d.title
            assert f"doc {d.doc_id}" in stories
    counts = [len(s.outlets) for s in brief.stories]
    assert counts == sorted(counts, reverse=True)


# -- filters ----------------------------------------------------------------------------------
def test_since_narrows_every_section(sample, brief):
    since = "2026-05-01"
    narrow = build_report(sample[1], since=since, limit=50, min_documents=1)
    full = build_report(sample[1], limit=50, min_documents=1)
    dated = [e.published for f in narrow.figures for e in f.entries]
    dated += [st.published for s in narrow.speakers for st in s.statements]
    assert dated and all(p[:10] >= since for p in dated)
    assert all((s.last_published or "")[:10] >= since for s in narrow.stories)
    assert sum(s.total for s in narrow.speakers) < sum(s.total for s in full.speakers)
    assert narrow.stories_total < full.stories_total
    assert f"published on or after {since}" in render_markdown(narrow)


def test_query_keeps_matching_documents_only(sample):
    archive = sample[1]
    matched = {h.doc_id for h in archive.search("inflation", limit=1000)}
    narrow = build_report(archive, query="inflation", limit=50, min_documents=1)
    full = build_report(archive, limit=50, min_documents=1)
    assert narrow.matched_documents == len(matched) > 0
    docs = {e.doc_id for f in narrow.figures for e in f.entries}
    docs |= {st.doc_id for s in narrow.speakers for st in s.statements}
    assert docs and docs <= matched
    assert all(any(d.doc_id in matched for d in s.documents) for s in narrow.stories)
    assert narrow.stories_total < full.stories_total
    assert "inflation" in render_markdown(narrow).splitlines()[0]


# -- HTML -------------------------------------------------------------------------------------
def article_urls(archive) -> set[str]:
    urls = set()
    for doc in archive:
        urls.add(doc.meta.url)
        urls.update(c.url for c in doc.copies)
    return {u for u in urls if u}


def check_self_contained(page: str, allowed: set[str]) -> lxml.html.HtmlElement:
    tree = lxml.html.fromstring(page)
    assert not tree.xpath("//script | //iframe | //object | //embed | //link | //img | //base")
    assert not tree.xpath("//@src")
    assert not [a for a in tree.xpath("//@*") if a.attrname.lower().startswith("on")]
    for href in tree.xpath("//@href"):
        assert href.startswith("#") or href in allowed, href
    css = " ".join(tree.xpath("//style/text()"))
    assert "url(" not in css and "@import" not in css
    return tree


def test_html_is_self_contained_with_a_chart_per_disputed_figure(sample, brief):
    page = render_html(brief)
    tree = check_self_contained(page, article_urls(sample[1]))
    disputed = [f for f in brief.figures if f.disputed]
    assert disputed
    svgs = tree.xpath("//svg")
    assert len(svgs) == len(disputed)
    for f, svg in zip(disputed, svgs):
        assert svg.get("id") == f"chart-{f.id}"
        # one marker per dated claim, each with its source in a tooltip
        tips = svg.xpath(".//a/title | .//g/title")
        assert len(tips) == sum(1 for e in f.entries if e.published)
        assert all(REF.search(t.text_content()) for t in tips)
        assert svg.xpath(".//g[@class='axes']//text") and svg.xpath(".//g[@class='legend']//text")
    assert [a.get("id") for a in tree.xpath("//article[contains(@class, 'figure')]")][0] == f"figure-{disputed[0].id}"


def test_html_refs_carry_the_sentence(sample, brief):
    tree = lxml.html.fromstring(render_html(brief))
    refs = tree.xpath("//*[contains(@class, 'ref')]")
    assert refs
    archive = sample[1]
    for el in refs:
        m = REF.search(el.text_content())
        assert m
        doc_id, start, end = map(int, m.groups())
        sentence = one_line(archive.get(doc_id).text[start:end])
        assert quote_in(el.get("title").rstrip("…"), sentence)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    with newsclaims.open(folder / "h.db") as archive:
        archive.ingest([str(write_batch(folder / "batch.jsonl"))], IngestOptions(workers=1))
        yield archive


def test_hostile_text_is_escaped(hostile):
    brief = build_report(hostile, min_documents=1)
    page = render_html(brief)
    tree = check_self_contained(page, article_urls(hostile))
    assert not tree.xpath("//script")
    assert "&lt;script&gt;" in page and SCRIPT not in page
    assert "javascript:" not in page  # the hostile URL is not linked (nor shown)
    assert any(SCRIPT in t for t in tree.xpath("//strong/text()"))  # shown as text, intact
    assert [f for f in brief.figures if f.disputed] and len(tree.xpath("//svg")) == 1
    text = render_markdown(brief)
    assert not re.search(r"(?<!\\)<", text), "every < from an article is backslash-escaped"
    assert "javascript:" not in text and r"\<script\>" in text


# -- CLI --------------------------------------------------------------------------------------
def test_cli_writes_files(sample, tmp_path, capsys):
    db = str(sample[0])
    out = tmp_path / "brief.html"
    code = run_guarded(cli, ["report", "--db", db, "--format", "html", "-o", str(out), "--limit", "3"])
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    code = run_guarded(cli, ["report", "--db", db, "--since", "2026-03-01", "--query", "shells"])
    stdout = capsys.readouterr().out
    assert code == 0 and stdout.startswith("# News brief: shells") and "## Key figures" in stdout


def test_cli_errors_are_one_line(tmp_path, capsys):
    code = run_guarded(cli, ["report", "--db", str(tmp_path / "missing.db")])
    err = capsys.readouterr().err
    assert code == 4 and "no archive here yet" in err and "Traceback" not in err
    code = run_guarded(cli, ["report", "--db", str(tmp_path / "missing.db"), "--format", "pdf"])
    assert code == 2
