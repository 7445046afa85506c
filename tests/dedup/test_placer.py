from __future__ import annotations

import itertools
import random

from newsclaims.clean.normalize import normalize_text, text_fingerprint, word_tokens
from newsclaims.dedup.minhash import jaccard, shingles, signature
from newsclaims.dedup.placer import Deduplicator
from newsclaims.model import CleanDocument, Metadata
from newsclaims.options import DedupOptions
from newsclaims.storage.sqlite import SQLiteBackend
from tests.helpers import ARTICLE, variant

OPTS = DedupOptions()


def clean(text: str, source: str, outlet: str | None = None, raw: str | None = None) -> CleanDocument:
    text = normalize_text(text)
    return CleanDocument(source=source, kind="text", text=text, meta=Metadata(outlet=outlet),
                         raw_sha256=raw or f"raw:{source}:{hash(text)}", text_sha256=text_fingerprint(text),
                         minhash=signature(word_tokens(text), OPTS))


OTHER = (
    "Harbour authorities in Kessin reported record grain exports in April, with 4.1 million tonnes "
    "shipped through the three deep-water terminals. Port officials said insurance costs had fallen "
    "after a naval escort scheme began in February, and that freight rates were down 18 percent from "
    "a year earlier. Traders expect volumes to ease over the summer as silos empty before the harvest."
)


def place_all(tmp_path, docs, name="a.db"):
    backend = SQLiteBackend(tmp_path / name)
    dedup = Deduplicator(backend, OPTS)
    outcomes = []
    with backend.transaction():
        for d in docs:
            outcomes.append(dedup.place(d))
    return backend, outcomes


def groups(backend) -> set[frozenset[str]]:
    rows = backend.conn.execute("SELECT doc_id, source FROM copies").fetchall()
    by_doc: dict[int, set[str]] = {}
    for doc_id, source in rows:
        by_doc.setdefault(doc_id, set()).add(source)
    return {frozenset(v) for v in by_doc.values()}


def test_exact_copy_with_different_whitespace_and_case(tmp_path):
    shouty = ARTICLE.upper().replace(". ", ".\n\n")
    backend, out = place_all(tmp_path, [clean(ARTICLE, "a"), clean(shouty, "b", "Wire")])
    assert [o.outcome for o in out] == ["new", "exact"]
    assert out[1].doc_id == out[0].doc_id
    assert backend.stats()["documents"] == 1


def test_near_copy_is_recorded_with_its_similarity(tmp_path):
    backend, out = place_all(tmp_path, [clean(ARTICLE, "a"), clean(variant(ARTICLE, 2), "b"), clean(OTHER, "c")])
    assert [o.outcome for o in out] == ["new", "near", "new"]
    assert 0.9 <= out[1].similarity < 1.0
    copies = backend.get_document(out[0].doc_id).copies
    assert sorted(c.relation for c in copies) == ["near", "original"]


def test_a_rewrite_below_the_threshold_is_a_new_document(tmp_path):
    _, out = place_all(tmp_path, [clean(ARTICLE, "a"), clean(variant(ARTICLE, 25), "b")])
    assert [o.outcome for o in out] == ["new", "new"]


def test_same_source_and_content_adds_nothing(tmp_path):
    doc = clean(ARTICLE, "a", raw="r1")
    backend, out = place_all(tmp_path, [doc, doc, clean(ARTICLE + " ", "a", raw="r2")])
    assert [o.outcome for o in out] == ["new", "unchanged", "unchanged"]
    assert backend.stats()["copies"] == 1


def chain() -> tuple[str, str, str]:
    """Three texts where a~b and b~c are near copies but a and c are not."""
    words = ARTICLE.split(" ")
    a = " ".join(words)
    words[30:32] = ["x1", "x2"]
    b = " ".join(words)
    words[90:92] = ["y1", "y2"]
    c = " ".join(words)
    sh = lambda t: shingles(word_tokens(t), 5)  # noqa: E731
    assert jaccard(sh(a), sh(b)) >= 0.9 and jaccard(sh(b), sh(c)) >= 0.9 and jaccard(sh(a), sh(c)) < 0.9
    return a, b, c


def test_groups_do_not_depend_on_order(tmp_path):
    # b bridges a and c: a~b and b~c are near copies, a and c are not.
    a, b, c = chain()
    docs = [clean(a, "a"), clean(b, "b"), clean(c, "c"), clean(OTHER, "d"), clean(variant(OTHER, 2), "e")]
    seen = set()
    for i, order in enumerate(itertools.permutations(docs)):
        if i % 7:  # 120 orders; every 7th keeps the test quick
            continue
        backend, _ = place_all(tmp_path, order, name=f"o{i}.db")
        seen.add(frozenset(groups(backend)))
        backend.close()
    assert seen == {frozenset({frozenset("abc"), frozenset("de")})}


def test_bridging_copy_merges_two_stored_documents(tmp_path):
    a, b, c = chain()
    backend, out = place_all(tmp_path, [clean(a, "a"), clean(c, "c"), clean(b, "b")])
    assert out[1].outcome == "new"
    assert out[2].outcome == "near" and out[2].merged == (out[1].doc_id,)
    assert backend.stats()["documents"] == 1
    assert groups(backend) == {frozenset("abc")}


def test_many_random_documents_stay_apart(tmp_path):
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(3000)]
    docs = [clean(" ".join(rng.choice(vocab) for _ in range(120)), f"r{i}") for i in range(60)]
    backend, out = place_all(tmp_path, docs)
    assert all(o.outcome == "new" for o in out)
