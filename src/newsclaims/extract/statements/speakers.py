"""Resolving a source mention to a speaker within one document.

Named mentions are found as runs of capitalised words outside quotations (cheap, and
good enough for news, where people and organisations are introduced by full name).
Each run is typed PERSON / ORG / unknown from titles, honorifics and organisation
words, and given roles from its title ("Defense Minister Ivan Korov" -> minister) or an
apposition ("Jane Doe, the company's chief executive," -> chief, executive).
A bare surname is an alias of the most recent full name ending in it.

Pronouns take the most recent compatible named mention before them (he/she -> person,
it -> organisation, they -> organisation or an earlier group source); role nouns ("the
minister", "the company") take the most recent entity with that role or kind.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from . import cues

_CAP_RUN = re.compile(
    r"(?:[A-Z][\w’'.\-]*|[A-Z]\.)(?:\s+(?:(?:of|de|van|von|bin|al|du|der|la|le|da|y)\s+)?(?:[A-Z][\w’'.\-]*))*"
)
_NOT_NAME = frozenset(
    """the a an he she it they we i you his her its their our my but and or so yet in on at
    for from with by as if when while after before since though although however meanwhile
    still also then now this that these those there here what who why how where some many
    most no not one two both all each every other another monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr
    according speaking asked last next""".split()
)
# Role nouns that fit any titled person ("the Valmoran leader" for President X).
_GENERIC_ROLES = frozenset("leader chief head official".split())
_ABBREV = frozenset("inc corp co ltd jr sr bros llc plc".split())
_PLACE_FIRST = frozenset("new united north south east west san los las saint st santa great upper lower".split())
_PRONOUN = re.compile(r"\b([Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_LOWER_WORD = re.compile(r"(?<![\w’'.\-])[a-z][a-z]+(?![\w’'\-])")
_PRONOUN_REACH = 400  # characters a pronoun looks back past an unconfirmed name
_FEMININE = frozenset("she her hers herself".split())
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f"}


@dataclass(slots=True)
class Entity:
    name: str
    kind: str  # "person", "org" or "unknown"
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    evidence: bool = False  # known to be a person: a title, an alias or a pronoun refers to it


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # of the name proper (titles excluded)
    end: int
    entity: Entity


def _possessive_strip(s: str) -> str:
    for suf in ("’s", "'s", "’", "'"):
        if s.endswith(suf):
            return s[: -len(suf)]
    return s


def _split_run(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a capitalised run where a word ends a sentence ("Benghazi. Clinton")."""
    out = []
    start = s
    for m in re.finditer(r"\S+", text[s:e]):
        w = m.group(0)
        if not w.endswith(".") or s + m.end() >= e:
            continue
        bare = w[:-1]
        if len(bare) <= 1 or "." in bare or bare.lower() in cues.TITLES or bare.lower() in _ABBREV \
                or bare.lower() in _HONORIFIC_GENDER or bare.lower() in ("st", "mt", "ft", "sens", "reps", "gens"):
            continue
        out.append((start, s + m.end()))
        start = s + m.end() + 1
        while start < e and text[start].isspace():
            start += 1
    if start < e:
        out.append((start, e))
    return out


class Resolver:
    """Named mentions of one document and the rules to resolve sources against them."""

    def __init__(self, text: str, quoted: list[tuple[int, int]]):
        self.text = text
        self._lower_words = frozenset(_LOWER_WORD.findall(text))
        self.mentions: list[Mention] = []
        self.by_name: dict[str, Entity] = {}
        self._surnames: dict[str, Entity] = {}
        q_starts = [q[0] for q in quoted]
        for m in _CAP_RUN.finditer(text):
            i = bisect_left(q_starts, m.start() + 1) - 1
            if i >= 0 and quoted[i][0] <= m.start() < quoted[i][1]:
                continue
            for a, b in _split_run(text, m.start(), m.end()):
                self._add(a, b)
        self._starts = [mn.start for mn in self.mentions]
        self._learn_genders(quoted)

    def _learn_genders(self, quoted: list[tuple[int, int]]) -> None:
        """Gender of a person from the pronouns that refer back to them in this text.

        Each third-person pronoun outside quotations votes for the nearest person named
        before it; a clear majority sets the gender (an honorific, when there is one,
        wins). No list of first names is used.
        """
        votes: dict[int, list[int]] = {}
        ents: dict[int, Entity] = {}
        q_starts = [q[0] for q in quoted]
        for m in _PRONOUN.finditer(self.text):
            i = bisect_left(q_starts, m.start() + 1) - 1
            if i >= 0 and quoted[i][0] <= m.start() < quoted[i][1]:
                continue
            for mn in self._before(m.start())[:8]:
                if m.start() - mn.end > 300:
                    break
                if mn.entity.kind == "person":
                    v = votes.setdefault(id(mn.entity), [0, 0])
                    ents[id(mn.entity)] = mn.entity
                    v[m.group(1).lower() in _FEMININE] += 1
                    break
        for key, (male, female) in votes.items():
            ent = ents[key]
            ent.evidence = True
            if ent.gender is None and max(male, female) >= 2 and max(male, female) >= 2 * min(male, female) + 1:
                ent.gender = "m" if male > female else "f"

    # -- building ---------------------------------------------------------------------
    def _add(self, s: int, e: int) -> None:
        raw = self.text[s:e]
        words = raw.split()
        # Leading sentence-openers and titles.
        roles: set[str] = set()
        gender = None
        offs = [m.start() for m in re.finditer(r"\S+", raw)]
        k = 0
        person = False
        while k < len(words):
            w = words[k].rstrip(".").lower()
            if (w in _NOT_NAME or w in cues.SPEECH_FORMS or w in cues.BELIEF_FORMS) and w not in _HONORIFIC_GENDER and w not in ("dr",):
                k += 1
                continue
            if w in cues.TITLES or w in _HONORIFIC_GENDER:
                if cues.TITLES.get(w):
                    roles.add(cues.TITLES[w])
                gender = _HONORIFIC_GENDER.get(w, gender)
                person = True
                k += 1
                continue
            break
        # A title further in ("House Speaker Paul Kane", "Secretary of State Jo Kerr"):
        # the name starts after the last title word that has a name after it.
        for j in range(0, min(len(words) - 1, k + 5)):
            w = words[j].rstrip(".").lower()
            if not (cues.TITLES.get(w) or w in _HONORIFIC_GENDER):
                continue
            nxt = j + 1
            if words[nxt] == "of" and nxt + 2 < len(words):
                nxt += 2  # "Secretary of State Jo Kerr"
            if words[nxt][:1].isupper() and words[nxt].rstrip(".").lower() not in cues.TITLES:
                roles.add(cues.TITLES.get(w) or "")
                gender = _HONORIFIC_GENDER.get(w, gender)
                person = True
                k = nxt
        roles.discard("")
        if k >= len(words):
            return
        # Drop a trailing possessive, and a sentence period unless it is an abbreviation's.
        name_s = s + offs[k]
        name = _possessive_strip(raw[offs[k]:])
        last = name.split()[-1]
        if last.endswith(".") and len(last) > 2 and "." not in last[:-1] and last[:-1].lower() not in _ABBREV:
            name = name[:-1]
        name_e = name_s + len(name)
        low_words = [w.lower().strip(".") for w in name.split()]
        if all(w in _NOT_NAME for w in low_words):
            return
        if any(w in cues.ORG_WORDS for w in low_words) or (
            len(low_words) == 1 and name.isupper() and 2 <= len(name) <= 6
        ):
            kind = "org"
        elif person or (
            2 <= len(low_words) <= 4
            and all(w[:1].isupper() for w in name.split())
            and low_words[0] not in _PLACE_FIRST
            # a surname is not also a common word of this very text ("Trade Partnership",
            # "Super Tuesday", "Federal Reserve"): the document's own casing says so
            and low_words[-1] not in self._lower_words
            and low_words[-1] not in _NOT_NAME
        ):
            kind = "person"
        else:
            kind = "unknown"
        ent = self._entity(name, kind)
        ent.roles |= roles
        if gender:
            ent.gender = gender
        if ent.kind == "person":
            ent.roles |= self._apposition_roles(name_s, name_e)
            ent.evidence = ent.evidence or person or bool(ent.roles) or (ent.name != name)
        self.mentions.append(Mention(name_s, name_e, ent))

    def _entity(self, name: str, kind: str) -> Entity:
        if name in self.by_name:
            ent = self.by_name[name]
            if ent.kind == "unknown" and kind != "unknown":
                ent.kind = kind
            return ent
        if len(name.split()) == 1 and name in self._surnames:
            return self._surnames[name]
        ent = Entity(name, kind)
        self.by_name[name] = ent
        if kind == "person" and len(name.split()) >= 2:
            self._surnames[name.split()[-1]] = ent
        return ent

    def _apposition_roles(self, s: int, e: int) -> set[str]:
        """Role nouns in ", the defence minister," after a name or "chief executive Jane Doe"."""
        roles: set[str] = set()
        after = self.text[e : e + 80]
        m = re.match(r"\s*,\s*((?:the|a|an|its|his|her|[A-Z][\w’'.]*(?:’s|'s))\b[^,.;()]{0,60})", after)
        if m:
            roles |= {w for w in re.findall(r"[a-z]+", m.group(1).lower()) if w in cues.PERSON_ROLES}
        before = self.text[max(0, s - 60) : s]
        m = re.search(r"((?:[a-z’'\-]+\s+){1,4})$", before)
        if m:
            roles |= {w for w in m.group(1).split() if w in cues.PERSON_ROLES}
        return roles

    # -- resolving --------------------------------------------------------------------
    def _before(self, pos: int) -> list[Mention]:
        i = bisect_left(self._starts, pos)
        return [self.mentions[k] for k in range(i - 1, max(-1, i - 201), -1)]

    def named_in(self, s: int, e: int) -> Mention | None:
        """The last named mention inside [s, e) that is not just a modifier."""
        i = bisect_left(self._starts, s)
        found = None
        while i < len(self.mentions) and self.mentions[i].start < e:
            mn = self.mentions[i]
            if mn.end <= e:
                found = mn
            i += 1
        return found

    def resolve(
        self, s: int, e: int, groups: list[tuple[int, str]] | None = None
    ) -> tuple[str, bool, tuple[int, int] | None]:
        """(speaker, named, speaker span) for the source mention ``text[s:e]``.

        A mention with appositions ("A lawyer for the outlets, David Schulz,") is read
        chunk by chunk: the first chunk that names someone wins.
        """
        src = self.text[s:e]
        chunks = []
        pos = s
        for m in re.finditer(r"\([^)]*\)|,", src):
            chunks.append((pos, s + m.start()))
            pos = s + m.end()
        chunks.append((pos, e))
        chunks = [(a, b) for a, b in chunks if self.text[a:b].strip()]
        if len(chunks) == 1:
            s, e = chunks[0]
            while e > s and self.text[e - 1].isspace():
                e -= 1
        elif len(chunks) > 1:
            results = []
            for a, b in chunks:
                while a < b and self.text[a].isspace():
                    a += 1
                while b > a and self.text[b - 1].isspace():
                    b -= 1
                results.append(self._resolve_one(a, b, groups))
            for r in results:
                if r[1]:
                    return r
            return src, False, None
        return self._resolve_one(s, e, groups)

    def _resolve_one(
        self, s: int, e: int, groups: list[tuple[int, str]] | None
    ) -> tuple[str, bool, tuple[int, int] | None]:
        src = self.text[s:e]
        words = re.findall(r"[\w’'\-]+", src)
        low = [w.lower() for w in words]
        if not words:
            return src, False, None
        head_i = len(words) - 1
        for k, w in enumerate(low):
            if k > 0 and w in ("of", "for", "close", "with", "from", "at", "in", "familiar", "who"):
                head_i = k - 1
                break
        head = words[head_i]
        head_low = _possessive_strip(head.lower())
        if len(words) == 1 and head_low in ("who", "which"):
            return self._relative(s, src)
        if len(words) == 1 and head_low in cues.PRONOUNS_PERSON:
            return self._pronoun(s, "person", cues.PRONOUNS_PERSON[head_low], src)
        if len(words) == 1 and head_low == "it":
            return self._pronoun(s, "org", None, src)
        if len(words) == 1 and head_low in ("they",):
            r = self._pronoun(s, "org", None, src)
            last_group = [g for g in (groups or []) if g[0] < s]
            if last_group and (r[2] is None or last_group[-1][0] >= r[2][0]):
                return last_group[-1][1], False, None
            return r
        if words[0][:1].isupper() and low[0] not in cues.DETERMINERS and low[0] not in cues.PRONOUNS_FIRST:
            mn = self.named_in(s, e)
            if mn is not None and mn.entity.kind == "person" and mn.entity.evidence:
                return mn.entity.name, True, (mn.start, mn.end)  # "Bank of Ostland Governor Ann Holt"
        lexical = head_low in cues.GROUP_NOUNS or head_low in cues.PERSON_ROLES or head_low in cues.ORG_ROLES
        if head[:1].isupper() and head_low not in cues.PRONOUNS_FIRST and not (lexical and head_i == 0):
            mn = self.named_in(s, e)
            if mn is not None:
                return mn.entity.name, True, (mn.start, mn.end)
            return src, True, (s, e)
        if head_low in cues.PERSON_ROLES and len(words) <= 4 and low[0] in ("the", "a") and low[0] == "the":
            for mn in self._before(s):
                if mn.entity.kind != "person" or not mn.entity.roles:
                    continue
                if head_low in _GENERIC_ROLES or any(
                    r == head_low or head_low in r.split() for r in mn.entity.roles
                ):
                    return mn.entity.name, True, (mn.start, mn.end)
        if head_low in cues.ORG_ROLES and len(words) <= 3 and low[0] == "the":
            keys = cues.ORG_ROLES[head_low]
            fallback = None
            for mn in self._before(s):
                if mn.entity.kind != "org":
                    continue
                if any(w.lower().strip(".") in keys for w in mn.entity.name.split()):
                    return mn.entity.name, True, (mn.start, mn.end)
                if fallback is None:
                    fallback = mn
            if fallback is not None and head_low in ("company", "firm", "group", "organisation", "organization"):
                return fallback.entity.name, True, (fallback.start, fallback.end)
        # A named entity anywhere in the mention ("a spokesman for Ivan Korov") does not
        # make the source named; it stays its own text.
        return src, False, None

    def _relative(self, pos: int, src: str) -> tuple[str, bool, tuple[int, int] | None]:
        """'Ann Holt, a lawyer for the family, who said ...': the name the clause hangs on,
        within the same sentence."""
        for mn in self._before(pos)[:4]:
            between = self.text[mn.end : pos]
            if len(between) > 160 or any(ch in between for ch in ".!?;\n"):
                break
            return mn.entity.name, True, (mn.start, mn.end)
        return src, False, None

    def _pronoun(
        self, pos: int, kind: str, gender: str | None, src: str
    ) -> tuple[str, bool, tuple[int, int] | None]:
        first: Mention | None = None
        for mn in self._before(pos):
            ent = mn.entity
            if ent.kind != kind:
                continue
            if gender and ent.gender and ent.gender != gender:
                continue
            if kind != "person" or ent.evidence:
                return ent.name, True, (mn.start, mn.end)
            if first is None:
                first = mn  # "Super Tuesday" may be no person: look a little further
            elif pos - mn.end > _PRONOUN_REACH:
                break
        if first is not None:
            return first.entity.name, True, (first.start, first.end)
        return src, False, None
