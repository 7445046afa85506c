"""Running spaCy's NER over chosen sentences and cleaning what it finds.

Only ``tok2vec`` and ``ner`` run: the tagger, parser, attribute ruler and lemmatiser do
not feed the NER of en_core_web_sm 3.8. The parser's only effect on NER is to keep
entities inside its own sentence boundaries; on input already cut into sentences,
dropping it changed the entities of 1 sentence in 4,842 (BBC News; a missed boundary
after "AT&T.", which :func:`clean_span` now cuts) and made the pipe about 1.5x faster
(``benchmarks/entities.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..nlp import load
from .titles import HONORIFICS, TITLE_WORDS, strip_leading_titles

DISABLE = ("tagger", "parser", "attribute_ruler", "lemmatizer")
_LABELS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}
# Longest piece of text handed to spaCy at once; longer sentences are cut at a space.
_MAX_CHUNK = 3000
_BATCH = 256

_LEAD_JUNK = "\"'“‘«(-–—*•[ "
_TRAIL_JUNK = "\"'”’»),:;-–—*]! ?"
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_KEEP_DOT = re.compile(r"(?:\b[A-Za-z]|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|St|Plc|Bhd|Cie))\.$")
_ORG_WORDS = frozenset(
    """inc inc. corp corp. corporation co co. ltd ltd. llc plc group holdings industries
    systems technologies bank party ministry department university council committee
    commission agency association institute foundation airlines motors""".split()
)
_HAS_UPPER = re.compile(r"[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f]")


@dataclass(slots=True)
class RawMention:
    """A cleaned NER span before merging."""

    start: int
    end: int
    kind: str
    sentence: tuple[int, int]


def pipeline():
    """The NER-only pipeline (loaded once per process)."""
    return load(disable=DISABLE)


def _chunks(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most _MAX_CHUNK characters, cut at spaces."""
    while end - start > _MAX_CHUNK:
        cut = text.rfind(" ", start + _MAX_CHUNK // 2, start + _MAX_CHUNK)
        if cut <= start:
            cut = start + _MAX_CHUNK
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def normalise_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences clamped to the text, sorted, with overlapping ones joined."""
    n = len(text)
    spans = sorted((max(0, int(s)), min(n, int(e))) for s, e in sentences)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def run_ner(text: str, sentences: list[tuple[int, int]]) -> list[RawMention]:
    """Entities spaCy finds in ``sentences`` (ordered, non-overlapping), cleaned."""
    pieces: list[tuple[int, int, tuple[int, int]]] = []
    for s, e in sentences:
        if not _HAS_UPPER.search(text, s, e):
            continue  # every name we keep holds a capital letter
        pieces.extend((a, b, (s, e)) for a, b in _chunks(text, s, e))
    if not pieces:
        return []
    nlp = pipeline()
    out: list[RawMention] = []
    docs = nlp.pipe((text[a:b] for a, b, _ in pieces), batch_size=_BATCH)
    for (a, _b, sent), doc in zip(pieces, docs):
        for ent in doc.ents:
            kind = _LABELS.get(ent.label_)
            if kind is None:
                continue
            cleaned = clean_span(text, a + ent.start_char, a + ent.end_char, kind)
            if cleaned is not None:
                s, e, kind = cleaned
                out.append(RawMention(s, e, kind, sent))
    return out


_INNER_STOP = re.compile(r"(\S+)\.\s+(?=[A-Z])")
_ABBREVIATIONS = frozenset(
    """inc corp co ltd jr sr bros st plc mr mrs ms dr prof gen col lt sgt capt maj adm cmdr
    brig rev hon sen rep gov pres mt ft no messrs mme mlle sir""".split()
)


def _inner_stop(span: str) -> int | None:
    """Where a span runs over a sentence end the splitter missed ("AT&T. Consolidation")."""
    for m in _INNER_STOP.finditer(span):
        word = m.group(1).lstrip("\"'“‘(")
        if len(word) > 1 and "." not in word and word.lower() not in _ABBREVIATIONS:
            return m.start() + len(m.group(1))
    return None


def clean_span(text: str, start: int, end: int, kind: str) -> tuple[int, int, str] | None:
    """Fix the usual en_core_web_sm slips on one span, or None to drop it.

    Strips surrounding quotes and punctuation, a possessive "'s", a leading "the" from
    organisations, and a title or honorific at the front of a person ("President Ilsa
    Korvath" -> "Ilsa Korvath"; the title is read back as the role later). Drops spans
    with a line break, without a capital letter, or made of a title word alone.
    """
    for _ in range(3):
        while start < end and text[start] in _LEAD_JUNK:
            start += 1
        while end > start and text[end - 1] in _TRAIL_JUNK:
            end -= 1
        m = _POSSESSIVE.search(text, start, end)
        if m:
            end = m.start()
            continue
        if end > start and text[end - 1] == "." and not _KEEP_DOT.search(text, start, end):
            end -= 1
            continue
        break
    if end <= start:
        return None
    cut = _inner_stop(text[start:end])
    if cut is not None:
        return clean_span(text, start, start + cut, kind)
    span = text[start:end]
    if "\n" in span or not _HAS_UPPER.search(span) or len(span) > 120:
        return None
    words = span.split()
    low = [w.lower().rstrip(".") for w in words]
    if kind == "person" and any(w in _ORG_WORDS for w in low[1:]):
        kind = "org"  # "Northwire Holdings" read as a person
    if kind in ("org", "group", "place") and low[0] in HONORIFICS and len(words) > 1:
        kind = "person"  # "Mr Halvorsen" read as an organisation
    if kind == "person":
        if all(w in TITLE_WORDS for w in low) and not (len(low) > 1 and low[0] in HONORIFICS):
            return None  # a title alone: "Minister", "President"
        start += strip_leading_titles(span)
    elif kind == "org" and low[0] == "the" and len(words) > 1:
        start += len(span) - len(span[3:].lstrip())
    return start, end, kind
