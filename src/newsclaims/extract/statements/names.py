"""Lexicon and string helpers for naming sources (see :mod:`.speakers`).

Capitalised-run patterns, organisation and role words, head-noun rules, and the splits
of a capitalised run into names (sentence ends, "for" outside institution names,
datelines).
"""

from __future__ import annotations

import re

from . import cues

CAP_RUN = re.compile(
    r"(?:[A-Z][\w’'.\-]*|[A-Z]\.)(?:\s+(?:(?:of|de|van|von|bin|al|du|der|la|le|da|y|for)\s+)?(?:[A-Z][\w’'.\-]*))*"
)
# "for" joins a run only after an institution word ("Institute for Strategic Studies",
# "Centre for Defence Economics"); elsewhere it splits it ("Thanks For Nothing").
FOR_HEADS = frozenset(
    """institute centre center council committee commission foundation fund ministry office
    agency department bureau union association alliance coalition movement party league
    society organisation organization school college university academy court board
    authority service campaign network""".split()
)
# Words that make a capitalised name an organisation, beyond cues.ORG_WORDS: company,
# research and media name endings ("Velgrad Munitions Works", "Brennik Capital",
# "Rothwell Centre", "Northern Review").
ORG_NAME_WORDS = cues.ORG_WORDS | frozenset(
    """works arms capital partners securities enterprises manufacturing motors centre center
    institute university college academy review courier chronicle monitor telegraph gazette
    tribune herald times journal post news wire report reporter""".split()
)
# Role nouns -> name words of a compatible organisation ("the company" -> "... Works").
ORG_ROLE_KEYS: dict[str, frozenset[str]] = {
    **cues.ORG_ROLES,
    "company": cues.ORG_ROLES["company"] | frozenset("works arms capital partners securities enterprises manufacturing".split()),
    "firm": cues.ORG_ROLES["firm"] | frozenset("works arms capital partners securities enterprises".split()),
    "institute": frozenset("institute centre center foundation".split()),
    "centre": frozenset("centre center institute".split()),
    "center": frozenset("centre center institute".split()),
    "agency": cues.ORG_ROLES["agency"] | frozenset({"agency"}),
}
# A lowercase kind noun right after a name makes it an organisation ("the Civic Renewal
# party", "the Korsa group").
KIND_AFTER = re.compile(
    r"\s+(?:party|group|movement|alliance|coalition|institute|company|firm|bank|think tank|bloc|faction)\b"
)
# Words before a name that put it in an oblique position (object of a preposition or of
# "told"): such a name is rarely what a later he/she refers to when the sentence has a
# subject of its own.
OBLIQUE_PREV = frozenset(
    """by of for at with from to against about on in into than under over toward towards like
    via between among told tells telling informed assured reminded met""".split()
)
ADDRESSEE_PREV = frozenset("told tells telling tell informed assured reminded".split())
NOT_NAME = frozenset(
    """the a an he she it they we i you his her its their our my but and or so yet in on at
    for from with by as if when while after before since though although however meanwhile
    still also then now this that these those there here what who why how where some many
    most no not one two both all each every other another monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr
    according speaking asked last next""".split()
)
# Role nouns that fit any titled person ("the Valmoran leader" for President X).
GENERIC_ROLES = frozenset("leader chief head official".split())
ABBREV = frozenset("inc corp co ltd jr sr bros llc plc".split())
PLACE_FIRST = frozenset("new united north south east west san los las saint st santa great upper lower".split())
PRONOUN = re.compile(r"\b([Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
LOWER_WORD = re.compile(r"(?<![\w’'.\-])[a-z][a-z]+(?![\w’'\-])")
# "Katya Orlen, a demographer at ...": an indefinite description after a two-word name
# is how news introduces a person.
PERSON_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z]+(?:er|or|ist|ian|ant|ent|man|woman)\b")
# Endings of capitalised adjectives ("the Republican nominee", "the Dravenian army").
ADJECTIVAL = ("an", "ese", "ish", "i")
SUBJECT_PRONOUN = re.compile(r"[\s\"“‘']*(?:(?:But|And|Yet|So)\s+|[A-Z][a-z]+,\s+)?(He|She)\b")
PRONOUN_REACH = 400  # characters a pronoun looks back past an unconfirmed name
FEMININE = frozenset("she her hers herself".split())
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f"}

CLAUSE_VERBS = frozenset("is was are were has had have be been said says".split())
HEAD_STOPS = frozenset("of for close with from at in familiar who".split())
# Openers and heads of an unnamed source that is one person.
UNNAMED_OPENERS = frozenset("a an the one another this that".split())
PERSON_NOUNS = frozenset(
    """source consultant worker employee resident man woman person veteran soldier officer
    engineer expert observer insider analyst economist one""".split()
)

# Heads of unnamed sources that are things, not people ("a document seen by ...").
THING_NOUNS = frozenset(
    """document estimate transcript summary decree notice website page ruling order bill law
    plan proposal budget draft book article editorial ad advert advertisement sign banner
    study survey analysis filing assessment forecast projection""".split()
)


def head_index(low: list[str]) -> int:
    """Index of a noun phrase's head word: the word before its first post-modifier."""
    for k, w in enumerate(low):
        if k > 0 and w in HEAD_STOPS:
            return k - 1
    return len(low) - 1


def possessive_strip(s: str) -> str:
    for suf in ("’s", "'s", "’", "'"):
        if s.endswith(suf):
            return s[: -len(suf)]
    return s


def split_run(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a capitalised run where a word ends a sentence ("Benghazi. Clinton")."""
    out = []
    start = s
    for m in re.finditer(r"\S+", text[s:e]):
        w = m.group(0)
        if not w.endswith(".") or s + m.end() >= e:
            continue
        bare = w[:-1]
        if len(bare) <= 1 or "." in bare or bare.lower() in cues.TITLES or bare.lower() in ABBREV \
                or bare.lower() in HONORIFIC_GENDER or bare.lower() in ("st", "mt", "ft", "sens", "reps", "gens"):
            continue
        out.append((start, s + m.end()))
        start = s + m.end() + 1
        while start < e and text[start].isspace():
            start += 1
    if start < e:
        out.append((start, e))
    return out


def split_for(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a run at an inner "for" unless an institution word comes before it."""
    out = []
    start = s
    for m in re.finditer(r"\s+for\s+", text[s:e]):
        before = {w.lower().strip(".’'") for w in text[start : s + m.start()].split()}
        if not before & FOR_HEADS:
            out.append((start, s + m.start()))
            start = s + m.end()
    out.append((start, e))
    return out


def is_dateline(text: str, s: int, e: int) -> bool:
    """'BRENNA, Dravenia - ...', 'VELGRAD, Feb 12 (Northwire) - ...': a place in capitals
    opening a paragraph, with a dash soon after, is where the story was filed."""
    word = text[s:e]
    if not (word.isupper() and len(word) >= 3) or (s > 0 and text[s - 1] != "\n"):
        return False
    rest = text[e : e + 50].split("\n", 1)[0]
    return rest[:1] in (",", " ") and any(d in rest for d in (" - ", " — ", " – ", "--"))
