"""Where a story index keeps its state: in memory, or lazily in a database.

``StoryIndex`` reads and writes five collections (document frequencies, stories, postings,
the story of each document, and the vectors of documents in small stories) plus a document
count. Placing one new article touches only a few hundred entries of them, so an archive
of 10,000 documents must not be loaded whole to place one more (benchmarks/incremental.py).

* ``MemoryState``: plain dicts and sets; what ``cluster`` and the tests use, picklable.
* ``LazyState``: the same collections as ``LazyTable``s that fetch entries on first use
  through loader functions and remember what changed; a storage backend supplies the
  loaders and writes ``changes()`` back (newsclaims.storage.stories). No SQL here.

Both give identical results: the index sees the same values either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

_ABSENT: Any = object()


class LazyTable(Generic[K, V]):
    """A mapping whose entries are fetched on first use and whose changes are recorded.

    ``load_many(keys)`` returns the stored values of those keys that exist. Values are
    cached for the table's life; ``__setitem__`` and ``pop`` change the cache and mark the
    key dirty. A value changed in place must be assigned again to be marked.
    """

    def __init__(self, load_many: Callable[[list[K]], dict[K, V]], load_all: Callable[[], Iterable[tuple[K, V]]]):
        self._load_many = load_many
        self._load_all = load_all
        self._cache: dict[K, V] = {}
        self._dirty: set[K] = set()

    def prefetch(self, keys: Iterable[K]) -> list[K]:
        """Fetch the entries of ``keys`` not cached yet, in one call of the loader.

        Returns the keys that were fetched (found or not)."""
        cache = self._cache
        missing = list(dict.fromkeys(k for k in keys if k not in cache))
        if missing:
            found = self._load_many(missing)
            for key in missing:
                cache[key] = found.get(key, _ABSENT)
        return missing

    def get(self, key: K, default: Any = None) -> Any:
        value = self._cache.get(key, _ABSENT)
        if value is _ABSENT and key not in self._cache:
            self.prefetch([key])
            value = self._cache[key]
        return default if value is _ABSENT else value

    def __getitem__(self, key: K) -> V:
        value = self.get(key, _ABSENT)
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return self.get(key, _ABSENT) is not _ABSENT  # type: ignore[arg-type]

    def __setitem__(self, key: K, value: V) -> None:
        self._cache[key] = value
        self._dirty.add(key)

    def pop(self, key: K, default: Any = _ABSENT) -> Any:
        value = self.get(key, _ABSENT)
        if value is _ABSENT:
            if default is _ABSENT:
                raise KeyError(key)
            return default
        self._cache[key] = _ABSENT
        self._dirty.add(key)
        return value

    def items(self) -> Iterator[tuple[K, V]]:
        """Every entry: stored ones as changed in this table, then new ones (a full scan)."""
        seen: set[K] = set()
        for key, value in self._load_all():
            seen.add(key)
            current = self._cache.get(key, value)
            if current is not _ABSENT:
                yield key, current
        for key in self._dirty - seen:
            value = self._cache[key]
            if value is not _ABSENT:
                yield key, value

    def changes(self) -> tuple[list[tuple[K, V]], list[K]]:
        """(entries written, keys deleted) since the table was made or last ``clear_changes``."""
        written = [(k, self._cache[k]) for k in self._dirty if self._cache[k] is not _ABSENT]
        deleted = [k for k in self._dirty if self._cache[k] is _ABSENT]
        return written, deleted

    def clear_changes(self) -> None:
        self._dirty.clear()


class MemoryPostings:
    """term -> ids of the stories whose profile holds it, as sets."""

    def __init__(self) -> None:
        self._sets: dict[str, set[int]] = {}

    def get(self, term: str) -> Iterable[int]:
        return self._sets.get(term, ())

    def add(self, term: str, story_id: int) -> None:
        self._sets.setdefault(term, set()).add(story_id)

    def discard(self, term: str, story_id: int) -> None:
        ids = self._sets.get(term)
        if ids is not None:
            ids.discard(story_id)
            if not ids:
                del self._sets[term]


class LazyPostings:
    """Postings fetched per term on first use; additions and removals are recorded.

    Adding to a term never fetches it: a new document posts hundreds of terms, among them
    common ones held by thousands of stories.
    """

    def __init__(self, load: Callable[[str], Iterable[int]],
                 load_many: Callable[[list[str]], dict[str, list[int]]] | None = None) -> None:
        self._load = load
        self._load_many = load_many
        self._sets: dict[str, set[int]] = {}
        self._pending: dict[str, dict[int, bool]] = {}  # term -> story -> added (True) / removed

    def get(self, term: str) -> Iterable[int]:
        ids = self._sets.get(term)
        if ids is None:
            ids = self._settle(term, self._load(term))
        return ids

    def prefetch(self, terms: Iterable[str]) -> None:
        """Fetch the postings of ``terms`` not cached yet, in one call of ``load_many``."""
        missing = list(dict.fromkeys(t for t in terms if t not in self._sets))
        if missing and self._load_many is not None:
            found = self._load_many(missing)
            for term in missing:
                self._settle(term, found.get(term, ()))

    def _settle(self, term: str, stored: Iterable[int]) -> set[int]:
        ids = set(stored)
        for sid, added in self._pending.get(term, {}).items():
            (ids.add if added else ids.discard)(sid)
        self._sets[term] = ids
        return ids

    def add(self, term: str, story_id: int) -> None:
        self._pending.setdefault(term, {})[story_id] = True
        ids = self._sets.get(term)
        if ids is not None:
            ids.add(story_id)

    def discard(self, term: str, story_id: int) -> None:
        self._pending.setdefault(term, {})[story_id] = False
        ids = self._sets.get(term)
        if ids is not None:
            ids.discard(story_id)

    def changes(self) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """(pairs added, pairs removed)."""
        added = [(t, sid) for t, ops in self._pending.items() for sid, on in ops.items() if on]
        removed = [(t, sid) for t, ops in self._pending.items() for sid, on in ops.items() if not on]
        return added, removed

    def clear_changes(self) -> None:
        self._pending.clear()


class MemoryState:
    """A story index's state as plain Python objects."""

    lazy = False

    def __init__(self) -> None:
        self.n_docs = 0
        self.df: dict[str, int] = {}  # term -> number of documents that held it
        self.stories: dict[int, Any] = {}  # story id -> StoryRecord
        self.postings = MemoryPostings()
        self.story_of: dict[int, int] = {}  # doc_id -> story id
        # documents of small stories: their own vectors (profile, day ordinal or None)
        self.doc_vectors: dict[int, tuple[dict[str, float], int | None]] = {}

    def prefetch_df(self, terms: Iterable[str]) -> None:
        """Nothing to fetch in memory (LazyState fetches in one query)."""

    def prefetch_docs(self, doc_ids: Iterable[int]) -> None:
        """Nothing to fetch in memory."""

    def prefetch_stories(self, story_ids: Iterable[int]) -> None:
        """Nothing to fetch in memory."""

    def prefetch_postings(self, terms: Iterable[str]) -> None:
        """Nothing to fetch in memory."""


class LazyState:
    """A story index's state fetched on demand through loaders (see the module docstring).

    ``loaders`` maps each collection name (``df``, ``stories``, ``story_of``,
    ``doc_vectors``) to a pair (load_many, load_all), ``postings`` to a per-term loader and
    (optionally) ``postings_many`` to a loader of many terms' postings at once.
    """

    lazy = True

    def __init__(self, n_docs: int, loaders: dict[str, Any]) -> None:
        self.n_docs = n_docs
        self.df: LazyTable[str, int] = LazyTable(*loaders["df"])
        self.stories: LazyTable[int, Any] = LazyTable(*loaders["stories"])
        self.story_of: LazyTable[int, int] = LazyTable(*loaders["story_of"])
        self.doc_vectors: LazyTable[int, tuple[dict[str, float], int | None]] = LazyTable(*loaders["doc_vectors"])
        self.postings = LazyPostings(loaders["postings"], loaders.get("postings_many"))

    def prefetch_df(self, terms: Iterable[str]) -> None:
        self.df.prefetch(terms)

    def prefetch_postings(self, terms: Iterable[str]) -> None:
        self.postings.prefetch(terms)

    def prefetch_docs(self, doc_ids: Iterable[int]) -> None:
        ids = list(doc_ids)
        self.story_of.prefetch(ids)
        self.doc_vectors.prefetch(ids)

    def prefetch_stories(self, story_ids: Iterable[int]) -> None:
        """Fetch stories and the document frequencies of their terms (scoring needs both)."""
        # Only stories fetched now need their terms' frequencies: a story already cached was
        # either fetched the same way or built in memory from terms whose frequencies are.
        # (A frequency still missing would be fetched on use; this only saves the scan.)
        fetched = self.stories.prefetch(story_ids)
        self.df.prefetch(term for sid in fetched if (story := self.stories.get(sid)) is not None
                         for term in story.profile)
