"""De-duplication quality on BBC News 2004-05 (2,225 articles, ~168 duplicate pairs).

Reference: every pair whose word 5-gram Jaccard similarity (lowercased \\w+ tokens) is at
least 0.9, computed directly (exactly, over all pairs). Prediction: the groups that a real
``newsclaims`` ingest of the articles (as JSON Lines) forms; a predicted pair is two articles
in one group. Prints pair precision / recall / F1, and checks that a shuffled ingest order
gives the same groups.

    python benchmarks/dedup.py [--threshold 0.9] [--workers 2]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir, missing  # noqa: E402

import newsclaims  # noqa: E402
from newsclaims.clean.normalize import word_tokens  # noqa: E402
from newsclaims.dedup.minhash import shingles  # noqa: E402
from newsclaims.options import DedupOptions, IngestOptions  # noqa: E402

SET = "bbc-news-2225"


def reference_pairs(texts: dict[str, str], threshold: float) -> set[frozenset[str]]:
    """All pairs with 5-gram Jaccard >= threshold, exactly, via an inverted shingle index."""
    sets = {k: shingles(word_tokens(t), 5) for k, t in texts.items()}
    index: dict[str, list[str]] = defaultdict(list)
    for key, sh in sets.items():
        for s in sh:
            index[s].append(key)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for keys in index.values():
        for a, b in itertools.combinations(sorted(keys), 2):
            shared[(a, b)] += 1
    pairs = set()
    for (a, b), n in shared.items():
        j = n / (len(sets[a]) + len(sets[b]) - n)
        if j >= threshold:
            pairs.add(frozenset((a, b)))
    return pairs


def ingest_groups(rows: list[dict], options: IngestOptions, tmp: Path, name: str) -> tuple[list[set[str]], float]:
    src = tmp / f"{name}.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"text": r["title"] + "\n\n" + r["text"], "url": f"https://bbc.example/{r['id']}",  # id = "category/nnn"
                                 "outlet": "BBC"}) + "\n")
    db = tmp / f"{name}.db"
    start = time.perf_counter()
    with newsclaims.open(db) as archive:
        report = archive.ingest([str(src)], options)
        rows_db = archive.backend.conn.execute("SELECT doc_id, url FROM copies").fetchall()
    elapsed = time.perf_counter() - start
    if report.failed or report.skipped:
        print(f"  note: {report.failed} failed, {report.skipped} skipped: {report.problems[:3]}")
    groups: dict[int, set[str]] = defaultdict(set)
    for doc_id, url in rows_db:
        groups[doc_id].add(url.removeprefix("https://bbc.example/"))
    return list(groups.values()), elapsed


def pairs_of(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threshold", type=float, default=DedupOptions().threshold)
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args()
    folder = data_dir(SET)
    if folder is None:
        print(missing(SET))
        return 0
    rows = [json.loads(line) for line in (folder / "bbc-news-2225.jsonl").open(encoding="utf-8")]
    # The reference sees the same text the ingest gets (title + body), before any cleaning.
    texts = {r["id"]: r["title"] + "\n\n" + r["text"] for r in rows}
    t0 = time.perf_counter()
    ref = reference_pairs(texts, 0.9)
    exact_ref = {p for p in ref if len({" ".join(word_tokens(texts[k])) for k in p}) == 1}
    print(f"{SET}: {len(rows)} articles; reference pairs (5-gram Jaccard >= 0.9): {len(ref)} "
          f"({len(exact_ref)} exact, {len(ref) - len(exact_ref)} near) [{time.perf_counter() - t0:.1f}s]")

    options = IngestOptions(dedup=DedupOptions(threshold=args.threshold), workers=args.workers, extract=False)
    with tempfile.TemporaryDirectory() as tmp:
        groups, elapsed = ingest_groups(rows, options, Path(tmp), "ordered")
        shuffled = rows[:]
        random.Random(1).shuffle(shuffled)
        groups2, _ = ingest_groups(shuffled, options, Path(tmp), "shuffled")
    pred = pairs_of(groups)
    tp = len(pred & ref)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(ref) if ref else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"threshold {args.threshold}: predicted pairs {len(pred)}, true {tp}")
    print(f"precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")
    exact_found = len(pred & exact_ref) / len(exact_ref) if exact_ref else 1.0
    near_ref = ref - exact_ref
    near_found = len(pred & near_ref) / len(near_ref) if near_ref else 1.0
    print(f"recall on exact pairs {exact_found:.4f}, on near pairs {near_found:.4f}")
    same = {frozenset(g) for g in groups} == {frozenset(g) for g in groups2}
    print(f"same groups after shuffling the input order: {'yes' if same else 'NO'}")
    print(f"ingest time {elapsed:.1f}s ({len(rows) / elapsed:.0f} articles/s, JSON Lines text input)")
    for a, b in sorted(tuple(sorted(x)) for x in (pred - ref))[:5]:
        sa, sb = shingles(word_tokens(texts[a]), 5), shingles(word_tokens(texts[b]), 5)
        print(f"  false pair {a} {b}: Jaccard {len(sa & sb) / len(sa | sb):.3f}")
    for a, b in sorted(tuple(sorted(x)) for x in (ref - pred))[:5]:
        sa, sb = shingles(word_tokens(texts[a]), 5), shingles(word_tokens(texts[b]), 5)
        print(f"  missed pair {a} {b}: Jaccard {len(sa & sb) / len(sa | sb):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
