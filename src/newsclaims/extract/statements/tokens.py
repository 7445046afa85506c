"""A regex tokenizer with offsets, and the units statements are read from.

A unit is a sentence, or several sentences of one paragraph glued together when a
quotation runs across their boundary ("“We will fight. We will win,” he said.").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..sentences import paragraphs, split_sentences
from . import cues
from .quotes import MARKS, Quote, find_quotes

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Inc|Corp|Co|Ltd|Jr|Sr|St|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Prof|Capt|Adm|Sgt|Rev|Maj|Cmdr|Messrs)\.(?!\w)"
    # a middle initial ("Charles B. Rangel") stays one token so names do not break there
    r"|(?<![\w.])[A-Z]\.(?=\s+[A-Z][a-z])"
    r"|\w+(?:[’'.\-]\w+)*|''|[^\w\s]"
)


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    quoted: bool  # inside a quotation (marks included)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_mark(self) -> bool:
        return self.text in MARKS or self.text == "''"


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    para: int
    quotes: tuple[Quote, ...]


def tokenize(text: str, start: int, end: int, quotes: tuple[Quote, ...] = ()) -> list[Tok]:
    """Tokens of ``text[start:end]``; ``quoted`` marks those inside one of ``quotes``
    (ordered and disjoint, so a bisect finds the candidate)."""
    out = []
    starts = [q.start for q in quotes]
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.start(), m.end()
        qi = bisect_right(starts, s) - 1
        quoted = qi >= 0 and s < quotes[qi].end
        out.append(Tok(s, e, m.group(0), m.group(0).lower(), quoted))
    return out


def build_units(text: str) -> tuple[list[Unit], list[Quote], list[tuple[int, int]]]:
    """Units, quotation pieces and paragraphs of ``text``."""
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    para_starts = [p[0] for p in paras]
    units: list[Unit] = []
    pending: tuple[int, int, int] | None = None  # start, end, para of the unit being built
    q_starts = [q.start for q in quotes]
    for s, e in split_sentences(text):
        para = bisect_right(para_starts, s) - 1
        # Glue when the quote open at the previous sentence's end is still open.
        qi = bisect_right(q_starts, pending[1] - 1) - 1 if pending is not None else -1
        if pending is not None and pending[2] == para and (
            (qi >= 0 and quotes[qi].end > pending[1]) or _tag_after_question(text, pending[1], s, e)
        ):
            pending = (pending[0], e, para)
            continue
        if pending is not None:
            units.append(_unit(pending, quotes, q_starts))
        pending = (s, e, para)
    if pending is not None:
        units.append(_unit(pending, quotes, q_starts))
    return units, quotes, paras


_ATTRIBUTION_WORD = re.compile(r"[A-Za-z]+")


def _tag_after_question(text: str, prev_end: int, s: int, e: int) -> bool:
    """'“Where is he?” Holt asked.': a short attribution after a quotation that ends
    with ? or ! (the splitter cut there because a capital follows) joins it."""
    if prev_end < 2 or text[prev_end - 1] not in "”\"»'" or text[prev_end - 2] not in "?!":
        return False
    if text[s] in MARKS:
        return False
    words = _ATTRIBUTION_WORD.findall(text, s, e)
    return 0 < len(words) <= 8 and any(w.lower() in cues.SPEECH_FORMS for w in words[:5])


def _unit(p: tuple[int, int, int], quotes: list[Quote], q_starts: list[int]) -> Unit:
    s, e, para = p
    lo = max(0, bisect_right(q_starts, s) - 1)
    hi = bisect_right(q_starts, e)
    inside = tuple(q for q in quotes[lo:hi] if q.start < e and q.end > s)
    return Unit(s, e, para, inside)
