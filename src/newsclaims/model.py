"""The records that flow through newsclaims.

Every stage takes and returns these frozen dataclasses, so each step is a plain,
picklable function that can run in-process, in a process pool or on a cluster worker.
Offsets anywhere in the project are end-exclusive character offsets into
``Document.text`` (the one canonical cleaned text of a document).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

InputKind = Literal["html", "text", "markdown"]
ProblemKind = Literal["skipped", "failed"]
CopyRelation = Literal["original", "exact", "near"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a document's text: ``text[start:end] == span.text`` (end-exclusive)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article besides its text. Every field is optional."""

    title: str | None = None
    published: str | None = None  # ISO 8601: "2026-03-14" or "2026-03-14T09:30:00+00:00"
    author: str | None = None
    outlet: str | None = None  # site or publication name
    url: str | None = None  # canonical URL when known, else the URL it was read from

    def merged(self, fallback: "Metadata") -> "Metadata":
        """Fields of ``self``, with gaps filled from ``fallback``."""
        return Metadata(
            title=self.title or fallback.title,
            published=self.published or fallback.published,
            author=self.author or fallback.author,
            outlet=self.outlet or fallback.outlet,
            url=self.url or fallback.url,
        )


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as a reader found it, before cleaning.

    ``source`` names where it came from so a person can find it again: a path, a URL,
    or a path with a member suffix (``feed.xml#item=3``, ``crawl.warc.gz#record=12``,
    ``batch.jsonl#line=7``).
    """

    source: str
    kind: InputKind
    data: str  # decoded by the reader (BOM, declared charset, UTF-8, then detection)
    raw_sha256: str  # hash of the raw bytes as read, before decoding
    meta: Metadata = field(default_factory=Metadata)  # what the container said (feed, JSONL, WARC)
    encoding: str | None = None  # the encoding the bytes were decoded from


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that yielded no document, and why. Runs go on after a problem.

    ``skipped``: nothing to ingest (an empty file, a page with no article, a file of a type
    newsclaims does not read met while walking a folder).
    ``failed``: the input is broken or refused (binary junk, truncated archive, over the size
    cap, hostile feed, dead URL). A failure makes the command exit non-zero.
    """

    source: str
    reason: str
    kind: ProblemKind = "failed"

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """A cleaned article, ready for de-duplication and storage."""

    source: str
    kind: InputKind
    text: str  # the canonical text: NFC, whitespace normalised, paragraphs separated by "\n\n"
    meta: Metadata
    raw_sha256: str
    text_sha256: str  # clean.normalize.text_fingerprint: sha256 of the words (case, punctuation, spacing ignored)
    minhash: bytes = b""  # MinHash signature over word shingles (dedup.minhash)


@dataclass(frozen=True, slots=True)
class Copy:
    """One appearance of a story: where it was read, and under which outlet, URL and date."""

    source: str
    relation: CopyRelation  # original = the text stored; exact / near = a copy of it
    similarity: float  # word-shingle Jaccard similarity to the stored text (1.0 for exact)
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    raw_sha256: str = ""
    ingested_at: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """A stored, de-duplicated article: one canonical text and every copy of it."""

    id: int
    text: str
    meta: Metadata
    text_sha256: str
    source: str
    ingested_at: str
    copies: tuple[Copy, ...] = ()
    story_id: int | None = None  # the story (same event) the document belongs to

    @property
    def title(self) -> str | None:
        return self.meta.title

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: int
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str  # with the matched terms wrapped in [[ and ]]
    score: float


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A row of a document listing: everything but the text."""

    id: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    source: str
    word_count: int
    copies: int  # appearances, the stored one included


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest run did. ``problems`` holds every skipped or failed input with its reason."""

    ingested: int = 0  # new documents stored
    duplicates: int = 0  # exact or near copies added to an existing document
    unchanged: int = 0  # inputs already in the archive (same source, same content)
    skipped: int = 0
    failed: int = 0
    merged: int = 0  # documents merged because a new copy bridged two stories
    problems: tuple[Problem, ...] = ()
    run_id: int | None = None
    extraction: "ExtractReport | None" = None  # when ingest ran claim extraction afterwards

    @property
    def ok(self) -> bool:
        return self.failed == 0


@dataclass(frozen=True, slots=True)
class ExtractReport:
    """What one extraction run over the archive did."""

    documents: int = 0  # documents extracted
    quantities: int = 0
    statements: int = 0
    claims: int = 0
    entities: int = 0  # entity mentions
    sentences: int = 0
    sentences_analysed: int = 0  # sentences that went through the NLP model
    failed: tuple[tuple[int, str], ...] = ()  # (document id, reason)
