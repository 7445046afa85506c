"""The archive: the Python API that the CLI (and later the web UI) are thin layers over."""

from __future__ import annotations

import os
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .model import (
    CleanDocument,
    Document,
    DocumentSummary,
    ExtractReport,
    IngestReport,
    Problem,
    RawDocument,
    SearchHit,
)
from .options import IngestOptions
from .storage.base import Backend, DocumentFilter
from .storage.sqlite import SQLiteBackend, default_path

if TYPE_CHECKING:  # pragma: no cover
    from .executors.local import OrderedMap
    from .extract.document import ExtractOptions
    from .storage.annotations import ClaimFilter

#: progress(source, outcome): outcome is new / exact / near / unchanged / skipped / failed
ProgressFn = Callable[[str, str], None]


def open(path: str | os.PathLike[str] | None = None) -> "Archive":  # noqa: A001 - mirrors sqlite3.connect
    """Open (or create) the archive at ``path`` (default: $NEWSCLAIMS_DB or ./newsclaims.db)."""
    return Archive(SQLiteBackend(path or default_path()))


class Archive:
    """A local, de-duplicated, searchable archive of news articles."""

    def __init__(self, backend: Backend):
        self.backend = backend

    # -- context management ---------------------------------------------------------------
    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    # -- writing ----------------------------------------------------------------------------
    def ingest(
        self,
        inputs: Iterable[str],
        options: IngestOptions | None = None,
        progress: ProgressFn | None = None,
    ) -> IngestReport:
        """Read, clean, de-duplicate and store ``inputs`` (paths, folders, URLs).

        Commits every ``options.batch_size`` documents (smaller batches once every input has
        been read, see ``_next_batch``): an interruption loses at most the batch in flight,
        and running the same ingest again adds nothing twice.
        """
        from .dedup.placer import Deduplicator
        from .executors.local import map_ordered
        from .readers import read

        options = options or IngestOptions()
        inputs = list(inputs)
        backend = self.backend
        counts = dict.fromkeys(("ingested", "duplicates", "unchanged", "skipped", "failed", "merged"), 0)
        problems: list[Problem] = []
        run_id = backend.start_run(inputs)
        dedup = Deduplicator(backend, options.dedup)

        def note(source: str, outcome: str) -> None:
            if progress is not None:
                progress(source, outcome)

        def fresh(items: Iterable[RawDocument | Problem]) -> Iterator[RawDocument | Problem]:
            # Skip what is already stored before paying for cleaning it again.
            for item in items:
                if isinstance(item, RawDocument) and backend.has_copy(item.source, item.raw_sha256):
                    counts["unchanged"] += 1
                    note(item.source, "unchanged")
                    continue
                yield item

        linker = backend.story_linker() if options.link_stories else None
        results = map_ordered(_prepare_or_pass, fresh(read(inputs, options.read)), options, options.workers,
                              ahead=options.batch_size)
        while True:
            batch = _next_batch(results, options.batch_size)
            if not batch:
                break
            with backend.transaction():
                for item in batch:
                    if isinstance(item, Problem):
                        problems.append(item)
                        counts[item.kind] += 1
                        note(item.source, item.kind)
                        continue
                    placed = dedup.place(item)
                    key = {"new": "ingested", "exact": "duplicates", "near": "duplicates"}.get(
                        placed.outcome, "unchanged"
                    )
                    counts[key] += 1
                    counts["merged"] += len(placed.merged)
                    note(item.source, placed.outcome)
                if linker is not None:
                    # Each batch's new documents join their stories in the batch's own
                    # transaction: the main process does this while the workers clean the
                    # next pages, and an interruption never leaves stored documents unlinked.
                    linker.link_new()
        backend.finish_run(run_id, counts, problems)
        extraction = None
        if options.extract:
            extraction = self.extract(workers=options.workers, progress=progress)
        return IngestReport(problems=tuple(problems), run_id=run_id, extraction=extraction, **counts)

    def extract(
        self,
        everything: bool = False,
        options: "ExtractOptions | None" = None,
        workers: int | None = None,
        progress: ProgressFn | None = None,
        batch_size: int = 100,
    ) -> ExtractReport:
        """Find figures, statements, entities and claims in stored documents.

        By default only documents never extracted, whose text changed, or extracted by
        another extractor version; ``everything=True`` redoes all. Each document's results
        replace its previous ones in one transaction per batch.
        """
        from .executors.local import map_ordered
        from .extract.document import ExtractOptions, annotate_or_error, versions

        options = options or ExtractOptions()
        backend = self.backend
        ids = backend.pending_extractions(versions(options), everything)
        if len(ids) < 40:
            workers = 1  # starting workers and loading the model twice costs more than it saves
        totals = dict.fromkeys(("documents", "quantities", "statements", "claims", "entities", "sentences",
                                "sentences_analysed"), 0)
        failed: list[tuple[int, str]] = []
        keys: set[str] = set()
        results = map_ordered(annotate_or_error, backend.extract_inputs(ids), options, workers)
        position = 0
        while True:
            batch = list(islice(results, batch_size))
            if not batch:
                break
            with backend.transaction():
                for ann in batch:
                    doc_id = ids[position]
                    position += 1
                    if isinstance(ann, str):
                        failed.append((doc_id, ann))
                        if progress is not None:
                            progress(f"document {doc_id}", "failed")
                        continue
                    keys |= backend.write_annotations(ann)
                    totals["documents"] += 1
                    totals["quantities"] += len(ann.quantities)
                    totals["statements"] += len(ann.statements)
                    totals["claims"] += len(ann.claims)
                    totals["entities"] += len(ann.mentions)
                    totals["sentences"] += ann.sentences_total
                    totals["sentences_analysed"] += ann.sentences_analysed
                    if progress is not None:
                        progress(f"document {doc_id}", "extracted")
        if keys:
            with backend.transaction():
                backend.relink_figures(keys)  # only the figures these documents touch
        return ExtractReport(failed=tuple(failed), **totals)

    def figures(self, disputed: bool = False, measure: str | None = None, min_documents: int = 1) -> list[dict]:
        """Figures (the same measure across documents), disputed first, then the most reported."""
        return self.backend.figures(disputed, measure, min_documents)

    def figure(self, figure_id: int) -> dict:
        """One figure with its timeline: every claim's value, source, date, modality and sentence,
        and its disagreements, repetitions and changes."""
        return self.backend.figure(int(figure_id))

    def entity(self, name: str) -> dict:
        """A person or organisation over time: their statements, the figures they put
        forward and the outlets quoting them (name matched as a case-insensitive substring)."""
        return self.backend.entity(name)

    def link_stories(self) -> int:
        """Put every document not yet in a story into one (incremental; ingest does this)."""
        with self.backend.transaction():
            return self.backend.story_linker().link_new()

    def stories(self, since: str | None = None, query: str | None = None, min_documents: int = 1) -> list[dict]:
        """Stories (documents reporting the same event), most outlets first. ``query`` keeps
        stories with a document matching a full-text search."""
        doc_ids = None
        if query:
            doc_ids = [h.doc_id for h in self.search(query, limit=10_000)]
        return self.backend.stories(since, doc_ids, min_documents)

    def relink(self) -> int:
        """Regroup every story and figure from scratch (after an upgrade of the linkers)."""
        with self.backend.transaction():
            self.backend.relink_stories()
            return self.backend.relink_figures(None)

    def claims(self, where: "ClaimFilter | None" = None, **filters) -> list[dict]:
        """Stored claims with their sentence, figures, statement and source document.

        Filters: speaker, entity, item, unit, modality, outlet, since, until, doc_id,
        with_figures, limit, offset (see ``storage.annotations.ClaimFilter``).
        """
        from .storage.annotations import ClaimFilter

        return self.backend.claims(where or ClaimFilter(**filters))

    def annotations(self, doc_id: int) -> dict:
        """Figures, statements, entity mentions and claims of one document."""
        self.backend.get_document(int(doc_id))  # raises NotFound for an unknown id
        return self.backend.annotations(int(doc_id))

    # -- reading ----------------------------------------------------------------------------
    def get(self, doc_id: int) -> Document:
        return self.backend.get_document(int(doc_id))

    def documents(
        self,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[DocumentSummary]:
        return self.backend.documents(DocumentFilter(outlet, since, until, limit, offset))

    def __iter__(self) -> Iterator[Document]:
        return self.backend.iter_documents()

    def search(
        self,
        query: str,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Full-text search over titles and texts, best first; snippets mark matches with [[ ]]."""
        return self.backend.search(query, DocumentFilter(outlet, since, until, limit, offset))

    def stats(self) -> dict:
        return self.backend.stats()


def _prepare_or_pass(item: RawDocument | Problem, options: IngestOptions) -> CleanDocument | Problem:
    if isinstance(item, Problem):
        return item
    from .pipeline import prepare

    return prepare(item, options)


# Once every input has been read, ingest commits in batches of this size: what is still in
# flight arrives a few at a time, and each batch is stored and linked while the workers
# clean the rest, so that little is left to do after the last page is cleaned (a full
# batch's story linking left for the end of a run took about a second on the benchmark pages).
_TAIL_BATCH = 25


def _next_batch(results: "OrderedMap[CleanDocument | Problem]", size: int) -> list[CleanDocument | Problem]:
    """The next batch of results to store: ``size`` of them, or fewer once the input is read."""
    batch: list[CleanDocument | Problem] = []
    for item in results:
        batch.append(item)
        if len(batch) >= size or (results.input_done and len(batch) >= _TAIL_BATCH):
            break
    return batch
