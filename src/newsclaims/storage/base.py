"""The storage interface. SQLite implements it now; a PostgreSQL backend can implement it later.

Only the writer (``newsclaims.ingest``) and the read API call these methods; per-document
steps never touch storage.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Iterator, Protocol

from ..model import CleanDocument, Copy, CopyRelation, Document, DocumentSummary, Problem, SearchHit


@dataclass(frozen=True, slots=True)
class CopyRef:
    """A stored copy found as a de-duplication candidate."""

    copy_id: int
    doc_id: int
    minhash: bytes


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    outlet: str | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    limit: int | None = None
    offset: int = 0


class Backend(Protocol):
    # writing (inside ``transaction()``)
    def transaction(self) -> AbstractContextManager[None]: ...
    def has_copy(self, source: str, raw_sha256: str, text_sha256: str | None = None) -> bool: ...
    def find_exact(self, text_sha256: str) -> int | None: ...
    def candidates(self, keys: list[tuple[int, int]]) -> list[CopyRef]: ...
    def document_text(self, doc_id: int) -> str: ...
    def add_document(self, doc: CleanDocument, keys: list[tuple[int, int]]) -> int: ...
    def add_copy(
        self,
        doc_id: int,
        doc: CleanDocument,
        relation: CopyRelation,
        similarity: float,
        keys: list[tuple[int, int]],
    ) -> None: ...
    def merge_documents(self, keep: int, drop: int, similarity: float) -> None: ...
    def start_run(self, inputs: list[str]) -> int: ...
    def finish_run(self, run_id: int, counts: dict[str, int], problems: list[Problem]) -> None: ...

    # reading
    def get_document(self, doc_id: int) -> Document: ...
    def copies(self, doc_id: int) -> list[Copy]: ...
    def documents(self, where: DocumentFilter) -> list[DocumentSummary]: ...
    def iter_documents(self) -> Iterator[Document]: ...
    def search(self, query: str, where: DocumentFilter) -> list[SearchHit]: ...
    def stats(self) -> dict: ...
    def close(self) -> None: ...
