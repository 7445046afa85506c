"""Story linking: articles that report one event form a story, built up incrementally.

Method (average-link agglomerative clustering that can resume):

* a document becomes weighted terms (``features``): words with names and the lead weighted
  up, plus figures (``q:``) and years (``y:``) as terms of their own; it keeps its
  ``max_terms`` strongest terms by TF-IDF;
* the similarity of two documents is the cosine of their word TF-IDF vectors, plus
  ``figure_weight`` times the cosine of their figure vectors and ``year_weight`` times that
  of their year vectors. Figures and years only ever add: a shared "$200 million" is strong
  same-event evidence, but an article without figures is not evidence against;
* the link between two stories is the mean similarity over all pairs of their documents
  (average link). A story keeps the sum of its members' unit vectors (its profile), so that
  mean is one sparse dot product divided by the two sizes, without visiting members. What
  figures and years add to a link is capped at ``extra_cap`` times what words give: they
  strengthen word evidence but never stand in for it (otherwise unrelated reports that
  only share the year "2012" would reach the threshold on it);
* when both stories have dates and the gap between their date ranges exceeds
  ``date_window_days``, the link is multiplied by ``date_factor``; a missing date changes
  nothing;
* placing documents (one or a batch): each new document starts as a one-document story;
  candidate neighbours come from an inverted index (term -> stories holding it) queried with
  the document's strongest terms, so 10,000 stories are never scanned; then the most
  strongly linked pair of stories is merged, again and again, while the best link is at
  least ``threshold``. Existing stories take part: a new article can join one, or bridge two;
* revision: single-pass linking cannot undo an early mistake (a first article joined a
  look-alike story because its own had not arrived yet). So the few small stories
  (``revise_small`` members or fewer) nearest to each new article are first split back into
  single documents and regrouped together with it. Larger stories are never split.

Batch (``cluster``) is this on an empty index: plain average-link clustering, independent of
the input order. Adding documents one at a time or in batches is the same procedure; it
can differ from the batch result because large stories are never reopened (the benchmark
prints both). Story ids: a story's id is always the smallest ``doc_id`` among its members,
so documents of earlier stories can change story when stories merge or are regrouped
(``StoryIndex.last_moved`` lists them after each call).
"""

from __future__ import annotations

import heapq
import json
import math
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from .features import FeatureOptions, dateline, parse_date, sublinear, term_counts
from .state import LazyState, MemoryState

FORMAT = "newsclaims.stories/1"


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """What story linking needs to know about one article."""

    doc_id: int
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, or None when unknown


@dataclass(frozen=True, slots=True)
class StoryOptions:
    """Every knob of story linking. Defaults are tuned on ECB+ (benchmarks/stories.py)."""

    threshold: float = 0.25  # mean pairwise similarity at or above which two stories merge
    features: FeatureOptions = field(default_factory=FeatureOptions)
    figure_weight: float = 0.25  # added: this times the cosine of the figure (q:) vectors
    year_weight: float = 0.25  # added: this times the cosine of the year (y:) vectors
    # When documents arrive, stories of at most ``revise_small`` members near each new one
    # (at most ``revise_stories`` of them) are regrouped with it (0 turns this off).
    revise_small: int = 50
    revise_stories: int = 1
    date_window_days: int = 365  # stories further apart than this in time link less...
    date_factor: float = 0.5  # ...by this factor (1.0 turns the date check off)
    query_terms: int = 12  # strongest terms of a new document used to find candidate stories
    max_candidates: int = 30  # candidate stories per new document, scored exactly
    max_profile_terms: int = 1500  # a story profile keeps its strongest terms only
    # Figures and years strengthen word evidence but never stand in for it: their share of
    # a link is at most this times the word share (None: no cap). Two unrelated reports
    # that both mention only "2012" would otherwise reach the threshold on the year alone.
    extra_cap: float | None = 1.0


@dataclass(slots=True)
class StoryRecord:
    members: list[int]
    # Per channel ("w" words, "q" figures, "y" years): the sum of the members' term
    # frequencies, each member scaled so that its vector has unit length once IDF is applied.
    # IDF itself is applied when scoring, so old stories use today's document frequencies.
    profile: dict[str, float]
    first: int | None  # earliest and latest known date (day ordinals)
    last: int | None


def _channel(term: str) -> str:
    return term[0] if len(term) > 2 and term[1] == ":" and term[0] in "qy" else "w"


class StoryIndex:
    """Stories built so far, with what is needed to place the next articles.

    The state lives in a ``MemoryState`` by default (plain Python objects: picklable, and
    ``to_bytes``/``from_bytes`` give a compact, versioned form), or in a ``LazyState`` whose
    entries a storage backend fetches on first use and writes back when they changed
    (newsclaims.storage.stories): placing one article then reads a few hundred rows, not
    the whole index. Results are the same either way.
    """

    def __init__(self, options: StoryOptions | None = None, state: MemoryState | LazyState | None = None) -> None:
        self.options = options or StoryOptions()
        self._state = state if state is not None else MemoryState()
        self._df = self._state.df  # term -> number of documents that held it
        self._stories = self._state.stories  # story id -> StoryRecord
        self._postings = self._state.postings  # term -> ids of stories whose profile holds it
        self._story_of = self._state.story_of  # doc_id -> story id
        # documents of small stories: their own vectors, to regroup them (``_near_small``)
        self._doc_vectors = self._state.doc_vectors
        self._idf_cache: dict[str, float] = {}  # valid until document frequencies change
        self._factor_cache: dict[str, float] = {}  # term -> channel weight * idf**2, likewise
        self._channel_weight = {"w": 1.0, "q": self.options.figure_weight, "y": self.options.year_weight}
        self.last_moved: dict[int, int] = {}  # earlier doc_id -> its new story, after the last add
        self._before: dict[int, int] = {}  # during a call: earlier doc_id -> story before it
        self._fresh: set[int] = set()  # during a call: the doc_ids being added

    @property
    def _n_docs(self) -> int:
        return self._state.n_docs

    @_n_docs.setter
    def _n_docs(self, value: int) -> None:
        self._state.n_docs = value

    # -- placing documents --------------------------------------------------------------

    def add(self, doc: StoryDoc) -> int:
        """Place one document: the id of the story it is now in.

        The document may start a story (its id is the ``doc_id``), join one, or bridge two
        stories that then merge; small stories near it may be regrouped (``revise_small``).
        ``last_moved`` then maps every earlier document whose story id changed to its new one.
        """
        return self.add_many([doc])[doc.doc_id]

    def add_many(self, docs: Iterable[StoryDoc]) -> dict[int, int]:
        """Place a batch of documents together: doc_id -> story id for each of them.

        Better than adding them one by one (no early decision is made before the whole batch
        is seen) and independent of their order. A document already indexed (same
        ``doc_id``) is not placed again: its current story is returned.
        ``last_moved`` is set as in ``add``.
        """
        docs = list(docs)
        self.last_moved = {}
        self._state.prefetch_docs(d.doc_id for d in docs)
        batch = sorted({d.doc_id: d for d in docs if d.doc_id not in self._story_of}.values(), key=lambda d: d.doc_id)
        counted = [(doc, term_counts(doc.text, doc.title, self.options.features)) for doc in batch]
        self._state.prefetch_df(term for _, counts in counted for term in counts)
        for _, counts in counted:
            self._count(counts, +1)
        fresh = [doc.doc_id for doc in batch]
        for doc, counts in counted:
            self._start_story(doc, counts)
        near = self._near_small(fresh)
        # story of every earlier document before this call, filled in as stories change
        self._before = {d: sid for sid in near for d in self._stories[sid].members}
        self._fresh = set(fresh)
        reopened = self._reopen(near)
        self._agglomerate(fresh + reopened)
        self.last_moved = {d: self._story_of[d] for d, s in self._before.items() if self._story_of[d] != s}
        self._before, self._fresh = {}, set()
        self._forget_settled(fresh + reopened)
        return {doc.doc_id: self._story_of[doc.doc_id] for doc in docs}

    def _reopen(self, story_ids: list[int]) -> list[int]:
        """Split stories back into one-document stories; returns their documents."""
        reopened: list[int] = []
        for sid in story_ids:
            story = self._stories.pop(sid)
            for term in story.profile:
                self._postings.discard(term, sid)
            for doc_id in story.members:
                profile, when = self._doc_vectors[doc_id]
                self._stories[doc_id] = StoryRecord([doc_id], dict(profile), when, when)
                self._story_of[doc_id] = doc_id
                for term in profile:
                    self._postings.add(term, doc_id)
                reopened.append(doc_id)
        return sorted(reopened)

    def _near_small(self, fresh: list[int]) -> list[int]:
        """The small stories nearest to the new documents, to regroup with them.

        Single-pass linking cannot undo an early mistake: a first article may have joined a
        look-alike story because its own story had not arrived yet. Regrouping the small
        stories around each new article with the batch procedure lets it be undone, at a
        bounded cost (``revise_small`` members per story, ``revise_stories`` stories per
        new document, linked at least half the threshold to it).
        """
        limit = self.options.revise_small
        if limit <= 0:
            return []
        fresh_set = set(fresh)
        floor = self.options.threshold * 0.5
        chosen: set[int] = set()
        for sid in fresh:
            near = []
            for other in self._candidates(sid):
                story = self._stories[other]
                if other in fresh_set or other in chosen or len(story.members) > limit:
                    continue
                self._state.prefetch_docs(story.members)
                if any(m not in self._doc_vectors for m in story.members):
                    continue
                link = self._link(self._stories[sid], story)
                if link >= floor:
                    near.append((-link, other))
            chosen.update(other for _, other in sorted(near)[: self.options.revise_stories])
        return sorted(chosen)

    def _forget_settled(self, doc_ids: list[int]) -> None:
        """Drop the single-document vectors of stories grown past ``revise_small``."""
        limit = self.options.revise_small
        for sid in {self._story_of[d] for d in doc_ids}:
            members = self._stories[sid].members
            if len(members) > limit:
                self._state.prefetch_docs(members)
                for m in members:
                    self._doc_vectors.pop(m, None)

    def _factor(self, term: str) -> float:
        """Channel weight times idf squared: what a shared term adds to a dot product."""
        i = self._idf(term)
        value = self._factor_cache[term] = self._channel_weight[_channel(term)] * i * i
        return value

    def _idf(self, term: str) -> float:
        value = self._idf_cache.get(term)
        if value is None:
            value = math.log((self._n_docs + 1) / (self._df.get(term, 0) + 0.5))
            self._idf_cache[term] = value
        return value

    def _start_story(self, doc: StoryDoc, counts: dict[str, float]) -> None:
        """Index ``doc`` as a one-document story (id ``doc_id``)."""
        profile, when = self._vector(doc, counts)
        self._stories[doc.doc_id] = StoryRecord([doc.doc_id], profile, when, when)
        if self.options.revise_small > 0:
            self._doc_vectors[doc.doc_id] = (dict(profile), when)
        self._story_of[doc.doc_id] = doc.doc_id
        for term in profile:
            self._postings.add(term, doc.doc_id)

    def _vector(self, doc: StoryDoc, counts: dict[str, float]) -> tuple[dict[str, float], int | None]:
        """A document's unit vector per channel (its strongest terms) and its date, by today's frequencies."""
        tf = sublinear(counts)
        idf = self._idf
        keep = self.options.features.max_terms
        if len(tf) > keep:  # strongest by TF-IDF; ties by term, never by dict order
            strongest = heapq.nlargest(keep, [(w * idf(t), t) for t, w in tf.items()])
            tf = {t: tf[t] for _, t in strongest}
        norms: dict[str, float] = {}
        channels = {t: _channel(t) for t in tf}
        for term, w in tf.items():
            channel = channels[term]
            norms[channel] = norms.get(channel, 0.0) + (w * idf(term)) ** 2
        scale = {c: 1.0 / math.sqrt(n) for c, n in norms.items() if n > 0.0}
        profile = {t: w * scale[channels[t]] for t, w in tf.items() if channels[t] in scale}
        when = parse_date(doc.published)
        if when is None and self.options.features.date_from_text:
            when = dateline(doc.text[: self.options.features.date_scan_chars])
        return profile, when

    def remove_many(self, docs: Iterable[StoryDoc]) -> dict[int, int]:
        """Take documents out of the index (one folded into a near copy of it, say).

        Each leaves its story, and its terms no longer count in the document frequencies.
        The vector taken off the story's profile is the one kept for a document of a small
        story; otherwise it is computed again from the text with today's frequencies (close
        to the one added then, not equal: what is left of a term below 1e-9 is dropped).
        A story that loses its smallest member takes the next one's id, and ``last_moved``
        (also returned) maps its remaining members to that id. Documents that are not in
        the index are ignored; a story's date range is left as it was.
        """
        docs = sorted({d.doc_id: d for d in docs}.values(), key=lambda d: d.doc_id)
        self.last_moved = {}
        self._state.prefetch_docs(d.doc_id for d in docs)
        for doc in docs:
            sid = self._story_of.get(doc.doc_id)
            if sid is None:
                continue
            counts = term_counts(doc.text, doc.title, self.options.features)
            self._state.prefetch_df(counts)
            kept = self._doc_vectors.get(doc.doc_id)
            vector = kept[0] if kept is not None else self._vector(doc, counts)[0]
            self._state.prefetch_stories([sid])
            self._leave(self._stories[sid], sid, doc.doc_id, vector)
            self._count(counts, -1)
        return dict(self.last_moved)

    def _count(self, counts: dict[str, float], sign: int) -> None:
        """A document's terms join (+1) or leave (-1) the document frequencies."""
        self._n_docs += sign
        for term in counts:
            n = self._df.get(term, 0) + sign
            if n > 0:
                self._df[term] = n
            elif term in self._df:
                self._df.pop(term)
        self._idf_cache, self._factor_cache = {}, {}

    def _leave(self, story: StoryRecord, sid: int, doc_id: int, vector: dict[str, float]) -> None:
        """Document ``doc_id`` leaves story ``sid``; its vector comes off the profile."""
        profile = story.profile
        for term, w in vector.items():
            left = profile.get(term, 0.0) - w
            if left > 1e-9:
                profile[term] = left
            elif term in profile:
                del profile[term]
                self._postings.discard(term, sid)
        story.members.remove(doc_id)
        self._story_of.pop(doc_id)
        self._doc_vectors.pop(doc_id, None)
        self.last_moved.pop(doc_id, None)
        if not story.members:
            self._stories.pop(sid)
            for term in profile:
                self._postings.discard(term, sid)
        elif sid == doc_id:  # the story's id was this document's: the next smallest member's now
            new = story.members[0]
            self._stories.pop(sid)
            for term in profile:
                self._postings.discard(term, sid)
                self._postings.add(term, new)
            self._stories[new] = story
            for member in story.members:
                self._story_of[member] = new
                self.last_moved[member] = new
        else:
            self._stories[sid] = story  # changed in place: a lazy state must write it back

    def _candidates(self, story_id: int) -> list[int]:
        """Stories sharing the strongest terms of a one-document story, best first."""
        idf = self._idf
        factor = self._factor_cache
        profile = self._stories[story_id].profile
        query = heapq.nlargest(
            self.options.query_terms, [(w * (factor.get(t) or self._factor(t)), t) for t, w in profile.items()]
        )
        partial: dict[int, float] = {}
        self._state.prefetch_postings(term for _, term in query)
        for _, term in query:
            w = profile[term]
            contribution = w * idf(term) * idf(term)
            for other in self._postings.get(term):
                if other != story_id:
                    partial[other] = partial.get(other, 0.0) + contribution
        best = heapq.nsmallest(self.options.max_candidates, partial, key=lambda s: (-partial[s], s))
        self._state.prefetch_stories(best)
        return best

    def _link(self, a: StoryRecord, b: StoryRecord) -> float:
        """Mean pairwise document similarity between two stories (see the module docstring)."""
        small, large = (a.profile, b.profile) if len(a.profile) <= len(b.profile) else (b.profile, a.profile)
        factor = self._factor_cache
        # Profiles hold hundreds of terms and share a few: intersect the keys in C first.
        # A set's order varies with string hashing, so sum with fsum (exactly rounded, the
        # same in any order): equal inputs must give equal links in every run.
        words: list[float] = []
        extra: list[float] = []  # figures and years
        for t in small.keys() & large.keys():
            (words if _channel(t) == "w" else extra).append(
                (factor.get(t) or self._factor(t)) * small[t] * large[t])
        dot = math.fsum(words)
        cap = self.options.extra_cap
        if extra:
            bonus = math.fsum(extra)
            dot += bonus if cap is None else min(bonus, cap * dot)
        score = dot / (len(a.members) * len(b.members))
        if a.first is not None and b.first is not None and a.last is not None and b.last is not None:
            gap = max(a.first - b.last, b.first - a.last, 0)
            if gap > self.options.date_window_days:
                score *= self.options.date_factor
        return score

    def _agglomerate(self, new_ids: list[int]) -> None:
        """Merge the best-linked pair of stories while its link reaches ``threshold``.

        Only pairs that involve a new document (or a story that absorbed one) are
        considered; a lazy max-heap holds their links, and entries made stale by a merge
        are skipped when popped (``version`` counts merges per story).
        """
        threshold = self.options.threshold
        neighbours: dict[int, set[int]] = {}
        heap: list[tuple[float, int, int, int, int]] = []
        version: dict[int, int] = {}

        def push(a: int, b: int) -> None:
            a, b = min(a, b), max(a, b)
            score = self._link(self._stories[a], self._stories[b])
            if score >= threshold:
                heapq.heappush(heap, (-score, a, b, version.get(a, 0), version.get(b, 0)))

        for sid in new_ids:
            for other in self._candidates(sid):
                if other in neighbours.get(sid, ()):
                    continue
                neighbours.setdefault(sid, set()).add(other)
                neighbours.setdefault(other, set()).add(sid)
                push(sid, other)
        while heap:
            _, a, b, va, vb = heapq.heappop(heap)
            if a not in self._stories or b not in self._stories:
                continue
            if version.get(a, 0) != va or version.get(b, 0) != vb:
                continue
            self._absorb(a, b)
            version[a] = version.get(a, 0) + 1
            merged = (neighbours.pop(a, set()) | neighbours.pop(b, set())) - {a, b}
            neighbours[a] = merged
            for other in sorted(merged):
                links = neighbours[other]
                links.discard(b)
                links.add(a)
                push(a, other)

    def _absorb(self, keep: int, gone: int) -> None:
        """Move story ``gone`` into story ``keep`` (``keep < gone``)."""
        victim = self._stories.pop(gone)
        story = self._stories[keep]
        for term in victim.profile:
            self._postings.discard(term, gone)
        for doc_id in victim.members:
            if doc_id not in self._fresh:
                self._before.setdefault(doc_id, gone)
        story.members.extend(victim.members)
        story.members.sort()
        for doc_id in victim.members:
            self._story_of[doc_id] = keep
        profile = story.profile
        for term, w in victim.profile.items():
            profile[term] = profile.get(term, 0.0) + w
        limit = self.options.max_profile_terms
        if len(profile) > limit:
            idf = self._idf
            kept = dict(heapq.nlargest(limit, profile.items(), key=lambda kv: (kv[1] * idf(kv[0]), kv[0])))
            for term in profile.keys() - kept.keys():
                self._postings.discard(term, keep)
            story.profile = profile = kept
        for term in victim.profile:
            if term in profile:
                self._postings.add(term, keep)
        for when in (victim.first, victim.last):
            if when is not None:
                story.first = when if story.first is None else min(story.first, when)
                story.last = when if story.last is None else max(story.last, when)
        self._stories[keep] = story  # changed in place: a lazy state must write it back

    # -- reading ------------------------------------------------------------------------

    def story_of(self, doc_id: int) -> int | None:
        """The story a document is in, or None when it was never added."""
        return self._story_of.get(doc_id)

    def stories(self) -> dict[int, list[int]]:
        """Story id -> its documents' ids (ascending)."""
        return {sid: list(s.members) for sid, s in sorted(self._stories.items())}

    def assignments(self) -> dict[int, int]:
        """doc_id -> story id, for every document added."""
        return dict(self._story_of.items())

    def __len__(self) -> int:
        return self._n_docs

    # -- persistence --------------------------------------------------------------------

    def to_dict(self) -> dict:
        """Plain JSON-compatible state (options included), enough to go on adding later."""
        return {
            "format": FORMAT,
            "options": asdict(self.options),
            "n_docs": self._n_docs,
            "df": dict(self._df.items()),
            "stories": [[sid, s.members, s.profile, s.first, s.last] for sid, s in sorted(self._stories.items())],
            "doc_vectors": [[d, p, w] for d, (p, w) in sorted(self._doc_vectors.items())],
        }

    @classmethod
    def from_dict(cls, state: dict) -> "StoryIndex":
        if state.get("format") != FORMAT:
            raise ValueError(f"not a story index of format {FORMAT!r}: {state.get('format')!r}")
        raw = dict(state["options"])
        features = FeatureOptions(**raw.pop("features"))
        index = cls(StoryOptions(features=features, **raw))
        index._n_docs = int(state["n_docs"])
        index._df.update((str(t), int(n)) for t, n in state["df"].items())
        for sid, members, profile, first, last in state["stories"]:
            story = StoryRecord([int(m) for m in members], {str(t): float(w) for t, w in profile.items()}, first, last)
            index._stories[int(sid)] = story
            for doc_id in story.members:
                index._story_of[doc_id] = int(sid)
            for term in story.profile:
                index._postings.add(term, int(sid))
        for doc_id, profile, when in state.get("doc_vectors", ()):
            index._doc_vectors[int(doc_id)] = ({str(t): float(w) for t, w in profile.items()}, when)
        return index

    def to_bytes(self) -> bytes:
        """``to_dict`` as compressed JSON, for a BLOB column."""
        return zlib.compress(json.dumps(self.to_dict(), separators=(",", ":")).encode("utf-8"), 6)

    @classmethod
    def from_bytes(cls, data: bytes) -> "StoryIndex":
        return cls.from_dict(json.loads(zlib.decompress(data).decode("utf-8")))


def cluster(docs: Iterable[StoryDoc], options: StoryOptions | None = None) -> dict[int, int]:
    """Batch linking: doc_id -> story id (the smallest doc_id of the story).

    Average-link clustering of all documents at once; the result does not depend on the
    order of ``docs``.
    """
    index = StoryIndex(options)
    return index.add_many(docs)
