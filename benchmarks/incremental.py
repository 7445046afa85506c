"""Adding one article to a large archive: how long stories and figures take to update.

Builds an archive of about N documents (default 10,000) from BBC News 2004-05 articles,
each article used several times, its words shuffled after the first use so that
de-duplication keeps them apart, extracted without NER (to build it quickly; NER does not affect linking).
Then ingests one new article and prints the time of each step: cleaning + storage, story
linking, extraction, figure relinking.

    python benchmarks/incremental.py [--documents 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir, missing  # noqa: E402

import newsclaims  # noqa: E402
from newsclaims.extract.document import ExtractOptions  # noqa: E402
from newsclaims.link import StoryDoc  # noqa: E402
from newsclaims.options import MB, IngestOptions, ReadOptions  # noqa: E402


NEW_ARTICLE = (
    "Dock workers in the port of Kessin ended a nine-day strike on Monday after the harbour authority "
    "agreed to raise wages by 7.5 percent this year and a further 4 percent in 2027, union officials said. "
    "About 2,300 workers had walked out, leaving 41 container ships waiting at anchor, according to the "
    "authority. \"We will clear the backlog within two weeks,\" the authority's director, Mira Solvang, "
    "told reporters. Shipping lines estimated the cost of the delays at $18 million."
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=10_000)
    args = ap.parse_args()
    bbc = data_dir("bbc-news-2225")
    if bbc is None:
        print(missing("bbc-news-2225"))
        return 0
    rows = [json.loads(line) for line in (bbc / "bbc-news-2225.jsonl").open(encoding="utf-8")]
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "base.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for i in range(args.documents):
                r = rows[i % len(rows)]
                text = r["text"]
                if i >= len(rows):  # a reuse: shuffle its words so it is not a copy of the first use
                    words = text.split()
                    rng.shuffle(words)
                    text = " ".join(words)
                fh.write(json.dumps({"text": f"{r['title']}\n\n{text}",
                                     "published": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"}) + "\n")
        db = Path(tmp) / "big.db"
        t0 = time.perf_counter()
        with newsclaims.open(db) as archive:
            report = archive.ingest([str(src)], IngestOptions(extract=False, read=ReadOptions(max_bytes=500 * MB)))
            print(f"ingested {report.ingested} documents ({report.duplicates} duplicates of them folded in)")
            archive.extract(options=ExtractOptions(entities=False))
        print(f"built an archive of {args.documents} documents in {time.perf_counter() - t0:.0f}s")

        new = Path(tmp) / "new.jsonl"
        new.write_text(json.dumps({"text": NEW_ARTICLE, "title": "Harbour strike ends", "published": "2026-12-01"})
                       + "\n", encoding="utf-8")
        with newsclaims.open(db) as archive:
            backend = archive.backend
            t1 = time.perf_counter()
            archive.ingest([str(new)], IngestOptions(extract=False, workers=1))  # includes story linking
            t2 = time.perf_counter()
            from newsclaims.storage import stories

            backend.conn.execute("BEGIN")  # the story step alone, on a second new article, rolled back
            t_load0 = time.perf_counter()
            index = stories.load_index(backend.conn)
            second = StoryDoc(10**9, NEW_ARTICLE.replace("Monday", "Tuesday"), "Harbour strike over", "2026-12-02")
            index.add(second)
            t_add = time.perf_counter()
            stories.save_index(backend.conn, index)
            t_save = time.perf_counter()
            backend.conn.execute("ROLLBACK")  # leave the archive as the ingest left it
            print(f"story index in tables: open + place one article {1000 * (t_add - t_load0):.0f} ms, "
                  f"write back {1000 * (t_save - t_add):.0f} ms ({len(index)} documents, "
                  f"story {index.story_of(second.doc_id)})")
            ids = backend.pending_extractions({}, everything=False)
            t3 = time.perf_counter()
            archive.extract(options=ExtractOptions(entities=False), workers=1)  # includes figure relinking
            t4 = time.perf_counter()
            stats = archive.stats()
        print(f"archive now: {stats['documents']} documents")
        print(f"add one article: ingest + story linking {1000 * (t2 - t1):.0f} ms, "
              f"extraction + figure relinking {1000 * (t4 - t3):.0f} ms, "
              f"total {1000 * ((t2 - t1) + (t4 - t3)):.0f} ms")
        del ids
    return 0


if __name__ == "__main__":
    sys.exit(main())
