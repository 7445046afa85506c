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
"""

from __future__ import annotations

from dataclasses import dataclass

from . import cues
from .tokens import Tok, Unit

PUNCT_STOP = frozenset(",;:()[]—–―\"“”«»")
TERMINAL = frozenset(".!?…")
_FORWARD_STOP = frozenset(
    "in on at during when while after before as adding saying who which that because "
    "but and according".split()
)
_LEAD_PREPS = frozenset(
    "in on at during after before speaking asked earlier last this late following".split()
)
_NEGATORS = frozenset("not n't never don't didn't won't wouldn't doesn't cannot can't".split()) | frozenset(
    w.replace("'", "’") for w in "n't don't didn't won't wouldn't doesn't can't".split()
)
_FUNCTION_END = frozenset(
    "by of for from in on at to with the a an about into than his her its their my our your "
    "this these those among between as".split()
)
_SOURCE_BREAKERS = frozenset("to what how why whether whatever not".split())
_NP_ED = frozenset("unnamed elected retired unidentified informed detailed concerned".split())
# Participles that chain a second statement onto the first ("..., adding that ...").
CHAINED = frozenset("adding saying noting warning insisting arguing stressing explaining".split())
_PASSIVE_AUX = frozenset("was were is are been be being".split())
_OBJECT_WORDS = frozenset(
    "him her them us me reporters journalists lawmakers supporters listeners viewers "
    "readers audience crowd".split()
)


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
    if prev is not None and not prev.quoted and (
        prev.low in _NEGATORS or (prev.low == "to" and tok.low in cues.LEMMAS)
    ):
        return False  # "would not tell", "wants to say": no report happened
    if tok.low in cues.SPEECH_FORMS:
        return True
    if tok.low in cues.STANCE_FORMS:
        return True
    if tok.low in cues.TOPIC_FORMS and nxt is not None and nxt.low in cues.TOPIC_PARTICLES and not nxt.quoted:
        return True
    if tok.low in cues.EVIDENCE_FORMS and (
        (nxt is not None and nxt.low == "that") or (prev is not None and prev.low in cues.EVIDENCE_NOUNS)
    ):
        return True
    if tok.low in cues.NOUNISH_FORMS and nxt is not None and nxt.low in ("that", ":") and not nxt.quoted:
        # "The Post reports that ..." but not "the charge that ..." / "Editor's note:"
        return prev is None or not (prev.low in cues.DETERMINERS or prev.low.endswith(("’s", "'s")))
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


def _backward_source(toks: list[Tok], p: int, lo: int) -> tuple[int, int]:
    """Token range [j, p+1) of the noun phrase ending at ``p`` (empty when none)."""
    j = p
    while j >= lo and j > p - 12:
        t = toks[j]
        if t.quoted or t.text in PUNCT_STOP or t.text in TERMINAL:
            break
        if t.low in cues.CLAUSE_WORDS and not (
            t.low == "and" and j > lo and toks[j - 1].is_cap and j < p and toks[j + 1].is_cap
        ):
            break
        if t.low in cues.SPEECH_FORMS and j < p and not t.is_cap:
            break
        if not t.is_cap and t.low in _SOURCE_BREAKERS and not (
            t.low == "to" and j > lo and toks[j - 1].low in ("close", "next", "due", "according")
        ):
            break
        if not t.is_cap and j < p and t.low.endswith(("ed", "ing")) and t.low not in _NP_ED:
            break  # a verb in the past tense ends the subject ("Kaine defended people said")
        j -= 1
    start = j + 1
    if start <= p and not toks[p].is_cap and toks[p].low in _FUNCTION_END:
        return p + 1, p + 1  # "... off by said": not a noun phrase
    if start <= p and toks[start].low in _LEAD_PREPS:
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
    return start, p + 1


def _forward_source(toks: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """An inverted source right after the cue ("..., said Mara Ellis."), or None.

    Only short noun phrases that look like a source qualify: a name, a pronoun, or a
    determiner + role/group noun; and the phrase must end the clause.
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
    if j < hi and not (toks[j].text in ",;:—–" or toks[j].quoted or toks[j].low in _FORWARD_STOP):
        return None
    first = toks[i]
    if first.low in ("he", "she", "they") or (first.is_cap and first.low not in cues.CLAUSE_WORDS):
        return i, j
    if first.low in cues.GROUP_NOUNS:
        return i, j
    if first.low in cues.DETERMINERS and i + 1 < j:
        words = {t.low for t in toks[i + 1 : j]}
        if words & (cues.PERSON_ROLES | cues.GROUP_NOUNS | set(cues.ORG_ROLES)) or toks[i + 1].is_cap:
            return i, j
    return None


def _apposition_source(toks: list[Tok], p: int) -> tuple[int, int] | None:
    """'Jane Doe, the company's chief executive, said': the name and its apposition(s).

    ``p`` is the comma right before the cue. The unit must open with a short noun
    phrase followed by one or more comma-separated appositions.
    """
    commas = [k for k in range(p) if toks[k].text == ","]
    if not commas or p > 40:
        return None
    if any(t.quoted or t.text in TERMINAL or t.text in ";:" for t in toks[:p]):
        return None
    first = commas[0]
    if first == 0 or first > 6:
        return None
    head = toks[0]
    if not (head.is_cap or head.low in cues.DETERMINERS):
        return None
    if any(t.low in cues.CLAUSE_WORDS and not t.is_cap for t in toks[:first]):
        return None
    return 0, p


def _skip_object(toks: list[Tok], k: int, hi: int) -> int:
    """End of the addressee after "told": a pronoun, "reporters", or a short name."""
    if k >= hi or toks[k].quoted:
        return k
    if toks[k].low in _OBJECT_WORDS:
        return k + 1
    j = k
    if toks[j].low in ("the", "a", "an"):
        j += 1
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


def _skip_adverbials(toks: list[Tok], k: int, hi: int) -> tuple[int, int]:
    """Skip "in a statement", "on Tuesday", "Tuesday" after a cue.

    Returns (new k, end of the part that belongs to the cue).
    """
    cue_end = k
    for _ in range(3):
        if k < hi and toks[k].low in cues.TIME_WORDS and not toks[k].quoted:
            k += 1
            continue
        if k < hi and toks[k].low in ("in", "on", "at", "during", "via", "through") and not toks[k].quoted:
            n = k + 1
            while n < hi and n < k + 5 and toks[n].is_word and not toks[n].quoted:
                if toks[n].low in cues.MEDIUM_NOUNS or toks[n].low in cues.TIME_WORDS:
                    break
                n += 1
            if n < hi and n < k + 5 and toks[n].is_word and (
                toks[n].low in cues.MEDIUM_NOUNS or toks[n].low in cues.TIME_WORDS
            ):
                medium = toks[n].low in cues.MEDIUM_NOUNS
                k = n + 1
                while k < hi and toks[k].is_word and toks[k].low in cues.MEDIUM_NOUNS:
                    k += 1
                if medium:
                    cue_end = k
                continue
        break
    return k, cue_end


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
    elif ce < hi and toks[c].low in cues.TOPIC_FORMS and toks[ce].low in cues.TOPIC_PARTICLES:
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
            a, b = _backward_source(toks, q - 1, 0)
            if b > a:
                source = (a, p + 1)
    inverted = p < 0 or toks[p].text == "," or toks[p].quoted or toks[p].text in PUNCT_STOP
    if source is not None:
        pass
    elif inverted and not passive:
        fwd = _forward_source(toks, ce, hi)
        appo = _apposition_source(toks, p) if p > 0 and toks[p].text == "," else None
        if fwd is not None and (appo is None or fwd[1] == hi):
            source = fwd
            after_source = fwd[1]
        elif appo is not None:
            source = appo
    else:
        a, b = _backward_source(toks, p, 0)
        if b > a:
            source = (a, b)
    if source is None and p >= 0 and toks[p].low == "and":
        # "The ministry issued a note and said ...": the subject opens the unit.
        j = 0
        if j < n and (toks[j].low in ("he", "she", "they", "it") or toks[j].is_cap):
            k = j + 1
            while k < p and (toks[k].is_cap and toks[k].is_word):
                k += 1
            if toks[j].low in ("the",) and k == j + 1 and k < p and toks[k].is_word:
                k += 1
            source = (j, k)
    if passive:
        source = None
    if belief and source is None:
        return None

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
    while k < hi and toks[k].text in ",:—–-" and not toks[k].quoted:
        k += 1
    # A following cue ("..., adding that ...") starts a statement of its own.
    stop = hi
    for m in range(k, hi):
        if toks[m].quoted:
            continue
        if m > k and m + 1 < hi and toks[m].low == "and" and is_cue(toks[m + 1], include_beliefs):
            stop = m  # '... called the plan "reckless" and said ...': a second statement
            break
        if toks[m].low in CHAINED and m > k and toks[m - 1].text == ",":
            stop = m
            break
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
    if front_quotes:
        front = quote_pieces(toks, 0, front_end, unit)
    elif front_end > 0 and (toks[front_end - 1].text in ",—–" or toks[front_end - 1].quoted):
        front = content_range(toks, 0, front_end)
    # "The plan, he said, will fail": the attribution sits between two commas.
    paren = cue_end < hi and toks[cue_end].text == "," and not inverted_src
    if after_piece and front:
        if front_quotes or inverted_src:
            # '"...," he said in Valmora' / 'said Mara Ellis, the opposition leader':
            # what trails an attributed quote or an inverted source is content only
            # when it is itself a quotation (a split quote).
            if not quotes_only(toks, k, stop):
                after_piece = []
        elif not paren:
            front = []
    content = front + after_piece
    words = sum(1 for t in toks if t.is_word and any(s <= t.start < e for s, e in content))
    if words < 2:
        if source is not None and toks[-1].text == ":" and k >= n - 1 and not toks[-1].quoted:
            cue_span = (toks[cs].start, toks[max(cue_end, ce) - 1].end)
            src = (toks[source[0]].start, toks[source[1] - 1].end)
            return Raw("direct", cue_span, [], src, unit, intro=True)
        return None
    if source is None and not passive and not (allow_sourceless and any(t.quoted for t in toks)):
        return None
    first_word = next((t for t in toks if t.start >= content[0][0]), None)
    if not any(t.quoted for t in toks) and first_word is not None and (
        first_word.low in ("as", "so") or (words < 3 and first_word.low in _LEAD_PREPS | {"to", "from", "with", "for"})
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
