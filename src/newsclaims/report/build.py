"""The data of an analyst's brief, gathered from the archive once, rendered as Markdown or HTML.

Everything a brief shows carries a ``Ref``: the document and the end-exclusive character
offsets of the sentence it comes from, so every line can be traced back to its text.
The renderers only format what is here; they never go back to the archive.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Iterable

from .text import day, safe_url

if TYPE_CHECKING:  # pragma: no cover
    from ..archive import Archive

#: Stored documents a full-text query may match (mirrors ``Archive.stories``).
SEARCH_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Ref:
    """Where a line of the brief comes from: ``doc.text[start:end] == sentence``."""

    doc_id: int
    start: int
    end: int
    sentence: str
    url: str | None = None  # only http(s) URLs are kept: stored URLs are untrusted

    @property
    def label(self) -> str:
        return f"doc {self.doc_id} · chars {self.start}–{self.end}"

    @property
    def hint(self) -> str:
        return f"newsclaims show {self.doc_id}"


@dataclass(frozen=True, slots=True)
class StoryDoc:
    doc_id: int
    title: str | None
    published: str | None
    url: str | None
    copies: int  # appearances of this text, the stored one included


@dataclass(frozen=True, slots=True)
class Story:
    id: int
    title: str | None
    outlets: tuple[str, ...]
    documents: tuple[StoryDoc, ...]
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True, slots=True)
class FigureEntry:
    """One source's value for a figure."""

    quantity_id: int
    doc_id: int
    published: str | None
    outlet: str | None
    title: str | None
    text: str  # the figure as written ("250,000", "more than 3 million")
    value: float | None  # compared value: annualised for rates
    interval: tuple[float, float] | None  # values the claim allows (hi may be inf)
    bound: str | None
    period: str | None
    asserted_by: str | None
    modality: str | None
    copies: int
    disputed: bool
    ref: Ref
    focus: tuple[int, int]  # the figure's offsets inside ``ref.sentence``


@dataclass(frozen=True, slots=True)
class FigureReport:
    id: int
    label: str
    measure: str
    unit: str
    rate: bool
    disputed: bool
    entries: tuple[FigureEntry, ...]
    disagreements: tuple[tuple[int, int], ...]
    repetitions: tuple[tuple[int, ...], ...]  # quantity ids, first appearance first
    changes: tuple[tuple[int, int], ...]

    @property
    def documents(self) -> int:
        return len({e.doc_id for e in self.entries})

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({e.outlet for e in self.entries if e.outlet}))

    def entry(self, quantity_id: int) -> FigureEntry:
        return next(e for e in self.entries if e.quantity_id == quantity_id)


@dataclass(frozen=True, slots=True)
class Statement:
    claim_id: int
    speaker: str | None
    doc_id: int
    published: str | None
    outlet: str | None
    title: str | None
    modality: str | None
    kind: str | None  # direct / indirect / mixed / according_to
    figures: tuple[str, ...]
    ref: Ref


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    statements: tuple[Statement, ...]  # the ones shown (at most the limit)
    total: int
    documents: int


@dataclass(frozen=True, slots=True)
class Report:
    generated_at: str
    since: str | None
    query: str | None
    limit: int
    archive: dict  # documents, copies, outlets, first_published, last_published
    matched_documents: int | None  # documents the query matched (None without a query)
    stories: tuple[Story, ...]
    stories_total: int
    figures: tuple[FigureReport, ...]
    figures_total: int
    speakers: tuple[Speaker, ...]
    speakers_total: int
    unnamed: tuple[Statement, ...] = ()  # statements by unnamed sources ("officials said")
    unnamed_total: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)


def build_report(archive: "Archive", since: str | None = None, query: str | None = None, limit: int = 10,
                 min_documents: int = 2, now: datetime | None = None) -> Report:
    """Gather a brief: top stories, key figures (disputed first) and statements by speaker,
    from documents published on or after ``since`` (YYYY-MM-DD) that match ``query``."""
    since = since or None
    query = (query or "").strip() or None
    matched: set[int] | None = None
    if query:
        matched = {h.doc_id for h in archive.search(query, limit=SEARCH_LIMIT)}
    stats = archive.stats()
    stories = _stories(archive, since, query, matched)
    figures, notes = _figures(archive, since, matched, min_documents, limit)
    speakers, unnamed = _statements(archive, since, matched, limit)
    return Report(
        generated_at=(now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC"),
        since=since, query=query, limit=limit,
        archive={k: stats.get(k) for k in ("documents", "copies", "first_published", "last_published")}
        | {"outlets": len(stats.get("outlets") or {})},
        matched_documents=None if matched is None else len(matched),
        stories=tuple(stories[:limit]), stories_total=len(stories),
        figures=tuple(figures[:limit]), figures_total=len(figures),
        speakers=tuple(speakers[:limit]), speakers_total=len(speakers),
        unnamed=tuple(unnamed[:limit]), unnamed_total=len(unnamed), notes=tuple(notes),
    )


# -- stories ----------------------------------------------------------------------------------
def _stories(archive: "Archive", since: str | None, query: str | None, matched: set[int] | None) -> list[Story]:
    out = []
    for s in archive.stories(since=since, query=query):
        docs = [d for d in s["documents"] if _keep(d["id"], d["published"], since, matched)]
        if not docs:  # the story reaches past --since only through a copy's date
            docs = s["documents"]
        out.append(Story(
            id=s["id"], title=s["title"], outlets=tuple(s["outlets"]),
            documents=tuple(StoryDoc(d["id"], d["title"], d["published"], safe_url(d["url"]), d["copies"])
                            for d in docs),
            first_published=s["first_published"], last_published=s["last_published"],
        ))
    return out


def _keep(doc_id: int, published: str | None, since: str | None, matched: set[int] | None) -> bool:
    if matched is not None and doc_id not in matched:
        return False
    return not since or day(published) >= since


# -- figures ----------------------------------------------------------------------------------
def _figures(archive: "Archive", since: str | None, matched: set[int] | None, min_documents: int,
             limit: int) -> tuple[list[FigureReport], list[str]]:
    candidates = [
        f for f in archive.figures(min_documents=min_documents)
        if not since or day(f["last_published"]) >= since
    ]
    # Reading a timeline costs a query per figure: look at enough candidates to fill the section
    # after filtering (the listing is already disputed first, most documents first).
    budget = max(60, 6 * limit)
    out = []
    for f in candidates[:budget]:
        report = _figure(archive.figure(f["id"]), since, matched)
        if report is not None and report.documents >= min_documents:
            out.append(report)
    out.sort(key=lambda r: (not r.disputed, -r.documents, -len(r.entries), r.id))
    notes = []
    if len(candidates) > budget:
        notes.append(f"Key figures: the {budget} most reported of {len(candidates)} figures were considered.")
    return out, notes


def _figure(f: dict, since: str | None, matched: set[int] | None) -> FigureReport | None:
    entries = [_entry(e, bool(f["rate"])) for e in f["entries"] if _keep(e["doc_id"], e["published"], since, matched)]
    if not entries:
        return None
    kept = {e.quantity_id for e in entries}
    # a figure is disputed in the brief when two sources it still shows disagree
    pairs = tuple((a, b) for a, b in f["disagreements"] if a in kept and b in kept)
    disputed_ids = {i for p in pairs for i in p}
    entries = [_replace_disputed(e, e.quantity_id in disputed_ids) for e in entries]
    # entries are in date order; ``timeline`` lists a repetition's ids in storage order, so
    # the first appearance is found here rather than trusted to be first
    order = {e.quantity_id: n for n, e in enumerate(entries)}
    reps = tuple(t for t in (tuple(sorted((i for i in g if i in kept), key=order.__getitem__))
                             for g in f["repetitions"]) if len(t) > 1)
    changes = tuple((a, b) for a, b in f["changes"] if a in kept and b in kept)
    return FigureReport(id=f["id"], label=f["label"], measure=f["measure"], unit=f["unit"], rate=bool(f["rate"]),
                        disputed=bool(pairs), entries=tuple(entries), disagreements=pairs, repetitions=reps,
                        changes=changes)


def _entry(e: dict, rate: bool) -> FigureEntry:
    s = e["sentence"]
    value = e["annualised"] if rate and e["annualised"] is not None else e["value"]
    interval = tuple(e["interval"]) if e["interval"] else None
    return FigureEntry(
        quantity_id=e["quantity_id"], doc_id=e["doc_id"], published=e["published"], outlet=e["outlet"],
        title=e["title"], text=e["text"], value=value, interval=interval, bound=e["bound"], period=e["period"],
        asserted_by=e["asserted_by"], modality=e["modality"], copies=e["copies"] or 1, disputed=bool(e["disputed"]),
        ref=Ref(e["doc_id"], s["start"], s["end"], s["text"] or "", safe_url(e["url"])),
        focus=(e["start"] - s["start"], e["end"] - s["start"]),
    )


def _replace_disputed(e: FigureEntry, disputed: bool) -> FigureEntry:
    if e.disputed == disputed:
        return e
    from dataclasses import replace

    return replace(e, disputed=disputed)


def values_cited(figure: FigureReport) -> list[tuple[FigureEntry, int]]:
    """Distinct values (as intervals) a figure's sources give, most cited first, each with
    the entry that first gave it."""
    counts: Counter = Counter()
    first: dict = {}
    for e in figure.entries:  # entries are in date order
        key = (e.interval, e.bound)
        counts[key] += 1
        first.setdefault(key, e)
    return [(first[k], n) for k, n in counts.most_common()]


# -- statements -------------------------------------------------------------------------------
def _statements(archive: "Archive", since: str | None, matched: set[int] | None,
                limit: int) -> tuple[list[Speaker], list[Statement]]:
    rows = [r for r in archive.claims(since=since) if r["asserted_by_kind"] == "speaker"
            and _keep(r["doc_id"], r["published"], since, matched)]
    named: dict[str, list[Statement]] = {}
    display: dict[str, Counter] = {}
    unnamed: list[Statement] = []
    for r in rows:
        st = _statement(r)
        if r["speaker_named"] and r["asserted_by"]:
            key = " ".join(r["asserted_by"].split()).casefold()
            named.setdefault(key, []).append(st)
            display.setdefault(key, Counter())[r["asserted_by"]] += 1
        else:
            unnamed.append(st)
    speakers = [
        Speaker(name=display[k].most_common(1)[0][0], statements=tuple(sts[:limit]), total=len(sts),
                documents=len({s.doc_id for s in sts}))
        for k, sts in named.items()
    ]
    speakers.sort(key=lambda s: (-s.total, -s.documents, s.name.casefold()))
    return speakers, unnamed


def _statement(r: dict) -> Statement:
    return Statement(
        claim_id=r["id"], speaker=r["asserted_by"], doc_id=r["doc_id"], published=r["published"],
        outlet=r["outlet"], title=r["title"], modality=r["modality"], kind=r.get("statement_kind"),
        figures=tuple(q["text"] for q in r.get("quantities") or ()),
        ref=Ref(r["doc_id"], r["sentence_start"], r["sentence_end"], r["sentence"] or "", safe_url(r["url"])),
    )


def all_refs(report: Report) -> Iterable[Ref]:
    """Every sentence reference in a brief (for checks and tests)."""
    for f in report.figures:
        for e in f.entries:
            yield e.ref
    for s in report.speakers:
        for st in s.statements:
            yield st.ref
    for st in report.unnamed:
        yield st.ref
