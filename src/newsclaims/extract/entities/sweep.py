"""Finding the repeats of known names that the NER missed.

en_core_web_sm often tags a name once and misses it later in the same article ("Doe
declined to comment" after "Jane Doe, the company's chief executive,"). Every name the
NER found, and the surname of every person found with a full name, is looked for again
(case-sensitive, whole words) in the same sentences; a hit outside any mention becomes
a mention of the kind the name had. An organisation's first word is looked for too
("Arsenal" after "Arsenal Group") unless it is generic ("National", "Bank"). Names seen
with two kinds take the kind seen most often (not swept on a tie), and a hit opening a sentence is kept only when the word
never appears in lower case in the document ("Young people ..." is not Mr Young).
"""

from __future__ import annotations

import re
from collections import Counter

from .merge import GENERIC
from .ner import RawMention, clean_span
from .titles import TITLE_WORDS

_WORD_CHARS = r"[\w\-]"


def _aliases(text: str, raw: list[RawMention]) -> dict[str, str]:
    votes: dict[str, Counter[str]] = {}
    for r in raw:
        name = text[r.start : r.end]
        votes.setdefault(name, Counter())[r.kind] += 1
        words = name.split()
        if r.kind == "person" and len(words) > 1:
            last = words[-1]
            if len(last) >= 2 and last[0].isupper() and last.lower().rstrip(".") not in TITLE_WORDS:
                votes.setdefault(last, Counter())["person"] += 1
        elif r.kind == "org" and len(words) > 1:
            first = words[0]
            if len(first) >= 3 and first[0].isupper() and first.lower() not in GENERIC \
                    and first.lower() not in TITLE_WORDS and first.isalpha():
                votes.setdefault(first, Counter())["org"] += 1
    out: dict[str, str] = {}
    for name, counts in votes.items():
        if len(name) < 2 or not any(c.isupper() for c in name):
            continue
        ranked = counts.most_common()
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            continue  # as often one kind as another: leave it to the NER
        out[name] = ranked[0][0]
    return out


def sweep(text: str, sentences: list[tuple[int, int]], raw: list[RawMention]) -> list[RawMention]:
    """Mentions of already-found names that no NER span covers, within ``sentences``."""
    aliases = _aliases(text, raw)
    found = _honorific_names(text, sentences, raw)
    if found:
        raw = raw + found
    if not aliases:
        return found
    pattern = re.compile(
        rf"(?<!{_WORD_CHARS})(?:"
        + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
        + rf")(?!{_WORD_CHARS})"
    )
    taken = sorted((r.start, r.end) for r in raw)
    out: list[RawMention] = list(found)
    t = 0
    for s, e in sentences:
        for m in pattern.finditer(text, s, e):
            while t < len(taken) and taken[t][1] <= m.start():
                t += 1
            if t < len(taken) and taken[t][0] < m.end():
                continue  # inside or across a mention the NER found
            if _opens_sentence(text, s, m.start()) and _lower_seen(text, m.group()):
                continue
            cleaned = clean_span(text, m.start(), m.end(), aliases[m.group()])
            if cleaned is not None:
                out.append(RawMention(cleaned[0], cleaned[1], cleaned[2], (s, e)))
    return out


def _opens_sentence(text: str, sent_start: int, pos: int) -> bool:
    return text[sent_start:pos].strip(" \"'“‘«(") == ""


def _lower_seen(text: str, word: str) -> bool:
    low = word.lower()
    return low != word and re.search(rf"(?<!{_WORD_CHARS}){re.escape(low)}(?!{_WORD_CHARS})", text) is not None


_HONORIFIC_NAME = re.compile(
    r"(?<![\w-])(?:Mr|Mrs|Ms|Dr|Mx|Miss|Messrs)\.?\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def _honorific_names(text: str, sentences: list[tuple[int, int]], raw: list[RawMention]) -> list[RawMention]:
    """"Mr. King", "Dr Halden": a capitalised word after an honorific is a person's name."""
    taken = [(r.start, r.end) for r in raw]
    out: list[RawMention] = []
    for s, e in sentences:
        for m in _HONORIFIC_NAME.finditer(text, s, e):
            a, b = m.span(1)
            if any(x < b and a < y for x, y in taken):
                continue
            cleaned = clean_span(text, m.start(), b, "person")  # the honorific goes again
            if cleaned is not None:
                out.append(RawMention(cleaned[0], cleaned[1], "person", (s, e)))
                taken.append((cleaned[0], cleaned[1]))
    return out
