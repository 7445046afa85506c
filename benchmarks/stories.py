"""Story linking quality on ECB+ and incremental speed on a 10,000-document archive.

ECB+ (``../shared/data/ecbplus``): every topic holds two look-alike events. Prints B-cubed
precision / recall / F1 against ``story_id`` (the main figure), the adjusted Rand index, and
B-cubed F1 against ``topic`` (low is right: look-alike events must stay apart); the batch
clustering time per 1,000 documents; the same documents arriving in random orders into an
empty index, one at a time and in batches (incremental placement depends on arrival); and a
cross-validation over random halves of the topics: the threshold picked on one half, the F1
it gives on the other.

Speed (``../shared/data/bbc-news-2225``): 10,000 documents synthesised from BBC articles
(each article, then random 70% sentence subsets of it, so copies are near but not equal)
are indexed 1,000 at a time, then the time to add one more article is measured, and the
size and (de)serialisation time of the index.

    python benchmarks/stories.py [--threshold 0.25] [--sweep] [--no-speed]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import replace
from math import comb
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir, missing  # noqa: E402

from newsclaims.link import StoryDoc, StoryIndex, StoryOptions, cluster  # noqa: E402


def bcubed(pred: list, gold: list) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (per-item averages)."""
    by_pred: dict = defaultdict(set)
    by_gold: dict = defaultdict(set)
    for i, (p, g) in enumerate(zip(pred, gold)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    precision = recall = 0.0
    for i, (p, g) in enumerate(zip(pred, gold)):
        shared = len(by_pred[p] & by_gold[g])
        precision += shared / len(by_pred[p])
        recall += shared / len(by_gold[g])
    n = len(gold)
    precision, recall = precision / n, recall / n
    return precision, recall, 2 * precision * recall / (precision + recall)


def ari(pred: list, gold: list) -> float:
    """Adjusted Rand index (Hubert & Arabie)."""
    table: dict = defaultdict(int)
    for p, g in zip(pred, gold):
        table[(p, g)] += 1
    rows: dict = defaultdict(int)
    cols: dict = defaultdict(int)
    for (p, g), n in table.items():
        rows[p] += n
        cols[g] += n
    index = sum(comb(n, 2) for n in table.values())
    a = sum(comb(n, 2) for n in rows.values())
    b = sum(comb(n, 2) for n in cols.values())
    expected = a * b / comb(len(gold), 2)
    maximum = (a + b) / 2
    return (index - expected) / (maximum - expected) if maximum != expected else 1.0


def load_ecbplus() -> list[dict] | None:
    folder = data_dir("ecbplus")
    if folder is None:
        return None
    with (folder / "ecbplus-docs.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_docs(rows: list[dict], order: list[int] | None = None) -> list[StoryDoc]:
    """ECB+ rows as StoryDocs; ``order`` maps row i to its doc_id (the arrival order)."""
    ids = order or list(range(len(rows)))
    return [StoryDoc(doc_id=ids[i], text=r["text"], title=None, published=None) for i, r in enumerate(rows)]


def score(rows: list[dict], stories: dict[int, int], docs: list[StoryDoc]) -> dict:
    pred = [stories[d.doc_id] for d in docs]
    p, r, f = bcubed(pred, [x["story_id"] for x in rows])
    return {
        "p": p, "r": r, "f": f,
        "ari": ari(pred, [x["story_id"] for x in rows]),
        "topic_f": bcubed(pred, [x["topic"] for x in rows])[2],
        "n_stories": len(set(pred)),
    }


def evaluate(rows: list[dict], options: StoryOptions, order: list[int] | None = None) -> dict:
    """Batch clustering of ``rows``."""
    docs = to_docs(rows, order)
    start = time.perf_counter()
    stories = cluster(docs, options)
    result = score(rows, stories, docs)
    result["seconds"] = time.perf_counter() - start
    return result


def incremental(rows: list[dict], options: StoryOptions, order: list[int], chunk: int) -> dict:
    """Documents arriving in ``order`` (doc_id = arrival rank), ``chunk`` at a time."""
    docs = to_docs(rows, order)
    arrival = sorted(docs, key=lambda d: d.doc_id)
    index = StoryIndex(options)
    for i in range(0, len(arrival), chunk):
        index.add_many(arrival[i : i + chunk])
    return score(rows, index.assignments(), docs)


def shuffled(n: int, seed: int) -> list[int]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return order


def cross_validate(rows: list[dict], base: StoryOptions, grid: list[float], splits: int = 10) -> None:
    """Random halves of the topics: pick the threshold on one half, score it on the other."""
    topics = sorted({r["topic"] for r in rows})
    picked, held = [], []
    for seed in range(splits):
        rng = random.Random(seed)
        train_topics = set(rng.sample(topics, len(topics) // 2))
        train = [r for r in rows if r["topic"] in train_topics]
        test = [r for r in rows if r["topic"] not in train_topics]
        scores = {t: evaluate(train, replace(base, threshold=t))["f"] for t in grid}
        best = max(grid, key=lambda t: (scores[t], -abs(t - base.threshold)))
        picked.append(best)
        held.append(evaluate(test, replace(base, threshold=best))["f"])
    print(f"  topic-split CV ({splits} random halves): thresholds picked {sorted(picked)}")
    print(f"  held-out B-cubed F1 mean {statistics.mean(held):.3f} (min {min(held):.3f}, max {max(held):.3f})")


def ecbplus_report(options: StoryOptions, sweep: bool) -> None:
    rows = load_ecbplus()
    if rows is None:
        print(missing("ecbplus"))
        return
    print(f"ECB+: {len(rows)} documents, {len({r['story_id'] for r in rows})} stories, "
          f"{len({r['topic'] for r in rows})} topics; threshold {options.threshold}")
    res = evaluate(rows, options)
    print(f"  B-cubed vs story_id: P {res['p']:.3f}  R {res['r']:.3f}  F1 {res['f']:.3f}   "
          f"ARI {res['ari']:.3f}   B-cubed F1 vs topic {res['topic_f']:.3f}   ({res['n_stories']} stories)")
    print(f"  clustering time: {1000 * res['seconds'] / len(rows):.2f} s per 1,000 documents "
          f"(features + linking, 1 core)")
    same = all(evaluate(rows, options, shuffled(len(rows), seed))["f"] == res["f"] for seed in range(2))
    print(f"  batch result identical for shuffled input: {same}")
    for chunk in (1, 50, 200):
        runs = [incremental(rows, options, shuffled(len(rows), seed), chunk) for seed in range(3)]
        fs = [o["f"] for o in runs]
        what = "one at a time" if chunk == 1 else f"in batches of {chunk}"
        print(f"  incremental, {what}, 3 random arrival orders from empty: B-cubed F1 mean "
              f"{statistics.mean(fs):.3f} (min {min(fs):.3f}, max {max(fs):.3f}), "
              f"P {statistics.mean(o['p'] for o in runs):.3f} R {statistics.mean(o['r'] for o in runs):.3f}")
    grid = [round(0.175 + 0.025 * i, 3) for i in range(7)]
    if sweep:
        for t in grid:
            r = evaluate(rows, replace(options, threshold=t))
            print(f"    threshold {t:.3f}: P {r['p']:.3f} R {r['r']:.3f} F1 {r['f']:.3f} ARI {r['ari']:.3f}")
    cross_validate(rows, options, grid)


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def synthetic_archive(n: int, seed: int = 7) -> list[StoryDoc] | None:
    """``n`` documents from BBC News: each article, then random 70% sentence subsets of it."""
    folder = data_dir("bbc-news-2225")
    if folder is None:
        return None
    with (folder / "bbc-news-2225.jsonl").open(encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    rng = random.Random(seed)
    docs = []
    day = 738000  # ordinals: spread arrival dates over about a year
    for i in range(n):
        art = articles[i % len(articles)]
        sentences = _SENTENCE.split(art["text"])
        if i >= len(articles):
            keep = max(1, int(len(sentences) * 0.7))
            picked = sorted(rng.sample(range(len(sentences)), keep))
            sentences = [sentences[j] for j in picked]
        published = _iso(day + rng.randrange(365))
        docs.append(StoryDoc(doc_id=i, text=" ".join(sentences), title=art["title"], published=published))
    return docs


def _iso(ordinal: int) -> str:
    from datetime import date

    return date.fromordinal(ordinal).isoformat()


def speed_report(options: StoryOptions, size: int = 10_000, probes: int = 200) -> None:
    docs = synthetic_archive(size + probes)
    if docs is None:
        print(missing("bbc-news-2225"))
        return
    archive, new = docs[:size], docs[size:]
    index = StoryIndex(options)
    start = time.perf_counter()
    for i in range(0, size, 1000):
        index.add_many(archive[i : i + 1000])
    build = time.perf_counter() - start
    print(f"Incremental (BBC News, {size:,} synthesised documents, added 1,000 at a time): built in "
          f"{build:.1f} s ({1000 * build / size:.2f} s per 1,000), {len(index.stories()):,} stories")
    times = []
    for doc in new:
        start = time.perf_counter()
        index.add(doc)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"  add one article to {size:,}: median {1000 * statistics.median(times):.1f} ms, "
          f"p95 {1000 * times[int(0.95 * len(times))]:.1f} ms, max {1000 * times[-1]:.1f} ms ({probes} probes)")
    start = time.perf_counter()
    blob = index.to_bytes()
    dump = time.perf_counter() - start
    start = time.perf_counter()
    StoryIndex.from_bytes(blob)
    load = time.perf_counter() - start
    print(f"  serialised index: {len(blob) / 1e6:.1f} MB compressed; to_bytes {dump:.2f} s, from_bytes {load:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--sweep", action="store_true", help="print every threshold of the grid")
    parser.add_argument("--no-speed", action="store_true", help="skip the 10,000-document timing")
    args = parser.parse_args()
    options = StoryOptions()
    if args.threshold is not None:
        options = replace(options, threshold=args.threshold)
    ecbplus_report(options, args.sweep)
    if not args.no_speed:
        speed_report(options)


if __name__ == "__main__":
    main()
