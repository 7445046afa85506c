"""Finding the source mention of an attribution from its cue, by position.

* backward: ``SOURCE (has also) said ...`` -- the noun phrase ending right before the cue;
* forward (inverted): ``"...," said SOURCE`` -- a short phrase right after the cue;
* apposition: ``NAME, APPOSITION, said ...`` at the start of the unit;
* middle: ``"QUOTE," NAME, APPOSITION, said ...`` -- between a quotation and the cue;
* relative: ``..., who said ...`` -- the relative pronoun itself (resolved later to the
  name it hangs on).

Without a parser the phrase edges come from punctuation, clause words and a few word
classes; the rules here err on the side of a short, clean mention.
"""

from __future__ import annotations

from . import cues
from .tokens import Tok

PUNCT_STOP = frozenset(",;:()[]—–―\"“”«»")
TERMINAL = frozenset(".!?…")
_FORWARD_STOP = frozenset(
    "in on at during when while after before as adding saying who which that because "
    "but and according".split()
)
LEAD_PREPS = frozenset(
    "in on at during after before speaking asked earlier last this late following".split()
)
_FUNCTION_END = frozenset(
    "by of for from in on at to with the a an about into than his her its their my our your "
    "this these those among between as".split()
)
_SOURCE_BREAKERS = frozenset("to what how why whether whatever not".split())
_NP_ED = frozenset("unnamed elected retired unidentified informed detailed concerned".split())
_PREPS = frozenset("of in at for from by with on".split())
# Verbs of change: a would-be subject holding one is a clause ("Yields rose 35 basis").
_CHANGE_VERBS = frozenset(
    """rose fell grew rise rises fall falls grows raised raises lowered lowers cut cuts
    increased increases decreased decreases dropped drops jumped jumps climbed climbs
    slipped slid soared surged plunged doubled tripled halved gained gains lost""".split()
)
# Auxiliaries: a would-be inverted source holding one is the reported clause itself.
VERB_AUX = frozenset(
    "will would could can may might should must has have had is are was were does did".split()
)
_POSSESSIVE_DETS = frozenset("its their his her our the this that".split())
_RELATIVE = frozenset({"who", "which"})
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Words of a time phrase that may sit between a subject and its cue
# ("The ministry on Monday said", "Korov two weeks ago said").
_TIME_TAIL = cues.TIME_WORDS | _MONTHS | frozenset(
    "ago last this past on in early late than less more about nearly almost just weeks days "
    "months years hours week day month year a few several two three four five six".split()
)
_TIME_HEADS = cues.TIME_WORDS | _MONTHS | {"ago"}
_TIME_OPENERS = frozenset("this last late earlier".split())  # lead only before a time word
# Openers that are not the subject of a later "... and said" ("However, Holt met X and said").
_OPENERS = cues.CLAUSE_WORDS | frozenset(
    "however meanwhile instead still also once with even now later earlier indeed first".split()
)

# One-word "subjects" that are openers, prepositions or times, never a source.
_NOT_A_SOURCE = (_OPENERS | _FUNCTION_END | _TIME_TAIL | {"by", "once"}) - frozenset(
    "several two three four five six more".split()
)

def _time_tail(toks: list[Tok], p: int, lo: int) -> int:
    """Index of the last token before a trailing time phrase ending at ``p`` (or ``p``)."""
    k = p
    while k > lo and (toks[k].low in _TIME_TAIL or toks[k].text.isdigit()) and not toks[k].quoted:
        k -= 1
    if k < p and any(toks[m].low in _TIME_HEADS for m in range(k + 1, p + 1)) and (
        toks[k].is_word and toks[k].low not in cues.CLAUSE_WORDS
    ):
        return k
    return p


def backward_source(toks: list[Tok], p: int, lo: int) -> tuple[int, int]:
    """Token range of the noun phrase ending at ``p`` (empty when none).

    A trailing time phrase is not part of it; a relative pronoun right before the cue
    ("..., who later said") is returned alone.
    """
    p = _time_tail(toks, p, lo)
    j = p
    while j >= lo and j > p - 12:
        t = toks[j]
        if t.quoted or t.text in PUNCT_STOP or t.text in TERMINAL:
            break
        if t.low in cues.CLAUSE_WORDS and not (
            t.low == "and" and j > lo and toks[j - 1].is_cap and j < p and toks[j + 1].is_cap
        ) and not (
            # "More than 4 in 10 said": a bound on a count, not a comparison
            t.low == "than" and j > lo and toks[j - 1].low in ("more", "fewer", "less") and j < p
            and cues.is_figure(toks[j + 1])
        ):
            break
        if t.low in cues.SPEECH_FORMS and j < p and not t.is_cap:
            break
        if not t.is_cap and t.low in _SOURCE_BREAKERS and not (
            t.low == "to" and j > lo and toks[j - 1].low in ("close", "next", "due", "according")
        ):
            break
        if not t.is_cap and j < p and t.low.endswith(("ed", "ing")) and t.low not in _NP_ED and "-" not in t.low \
                and not (toks[j + 1].low in cues.EVIDENCE_NOUNS and not toks[j + 1].quoted):
            # a verb in the past tense ends the subject ("Kaine defended people said"), but
            # not a modifier of a record's noun ("fundraising reports", "leaked documents")
            break
        j -= 1
    start = j + 1
    if j >= lo and toks[j].low == "than" and not toks[j].quoted:
        return p + 1, p + 1  # "a bigger rise than most economists had expected": a comparison
    if not _can_speak(toks, start, p + 1):
        return p + 1, p + 1
    if j >= lo and toks[j].low in _RELATIVE and not toks[j].quoted and _only_modifiers(toks, start, p + 1):
        return j, j + 1  # "Ann Holt, who in 2010 said": the relative pronoun
    if start <= p and not toks[p].is_cap and toks[p].low in _FUNCTION_END:
        return p + 1, p + 1  # "... off by said": not a noun phrase
    if start <= p and toks[start].low in LEAD_PREPS and not (
        toks[start].low in _TIME_OPENERS and (start == p or toks[start + 1].low not in _TIME_HEADS)
    ):
        # "On Tuesday the minister said": keep what follows the leading phrase.
        k = p
        while k > start and toks[k].low not in cues.DETERMINERS and toks[k].low not in cues.PRONOUNS_PERSON \
                and toks[k].low not in ("they", "it", "we"):
            k -= 1
        if k == start:
            k = p
            while k > start and toks[k - 1].is_cap:
                k -= 1
        start = k
    if start == p and (not toks[p].is_word or toks[p].low in _NOT_A_SOURCE):
        return p + 1, p + 1  # "Once said", "By ... lambasted", "Friday described": no subject
    return start, p + 1


def _can_speak(toks: list[Tok], i: int, j: int) -> bool:
    """Whether tokens [i, j) can be a subject that speaks, not a clause or an object.

    A verb of change ("Yields ... rose 35 basis") makes them a clause; a figure followed
    by a determiner ("far short of the 3 million its government [has promised]") marks a
    reduced relative clause inside an object, whose subject reports nothing here.
    """
    if j > i and all(t.is_word and not t.is_cap and t.low.endswith("ly") for t in toks[i:j]):
        return False  # "Parties in Lisenholm, usually critical of ...": an adverb speaks for no one
    figure = False
    for k in range(i, j):
        t = toks[k]
        if t.quoted:
            continue
        if t.low in _CHANGE_VERBS and not t.is_cap:
            return False
        if figure and t.low in _POSSESSIVE_DETS:
            return False  # ("two people familiar with the talks" is fine: no determiner next)
        figure = cues.is_figure(t) and k > i
    return True


def _only_modifiers(toks: list[Tok], i: int, j: int) -> bool:
    """No noun-phrase material in [i, j): adverbs, auxiliaries, time words and numbers
    ("..., who in 2014 said"; but not "..., which officials say")."""
    for t in toks[i:j]:
        if t.low in cues.DETERMINERS or t.low in cues.PRONOUNS_PERSON or t.low in ("they", "it", "we"):
            return False
        if t.is_cap and t.low not in _TIME_TAIL:
            return False
        if t.is_word and not t.is_cap and t.low not in cues.CUE_MODIFIERS and t.low not in _TIME_TAIL and (
            t.low in cues.GROUP_NOUNS or t.low in ("media", "people", "police")
            or (t.low.endswith("s") and not t.low.endswith(("ss", "ways", "wards")))
        ):
            return False  # a plural subject of its own: "which officials say"
    return True


def forward_source(toks: list[Tok], i: int, hi: int, after_quote: bool = False) -> tuple[int, int] | None:
    """An inverted source right after the cue ("..., said Mara Ellis."), or None.

    Only short noun phrases that look like a source qualify: a name, a pronoun, or a
    determiner + role/group noun; and the phrase must end the clause. After a quotation
    (``"...," asked the boy``) any determiner-led phrase qualifies.
    """
    while i < hi and toks[i].low in cues.TIME_WORDS:
        i += 1  # "..., said Thursday morning" is a time, not a source
    j = i
    while j < hi and j < i + 12:
        t = toks[j]
        if t.quoted or not t.is_word or (t.low in _FORWARD_STOP and not t.is_cap):
            break
        j += 1
    if j == i or j - i > 8:
        return None
    if any(toks[m].low in VERB_AUX or toks[m].low.endswith(("n't", "n’t")) for m in range(i, j)):
        return None  # "said Korov’s nomination will ...", "his party doesn’t want": a clause
    if j < hi and not (toks[j].text in ",;:—–(" or toks[j].quoted or toks[j].low in _FORWARD_STOP):
        return None
    first = toks[i]
    if first.low in ("he", "she", "they"):
        return (i, i + 1) if j == i + 1 else None  # "said he fully supports ..." is a clause
    if first.is_cap and first.low not in cues.CLAUSE_WORDS:
        return i, j
    if first.low in cues.GROUP_NOUNS:
        return i, j
    if (first.low in cues.DETERMINERS or first.low in ("one", "another")) and i + 1 < j:
        words = {t.low for t in toks[i + 1 : j]}
        if after_quote or words & (cues.PERSON_ROLES | cues.GROUP_NOUNS | set(cues.ORG_ROLES)) or toks[i + 1].is_cap:
            return i, j
    if first.low not in cues.CLAUSE_WORDS and j - i >= 2 and toks[i + 1].is_cap and first.low not in _FUNCTION_END:
        return i, j  # "said widow Terry Strada", "said former senator Ann Holt"
    cap = next((m for m in range(i, min(j, i + 4)) if toks[m].is_cap), None)
    if cap is not None and cap > i + 1 and toks[cap - 1].low in cues.HEAD_NOUNS and not any(
        toks[m].low in cues.CLAUSE_WORDS or toks[m].low in _FUNCTION_END for m in range(i, cap)
    ):
        return i, j  # "says political scientist Dossym Satpayev"
    return None


def apposition_source(toks: list[Tok], p: int, group_heads: bool = False) -> tuple[int, int] | None:
    """'Jane Doe, the company's chief executive, said': the name and its apposition(s).

    ``p`` is the comma right before the cue. The unit must open with a short noun
    phrase followed by one or more comma-separated appositions. With ``group_heads``
    (nothing is inverted: the cue carries an auxiliary, or no source follows it) a
    group or quantifier may head it too, and the phrase may be longer and hold "who":
    "Others, including Ann Holt, are urging ...", "Some voters who ..., ..., said".
    """
    if p > 40 or any(t.quoted or t.text in "!?…;:" for t in toks[:p]):
        return None  # (a period inside a unit belongs to an abbreviation: "Rep. Ada Lusk (D-Ost.)")
    commas = _top_commas(toks, 0, p)
    start = 0
    if len(commas) >= 2 and not toks[0].quoted and (
        toks[0].low in LEAD_PREPS or toks[0].low in _LEAD_CLAUSES
    ):
        # "In a statement, Ann Amar, the mayor, said" / "After meeting Tomas Reyl, Ann Amar,
        # the mayor, said": the opening phrase up to its comma is no part of the source
        start = commas[0] + 1
        commas = commas[1:]
        if len(commas) >= 2 and commas[0] == start + 1 and toks[start].low in _ASIDE_ADVERBS:
            start, commas = commas[0] + 1, commas[1:]  # "On Monday, however, Ann Amar, the mayor, said"
    if not commas:
        return None
    first = commas[0]
    if first == start or _outside_brackets(toks, start, first) > (14 if group_heads else 10):
        return None
    # "As Ann Amar, ..., put it"
    lead = start + 1 if toks[start].low in ("as", "but", "and", "yet") and first > start + 1 else start
    head = toks[lead]
    if not (head.is_cap or head.low in cues.DETERMINERS or ((start or group_heads) and head.low in _QUANTIFIER_HEADS)
            or (group_heads and head.low in cues.GROUP_HEADS)):
        return None  # (after an opening phrase: "In a statement, one of the lawyers, ...")
    if any(t.low in cues.CLAUSE_WORDS and not t.is_cap and not (k and toks[k - 1].low in _PREPS)
           and not (group_heads and t.low == "who")
           for k, t in enumerate(toks[:first]) if k >= start):
        return None  # ("One of that report's authors, ..." is fine)
    return lead, p


# Openings of a unit that end at their comma and are never the source: subordinate
# clauses and participle phrases ("While ..., ", "Reached by phone, ").
_LEAD_CLAUSES = cues.SUBORDINATORS | frozenset("reached contacted interviewed responding writing".split())


_ASIDE_ADVERBS = frozenset("however meanwhile though too also instead moreover separately".split())
_QUANTIFIER_HEADS = frozenset("one both each all most none".split())


def _top_commas(toks: list[Tok], a: int, b: int) -> list[int]:
    """Indices of the commas in ``toks[a:b]`` outside brackets."""
    commas, depth = [], 0
    for k in range(a, b):
        t = toks[k].text
        depth += (t == "(") - (t == ")")
        if t == "," and depth == 0:
            commas.append(k)
    return commas


def _outside_brackets(toks: list[Tok], a: int, b: int) -> int:
    """How many tokens of ``toks[a:b]`` are outside brackets ("(D-Ore.)" counts as "(")."""
    count, depth = 0, 0
    for t in toks[a:b]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")":
            count += 1
    return count


NAME_GLUE = frozenset("of the and for at 's ’s".split())  # words inside a name ("Bank of Ostland")
_ROLE_OPENERS = frozenset("his her their its the a an".split())


def _name_segment(toks: list[Tok], a: int, b: int) -> bool:
    """'Tad Devine', 'Sen. Ann Holt (D-Ore.)': capitalised words and their glue only."""
    words = [t for t in toks[a:b] if t.is_word]
    return 0 < len(words) <= 6 and toks[a].is_cap and toks[a].low not in cues.CLAUSE_WORDS and all(
        t.is_cap or t.low in NAME_GLUE for t in words
    )


def _role_segment(toks: list[Tok], a: int, b: int) -> bool:
    """'his top aide', 'a spokesman for the ministry': a determiner-led role phrase."""
    words = [t for t in toks[a:b] if t.is_word]
    return 1 < len(words) <= 8 and toks[a].low in _ROLE_OPENERS and any(
        t.low in cues.HEAD_NOUNS for t in words
    ) and not any(t.low in VERB_AUX or (t.low in cues.CLAUSE_WORDS and t.low not in _ROLE_OPENERS) for t in words)


def trailing_source(toks: list[Tok], p: int) -> tuple[int, int] | None:
    """'..., Tad Devine, his top aide, said.': a name and its role between commas
    after the content and before the cue (``p`` is the comma before the cue).

    Both a name segment and a role segment must be there (in either order), and
    at least three words of content must come before them.
    """
    commas = _top_commas(toks, 0, p)
    if len(commas) < 2 or any(toks[m].quoted for m in range(commas[-2], p)):
        return None
    c1, c2 = commas[-1], commas[-2]
    first, second = (c2 + 1, c1), (c1 + 1, p)
    ok = (_name_segment(toks, *first) and _role_segment(toks, *second)) or (
        _role_segment(toks, *first) and _name_segment(toks, *second)
    )
    if not ok or sum(1 for t in toks[:c2] if t.is_word) < 3:
        return None
    return c2 + 1, p


def middle_source(toks: list[Tok], p: int) -> tuple[int, int] | None:
    """'"...," Ann Holt, an economist, said': the phrase between a quotation and the cue.

    ``p`` is the comma right before the cue; the phrase starts after the last quoted
    token (and its comma) and must open like a name or a noun phrase.
    """
    q = p - 1
    while q >= 0 and not toks[q].quoted:
        if toks[q].text in TERMINAL or toks[q].text in ";:":
            return None
        q -= 1
    if q < 0:
        return None
    m = q + 1
    while m < p and toks[m].text in ",—–":
        m += 1
    if m >= p or p - m > 30:
        return None
    head = toks[m]
    if not (head.is_cap or head.low in cues.DETERMINERS or head.low in ("one", "another")):
        return None
    if head.low in _OPENERS:
        return None
    return m, p


def clause_subject(toks: list[Tok], p: int) -> tuple[int, int] | None:
    """'However, the ministry issued a note and said ...': the subject opening the unit."""
    j = 0
    while j < p and not toks[j].quoted:
        if toks[j].low in LEAD_PREPS or toks[j].low in _LEAD_CLAUSES or toks[j].low in _PREPS:
            # "But on Tuesday, he stood with ... and urged ...": the opening phrase ends at its comma
            comma = next((m for m in range(j + 1, min(p - 1, j + 16)) if toks[m].text == "," and not toks[m].quoted
                          and _subject_like(toks[m + 1])), None)
            if comma is not None:
                j = comma + 1
                continue
        if toks[j].low in _OPENERS or toks[j].text == ",":
            j += 1
            continue
        break
    if j >= p or not _subject_like(toks[j]):
        return None  # (a group noun: "On Monday, officials closed the port, saying ...")
    k = j + 1
    while k < p and (toks[k].is_cap and toks[k].is_word):
        k += 1
    if toks[j].low == "the" and k == j + 1 and k < p and toks[k].is_word:
        k += 1
    if toks[j].low in cues.DETERMINERS:
        k = max(k, _role_head_end(toks, j, p))
    return j, k


def _subject_like(t: Tok) -> bool:
    return t.low in ("he", "she", "they", "it") or t.is_cap or t.low == "the" or t.low in cues.GROUP_NOUNS


def _role_head_end(toks: list[Tok], j: int, p: int) -> int:
    """End of a noun phrase opening with the determiner at ``j`` whose head is a role,
    organisation or group noun a few words on ("the mayor's chief adviser", "The
    ministry's press office"), or ``j`` when there is none. A verb-like word, a clause
    word or punctuation ends it."""
    end = j
    for k in range(j + 1, min(p, j + 6)):
        t = toks[k]
        if t.quoted or not t.is_word or t.low in cues.CLAUSE_WORDS or t.low in VERB_AUX or t.low in _PREPS:
            break
        if not t.is_cap and (t.low.endswith("ed") or t.low in cues.SPEECH_FORMS):
            break
        if t.low in cues.HEAD_NOUNS:
            end = k + 1
    return end
