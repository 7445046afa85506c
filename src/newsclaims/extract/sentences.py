"""A fast, rule-based English sentence splitter with character offsets.

Why not spaCy's parser: sentence boundaries come from the dependency parse there,
which is the single most expensive step of the pipeline. News prose is regular enough
that a handful of rules gets boundaries right: split after ``.``, ``!`` or ``?``
(optionally followed by closing quotes or brackets) when whitespace and a plausible
sentence opener follow, except after known abbreviations, initials and titles.
Newlines are hard boundaries (the canonical text separates paragraphs by ``"\\n\\n"``).

Offsets are end-exclusive; leading/trailing whitespace is never part of a sentence.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences", "paragraphs"]

# Abbreviations after which a period never ends a sentence: titles and words that
# are always followed by something (a name, a number).
_NEVER_FINAL = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cpt maj adm cmdr brig rev hon sen rep gov
    pres st mt ft no nos vol fig pp op art sec ch vs v cf approx est dept univ assn
    jan feb mar apr jun jul aug sep sept oct nov dec messrs mme mlle
    """.split()
)
# Abbreviations that may end a sentence ("... based in the U.S. The firm ...").
# After them a boundary needs a word that typically opens a sentence.
_MAYBE_FINAL = frozenset(
    """inc corp co ltd llc plc jr sr etc al bros ave blvd rd a.m p.m am pm
    u.s u.k u.n e.u u.s.a d.c b.c a.d ph.d
    """.split()
)
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there
    but and or so yet in on at for from with by as if when while after before since though
    although however meanwhile still also then now later earlier last next some many most
    no not one two three both all each every other another officials mr mrs ms dr
    """.split()
)
_BOUNDARY = re.compile(r"[.!?]+(?:[\"'”’»)\]]+)?(?=\s)|…(?:[\"'”’»)\]]+)?(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+([\"'“‘«(\[]*)(\S+)")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines (paragraphs) of ``text`` as end-exclusive offsets, stripped."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_boundary(text: str, end_punct: int, after: int, para_end: int) -> bool:
    """Whether the punctuation run ``text[..end_punct]`` ending at ``after`` ends a sentence."""
    m = _NEXT_WORD.match(text, after, para_end)
    if not m:
        return False
    opener, word = m.group(1), m.group(2)
    first = word[0]
    if first in "―—–-" and not opener:
        return False  # '"..." ― Sara Lind': a signature dash continues the sentence
    if not (first.isupper() or first.isdigit() or opener or not first.isalpha()):
        return False  # next word lowercase: '"Why?" he asked' or "approx. two"
    punct = text[end_punct - 1 : end_punct]
    if punct != ".":
        return True
    # Period: look at the word it closes.
    wm = _WORD_BEFORE.search(text, max(0, end_punct - 20), end_punct)
    if not wm:
        return True  # "...in 2024." or "...)."
    token = wm.group(1)
    low = token.lower()
    if low in _NEVER_FINAL:
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "John F. Kennedy"
    if low in _MAYBE_FINAL or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):
        bare = word.strip("\"'”’,;:").lower()
        return bare in _OPENERS
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` as ordered, non-overlapping, end-exclusive offsets."""
    out: list[tuple[int, int]] = []
    for ps, pe in paragraphs(text):
        start = ps
        for m in _BOUNDARY.finditer(text, ps, pe):
            run = m.group(0)
            punct_end = m.start() + len(run.rstrip("\"'”’»)]"))
            if m.end() >= pe or not _is_boundary(text, punct_end, m.end(), pe):
                continue
            if m.end() > start:
                out.append((start, m.end()))
            start = m.end()
            while start < pe and text[start].isspace():
                start += 1
        if start < pe:
            out.append((start, pe))
    return out
