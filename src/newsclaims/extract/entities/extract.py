"""find_entities: NER over chosen sentences, titles and roles, merging per document."""

from __future__ import annotations

from collections.abc import Sequence

from ..sentences import split_sentences
from .merge import Mention, merge, role_for
from .ner import _ORG_WORDS, RawMention, normalise_sentences, run_ner
from .sweep import sweep
from .titles import apposition_after, title_before
from .types import EntityMention, entity_key


def _known_mentions(text: str, known: Sequence[tuple[int, int]], raw: list[RawMention]) -> list[RawMention]:
    """Names found without NER (a statement's resolved speaker), typed by their words."""
    import bisect

    sents = split_sentences(text)
    starts = [a for a, _ in sents]
    taken = [(r.start, r.end) for r in raw]
    out: list[RawMention] = []
    for start, end in sorted(set(known)):
        if not (0 <= start < end <= len(text)) or any(a < end and start < b for a, b in taken):
            continue
        name = text[start:end]
        if not name[:1].isupper():
            continue
        words = {w.lower().strip(".,") for w in name.split()}
        kind = "org" if words & _ORG_WORDS else "person"
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        sentence = sents[i] if sents else (0, len(text))
        out.append(RawMention(start, end, kind, sentence))
        taken.append((start, end))
    return out


def find_entities(
    text: str, sentences: Sequence[tuple[int, int]] | None = None, known: Sequence[tuple[int, int]] = ()
) -> list[EntityMention]:
    """Named people, organisations, places and groups in ``text``, merged per document.

    ``sentences`` (end-exclusive offsets) limits the NER to those stretches of text; None
    means every sentence (split with :func:`newsclaims.extract.sentences.split_sentences`).
    ``known`` adds name spans found by other means (resolved speakers) without running NER
    on their sentences; they are typed as organisations by their words, else as people.
    Mentions come back sorted by start and non-overlapping, each reading back exactly
    (``text[m.start:m.end] == m.text``); titles are not part of a mention but its role.
    """
    if not text:
        return []
    sents = split_sentences(text) if sentences is None else normalise_sentences(text, sentences)
    if not sents and not known:
        return []
    raw = run_ner(text, sents) if sents else []
    raw += _known_mentions(text, known, raw)
    raw += sweep(text, sents, raw)
    mentions: list[Mention] = []
    last_end = -1
    for r in sorted(raw, key=lambda r: (r.start, r.end)):
        if r.start < last_end:
            continue  # never overlap (chunks and cleaning cannot produce it, but be sure)
        kind, role = r.kind, None
        title = title_before(text, r.start, r.sentence[0])
        if title is not None and title[2] and kind != "person" and len(text[r.start : r.end].split()) <= 3:
            kind = "person"  # "Gen. Ostrava" read as a place
        if kind == "person":
            role = title[1] if title is not None else None
            role = role or apposition_after(text, r.end, r.sentence[1])
        mentions.append(Mention(r.start, r.end, text[r.start : r.end], kind, role))
        last_end = r.end
    clusters = merge(mentions)
    out: list[EntityMention] = []
    for i, m in enumerate(mentions):
        c = clusters[m.cluster]
        role = role_for(c, i, m.role) if m.kind == "person" else None
        out.append(EntityMention(m.start, m.end, m.text, m.kind, c.name, entity_key(c.name, m.kind), role))
    return out
