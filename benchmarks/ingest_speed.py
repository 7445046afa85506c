"""End-to-end ingest throughput on real news pages, into a fresh SQLite archive.

Pages: every HTML page of the extraction benchmarks in ../shared/data (AEB, L3S-GN1,
trafilatura-eval-en, dragnet), gzipped as they are stored. Prints pages/s, MB/s of raw
HTML, peak RSS (at most, all processes together, and the largest one), and where the time
goes (reading, cleaning, de-duplication + storage, story linking) measured in one process.

    python benchmarks/ingest_speed.py [--workers 2] [--fast] [--profile]
    python benchmarks/ingest_speed.py --cpu [--fast]   # CPU per page only, one process

Wall-clock figures depend on what else runs on the machine; ``--cpu`` measures process CPU
time (time.process_time) of each stage in one process, which load disturbs far less.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir, missing  # noqa: E402
from _memory import TreeMemory  # noqa: E402

import newsclaims  # noqa: E402
from newsclaims.options import CleanOptions, IngestOptions  # noqa: E402

SETS = ("aeb-scrapinghub", "l3s-gn1", "trafilatura-eval-en", "dragnet-sample300")


def pages() -> list[Path]:
    found: list[Path] = []
    for name in SETS:
        folder = data_dir(name)
        if folder is None:
            continue
        found += sorted(p for p in folder.rglob("*") if p.is_file() and (p.name.endswith((".html", ".htm", ".html.gz", ".htm.gz"))))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    ap.add_argument("--profile", action="store_true", help="also time each stage in one process")
    ap.add_argument("--fast", action="store_true", help="trafilatura fast mode (ingest --fast)")
    ap.add_argument("--cpu", action="store_true", help="only CPU time per page and stage, in one process")
    ap.add_argument("--no-speedups", action="store_true",
                    help="with --cpu: trafilatura without clean/speedups.py (the text as before them)")
    args = ap.parse_args()
    files = pages()
    if not files:
        print(missing("aeb-scrapinghub"))
        return 0
    if args.cpu:
        if args.no_speedups:
            import dataclasses

            import newsclaims.clean.html as html_module

            html_module.SETTINGS = dataclasses.replace(
                html_module.SETTINGS, fast_selectors=False, gate_readability=False, readability_skip_from=None
            )
        cpu(sorted({str(p.parent) for p in files}), len(files), args.fast)
        return 0
    import gzip

    raw_mb = sum(len(gzip.decompress(p.read_bytes())) if p.suffix == ".gz" else p.stat().st_size for p in files) / 1e6
    # The inputs are the files themselves (one argument per folder, as a user would pass them).
    folders = sorted({str(p.parent) for p in files})
    n = len(files)
    print(f"pages: {n} HTML files ({raw_mb:.1f} MB of HTML) from {', '.join(s for s in SETS if data_dir(s))}")
    print(f"workers: {args.workers or os.cpu_count()}  cores: {os.cpu_count()}  "
          f"extraction mode: {'fast' if args.fast else 'default (with readability/jusText comparison)'}")
    # ingest without claim extraction (it has its own benchmark, extract_speed.py): first the
    # whole ingest as `newsclaims ingest --no-extract` runs it, story linking included, then
    # without story linking to show what it costs.
    for link in (True, False):
        options = IngestOptions(workers=args.workers, extract=False, link_stories=link,
                                clean=CleanOptions(fast=args.fast))
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            with TreeMemory() as memory, newsclaims.open(Path(tmp) / "speed.db") as archive:
                report = archive.ingest(folders, options)
                elapsed = time.perf_counter() - start
                stories = len(archive.stories()) if link else 0
        if link:
            print(f"ingested {report.ingested}, duplicates {report.duplicates}, skipped {report.skipped}, "
                  f"failed {report.failed}; {stories} stories")
            label = "read, clean, de-duplicate, store, link stories (the whole ingest)"
        else:
            label = "the same without story linking (IngestOptions(link_stories=False))"
        print(f"{label}: {elapsed:.2f}s  ->  {n / elapsed:.1f} pages/s, {raw_mb / elapsed:.2f} MB/s; "
              f"peak RSS at most {memory.peak_total:.0f} MB for all processes together (sum of their peaks), "
              f"{memory.peak_single:.0f} MB for the largest one")
    if args.profile:
        profile(folders, n, args.fast)
    return 0


def _stages(folders: list[str], fast: bool, clock) -> tuple[list, dict[str, float]]:  # noqa: ANN001
    """Every page through each ingest stage in this one process: the raw documents read, and
    the seconds per stage by ``clock`` (also the HTML cleaner's own share of cleaning)."""
    from newsclaims.dedup.placer import Deduplicator
    from newsclaims.model import RawDocument
    from newsclaims.pipeline import prepare
    from newsclaims.readers import read
    from newsclaims.storage.sqlite import SQLiteBackend

    import newsclaims.clean.html as html_module

    options = IngestOptions(workers=1, extract=False, clean=CleanOptions(fast=fast))
    t0 = clock()
    raws = [r for r in read(folders, options.read) if isinstance(r, RawDocument)]
    t1 = clock()
    extract_html, spent = html_module.extract_html, [0.0]

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = clock()
        try:
            return extract_html(*args, **kwargs)
        finally:
            spent[0] += clock() - start

    html_module.extract_html = timed  # prepare looks it up at call time
    try:
        cleaned = [prepare(r, options) for r in raws]
    finally:
        html_module.extract_html = extract_html
    t2 = clock()
    with tempfile.TemporaryDirectory() as tmp:
        backend = SQLiteBackend(Path(tmp) / "p.db")
        dedup = Deduplicator(backend, options.dedup)
        with backend.transaction():
            for c in cleaned:
                if not hasattr(c, "reason"):
                    dedup.place(c)
        t3 = clock()
        # story linking as ingest runs it: after each stored batch, one linker for the run
        ids = [r[0] for r in backend.conn.execute("SELECT id FROM documents ORDER BY id")]
        backend.conn.execute("UPDATE documents SET story_id = -1")
        linker, start = backend.story_linker(), clock()
        for i in range(0, len(ids), options.batch_size):
            batch = ids[i:i + options.batch_size]
            with backend.transaction():
                backend.conn.executemany("UPDATE documents SET story_id = NULL WHERE id = ?", [(d,) for d in batch])
                linker.link_new()
        linking = clock() - start
        backend.close()
    return raws, {"read + decode": t1 - t0, "clean (text + metadata)": t2 - t1,
                  "  of which extract_html": spent[0], "dedup + store": t3 - t2,
                  "story linking": linking}


def _print_stages(times: dict[str, float], n: int) -> float:
    total = sum(v for k, v in times.items() if not k.startswith(" "))
    for name, secs in times.items():
        print(f"  {name:<26} {secs:6.2f}s  {100 * secs / total:5.1f}%  ({1000 * secs / n:.1f} ms/page)")
    return total


def cpu(folders: list[str], n: int, fast: bool) -> None:
    """CPU time (process_time) per page of each stage, all pages in this one process."""
    _, times = _stages(folders, fast, time.process_time)
    print(f"CPU time, one process, {n} pages, extraction mode: {'fast' if fast else 'default'} "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    total = _print_stages(times, n)
    print(f"  all stages: {1000 * total / n:.1f} ms/page = {n / total:.1f} pages per CPU-second "
          f"(x{os.cpu_count()} cores: at most ~{n / total * (os.cpu_count() or 1):.0f} pages/s, before the workers' overhead)")


def profile(folders: list[str], n: int, fast: bool) -> None:
    """Where the (wall-clock) time goes, stage by stage, in this one process."""
    raws, times = _stages(folders, fast, time.perf_counter)
    _print_stages(times, n)
    # the yardstick: trafilatura alone, with its defaults and no metadata, on the same pages
    import trafilatura

    start = time.perf_counter()
    for r in raws:
        if r.kind == "html":
            trafilatura.extract(r.data)
    alone = time.perf_counter() - start
    html_pages = sum(1 for r in raws if r.kind == "html")
    print(f"  trafilatura.extract alone (defaults, no metadata): {html_pages / alone:.1f} pages/s in one process")


if __name__ == "__main__":
    sys.exit(main())
