"""End-to-end: ingest through the Python API into a real SQLite archive."""

from __future__ import annotations

import gzip
import json

import pytest

import newsclaims
from newsclaims.options import IngestOptions
from newsclaims.samples import manifest_path, sample_path
from tests.helpers import ARTICLE, html_page, variant

SERIAL = IngestOptions(workers=1)


@pytest.fixture
def archive(tmp_path):
    with newsclaims.open(tmp_path / "news.db") as a:
        yield a


def test_sample_corpus_matches_its_manifest(archive):
    totals = json.loads(manifest_path().read_text(encoding="utf-8"))["totals"]
    report = archive.ingest([str(sample_path())], SERIAL)
    assert report.failed == 0 and report.skipped == 0, report.problems
    assert report.ingested == totals["distinct_documents"]
    assert report.duplicates == totals["exact_copies"] + totals["near_copies"]
    stats = archive.stats()
    assert stats["exact_copies"] == totals["exact_copies"]
    assert stats["near_copies"] == totals["near_copies"]
    assert stats["syndicated_documents"] == totals["groups_with_copies"]


def test_sample_metadata_is_read(archive):
    manifest = json.loads(manifest_path().read_text(encoding="utf-8"))
    archive.ingest([str(sample_path())], SERIAL)
    by_source = {}
    for doc in archive:
        for c in doc.copies:
            by_source[c.source.split("/corpus/", 1)[1]] = (doc, c)
    checked = 0
    for f in manifest["files"]:
        for item in f.get("items", []):
            if item.get("relation") != "original" or item["source"] not in by_source:
                continue
            doc, _ = by_source[item["source"]]
            if item.get("title"):
                assert doc.meta.title == item["title"], item["source"]
            if item.get("published") and f["format"] in ("html", "rss", "atom", "jsonl", "warc"):
                assert (doc.meta.published or "")[:10] == item["published"][:10], item["source"]
            checked += 1
    assert checked >= 10


def test_ingesting_twice_adds_nothing(archive, tmp_path):
    first = archive.ingest([str(sample_path())], SERIAL)
    before = archive.stats()
    second = archive.ingest([str(sample_path())], SERIAL)
    after = archive.stats()
    assert second.ingested == 0 and second.duplicates == 0
    assert second.unchanged == first.ingested + first.duplicates
    assert (before["documents"], before["copies"]) == (after["documents"], after["copies"])


def test_process_pool_gives_the_same_archive(tmp_path):
    results = []
    for workers in (1, 2):
        with newsclaims.open(tmp_path / f"w{workers}.db") as a:
            a.ingest([str(sample_path())], IngestOptions(workers=workers))
            results.append(sorted((d.text_sha256, d.title or "", len(d.copies)) for d in a))
    assert results[0] == results[1]


def test_bad_inputs_are_reported_and_the_run_goes_on(archive, tmp_path):
    good = tmp_path / "good.html"
    good.write_text(html_page("Shell output triples", ARTICLE), encoding="utf-8")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "junk.html").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(html_page("x", ARTICLE).encode())[:200])
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    report = archive.ingest([str(tmp_path)], SERIAL)
    reasons = {p.source.rsplit("/", 1)[1]: (p.kind, p.reason) for p in report.problems}
    assert report.ingested == 1
    assert reasons["empty.html"][0] == "skipped"
    assert reasons["junk.html"][0] == "failed" and "binary" in reasons["junk.html"][1]
    assert reasons["cut.html.gz"][0] == "failed" and "truncated" in reasons["cut.html.gz"][1]
    assert reasons["nav.html"] == ("skipped", "no article text found in the page")
    assert not report.ok


def test_interrupted_run_keeps_committed_batches_and_resumes(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(6):
        text = variant(ARTICLE, 40) + f" Story number {i} " + " ".join(f"w{i}x{j}" for j in range(60))
        (folder / f"p{i}.txt").write_text(f"Headline number {i}\n\n{text}", encoding="utf-8")
    seen = []

    def crash_after_four(source: str, outcome: str) -> None:
        seen.append(source)
        if len(seen) == 4:
            raise KeyboardInterrupt

    options = IngestOptions(workers=1, batch_size=2)
    with newsclaims.open(tmp_path / "a.db") as a:
        with pytest.raises(KeyboardInterrupt):
            a.ingest([str(folder)], options, progress=crash_after_four)
        assert a.stats()["documents"] == 2  # the first batch; the batch in flight is lost
        assert _unlinked(a) == 0  # stories are linked in each batch's own transaction
    with newsclaims.open(tmp_path / "a.db") as a:
        report = a.ingest([str(folder)], options)
        assert (report.unchanged, report.ingested) == (2, 4)
        assert a.stats()["documents"] == 6
        assert _unlinked(a) == 0
        from newsclaims.storage.stories import load_index

        stored = dict(a.backend.conn.execute("SELECT id, story_id FROM documents").fetchall())
        assert stored == load_index(a.backend.conn).assignments()


def _unlinked(a) -> int:
    return a.backend.conn.execute("SELECT COUNT(*) FROM documents WHERE story_id IS NULL").fetchone()[0]


def test_ingest_without_stories_leaves_them_for_later(archive):
    archive.ingest([str(sample_path())], IngestOptions(workers=1, extract=False, link_stories=False))
    documents = archive.stats()["documents"]
    assert _unlinked(archive) == documents and archive.stories() == []
    assert archive.link_stories() == documents
    assert _unlinked(archive) == 0 and archive.stories()


def test_a_document_folded_into_a_near_copy_leaves_its_story(archive, tmp_path):
    from newsclaims.storage.stories import load_index
    from tests.dedup.test_placer import chain

    a, b, c = chain()  # b is a near copy of both a and c; a and c are not near copies
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(a, encoding="utf-8")
    (first / "c.txt").write_text(c, encoding="utf-8")
    (second / "b.txt").write_text(b, encoding="utf-8")
    options = IngestOptions(workers=1, extract=False)
    archive.ingest([str(first)], options)
    assert archive.stats()["documents"] == 2 and _unlinked(archive) == 0
    report = archive.ingest([str(second)], options)
    assert report.merged == 1 and archive.stats()["documents"] == 1
    conn = archive.backend.conn
    stored = dict(conn.execute("SELECT id, story_id FROM documents").fetchall())
    index = load_index(conn)
    assert index.assignments() == stored  # the folded document is in no story any more
    assert [members for members in index.stories().values()] == [list(stored)]
    assert len(index) == 1
    assert conn.execute("SELECT COUNT(*) FROM story_retired").fetchone()[0] == 0


def test_syndicated_copy_remembers_every_outlet(archive, tmp_path):
    (tmp_path / "a.html").write_text(html_page("Shells: the target", ARTICLE, outlet="The Velmora Ledger",
                                               url="https://ledger.example/a"), encoding="utf-8")
    (tmp_path / "b.html").write_text(html_page("Plants told to triple output", variant(ARTICLE, 2),
                                               outlet="Northwire", published="2026-03-11",
                                               url="https://northwire.example/b"), encoding="utf-8")
    report = archive.ingest([str(tmp_path)], SERIAL)
    assert (report.ingested, report.duplicates) == (1, 1)
    (doc,) = list(archive)
    assert {c.outlet for c in doc.copies} == {"The Velmora Ledger", "Northwire"}
    assert {c.url for c in doc.copies} == {"https://ledger.example/a", "https://northwire.example/b"}


def test_search_and_listing(archive):
    archive.ingest([str(sample_path())], SERIAL)
    hits = archive.search('"artillery shells"')
    assert hits and all("[[" in h.snippet for h in hits)
    assert archive.search("zzzyxnotaword") == []
    docs = archive.documents(since="2026-05-01")
    assert docs and all(d.published >= "2026-05-01" for d in docs)
    assert [d.id for d in archive.documents(limit=3)] == [d.id for d in archive.documents()][:3]


def test_public_api_is_exactly_all():
    import types

    public = {n for n, v in vars(newsclaims).items()
              if not n.startswith("_") and not isinstance(v, types.ModuleType)} - {"annotations"}
    assert public == set(newsclaims.__all__) - {"__version__"}
    for name in newsclaims.__all__:
        assert hasattr(newsclaims, name)
