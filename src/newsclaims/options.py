"""One options object per stage, instead of long keyword lists."""

from __future__ import annotations

from dataclasses import dataclass, field

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadOptions:
    max_bytes: int = 20 * MB  # inputs (files, URLs, archive records) above this are refused
    timeout: float = 20.0  # seconds, per URL request
    max_redirects: int = 5
    allow_private: bool = False  # allow URLs on loopback / private / link-local addresses
    user_agent: str = "newsclaims/0.1 (+https://example.invalid/newsclaims)"


@dataclass(frozen=True, slots=True)
class CleanOptions:
    min_chars: int = 200  # a page whose main text is shorter than this has "no article"
    with_metadata: bool = True  # title, date, author, outlet, canonical URL from HTML
    favor_precision: bool = False
    # trafilatura's fast mode: no comparison with readability / jusText. About 18% faster,
    # at some cost in quality (benchmarks/extraction.py --fast prints both).
    fast: bool = False


@dataclass(frozen=True, slots=True)
class DedupOptions:
    shingle_size: int = 5  # words per shingle
    num_perm: int = 128  # MinHash permutations
    threshold: float = 0.9  # word-shingle Jaccard at or above which two texts are near-copies
    seed: int = 1


@dataclass(frozen=True, slots=True)
class IngestOptions:
    read: ReadOptions = field(default_factory=ReadOptions)
    clean: CleanOptions = field(default_factory=CleanOptions)
    dedup: DedupOptions = field(default_factory=DedupOptions)
    batch_size: int = 200  # documents per storage transaction
    workers: int | None = None  # None: one per core; 1: in-process
    extract: bool = True  # run claim extraction after storing
    link_stories: bool = True  # put new documents into stories, batch by batch as they are stored
