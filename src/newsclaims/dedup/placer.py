"""Deciding where a cleaned document goes: a new story, or a copy of a stored one.

Exact copies are found by the normalised-text fingerprint; near copies by LSH band keys,
then verified on the real word-shingle Jaccard against the stored text (or, for a copy of
a copy, the MinHash estimate against that copy). A document that matches two stored
documents merges them, so groups are the connected components of the "near copy"
relation: the same inputs in any order give the same groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..clean.normalize import word_tokens
from ..model import CleanDocument
from ..options import DedupOptions
from ..storage.base import Backend
from .minhash import band_keys, estimate, jaccard, shingles

Outcome = Literal["new", "exact", "near", "unchanged"]


@dataclass(frozen=True, slots=True)
class Placement:
    outcome: Outcome
    doc_id: int
    similarity: float
    merged: tuple[int, ...] = ()  # documents folded into doc_id


class Deduplicator:
    """Places documents into an archive. Call inside the backend's transaction."""

    def __init__(self, backend: Backend, options: DedupOptions):
        self.backend = backend
        self.options = options
        self._shingle_cache: dict[int, set[str]] = {}

    def _stored_shingles(self, doc_id: int) -> set[str]:
        cached = self._shingle_cache.get(doc_id)
        if cached is None:
            text = self.backend.document_text(doc_id)
            cached = shingles(word_tokens(text), self.options.shingle_size)
            if len(self._shingle_cache) > 2048:
                self._shingle_cache.clear()
            self._shingle_cache[doc_id] = cached
        return cached

    def place(self, doc: CleanDocument) -> Placement:
        backend = self.backend
        if backend.has_copy(doc.source, doc.raw_sha256, doc.text_sha256):
            return Placement("unchanged", 0, 1.0)
        keys = band_keys(doc.minhash, self.options) if doc.minhash else []

        exact = backend.find_exact(doc.text_sha256)
        if exact is not None:
            backend.add_copy(exact, doc, "exact", 1.0, keys)
            return Placement("exact", exact, 1.0)

        matches = self._near_matches(doc, keys)
        if not matches:
            return Placement("new", backend.add_document(doc, keys), 1.0)

        keep = min(matches)
        for other in sorted(matches):
            if other != keep:
                backend.merge_documents(keep, other, matches[other])
                self._shingle_cache.pop(other, None)
        backend.add_copy(keep, doc, "near", matches[keep], keys)
        return Placement("near", keep, matches[keep], tuple(m for m in sorted(matches) if m != keep))

    def _near_matches(self, doc: CleanDocument, keys: list[tuple[int, int]]) -> dict[int, float]:
        """Stored documents this one is a near copy of, with the similarity found."""
        threshold = self.options.threshold
        by_doc: dict[int, list] = {}
        for ref in self.backend.candidates(keys):
            by_doc.setdefault(ref.doc_id, []).append(ref)
        if not by_doc:
            return {}
        mine = shingles(word_tokens(doc.text), self.options.shingle_size)
        found: dict[int, float] = {}
        for doc_id, refs in by_doc.items():
            score = jaccard(mine, self._stored_shingles(doc_id))
            if score < threshold:
                # a copy of a copy: compare with the copies' own signatures
                score = max([score] + [estimate(doc.minhash, r.minhash) for r in refs if r.minhash])
            if score >= threshold:
                found[doc_id] = score
        return found
