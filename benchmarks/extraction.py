"""HTML main-text quality, metadata agreement and cleaning speed (newsclaims.clean.html).

    python benchmarks/extraction.py            # every set found, speed and metadata
    python benchmarks/extraction.py --sets aeb --no-speed
    python benchmarks/extraction.py --no-speed --check-speedups   # same text without speed-ups?

Quality, on ../shared/data (skipped when absent):
  aeb-scrapinghub      Article Extraction Benchmark metric: ``\\w+`` tokens, multisets of word
                       4-gram shingles, per-page TP/FP/FN normalised to sum 1, macro-averaged
                       P and R, F1 of the averages
  trafilatura-eval-en  snippets: a ``with`` snippet in the output is a TP (else FN), a
                       ``without`` snippet in it is a FP; pooled P/R/F1
  l3s-gn1              as AEB on ``articleBody`` (comments are not part of it)
  dragnet-sample300    as AEB
Speed: pages/s per core (process CPU time, single process, pages already decoded in memory)
for text only, text + metadata, and trafilatura's own extraction with and without its
metadata; then how often our metadata agrees with trafilatura's full metadata, and with
the gold title/author/date of trafilatura-eval-en. Peak RSS last.

``--check-speedups`` extracts every page again with only the exact speed-ups of
clean/speedups.py and with none, and prints per set how many texts are identical (exact
vs none: all of them) and the CPU time per page of each variant.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _data  # noqa: E402

from newsclaims.clean.html import extract_html, parse_html  # noqa: E402
from newsclaims.clean.meta import iso_date, read_metadata  # noqa: E402
from newsclaims.options import CleanOptions  # noqa: E402

_TOKEN = re.compile(r"\w+")
# the benchmarks score whatever text comes out, however short: "no article" is a 0 recall
_SCORE_OPTIONS = CleanOptions(min_chars=0, with_metadata=False)


@dataclass(frozen=True)
class Page:
    name: str
    html: str
    url: str | None
    gold: str  # article body, or "" for snippet sets
    extra: dict


# --- the AEB metric ------------------------------------------------------------------


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_match(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of word 4-gram shingle multisets, as in AEB's evaluate.py."""
    gold, got = _shingles(true), _shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def aeb_score(triples: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    p = statistics.mean([_precision(*t) for t in triples if t[0] + t[1] > 0] or [0.0])
    r = statistics.mean([_recall(*t) for t in triples if t[0] + t[2] > 0] or [0.0])
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def page_f1(true: str, pred: str) -> float:
    t = shingle_match(true, pred)
    p, r = _precision(*t), _recall(*t)
    return 2 * p * r / (p + r) if p + r else 0.0


# --- the sets ------------------------------------------------------------------------


def load_set(key: str) -> list[Page] | None:
    name = SETS[key]
    folder = _data.data_dir(name)
    if folder is None:
        return None
    pages: list[Page] = []
    if key == "trafeval":
        for url, item in json.loads((folder / "evaldata-en.json").read_text("utf-8")).items():
            path = folder / "html" / (item["file"] + ".gz")
            if not path.exists():
                path = folder / "html" / item["file"]
            if path.exists():
                pages.append(Page(item["file"], _data.read_html(path), url, "", item))
        return pages
    if key == "l3s":
        gold = json.loads((folder / "gold-derived.json").read_text("utf-8"))
        html_dir, fields = folder / "original", ("articleBody", None)
    else:
        gold = json.loads((folder / "ground-truth.json").read_text("utf-8"))
        html_dir, fields = folder / "html", ("articleBody", "url")
    for page_id, item in gold.items():
        path = html_dir / f"{page_id}.html.gz"
        if path.exists():
            url = item.get(fields[1]) if fields[1] else None
            pages.append(Page(page_id, _data.read_html(path), url, item[fields[0]], item))
    return pages


SETS = {
    "aeb": "aeb-scrapinghub",
    "trafeval": "trafilatura-eval-en",
    "l3s": "l3s-gn1",
    "dragnet": "dragnet-sample300",
}


def check_speedups(key: str, pages: list[Page], texts: list[str]) -> None:
    """Re-extract with only the exact speed-ups, then with none: the first two must agree on
    every page; CPU time per page of all three (the current settings' run is repeated)."""
    import dataclasses

    import newsclaims.clean.html as html_module

    saved = html_module.SETTINGS
    variants = (
        ("current", saved),
        ("exact only", dataclasses.replace(saved, readability_skip_from=None)),
        ("none", dataclasses.replace(saved, fast_selectors=False, gate_readability=False, readability_skip_from=None)),
    )
    spent: dict[str, float] = {}
    got: dict[str, list[str]] = {}
    try:
        for label, settings in variants:
            html_module.SETTINGS = settings
            start = time.process_time()
            got[label] = [extract_text(page) for page in pages]
            spent[label] = 1000 * (time.process_time() - start) / len(pages)
    finally:
        html_module.SETTINGS = saved
    exact = sum(a == b for a, b in zip(got["exact only"], got["none"]))
    current = sum(a == b for a, b in zip(texts, got["none"]))
    print(f"    speed-ups: exact ones give {exact}/{len(pages)} identical texts, current settings "
          f"{current}/{len(pages)}; CPU ms/page (text only, one process): current {spent['current']:.1f}, "
          f"exact only {spent['exact only']:.1f}, none {spent['none']:.1f}", flush=True)


def extract_text(page: Page) -> str:
    result = extract_html(page.html, _SCORE_OPTIONS, page.url)
    return result.text if result else ""


def quality(key: str, pages: list[Page], texts: list[str]) -> str:
    if key != "trafeval":
        p, r, f1 = aeb_score([shingle_match(pg.gold, t) for pg, t in zip(pages, texts)])
        return f"{SETS[key]:22s} {len(pages):4d} pages  P={p:.4f} R={r:.4f} F1={f1:.4f}"
    tp = fn = fp = 0
    for page, text in zip(pages, texts):
        flat = " ".join(text.split())
        for snippet in page.extra.get("with", []):
            found = " ".join(snippet.split()) in flat
            tp, fn = tp + found, fn + (not found)
        fp += sum(" ".join(s.split()) in flat for s in page.extra.get("without", []))
    p, r = tp / (tp + fp or 1), tp / (tp + fn or 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{SETS[key]:22s} {len(pages):4d} pages  P={p:.4f} R={r:.4f} F1={f1:.4f}  (snippets, pooled)"


# --- speed ---------------------------------------------------------------------------


def speed(pages: list[Page], rounds: int = 2) -> None:
    """CPU time per variant, interleaved page by page so that load from other processes
    weighs on every variant alike; trafilatura's own figures are the yardstick."""
    import os

    import trafilatura
    from trafilatura.metadata import extract_metadata

    text_only = CleanOptions(with_metadata=False)
    with_meta = CleanOptions()
    for page in pages:  # warm imports and one-time set-ups (justext's stoplists: ~0.5 s)
        extract_html(page.html, with_meta, page.url)
    rows: list[tuple[str, Callable[[Page], object]]] = [
        ("ours: text only", lambda pg: extract_html(pg.html, text_only, pg.url)),
        ("ours: text + metadata", lambda pg: extract_html(pg.html, with_meta, pg.url)),
        ("ours: parse + metadata only", lambda pg: read_metadata(parse_html(pg.html), pg.url)),
        ("trafilatura.extract, no metadata", lambda pg: trafilatura.extract(pg.html, url=pg.url, include_comments=False)),
        (
            "trafilatura.extract, with metadata",
            lambda pg: trafilatura.extract(pg.html, url=pg.url, include_comments=False, with_metadata=True),
        ),
        ("trafilatura: parse + metadata only", lambda pg: extract_metadata(parse_html(pg.html), pg.url)),
    ]
    spent = [0.0] * len(rows)
    for _ in range(rounds):
        for page in pages:
            for i, (_, run) in enumerate(rows):
                start = time.process_time()
                run(page)
                spent[i] += time.process_time() - start
    load = os.getloadavg()[0]
    size = sum(len(p.html) for p in pages) / len(pages) / 1024
    print(f"\nspeed on {len(pages)} AEB pages (avg {size:.0f} KiB), pages per CPU-second, one process")
    print(f"(load average {load:.1f} on {os.cpu_count()} cores while measuring; figures drop under load)")
    for (label, _), seconds in zip(rows, spent):
        print(f"  {label:36s} {rounds * len(pages) / seconds:7.1f}")
    print(f"  text+metadata vs trafilatura.extract without metadata: x{spent[3] / spent[1]:.2f}")


# --- metadata ------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    return " ".join(_TOKEN.findall((text or "").lower()))


def metadata_agreement(pages: list[Page]) -> None:
    """Our title/date against trafilatura's full metadata (a sanity figure, not a gold)."""
    from trafilatura.metadata import extract_metadata

    counts: Counter[str] = Counter()
    for page in pages:
        ours = read_metadata(parse_html(page.html), page.url)
        theirs = extract_metadata(parse_html(page.html), page.url)
        for field, a, b in (
            ("title", _norm(ours.title), _norm(theirs.title)),
            ("date", (ours.published or "")[:10], (iso_date(theirs.date) or "")[:10]),
            ("author", _norm(ours.author), _norm(theirs.author)),
            ("outlet", _norm(ours.outlet), _norm(theirs.sitename)),
        ):
            counts[f"{field} both"] += bool(a and b)
            counts[f"{field} agree"] += bool(a and b and a == b)
            counts[f"{field} ours"] += bool(a)
            counts[f"{field} theirs"] += bool(b)
    print(f"\nmetadata vs trafilatura's full metadata on {len(pages)} AEB pages:")
    for field in ("title", "date", "author", "outlet"):
        both = counts[f"{field} both"]
        print(
            f"  {field:7s} found: ours {counts[f'{field} ours']:3d}, trafilatura {counts[f'{field} theirs']:3d}; "
            f"agree on {counts[f'{field} agree']}/{both} ({counts[f'{field} agree'] / (both or 1):.0%})"
        )


def metadata_gold(pages: list[Page]) -> None:
    """Our title/author/date against the gold fields of trafilatura-eval-en."""
    from trafilatura.metadata import extract_metadata

    stats: Counter[str] = Counter()
    for page in pages:
        ours = read_metadata(parse_html(page.html), page.url)
        theirs = extract_metadata(parse_html(page.html), page.url)
        for field, gold_key, a, b in (
            ("title", "title", _norm(ours.title), _norm(theirs.title)),
            ("date", "date", (ours.published or "")[:10], (iso_date(theirs.date) or "")[:10]),
            ("author", "author", _norm(ours.author), _norm(theirs.author)),
        ):
            gold = page.extra.get(gold_key)
            if not gold:
                continue
            if isinstance(gold, list):
                gold = "; ".join(gold)
            g = _norm(gold) if field != "date" else str(gold)[:10]
            stats[f"{field} n"] += 1
            stats[f"{field} ours"] += a == g
            stats[f"{field} theirs"] += b == g
    print("\nmetadata exact match with trafilatura-eval-en gold (normalised tokens; date = day):")
    for field in ("title", "date", "author"):
        n = stats[f"{field} n"]
        print(f"  {field:7s} n={n:3d}  ours {stats[f'{field} ours'] / (n or 1):.0%}  trafilatura {stats[f'{field} theirs'] / (n or 1):.0%}")


def worker_rss() -> None:
    """Peak RSS of a process that only cleans AEB pages one at a time (a worker's footprint)."""
    import subprocess

    code = (
        "import resource, sys; sys.path.insert(0, sys.argv[1]); import _data, json;"
        "from newsclaims.clean.html import extract_html; from newsclaims.options import CleanOptions;"
        "d = _data.data_dir('aeb-scrapinghub'); o = CleanOptions();"
        "[extract_html(_data.read_html(p), o) for p in sorted((d / 'html').iterdir())];"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(Path(__file__).resolve().parent)], capture_output=True, text=True)
    if done.returncode == 0:
        print(f"peak RSS of a worker cleaning the AEB pages one by one: {done.stdout.strip()} MiB")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="aeb,trafeval,l3s,dragnet", help="comma-separated: " + ",".join(SETS))
    parser.add_argument("--no-speed", action="store_true", help="skip the speed and metadata sections")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of each AEB-style set")
    parser.add_argument("--fast", action="store_true", help="score trafilatura's fast mode (ingest --fast)")
    parser.add_argument("--check-speedups", action="store_true",
                        help="also extract with only the exact speed-ups and with none: identical texts? CPU per page")
    args = parser.parse_args(argv)
    global _SCORE_OPTIONS
    if args.fast:
        _SCORE_OPTIONS = CleanOptions(min_chars=0, with_metadata=False, fast=True)
    print(f"extraction mode: {'fast' if args.fast else 'default'}")

    loaded: dict[str, list[Page]] = {}
    for key in args.sets.split(","):
        pages = load_set(key.strip())
        if pages is None:
            print(_data.missing(SETS[key.strip()]))
            continue
        loaded[key] = pages
        texts = [extract_text(page) for page in pages]
        print(quality(key, pages, texts), flush=True)
        if args.check_speedups:
            check_speedups(key, pages, texts)
        if args.worst and key != "trafeval":
            scored = sorted((page_f1(pg.gold, t), i, pg.name) for i, (pg, t) in enumerate(zip(pages, texts)))
            for f1, i, name in scored[: args.worst]:
                print(f"    worst: #{i} {name} F1={f1:.3f}")
    if not args.no_speed and "aeb" in loaded:
        speed(loaded["aeb"])
        metadata_agreement(loaded["aeb"])
    if not args.no_speed and "trafeval" in loaded:
        metadata_gold(loaded["trafeval"])
    if not args.no_speed and "aeb" in loaded:
        worker_rss()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {rss:.0f} MiB (this benchmark process, all sets loaded in memory)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
