"""The main attribution rule: from a cue verb, find the source and the content.

Why rules and not the dependency parse: the parser is the costliest step of spaCy's
pipeline (measured here: ~4 articles/s per core for the full pipeline on 700-word
articles, ~8 for tagger + parser alone), while news attribution is formulaic enough that
a cue lexicon, quotation marks and clause punctuation place the source and the content.
Shapes handled here (the others are in :mod:`.forms`):

* ``SOURCE CUE (that) CONTENT`` and ``SOURCE CUE: "QUOTE"``
* ``CONTENT, SOURCE CUE.`` and ``CONTENT, CUE SOURCE.`` (inverted)
* ``"QUOTE," SOURCE CUE, "QUOTE."`` (split quote: one statement, two content spans)
* ``CONTENT, SOURCE CUE, CONTENT.`` (parenthetical attribution)
* ``NAME, APPOSITION, CUE ...`` and ``NAME (BRACKET) CUE ...``
* ``SOURCE told OUTLET (that) CONTENT`` and ``CUE in a statement`` (joined to the cue)
* ``it was announced that CONTENT`` (passive: no source)
* ``SOURCE said:`` closing a paragraph (the next paragraph is the content)
* ``"QUOTE," NAME, APPOSITION, CUE ...`` (source between quote and cue) and
  ``..., who said ...`` (the relative pronoun; see :mod:`.sources` for the source rules)
* ``SOURCE called X "Y"`` (naming: the content ends with its quotation)

Content stops before the writer's own trailing clause (", which ...", ", prompting ...",
a dash aside), before a chained or second report (", claiming that ...", ", 27 percent
said ..."), and at the comma closing the subordinate or relative clause the cue sits in
("When Holt said X, ...", "Holt, who said X, ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from . import cues
from .sources import (
    LEAD_PREPS,
    NAME_GLUE,
    PUNCT_STOP,
    TERMINAL,
    VERB_AUX,
    apposition_source,
    backward_source,
    clause_subject,
    forward_source,
    middle_source,
    trailing_source,
)
from .bounds import aside_dash, is_dash, relative_clause_end, second_report, subordinate_end
from .stance import object_end
from .tokens import Tok, Unit

_NEG = "n't don't didn't won't wouldn't doesn't can't hasn't haven't hadn't isn't wasn't aren't weren't"
_NEGATORS = frozenset(("not never cannot " + _NEG).split()) | frozenset(w.replace("'", "’") for w in _NEG.split())
# Participles that chain a second statement onto the first ("..., adding that ...").
CHAINED = frozenset(
    "adding saying noting warning insisting arguing stressing explaining citing calling criticizing "
    "denouncing praising dismissing touting accusing urging blasting slamming mocking telling".split()
)
_BASE_BELIEF = frozenset("hope fear expect know worry feel doubt believe think want support favor favour like".split())
# Plural subjects after which a base form is a verb: "most voters support the ban",
# "three-quarters oppose it", "those who favor a recount" (poll and group reports).
_PLURAL_HOLDERS = (cues.GROUP_NOUNS - {"polls", "reports", "documents"}) | frozenset(
    "who percent majority majorities most half third thirds quarter quarters three-quarters "
    "two-thirds americans voters republicans democrats independents conservatives liberals "
    "women men respondents".split()
)
_WHEN = frozenset("when if after before once while as".split())
_SUBJECT_PRONOUNS = frozenset("he she they it we i".split())
_PASSIVE_AUX = frozenset("was were is are been be being".split())
# 3sg forms that are also plural nouns, verbs before "to" / "not" after a name.
_PROMISE_FORMS = frozenset("vows pledges promises demands".split())
# Words after which a past participle is an adjective ("the reported figure").
_ADJECTIVE_BEFORE = frozenset("the a an his its their our my your this these".split())
# "he’s reported", "who’s argued": a contraction of "has" / "is", not a possessive.
_CONTRACTED = frozenset("he she it who that there what where here let".split())
_OBJECT_WORDS = frozenset(
    "him her them us me you reporters journalists lawmakers supporters listeners viewers "
    "readers audience crowd".split()
)


# Singular nouns that can be the subject of a 3sg report verb that is also a plural
# noun ("the ministry estimates", "the minister claims").
_SPEAKING_NOUNS = (frozenset(cues.ORG_ROLES) | cues.PERSON_ROLES) - frozenset({"chief", "head"})
_QUANTIFIERS = frozenset("only just few some most many all none several both".split())
_CLAUSE_OPENERS = frozenset("the a an its their his her this these those he she it they".split())


@dataclass(slots=True)
class Raw:
    """An attribution before speaker resolution; offsets into the document text."""

    kind: str
    cue: tuple[int, int] | None
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    unit: Unit
    passive: bool = False
    intro: bool = False  # "He said:" closing its paragraph: the content comes next


def is_cue(tok: Tok, include_beliefs: bool, nxt: Tok | None = None, prev: Tok | None = None) -> bool:
    if tok.quoted or not tok.is_word:
        return False
    if tok.text in ("Post", "Call", "Report", "Note", "Order", "State") and prev is not None and prev.is_cap:
        return False  # "The Washington Post", "Harlow Call": part of a name, not a cue
    if prev is not None and not prev.quoted and (
        prev.low in _NEGATORS or (prev.low == "to" and tok.low in cues.LEMMAS)
    ):
        return False  # "would not tell", "wants to say": no report happened
    if tok.low.endswith("ed") and prev is not None and not prev.quoted and (
        prev.low in _ADJECTIVE_BEFORE or (prev.low.endswith(("'s", "’s")) and prev.low[:-2] not in _CONTRACTED) or (
        (cues.is_figure(prev) or prev.low == "all") and nxt is not None and not nxt.quoted and nxt.is_word and not nxt.is_cap
        and nxt.low.endswith("s") and nxt.low not in cues.CLAUSE_WORDS
    )):
        return False  # "all reported gifts", "the ministry's announced target", "271 pledged delegates"
    if tok.low in ("asked", "pressed", "questioned") and (prev is None or prev.low in _WHEN):
        return False  # "Asked about the plan, Holt said ...": the answer is the statement
    if tok.low in ("ask", "asks", "asked") and nxt is not None and nxt.low == "not" and not nxt.quoted:
        return False  # "who asked not to be named": a condition of anonymity, not a statement
    if prev is not None and not prev.quoted and tok.low.endswith("s") and cues.is_figure(prev):
        return False  # "1.5 percentage points to", "three reports": a counted noun
    if tok.low in ("add", "adds", "added") and nxt is not None and not nxt.quoted and cues.is_figure(nxt):
        return False  # "will add 180 billion korunas": arithmetic, not speech
    if tok.low in cues.NOUNISH_FORMS and tok.low.endswith("s") and prev is not None and nxt is not None \
            and not prev.quoted and not nxt.quoted and (prev.low in _SPEAKING_NOUNS or (
                prev.is_cap and prev.is_word and prev.low not in cues.CLAUSE_WORDS and not tok.is_cap)) \
            and nxt.low in _CLAUSE_OPENERS:
        return True  # "The finance ministry estimates the larger force will ...": a verb here
    if tok.low in _PROMISE_FORMS and not tok.is_cap and prev is not None \
            and nxt is not None and not prev.quoted and not nxt.quoted and nxt.low in ("to", "not") \
            and ((prev.is_cap and prev.low not in cues.CLAUSE_WORDS and not prev.low.endswith(("'s", "’s")))
                 or prev.low in ("he", "she", "it")):
        return True  # "Trump vows not to ...", "Holt promises to ...": a verb after a name
    if tok.low in cues.SPEECH_FORMS:
        return True
    if tok.low in cues.STANCE_FORMS:
        return True
    if tok.low in cues.TOPIC_FORMS and nxt is not None and nxt.low in cues.topic_particles(tok.low) and not nxt.quoted:
        return True
    if tok.low in cues.EVIDENCE_FORMS and (
        (nxt is not None and nxt.low == "that") or (prev is not None and prev.low in cues.EVIDENCE_NOUNS)
    ):
        return True
    if tok.low in ("calls", "calling", "call") and nxt is not None and nxt.low in ("for", "on") and not nxt.quoted \
            and prev is not None and prev.low not in cues.DETERMINERS and not prev.low.endswith(("’s", "'s")):
        return True  # "Holt calls for a recount" (but not "the calls for a recount")
    if tok.low in cues.NAMING_FORMS and nxt is not None and nxt.low not in ("for", "on", "off", "up", "in") and (
        tok.low.endswith("ed") or nxt.quoted or nxt.is_cap or nxt.low in cues.DETERMINERS or nxt.low in _OBJECT_WORDS
        or nxt.low == "it"
    ):
        return True  # "calling them “X”", "dubbed it “Y”"
    if tok.low in ("put", "puts") and nxt is not None and nxt.low == "it" and prev is not None and not prev.quoted:
        return True  # "as Holt put it, ..."
    if tok.low in cues.NOUNISH_FORMS and prev is not None and (prev.is_cap or prev.low in _SUBJECT_PRONOUNS) \
            and prev.is_word and not prev.low.endswith(("’s", "'s")) and (nxt is None or nxt.text in ".!?"):
        return True  # '"...," Holt answers.'
    if tok.low in cues.NOUNISH_FORMS and nxt is not None and nxt.low in ("that", ":") and not nxt.quoted:
        # "The Post reports that ..." but not "the charge that ..." / "Editor's note:"
        return prev is None or not (prev.low in cues.DETERMINERS or prev.low.endswith(("’s", "'s")))
    if include_beliefs and tok.low in _BASE_BELIEF and prev is not None and not prev.quoted and (
        prev.low in ("i", "we", "they", "you") or prev.low in _PLURAL_HOLDERS
    ):
        return True  # "they hope ...", "we know ...": a base form is a verb after a pronoun
    return include_beliefs and tok.low in cues.BELIEF_FORMS


def _strip(toks: list[Tok], i: int, j: int) -> tuple[int, int]:
    """Shrink token range [i, j) over edge punctuation that is not a quote mark."""
    while i < j and not toks[i].is_word and not toks[i].is_mark:
        i += 1
    while j > i and not toks[j - 1].is_word and not toks[j - 1].is_mark:
        j -= 1
    return i, j


def content_range(toks: list[Tok], i: int, j: int) -> list[tuple[int, int]]:
    """Content pieces for tokens [i, j): whole quotes stay whole, punctuation trimmed."""
    i, j = _strip(toks, i, j)
    if j <= i:
        return []
    # Drop a final period left outside a closing quote.
    return [(toks[i].start, toks[j - 1].end)]


def quotes_only(toks: list[Tok], i: int, j: int) -> bool:
    words = [t for t in toks[i:j] if t.is_word]
    return bool(words) and all(t.quoted for t in words)


def quote_pieces(toks: list[Tok], i: int, j: int, unit: Unit) -> list[tuple[int, int]]:
    lo, hi = toks[i].start, toks[j - 1].end
    return [(q.start, q.end) for q in unit.quotes if q.start < hi and q.end > lo]


def _skip_object(toks: list[Tok], k: int, hi: int) -> int:
    """End of the addressee after "told": a pronoun, "reporters", or a short name."""
    if k >= hi or toks[k].quoted:
        return k
    if toks[k].low in _OBJECT_WORDS:
        return k + 1
    j = k
    if toks[j].low in ("the", "a", "an"):
        j += 1
    m = j
    while m < hi and m < j + 3 and toks[m].is_word and not toks[m].is_cap and toks[m].low not in cues.CLAUSE_WORDS \
            and toks[m].low not in _SUBJECT_PRONOUNS:
        m += 1
    if j < m < hi and toks[m - 1].low in cues.PERSON_ROLES and toks[m].is_cap:
        j = m  # "informed regional director Ana Lusk that ..."
    n = j
    while n < hi and n < j + 4 and (toks[n].is_cap or toks[n].low in ("news", "conference", "of")) and toks[n].is_word:
        n += 1
    if n > j:
        return n
    if j > k and j < hi and toks[j].is_word and toks[j].low not in cues.CLAUSE_WORDS:
        n = j
        while n < hi and n < j + 3 and toks[n].is_word and toks[n].low not in cues.CLAUSE_WORDS \
                and toks[n].low not in ("on", "in", "at"):
            n += 1
        return n
    return k


# "said in recent days", "tweeted in the early morning hours": a time phrase, not content.
_TIME_PLURALS = frozenset("hours days weeks months years decades past".split())


def _skip_adverbials(toks: list[Tok], k: int, hi: int) -> tuple[int, int]:
    """Skip "in a statement", "on Tuesday", "Tuesday", "at a Saturday rally in Ohio" after a cue.

    Returns (new k, end of the part that belongs to the cue).
    """
    cue_end = k
    for _ in range(3):
        if k < hi and toks[k].low in cues.TIME_WORDS and not toks[k].quoted:
            k += 1
            continue
        if k < hi and toks[k].low in ("in", "on", "at", "during", "via", "through", "for") and not toks[k].quoted:
            n = k + 1
            while n < hi and n < k + 5 and toks[n].is_word and not toks[n].quoted:
                if toks[n].low in cues.MEDIUM_NOUNS or toks[n].low in cues.TIME_WORDS or toks[n].low in _TIME_PLURALS:
                    break
                n += 1
            if n < hi and n < k + 5 and toks[n].is_word and (
                toks[n].low in cues.MEDIUM_NOUNS or toks[n].low in cues.TIME_WORDS or toks[n].low in _TIME_PLURALS
            ):
                medium = toks[n].low in cues.MEDIUM_NOUNS
                k = n + 1
                while k < hi and toks[k].is_word and (
                    toks[k].low in cues.MEDIUM_NOUNS or toks[k].low in cues.TIME_WORDS or toks[k].low in _TIME_PLURALS
                ):
                    k += 1
                if medium:
                    cue_end = k
                k = _rest_of_adverbial(toks, k, hi)
                continue
        break
    return k, cue_end


def _rest_of_adverbial(toks: list[Tok], k: int, hi: int) -> int:
    """'said at a Saturday rally in Texas that ...': when an adverbial was skipped up to
    its time word, the words up to a close "that" still belong to it."""
    for m in range(k, min(hi, k + 6)):
        t = toks[m]
        if t.low == "that" and m > k and not t.quoted:
            return m
        if t.quoted or not t.is_word or t.low in _PASSIVE_AUX or (t.low.endswith("ed") and not t.is_cap) \
                or t.low in cues.DETERMINERS or t.low in _SUBJECT_PRONOUNS:
            return k  # "said on Tuesday the plan that ...": the content had begun
    return k


_TRAILERS = frozenset("which but while".split())
# Subjects after ", and" that open a new sentence-level clause about the speaker.
_AND_SUBJECTS = frozenset("he she they".split())
# -ing words that are prepositions, not a participle clause ("..., including ...").
_ING_PREPS = frozenset("including regarding concerning following excluding considering according".split())


def _relative_cut(toks: list[Tok], k: int, stop: int) -> int:
    """A stance verb's noun-phrase content ends before ", who ..." when that relative
    clause reports a statement of its own ("praised Vance, who called the plan ...")."""
    for m in range(k + 1, stop - 2):
        if toks[m].text == "," and not toks[m].quoted and toks[m + 1].low in ("who", "whose"):
            if any(is_cue(toks[x], True, toks[x + 1] if x + 1 < stop else None, toks[x - 1])
                   for x in range(m + 2, min(stop, m + 8))):
                return m
    return stop


def _time_trim(toks: list[Tok], k: int, stop: int) -> int:
    """'endorsed Vance on Thursday': a stance verb's noun-phrase object ends before a
    trailing time phrase (a reported clause keeps its own: "said the vote is on Friday")."""
    m = stop
    while m - 1 > k and toks[m - 1].is_word and not toks[m - 1].quoted and (
        toks[m - 1].low in cues.TIME_WORDS or toks[m - 1].low in _TIME_PLURALS
        or toks[m - 1].low in ("last", "this", "next", "early", "late")
    ):
        m -= 1
    if m < stop and m - 1 > k and toks[m - 1].low in ("on", "in", "at", "during", "this", "last", "next") \
            and not toks[m - 1].quoted:
        m -= 1
    return m if m < stop and toks[m - 1].is_word else stop


def _clause_end(toks: list[Tok], k: int, stop: int) -> int:
    """Reported content ends before a trailing comment of the writer's own: a
    non-restrictive ", which ...", a contrasting ", but ..." / ", while ..." clause, a
    participle clause (", prompting ...") or a spaced, unpaired dash after a few words."""
    for m in range(k + 3, stop - 1):
        t, n = toks[m], toks[m + 1]
        if n.quoted:
            continue
        # the comma may sit inside the closing quote: '... “grew the party,” prompting ...'
        comma = (t.text == "," and not t.quoted) or (t.is_mark and t.quoted and toks[m - 1].text == ",")
        if comma and n.low in _TRAILERS:
            return m if not t.quoted else m + 1
        if comma and n.low == "and" and m + 2 < stop and toks[m + 2].low in _AND_SUBJECTS and not toks[m + 2].quoted:
            return m if not t.quoted else m + 1  # "..., and he railed against ...": the writer goes on
        if comma and n.low.endswith("ing") and n.low not in _ING_PREPS and not n.is_cap:
            return m if not t.quoted else m + 1  # "..., prompting an outcry": the writer's narration
        if t.text in ("—", "–", "-", "--") and not t.quoted and m > k + 4:
            if not aside_dash(toks, k, m, stop):
                continue
            return m
    return stop


def _naming_end(toks: list[Tok], k: int, stop: int) -> int:
    """'called the plan “reckless,” a dig at ...': naming content ends with its quotation
    (and any quotation joined to it by "and" / "or")."""
    m = k
    while m < stop and m < k + 8 and not toks[m].quoted:
        m += 1
    if m >= stop or m >= k + 8:
        return stop
    while True:
        while m < stop and toks[m].quoted:
            m += 1
        if m + 1 < stop and toks[m].low in ("and", "or") and toks[m + 1].quoted:
            m += 1
            continue
        return m


_ADVERBIAL_OPENERS = frozenset(
    "in on at during as of after before while when with from via through without outside "
    "inside near amid since".split()
)


def _trailing_attribution(toks: list[Tok], front_end: int, k: int, stop: int) -> bool:
    """Whether ``FRONT, SOURCE CUE AFTER`` puts the content in FRONT: FRONT closes a
    quotation, or AFTER is only an adverbial ("in June", "as she left", "of the plan")."""
    last = toks[front_end - 1]
    lead = 1 if len(toks) > 1 and toks[0].low in cues.DAY_WORDS and not toks[0].quoted else 0
    if toks[lead].low in LEAD_PREPS and not toks[lead].quoted:
        # 'In an interview on “Face the Nation,” Holt said ...', 'Sunday on “Meet the
        # Press,” Holt said ...': a framing phrase
        return False
    words = sum(1 for t in toks[:front_end] if t.is_word)
    if last.quoted or (last.text == "," and front_end > 1 and toks[front_end - 2].quoted):
        # ... unless the quotation is a short part of a longer phrase ('Walking in to
        # chants of "Marco! Marco!," the senator said ...'): then the content follows
        quoted = sum(1 for t in toks[:front_end] if t.is_word and t.quoted)
        if 2 * quoted >= words or k >= stop:
            return True
    return words >= 4 and k < stop and toks[k].low in _ADVERBIAL_OPENERS and not any(
        t.low == "that" for t in toks[k:stop]
    )


_ASIDE_OPENERS = frozenset("who whose which including a an the".split())


def _source_before_aside(toks: list[Tok], p: int) -> tuple[int, int] | None:
    """'Joyce — who is listed as an attorney — told ...', 'Many speakers — including
    imams and rabbis — said ...': the noun phrase before a dash-paired aside that ends
    at the cue. The phrase must open the unit (or follow a comma) and the aside must open
    with a relative pronoun, "including", an article or a name."""
    q = p - 1
    while q > 0 and p - q < 25 and not is_dash(toks, q):
        if toks[q].text in TERMINAL and not toks[q].quoted:
            return None
        q -= 1
    if q <= 0 or p - q < 2 or not is_dash(toks, q):
        return None
    if not (toks[q + 1].low in _ASIDE_OPENERS or toks[q + 1].is_cap):
        return None
    a, b = backward_source(toks, q - 1, 0)
    if b <= a or b != q or (a > 0 and toks[a - 1].text != ","):
        return None
    return a, b


def _skip_aside(toks: list[Tok], k: int, hi: int) -> int:
    """'said — on Twitter, as it happens — that ...', 'said, in a statement, that ...':
    an aside between the cue and a "that" clause is no part of the content."""
    if k >= hi or toks[k].quoted:
        return k
    if is_dash(toks, k):
        for m in range(k + 2, min(hi - 2, k + 15)):
            if toks[m].quoted or toks[m].text in TERMINAL:
                return k
            if is_dash(toks, m):
                return m + 1
        return k
    if toks[k].text == ",":
        for m in range(k + 2, min(hi - 2, k + 10)):
            if toks[m].quoted or toks[m].text in TERMINAL:
                return k
            if toks[m].text == "," and toks[m + 1].low == "that" and not toks[m + 1].quoted:
                return m + 1
    return k


_OF_VERBS = frozenset("accuse accuses accused accusing convince convinced warned warn warns".split())
_OBJECT_PRONOUNS = frozenset("him her them it us me".split())


def _one_word_object(toks: list[Tok], k: int, stop: int) -> bool:
    """Whether the content after a stance verb is one name or object pronoun."""
    words = [t for t in toks[k:stop] if t.is_word]
    return len(words) == 1 and (words[0].is_cap or words[0].low in _OBJECT_PRONOUNS)


def _short_tail(toks: list[Tok], k: int, hi: int) -> bool:
    """Whether at most an addressee or a short phrase follows the cue ("told reporters")."""
    return hi - k <= 5 and not any(t.quoted or t.low in cues.CLAUSE_WORDS for t in toks[k:hi])


def _named_with_role(toks: list[Tok], fwd: tuple[int, int], hi: int) -> bool:
    """'..., said Larry Sabato, director of ...': an inverted name with its role after it."""
    k = fwd[1]
    return toks[fwd[0]].is_cap and k + 1 < hi and toks[k].text == "," and not toks[k].quoted and (
        toks[k + 1].low in cues.PERSON_ROLES or toks[k + 1].low in ("a", "an", "the")
    )


def _clause_front(toks: list[Tok], appo: tuple[int, int]) -> bool:
    """Whether a would-be apposition source opens like a clause: "Cruz also lacks
    support from ..., said X" (a name with only its glue words and role nouns does not)."""
    m = appo[0]
    while m < appo[1] and toks[m].text != ",":
        t = toks[m]
        if t.is_word and not t.is_cap and t.low not in NAME_GLUE and t.low not in cues.HEAD_NOUNS:
            return True
        m += 1
    return False


def attribution_at(
    toks: list[Tok], c: int, unit: Unit, include_beliefs: bool, allow_sourceless: bool = False
) -> Raw | None:
    """The attribution whose cue verb is token ``c``, or None when the shape does not fit."""
    n = len(toks)
    hi = n
    while hi > 0 and toks[hi - 1].text in TERMINAL and not toks[hi - 1].quoted:
        hi -= 1
    # Cue span: auxiliaries/adverbs to the left, a particle to the right.
    cs = c
    while cs > 0 and not toks[cs - 1].quoted and not toks[cs - 1].is_cap and (
        toks[cs - 1].low in cues.CUE_MODIFIERS or toks[cs - 1].low.endswith("ly")
    ) and toks[cs - 1].is_word:
        cs -= 1
    ce = c + 1
    if ce < hi and toks[ce].low in cues.PARTICLES.get(toks[c].low, ()):
        ce += 1
    elif ce < hi and toks[c].low in cues.TOPIC_FORMS and toks[ce].low in cues.topic_particles(toks[c].low):
        ce += 1  # "talked about", "spoke of"
    passive = any(toks[k].low in _PASSIVE_AUX for k in range(cs, c)) and toks[c].low.endswith(("ed", "told", "said"))
    belief = toks[c].low in cues.BELIEF_FORMS and toks[c].low not in cues.SPEECH_FORMS

    # Source.
    source: tuple[int, int] | None = None
    after_source = ce
    p = cs - 1
    if p >= 0 and toks[p].text == ")" and not toks[p].quoted:
        # "Rep. Jane Doe (D-Ore.) said": the bracket belongs to the source.
        q = p
        while q > 0 and toks[q].text != "(" and p - q < 8:
            q -= 1
        if toks[q].text == "(" and q > 0:
            a, b = backward_source(toks, q - 1, 0)
            if b > a:
                source = (a, p + 1)
    if source is None and p > 1 and is_dash(toks, p):
        source = _source_before_aside(toks, p)
    inverted = p < 0 or toks[p].text == "," or toks[p].quoted or toks[p].text in PUNCT_STOP
    if inverted and p > 0 and toks[p].text == "," and any(toks[m].low in VERB_AUX for m in range(cs, c)):
        # "Ann Holt, the mayor, has said ...", "Others, including Ann Holt, are urging X to ...":
        # an auxiliary never inverts; the source is the phrase before the aside
        inverted = False
        source = apposition_source(toks, p, group_heads=True)
    if source is not None:
        pass
    elif inverted and not passive:
        mid = middle_source(toks, p) if p > 0 and toks[p].text == "," else None
        fwd = None if toks[c].low in cues.OBJECT_VERBS else forward_source(
            toks, ce, hi, after_quote=p >= 0 and toks[p].quoted
        )  # ("..., informed the director that ...": who is told is no source)
        # When nothing after the cue can be an inverted source, a group may head the
        # subject: "But some voters who ..., on television or ..., said he ..."
        appo = apposition_source(toks, p, group_heads=fwd is None and mid is None) \
            if p > 0 and toks[p].text == "," else None
        trail = trailing_source(toks, p) if p > 0 and toks[p].text == "," and _short_tail(toks, ce, hi) else None
        if mid is not None:
            source = mid  # '"...," Ann Holt, an economist, told Reuters'
        elif trail is not None:
            source = trail  # '..., Tad Devine, his top aide, told Reuters.'
        elif fwd is not None and (
            appo is None or fwd[1] == hi or (
                toks[c].low not in cues.NAMING_FORMS and _named_with_role(toks, fwd, hi) and _clause_front(toks, appo)
            )
        ):
            source = fwd
            after_source = fwd[1]
        elif appo is not None:
            source = appo
    else:
        a, b = backward_source(toks, p, 0)
        if b > a:
            source = (a, b)
    opening_subject = False
    if source is None and p >= 0 and toks[p].low in ("and", "but"):
        # "However, the ministry issued a note and said ...": the subject opens the unit
        # (and what opens the unit before it is no content).
        source = clause_subject(toks, p)
        opening_subject = source is not None
    if source is not None and source[1] == cs and source[1] - source[0] == 2 and toks[c].low.endswith("ing") \
            and toks[source[0]].low in ("a", "an") and toks[source[1] - 1].low in cues.MEDIUM_NOUNS:
        # "Holt issued a statement saying ...": the statement's author is the source.
        subj = clause_subject(toks, source[0])
        if subj is not None and subj[1] <= source[0] and toks[subj[0]].low not in LEAD_PREPS:
            source = subj
            opening_subject = True
    if passive:
        source = None
    if belief and source is None:
        return None
    if belief and source is not None and any(cues.is_figure(t) for t in toks[source[0] : source[1]]) and all(
        cues.is_figure(t) or t.low in _QUANTIFIERS for t in toks[source[0] : source[1]]
    ):
        return None  # "Only three had expected a move": a count of earlier sources, no one to name

    # Content after the cue (and after an inverted source / addressee / adverbials).
    k = after_source
    cue_end = ce
    if source is None or source[1] <= cs:
        if toks[c].low in cues.OBJECT_VERBS:
            k2 = _skip_object(toks, k, hi)
            cue_end = k2 if k2 > k else ce
            k = k2
        k, ce2 = _skip_adverbials(toks, k, hi)
        if ce2 > cue_end and k == ce2:
            cue_end = ce2
    k = _skip_aside(toks, k, hi)
    while k < hi and toks[k].text in ",:—–-" and not toks[k].quoted:
        k += 1
    if toks[c].low in _OF_VERBS:
        # "accused the leader, Kim Dal, of recklessness": the accused belongs to the cue
        of = next((m for m in range(k, min(hi, k + 12)) if toks[m].low == "of" and not toks[m].quoted), None)
        if of is not None and of > k and not any(toks[m].low in cues.CLAUSE_WORDS for m in range(k, of)):
            cue_end = of
            k = of
    if toks[c].low in cues.AGREE_FORMS and k < hi and toks[k].low == "with":
        # "agreed with the President that ...": who is agreed with belongs to the cue
        that = next((m for m in range(k, min(hi, k + 10)) if toks[m].low == "that" and not toks[m].quoted), None)
        if that is not None and not any(
            toks[m].low in cues.CLAUSE_WORDS or toks[m].text in ",;:" for m in range(k, that)
        ):
            cue_end = that
            k = that
    # A following cue ("..., adding that ...") starts a statement of its own.
    stop = hi
    for m in range(k, hi):
        if toks[m].quoted:
            continue
        if m > k and m + 1 < hi and toks[m].low in ("and", "but") and is_cue(toks[m + 1], include_beliefs):
            stop = m  # '... called the plan "reckless" and said ...': a second statement
            break
        ing = toks[m].low in CHAINED or toks[m].low in cues.ING_FORMS or (
            toks[m].low.endswith("ing") and toks[m].low in cues.TOPIC_FORMS
            and m + 1 < hi and toks[m + 1].low in cues.topic_particles(toks[m].low)
        )
        if ing and m == k and m > c + 1 and toks[m - 1].text == "," and not toks[m - 1].quoted:
            stop = m  # '"...," she said, referencing ...': the participle is a statement of its own
            break
        if ing and m > k and (
            toks[m - 1].text == "," or (toks[m - 1].is_mark and m > k + 1 and toks[m - 2].text == ",")
        ):
            stop = m
            break
    stop = _clause_end(toks, k, stop)
    stop = subordinate_end(toks, c, k, stop)
    stop = relative_clause_end(toks, cs, k, stop)
    stop = second_report(toks, k, stop)
    if toks[c].low not in cues.SPEECH_FORMS:
        stop = _relative_cut(toks, k, stop)
    if toks[c].low in cues.STANCE_FORMS:
        stop = _time_trim(toks, k, stop)
        if toks[c].low not in cues.SPEECH_FORMS and toks[c].low not in cues.NAMING_FORMS:
            stop = object_end(toks, k, stop)
    if toks[c].low in cues.NAMING_FORMS and ce == c + 1:
        stop = _naming_end(toks, k, stop)
    content: list[tuple[int, int]] = []
    after_piece: list[tuple[int, int]] = []
    if stop > k:
        if quotes_only(toks, k, stop):
            after_piece = quote_pieces(toks, k, stop, unit)
        else:
            after_piece = content_range(toks, k, stop)
    inverted_src = source is not None and source[0] > cs
    front_end = cs if source is None or inverted_src else source[0]
    front: list[tuple[int, int]] = []
    front_quotes = front_end > 0 and quotes_only(toks, 0, front_end)
    if opening_subject:
        pass
    elif front_quotes:
        front = quote_pieces(toks, 0, front_end, unit)
    elif front_end > 0 and (toks[front_end - 1].text in ",—–" or toks[front_end - 1].quoted):
        front = content_range(toks, 0, front_end)
    elif front_end > 1 and toks[front_end - 1].low == "as" and toks[front_end - 2].text == ",":
        front = content_range(toks, 0, front_end - 1)  # "..., as Holt put it."
    # "The plan, he said, will fail": the attribution sits between two commas.
    paren = cue_end < hi and toks[cue_end].text == "," and not inverted_src
    if after_piece and front:
        if front_quotes or inverted_src:
            # '"...," he said in Valmora' / 'said Mara Ellis, the opposition leader':
            # what trails an attributed quote or an inverted source is content only
            # when it is itself a quotation (a split quote).
            if not quotes_only(toks, k, stop):
                after_piece = []
        elif _trailing_attribution(toks, front_end, k, stop):
            after_piece = []  # '... the “end of an era,” Kowal said in June, citing ...'
        elif not paren:
            front = []
    content = front + after_piece
    words = sum(1 for t in toks if t.is_word and any(s <= t.start < e for s, e in content))
    if words == 1 and source is not None and toks[c].low in cues.STANCE_FORMS and _one_word_object(toks, k, stop):
        words = 2  # "Holt endorsed Vance", "voters rejected it": a stance toward one name
    if words < 2:
        if source is not None and toks[-1].text == ":" and k >= n - 1 and not toks[-1].quoted:
            cue_span = (toks[cs].start, toks[max(cue_end, ce) - 1].end)
            src = (toks[source[0]].start, toks[source[1] - 1].end)
            return Raw("direct", cue_span, [], src, unit, intro=True)
        return None
    if source is None and not passive and not (allow_sourceless and any(t.quoted for t in toks)):
        return None
    first_word = next((t for t in toks if t.start >= content[0][0]), None)
    if not any(t.quoted for t in toks) and first_word is not None and first_word.start > toks[c].start and (
        first_word.low in ("as", "so") or (words < 3 and first_word.low in LEAD_PREPS | {"to", "from", "with", "for"})
    ):
        return None  # "said as much", "said on Twitter", "told me this week"
    has_quote = any(t.quoted for t in toks if any(s <= t.start < e for s, e in content))
    all_quotes = all(any(q.start == s and q.end == e for q in unit.quotes) for s, e in content)
    kind = "direct" if all_quotes else ("mixed" if has_quote else "indirect")
    cue_span = (toks[cs].start, toks[max(cue_end, ce) - 1].end)
    src = (toks[source[0]].start, toks[source[1] - 1].end) if source else None
    if src is not None and src[0] < cue_span[1] and src[1] > cue_span[0]:
        return None
    return Raw(kind, cue_span, content, src, unit, passive)
