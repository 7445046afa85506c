"""Resolving a source mention to a speaker within one document.

Named mentions are found as runs of capitalised words outside quotations (cheap, and
good enough for news, where people and organisations are introduced by full name).
Each run is typed PERSON / ORG / unknown from titles, honorifics and organisation
words, and given roles from its title ("Defense Minister Ivan Korov" -> minister) or an
apposition ("Jane Doe, the company's chief executive," -> chief, executive).
A bare surname is an alias of the most recent full name ending in it.

Pronouns take a compatible mention before them (he/she -> person, it -> organisation,
they -> organisation or an earlier group source): the nearest one fixes the sentence, and
within it a statement's speaker or the first name not after a preposition or "told" (the
likely subject) wins; an unnamed source that spoke after that name ("a recruitment
officer") is preferred to it. Role nouns ("the minister", "the company") take the most
recent entity with that role or a compatible kind, else stay as written. Lexicon and
run-splitting helpers are in :mod:`.names`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from . import cues
from .names import (
    ABBREV,
    ADDRESSEE_PREV,
    ADJECTIVAL,
    CAP_RUN,
    CLAUSE_VERBS,
    FEMININE,
    GENERIC_ROLES,
    HONORIFIC_GENDER,
    KIND_AFTER,
    LOWER_WORD,
    NOT_NAME,
    OBLIQUE_PREV,
    ORG_NAME_WORDS,
    ORG_ROLE_KEYS,
    PERSON_APPOSITION,
    PERSON_NOUNS,
    PLACE_FIRST,
    PRONOUN,
    PRONOUN_REACH,
    SUBJECT_PRONOUN,
    THING_NOUNS,
    UNNAMED_OPENERS,
    head_index,
    is_dateline,
    possessive_strip,
    split_for,
    split_run,
)


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
    oblique: bool = False  # after a preposition or "told": not a clause subject
    addressee: bool = False  # "told the Northern Review": the one spoken to, never the speaker


_COUNT_WORDS = cues.NUMBER_WORDS | {"one"}
# A chunk of a source that lists examples of a group, never the speaker itself.
_EXAMPLE_OPENERS = frozenset("including like among notably especially".split())


class Resolver:
    """Named mentions of one document and the rules to resolve sources against them."""

    def __init__(
        self, text: str, quoted: list[tuple[int, int]], sentences: list[tuple[int, int]] | None = None
    ):
        self.text = text
        self._lower_words = frozenset(LOWER_WORD.findall(text))
        self.mentions: list[Mention] = []
        self.by_name: dict[str, Entity] = {}
        self._surnames: dict[str, Entity] = {}
        q_starts = [q[0] for q in quoted]
        for m in CAP_RUN.finditer(text):
            i = bisect_left(q_starts, m.start() + 1) - 1
            if i >= 0 and quoted[i][0] <= m.start() < quoted[i][1]:
                continue
            if is_dateline(text, m.start(), m.end()):
                continue
            for a0, b0 in split_for(text, m.start(), m.end()):
                for a, b in split_run(text, a0, b0):
                    self._add(a, b)
        self._starts = [mn.start for mn in self.mentions]
        if sentences is not None:
            self._sent_starts = [a for a, _ in sentences]
        else:  # a rough split is enough to group mentions by sentence
            self._sent_starts = [0] + [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+|\n+", text)]
        # Mentions spoken of as a statement's speaker (fed by the pipeline, in text order);
        # unnamed person sources ("a recruitment officer") with their positions.
        self._speaker_starts: set[int] = set()
        self._unnamed: list[tuple[int, str]] = []
        self._unnamed_things: list[tuple[int, str]] = []  # "the ministry's report": for "it"
        self._relink_surnames()
        self._learn_genders(quoted)
        self._relink_surnames()

    def _relink_surnames(self) -> None:
        """A surname first seen before the full name ("Trump said ... Donald Trump ...
        Trump added") is typed unknown; once the full name of a confirmed person ending in
        it has been seen, later bare mentions are that person (the latest such before)."""
        latest: dict[str, Entity] = {}
        for idx, mn in enumerate(self.mentions):
            ent = mn.entity
            if ent.kind == "person" and ent.evidence and len(ent.name.split()) >= 2:
                latest[ent.name.split()[-1]] = ent
            elif ent.kind == "unknown" and " " not in ent.name and ent.name in latest:
                self.mentions[idx] = replace(mn, entity=latest[ent.name])

    def _sentence_of(self, pos: int) -> int:
        return bisect_left(self._sent_starts, pos + 1) - 1

    def note_speaker(self, span: tuple[int, int] | None) -> None:
        """A statement's speaker was resolved to the mention at ``span``."""
        if span is not None:
            self._speaker_starts.add(span[0])

    def note_unnamed(self, pos: int, src: str) -> None:
        """An unnamed single-person source ("A recruitment officer in Velgrad") at ``pos``:
        a later he/she may refer to it rather than to a name further back."""
        src = re.split(r"[,(]", src, maxsplit=1)[0]  # "The report, published in April"
        words = [possessive_strip(w) for w in re.findall(r"[\w’'\-]+", src.lower())]
        if not words or words[0] not in UNNAMED_OPENERS:
            return
        head = words[head_index(words)]
        thing = head in cues.ORG_ROLES or head in cues.EVIDENCE_NOUNS or head in cues.MEDIUM_NOUNS \
            or head in THING_NOUNS
        if thing:
            self._unnamed_things.append((pos, src))
        elif words[0] in ("a", "an", "one", "another") and (
            head in cues.PERSON_ROLES or head in PERSON_NOUNS or (head.isalpha() and not head.endswith("s"))
        ):
            # only someone introduced as unnamed ("a recruitment officer", "a border
            # guard"): "the nominee" is usually a named person's role
            self._unnamed.append((pos, src))

    def _learn_genders(self, quoted: list[tuple[int, int]]) -> None:
        """Gender of a person from the pronouns that refer back to them in this text.

        Each third-person pronoun outside quotations votes for the nearest person named
        before it; a clear majority sets the gender (an honorific, when there is one,
        wins). No list of first names is used.
        """
        votes: dict[int, list[int]] = {}
        ents: dict[int, Entity] = {}
        q_starts = [q[0] for q in quoted]
        for m in PRONOUN.finditer(self.text):
            i = bisect_left(q_starts, m.start() + 1) - 1
            if i >= 0 and quoted[i][0] <= m.start() < quoted[i][1]:
                continue
            for mn in self._before(m.start())[:8]:
                if m.start() - mn.end > 300:
                    break
                if mn.entity.kind == "person":
                    v = votes.setdefault(id(mn.entity), [0, 0])
                    ents[id(mn.entity)] = mn.entity
                    v[m.group(1).lower() in FEMININE] += 1
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
            if (w in NOT_NAME or w in cues.SPEECH_FORMS or w in cues.BELIEF_FORMS) and w not in HONORIFIC_GENDER and w not in ("dr",):
                k += 1
                continue
            if w in cues.TITLES or w in HONORIFIC_GENDER:
                rest = [x.rstrip(".").lower() for x in words[k + 1 :]]
                if any(x in ORG_NAME_WORDS for x in rest) and not any(x in cues.TITLES for x in rest):
                    break  # "State Statistics Office", "Foreign Ministry": part of the name
                if cues.TITLES.get(w):
                    roles.add(cues.TITLES[w])
                gender = HONORIFIC_GENDER.get(w, gender)
                person = True
                k += 1
                continue
            break
        # A title further in ("House Speaker Paul Kane", "Secretary of State Jo Kerr"):
        # the name starts after the last title word that has a name after it.
        for j in range(0, min(len(words) - 1, k + 5)):
            w = words[j].rstrip(".").lower()
            if not (cues.TITLES.get(w) or w in HONORIFIC_GENDER):
                continue
            nxt = j + 1
            if words[nxt] == "of" and nxt + 2 < len(words):
                nxt += 2  # "Secretary of State Jo Kerr"
            if words[nxt][:1].isupper() and words[nxt].rstrip(".").lower() not in cues.TITLES:
                roles.add(cues.TITLES.get(w) or "")
                gender = HONORIFIC_GENDER.get(w, gender)
                person = True
                k = nxt
        roles.discard("")
        if k >= len(words):
            return
        # Drop a trailing possessive, and a sentence period unless it is an abbreviation's.
        name_s = s + offs[k]
        name = possessive_strip(raw[offs[k]:])
        last = name.split()[-1]
        if last.endswith(".") and len(last) > 2 and "." not in last[:-1] and last[:-1].lower() not in ABBREV:
            name = name[:-1]
        name_e = name_s + len(name)
        low_words = [w.lower().strip(".") for w in name.split()]
        if all(w in NOT_NAME for w in low_words):
            return
        if len(low_words) == 1 and not person and low_words[0].endswith(ADJECTIVAL) and not name.isupper() \
                and re.match(r" [a-z]", self.text[name_e : name_e + 2]) and (
            any(w.lower() in ("the", "a", "an") for w in words[:k])
            or re.search(r"\b(?:the|a|an)\s+$", self.text[max(0, s - 5) : s])
        ):
            return  # "the Republican presidential nominee", "a Velgrad brokerage": a modifier
        known = self.by_name.get(name)
        if any(w in ORG_NAME_WORDS for w in low_words) or (
            len(low_words) == 1 and name.isupper() and 2 <= len(name) <= 6
        ) or (
            not person and len(low_words) >= 2 and (known is None or known.kind != "person")
            and KIND_AFTER.match(self.text, name_e)
        ):
            kind = "org"
        elif person or (
            2 <= len(low_words) <= 4
            and all(w[:1].isupper() for w in name.split())
            and low_words[0] not in PLACE_FIRST
            # a surname is not also a common word of this very text ("Trade Partnership",
            # "Super Tuesday", "Federal Reserve"): the document's own casing says so
            and low_words[-1] not in self._lower_words
            and low_words[-1] not in NOT_NAME
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
            ent.evidence = ent.evidence or person or bool(ent.roles) or (ent.name != name) \
                or bool(PERSON_APPOSITION.match(self.text, name_e))
        prev = re.search(r"([A-Za-z]+)\s*$", self.text[max(0, s - 30) : s])
        prev_word = prev.group(1).lower() if prev else ""
        if prev_word in ("the", "a", "an") and prev:
            # "told the Northern Review": look past the article
            prev2 = re.search(r"([A-Za-z]+)\s*$", self.text[max(0, s - 40) : s - len(prev.group(0))])
            prev_word = prev2.group(1).lower() if prev2 else prev_word
        self.mentions.append(
            Mention(name_s, name_e, ent, oblique=prev_word in OBLIQUE_PREV, addressee=prev_word in ADDRESSEE_PREV)
        )

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
            examples = False
            for a, b in chunks:
                while a < b and self.text[a].isspace():
                    a += 1
                while b > a and self.text[b - 1].isspace():
                    b -= 1
                if results and self.text[a:b].split()[0].lower() in _EXAMPLE_OPENERS:
                    examples = True  # "Others, including Sen. Ann Holt,": the examples are not the speaker
                    break
                results.append(self._resolve_one(a, b, groups))
            for r in results:
                if r[1]:
                    return r
            a, b = chunks[0]
            first = self.text[a:b].strip()
            words = first.split()
            if examples or words[0].lower() in UNNAMED_OPENERS or (len(words) == 1 and words[0].lower() in cues.GROUP_HEADS):
                return first, False, None  # "The official, who spoke on condition of anonymity"
            return src, False, None
        return self._resolve_one(s, e, groups)

    def _resolve_one(
        self, s: int, e: int, groups: list[tuple[int, str]] | None
    ) -> tuple[str, bool, tuple[int, int] | None]:
        src = self.text[s:e]
        found = list(re.finditer(r"[\w’'\-]+", src))
        words = [m.group(0) for m in found]
        low = [w.lower() for w in words]
        if not words:
            return src, False, None
        head_i = head_index(low)
        head = words[head_i]
        head_end = s + found[head_i].end()
        head_low = possessive_strip(head.lower())
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
            if mn is not None and mn.entity.kind == "person" and mn.entity.evidence and mn.end >= head_end - 2:
                return mn.entity.name, True, (mn.start, mn.end)  # "Bank of Ostland Governor Ann Holt"
        lexical = head_low in cues.GROUP_NOUNS or head_low in cues.PERSON_ROLES or head_low in cues.ORG_ROLES
        if head[:1].isupper() and head_low not in cues.PRONOUNS_FIRST and not (lexical and head_i == 0) \
                and not (len(words) == 1 and head_low in NOT_NAME) \
                and head_low not in _COUNT_WORDS and low[0].split("-")[0] not in _COUNT_WORDS:
            # ("One", "Another", "Six in 10 voters", "Three-quarters of voters": unnamed)
            # The name the head word belongs to, not one in a modifier after it
            # ("Jonas Ferreira-Holt of the Rothwell Centre" -> Jonas Ferreira-Holt)
            mn = self._named_at_head(s, head_end, e)
            if mn is not None:
                return mn.entity.name, True, (mn.start, mn.end)
            return src, True, (s, e)
        if head_low in cues.PERSON_ROLES and len(words) <= 4 and low[0] == "the":
            for mn in self._before(s):
                if mn.entity.kind != "person" or not mn.entity.roles:
                    continue
                if head_low in GENERIC_ROLES or any(
                    r == head_low or head_low in r.split() for r in mn.entity.roles
                ):
                    if self._introduced_unnamed(head_low, mn.end, s):
                        break  # "a foreign ministry official ... The official": still unnamed
                    return mn.entity.name, True, (mn.start, mn.end)
        if head_low in ORG_ROLE_KEYS and len(words) <= 3 and low[0] == "the":
            # the nearest earlier organisation of a compatible kind, else as written
            keys = ORG_ROLE_KEYS[head_low]
            for mn in self._before(s):
                if mn.entity.kind != "org" or mn.addressee:
                    continue
                if any(w.lower().strip(".") in keys for w in mn.entity.name.split()):
                    return mn.entity.name, True, (mn.start, mn.end)
        # A named entity anywhere in the mention ("a spokesman for Ivan Korov") does not
        # make the source named; it stays its own text.
        return src, False, None

    def _named_at_head(self, s: int, head_end: int, e: int) -> Mention | None:
        """The last mention inside [s, e) that starts before ``head_end``."""
        i = bisect_left(self._starts, s)
        found = None
        while i < len(self.mentions) and self.mentions[i].start < head_end:
            if self.mentions[i].end <= e:
                found = self.mentions[i]
            i += 1
        return found

    def _introduced_unnamed(self, head: str, a: int, b: int) -> bool:
        """Whether text[a:b] introduces an unnamed "a/an/one ... HEAD" (so that a later
        "the HEAD" refers to that person, not to the named one before)."""
        return re.search(
            r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:for|of|to|the|with|by|in|on|at|from|and|or)\b)[\w’'\-]+\s+){0,3}?"
            + re.escape(head) + r"\b", self.text[a:b]
        ) is not None

    def _relative(self, pos: int, src: str) -> tuple[str, bool, tuple[int, int] | None]:
        """'Ann Holt, a lawyer for the family, who said ...': the name the clause hangs on,
        within the same sentence. When the clause hangs on a short unnamed noun phrase
        ("A recruitment officer in Velgrad, who ...", "One, who ..."), that phrase is the
        speaker, unnamed: a place inside it is not."""
        start = self._sent_starts[self._sentence_of(pos)] if self._sent_starts else 0
        before = self.text[start:pos]
        seg_end = len(before.rstrip(" ,"))
        # the phrase right before: back to the previous comma or clause punctuation
        cut = max(before.rfind(ch, 0, seg_end) for ch in ",;:(—–")
        seg_start = cut + 1 if cut >= 0 else 0
        seg = before[seg_start:seg_end].strip()
        seg_words = seg.lower().split()
        unnamed_np = (
            bool(seg_words) and seg_words[0] in UNNAMED_OPENERS and len(seg_words) <= 6
            and not any(w in CLAUSE_VERBS or (w.endswith("ed") and "-" not in w) for w in seg_words)
        )
        for mn in self._before(pos)[:4]:
            between = self.text[mn.end : pos]
            if len(between) > 160 or any(ch in between for ch in ".!?;\n"):
                break
            if not between.strip(" ,’'s-"):  # the name ends right before the relative
                if mn.entity.kind == "person" or not (unnamed_np and mn.oblique):
                    return mn.entity.name, True, (mn.start, mn.end)
                break
            if mn.start < start + seg_start:
                return mn.entity.name, True, (mn.start, mn.end)  # "NAME, APPOSITION, who"
            break  # a name inside the phrase ("a Velgrad-based consultant who") is not it
        if unnamed_np:
            return seg, False, None
        return src, False, None

    def _salient(self, pos: int, kind: str, gender: str | None, depth: int = 0) -> Mention | None:
        """The mention a pronoun at ``pos`` most likely refers to.

        The nearest compatible mention (a confirmed person before a merely capitalised
        phrase) fixes the sentence; within that sentence a statement's speaker wins, then
        the first mention that is not in an oblique position (after a preposition or
        "told"), i.e. the likely subject: "Anneli Vargas ... said the decree signed by
        President Ilsa Korvath ... She said" -> Anneli Vargas.
        """
        best: Mention | None = None
        first: Mention | None = None
        for mn in self._before(pos):
            ent = mn.entity
            if ent.kind != kind or mn.addressee:
                continue
            if gender and ent.gender and ent.gender != gender:
                continue
            if kind != "person" or ent.evidence:
                best = mn
                break
            if first is None:
                first = mn  # "Super Tuesday" may be no person: look a little further
            elif pos - mn.end > PRONOUN_REACH:
                break
        if best is None:
            return first
        if kind != "person":
            return best
        sent = self._sentence_of(best.start)
        if depth < 3:
            # "He was able to tout his polling while needling Jeb Bush and Rand Paul. He
            # claimed ...": a sentence whose subject is the same pronoun continues its chain
            s0 = self._sent_starts[sent] if sent >= 0 else 0
            m = SUBJECT_PRONOUN.match(self.text, s0)
            if m and m.end() <= best.start and (gender is None or cues.PRONOUNS_PERSON[m.group(1).lower()] == gender):
                return self._salient(m.start(1), kind, gender, depth + 1)
        same = [
            mn for mn in self._before(pos)[:40]
            if self._sentence_of(mn.start) == sent and mn.entity.kind == "person" and mn.entity.evidence
            and not mn.addressee and not (gender and mn.entity.gender and mn.entity.gender != gender)
        ][::-1]
        for mn in same:
            if mn.start in self._speaker_starts:
                return mn
        for mn in same:
            if not mn.oblique:
                return mn
        return best

    def _pronoun(
        self, pos: int, kind: str, gender: str | None, src: str
    ) -> tuple[str, bool, tuple[int, int] | None]:
        mn = self._salient(pos, kind, gender)
        # an unnamed source that spoke after that name ("A recruitment officer ... told the
        # Northern Review ... '...,' he said"; "The ministry's report said ... It also ...")
        pool = self._unnamed if kind == "person" else self._unnamed_things
        later = [u for u in pool if u[0] < pos and (mn is None or u[0] > mn.end)]
        if later and self._sentence_of(pos) - self._sentence_of(later[-1][0]) <= 3:
            return later[-1][1], False, None
        if mn is not None:
            return mn.entity.name, True, (mn.start, mn.end)
        return src, False, None
