"""Speed and a quality sanity figure for named entities (newsclaims.extract.entities).

Speed (one process = one core), over BBC News articles (../shared/data/bbc-news-2225):
  * find_entities on all sentences and on a third of them (every third sentence, the
    shape of the real call: sentences holding a figure or statement plus the one before);
  * the raw spaCy pipe with the full pipeline vs NER only (tagger, parser, attribute
    ruler, lemmatiser disabled), and whether the two give the same entities.
Peak RSS at the end.

Quality (PolNeAR dev, ../shared/data/polnear): of the gold Source spans that name
someone (hold a capitalised word, not a pronoun or determiner, that does not open a
sentence or is capitalised mid-sentence elsewhere in the article), the share a mention overlaps, and the share overlapped by a person/org
mention.

Usage: python benchmarks/entities.py [--limit N] [--split dev|train]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir, missing  # noqa: E402

from newsclaims.extract import nlp as nlp_module  # noqa: E402
from newsclaims.extract.entities import EXTRACTOR_VERSION, find_entities  # noqa: E402
from newsclaims.extract.entities.ner import DISABLE  # noqa: E402
from newsclaims.extract.sentences import split_sentences  # noqa: E402

_NOT_NAME = frozenset("the a an he she it they we i his her its their this that our you".split())


def _rate(n: int, fn) -> float:
    t = time.perf_counter()
    fn()
    return n / (time.perf_counter() - t)


def speed(limit: int) -> None:
    folder = data_dir("bbc-news-2225")
    if folder is None:
        print(missing("bbc-news-2225"))
        return
    path = folder / "bbc-news-2225.jsonl"
    texts = [json.loads(line)["text"] for _, line in zip(range(limit), path.open(encoding="utf-8"))]
    words = sum(len(t.split()) for t in texts) / len(texts)
    sents = [split_sentences(t) for t in texts]
    thirds = [[s for i, s in enumerate(ss) if i % 3 == 0] for ss in sents]
    find_entities(texts[0])  # load the model outside the timings
    print(f"{EXTRACTOR_VERSION}: {len(texts)} BBC articles, {words:.0f} words on average")
    r_all = _rate(len(texts), lambda: [find_entities(t, s) for t, s in zip(texts, sents)])
    r_third = _rate(len(texts), lambda: [find_entities(t, s) for t, s in zip(texts, thirds)])
    print(f"find_entities, all sentences:      {r_all:7.1f} articles/s per core ({r_all * words:,.0f} words/s)")
    print(f"find_entities, a third of them:    {r_third:7.1f} articles/s per core")
    pieces = [t[a:b] for t, ss in zip(texts, sents) for a, b in ss]
    full = nlp_module.load()
    fast = nlp_module.load(disable=DISABLE)
    list(full.pipe(pieces[:50]))
    got: dict[str, list] = {}
    for name, nlp in (("full pipeline", full), ("NER only", fast)):
        def run(nlp=nlp, name=name) -> None:
            got[name] = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(pieces, batch_size=128)]
        print(f"spaCy pipe, {name:14s}      {_rate(len(texts), run):7.1f} articles/s per core")
    same = sum(a == b for a, b in zip(got["full pipeline"], got["NER only"]))
    print(f"sentences with identical entities, full vs NER only: {same}/{len(pieces)}")


def _names_someone(text: str, a: int, b: int) -> bool:
    """A capitalised word in text[a:b] that is neither a pronoun nor a sentence opener."""
    for m in re.finditer(r"[A-Za-z][\w’'.-]*", text[a:b]):
        word = m.group()
        before = text[: a + m.start()].rstrip(" \t\"“‘'(")
        opener = not before or before[-1] in ".!?:\n"
        if not word[0].isupper() or word.lower() in _NOT_NAME:
            continue
        # A sentence opener counts when the word is capitalised mid-sentence elsewhere.
        if not opener or re.search(r"[a-z,;] " + re.escape(word) + r"\b", text):
            return True
    return False


def quality(split: str, limit: int | None) -> None:
    folder = data_dir("polnear")
    if folder is None:
        print(missing("polnear"))
        return
    arts = [json.loads(line) for line in (folder / f"{split}.jsonl").open(encoding="utf-8")]
    if limit:
        arts = arts[:limit]
    named = covered = covered_po = 0
    for art in arts:
        text = art["text"]
        mentions = find_entities(text)
        for at in art["attributions"]:
            spans = [tuple(s) for part in at.get("source", []) for s in part["spans"]]
            if not spans:
                continue
            if not any(_names_someone(text, a, b) for a, b in spans):
                continue
            named += 1
            hits = [m for m in mentions if any(m.start < b and a < m.end for a, b in spans)]
            covered += bool(hits)
            covered_po += any(m.kind in ("person", "org") for m in hits)
    print(f"PolNeAR {split}: {len(arts)} articles, {named} gold Sources naming someone")
    print(f"  overlapped by a mention:            {covered / max(named, 1):.1%}")
    print(f"  overlapped by a person/org mention: {covered_po / max(named, 1):.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=300, help="BBC articles to time")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--quality-limit", type=int, default=None)
    args = ap.parse_args()
    speed(args.limit)
    quality(args.split, args.quality_limit)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
