"""Merging the mentions of one document into entities.

People: a later (or earlier) one-word mention joins the most recently mentioned person
whose fuller name ends or starts with that word ("Korvath" -> "Ilsa Korvath"); two
forms with the same first and last word are one person ("George W. Bush" / "George
Bush"). A one-word organisation or place that is a known person's surname ("Bellamy" after
"Craig Bellamy": a frequent en_core_web_sm slip) becomes that person.
Organisations and places: an acronym joins the one entity whose initials it spells
("NRA" -> "National Rifle Agency", "US" -> "United States"); an organisation's short
form joins the one organisation whose name starts with it ("Arsenal" -> "Arsenal
Group"), unless the short form is a generic word ("Bank", "National").
The canonical name of an entity is its fullest form in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .types import entity_key

_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Za-z&]{1,5}$")
_FUNCTION = frozenset("of the and for & de du la le der von van on in at to".split())
GENERIC = frozenset(
    """bank national united new general international royal first american british european
    world global department ministry university state federal central north south east west
    great house office council party union association institute the city county
    democratic republican people's social""".split()
)


@dataclass(slots=True)
class Mention:
    """One mention as merging sees it."""

    start: int
    end: int
    text: str
    kind: str
    role: str | None = None
    cluster: int = -1


@dataclass(slots=True)
class Cluster:
    kind: str
    name: str
    tokens: list[str]
    last: int  # index of the latest mention joined
    roles: list[tuple[int, str]] = field(default_factory=list)


def _tokens(name: str, kind: str) -> list[str]:
    return entity_key(name, kind).split()


def _fuller(a: str, b: str, kind: str) -> bool:
    """Whether ``a`` is a fuller form than ``b``."""
    ta, tb = _tokens(a, kind), _tokens(b, kind)
    return (len(ta), len(a)) > (len(tb), len(b))


def _acronym_letters(text: str) -> str | None:
    if not _ACRONYM.match(text) or sum(c.isupper() for c in text) < 2:
        return None
    return "".join(c for c in text if c.isalpha()).upper()


def _initials(name: str) -> set[str]:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in _FUNCTION).upper()
    return {every, content}


def _person_match(c: Cluster, toks: list[str]) -> bool:
    if c.tokens == toks:
        return True
    if len(toks) == 1 and len(c.tokens) > 1:
        return toks[0] in (c.tokens[0], c.tokens[-1])
    if len(c.tokens) == 1 and len(toks) > 1:
        return c.tokens[0] in (toks[0], toks[-1])
    return len(toks) > 1 and len(c.tokens) > 1 and toks[0] == c.tokens[0] and toks[-1] == c.tokens[-1]


def _org_match(c: Cluster, toks: list[str], text: str) -> bool:
    """Short form, acronym or full form of the same organisation or place."""
    if c.tokens == toks:
        return True
    letters = _acronym_letters(text)
    if letters and letters in _initials(c.name):
        return True
    c_letters = _acronym_letters(c.name)
    if c_letters and c_letters in _initials(text):
        return True
    if c.kind != "org":
        return False
    short, long_ = (toks, c.tokens) if len(toks) < len(c.tokens) else (c.tokens, toks)
    if len(short) == len(long_) or short[0] in GENERIC:
        return False
    return long_[: len(short)] == short


def merge(mentions: list[Mention]) -> list[Cluster]:
    """Assign each mention (sorted by start) a cluster; returns the clusters."""
    surnames = {
        _tokens(m.text, "person")[-1]
        for m in mentions
        if m.kind == "person" and len(_tokens(m.text, "person")) > 1
    }
    org_words = {t for m in mentions if m.kind == "org" and len(m.text.split()) > 1 for t in _tokens(m.text, "org")}
    for m in mentions:
        toks = _tokens(m.text, m.kind)
        if m.kind in ("org", "place") and len(toks) == 1 and toks[0] in surnames and toks[0] not in org_words:
            m.kind = "person"
    clusters: list[Cluster] = []
    for i, m in enumerate(mentions):
        toks = _tokens(m.text, m.kind)
        if not toks:
            toks = [m.text.casefold()]
        best = -1
        exact = [k for k, c in enumerate(clusters) if c.kind == m.kind and c.tokens == toks]
        if exact:
            best = max(exact, key=lambda k: clusters[k].last)
        elif m.kind == "person":
            cands = [k for k, c in enumerate(clusters) if c.kind == "person" and _person_match(c, toks)]
            if cands:
                best = max(cands, key=lambda k: clusters[k].last)
        elif m.kind in ("org", "place"):
            cands = [k for k, c in enumerate(clusters) if c.kind == m.kind and _org_match(c, toks, m.text)]
            if len(cands) == 1:
                best = cands[0]
        if best < 0:
            clusters.append(Cluster(m.kind, m.text, toks, i))
            best = len(clusters) - 1
        c = clusters[best]
        if _fuller(m.text, c.name, m.kind):
            c.name, c.tokens = m.text, toks
        c.last = i
        m.cluster = best
        if m.role:
            c.roles.append((i, m.role))
    return clusters


def role_for(c: Cluster, index: int, own: str | None) -> str | None:
    """A mention's role: its own, else the entity's latest before it, else its first."""
    if own:
        return own
    before = [r for j, r in c.roles if j < index]
    if before:
        return before[-1]
    return c.roles[0][1] if c.roles else None
