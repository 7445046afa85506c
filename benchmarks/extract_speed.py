"""Speed of the whole extraction step (figures, statements, entities, claims) on real news.

Articles: PolNeAR texts (US political news, ~780 words each) when present, else BBC News.
Runs ``newsclaims.extract.document.annotate`` through the same process-pool executor the
archive uses. Prints articles/s and words/s on N workers, peak RSS (all processes), and the
share of sentences that went through the NLP model.

    python benchmarks/extract_speed.py [--workers 2] [--limit 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir, missing  # noqa: E402
from _memory import TreeMemory  # noqa: E402

from newsclaims.executors.local import map_ordered  # noqa: E402
from newsclaims.extract.document import ExtractInput, ExtractOptions, annotate  # noqa: E402


def articles(limit: int) -> tuple[str, list[str]]:
    polnear = data_dir("polnear")
    if polnear is not None:
        texts = []
        for split in ("dev", "train"):
            path = polnear / f"{split}.jsonl"
            if path.exists():
                for line in path.open(encoding="utf-8"):
                    texts.append(json.loads(line)["text"])
        return "PolNeAR", texts[:limit]
    bbc = data_dir("bbc-news-2225")
    if bbc is not None:
        rows = [json.loads(line) for line in (bbc / "bbc-news-2225.jsonl").open(encoding="utf-8")]
        return "BBC News", [r["text"] for r in rows][:limit]
    return "", []


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, default=1000)
    args = ap.parse_args()
    name, texts = articles(args.limit)
    if not texts:
        print(missing("polnear"))
        return 0
    from newsclaims.clean.normalize import normalize_text

    texts = [normalize_text(t) for t in texts]
    docs = [ExtractInput(i, t, "", "Outlet") for i, t in enumerate(texts)]
    words = sum(len(t.split()) for t in texts)
    options = ExtractOptions()
    # warm-up in this process (single-worker runs): model loading is a one-off per process
    from newsclaims.extract.entities.ner import pipeline

    pipeline()
    start = time.perf_counter()
    with TreeMemory() as memory:
        results = list(map_ordered(annotate, docs, options, args.workers, chunk_size=4))
    elapsed = time.perf_counter() - start
    sentences = sum(r.sentences_total for r in results)
    analysed = sum(r.sentences_analysed for r in results)
    print(f"{name}: {len(docs)} articles, {words / len(docs):.0f} words/article")
    print(f"workers {args.workers} (cores {os.cpu_count()}): {len(docs) / elapsed:.1f} articles/s, "
          f"{words / elapsed:,.0f} words/s  ({elapsed:.1f}s, includes starting workers and loading the model)")
    print(f"  = {words / elapsed / 700:.1f} articles/s of 700 words (the speed target's article size)")
    print(f"found: {sum(len(r.quantities) for r in results)} figures, {sum(len(r.statements) for r in results)} "
          f"statements, {sum(len(r.mentions) for r in results)} entity mentions, "
          f"{sum(len(r.claims) for r in results)} claims")
    print(f"sentences through the NLP model (NER): {analysed}/{sentences} = {analysed / max(sentences, 1):.1%} "
          f"(no dependency parse runs)")
    print(f"peak RSS: at most {memory.peak_total:.0f} MB all processes (sum of their peaks), {memory.peak_single:.0f} MB largest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
