"""Broad attribution shapes beyond a reporting verb with a named speaker.

PolNeAR-style attribution also covers what a text presents as someone's view or as a
forecast without a speaker, and frames that are not verbs at all:

* raising verbs: ``The plan seems doomed``, ``Holt appeared to concede``, ``The bill is
  expected to pass`` -- the content is the subject plus the complement, and there is no
  source (the writer or unnamed observers hold the view);
* a question frame: ``Asked whether ..., Holt said ...`` -- the question is a statement
  of its own (no source: the asker is unnamed) and not part of the answer;
* an evidence frame: ``In a Gallup poll released Sunday, 40 percent ...`` -- the poll is
  the source and the rest of the sentence the content;
* a participle with the clause subject: ``The ministry used the data, saying ...`` --
  the subject of the clause is the source of the participle's content.
"""

from __future__ import annotations

from . import cues
from .attribution import Raw, attribution_at, content_range
from .bounds import is_dash
from .sources import LEAD_PREPS, PUNCT_STOP, TERMINAL, backward_source, clause_subject
from .tokens import Tok, Unit

SEEM_FORMS = frozenset("seem seems seemed appear appears appeared".split())
_EXPECTED = frozenset({"expected"})
_BE = frozenset("is are was were be been being".split())
# Adverbs between the auxiliary and "expected" ("is widely expected").
_ADVERBS = frozenset("widely also still now generally largely broadly".split())
# What may follow "appear" without making it a view ("appeared in court", "appeared on TV").
_NOT_AFTER_SEEM = frozenset(
    "in on at before with alongside onstage together as for from during after live".split()
)
_DUMMY = frozenset({"it", "there", "this", "that", "what"})
_CLAUSE_END = frozenset("which but while although though whereas".split())


def _end(toks: list[Tok]) -> int:
    hi = len(toks)
    while hi > 0 and toks[hi - 1].text in TERMINAL and not toks[hi - 1].quoted:
        hi -= 1
    return hi


def _complement_end(toks: list[Tok], k: int, hi: int) -> int:
    """The complement runs to the clause's end: before ", which/but/while ..." or ';'."""
    for m in range(k + 1, hi):
        t = toks[m]
        if t.quoted:
            continue
        if t.text == ";" or (t.text == "," and m + 1 < hi and toks[m + 1].low in _CLAUSE_END):
            return m
    return hi


def is_raising(toks: list[Tok], i: int) -> bool:
    """Whether token ``i`` is a raising cue: "seems ...", "appeared to ...", "is expected to"."""
    t = toks[i]
    if t.quoted or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.quoted and t.low not in SEEM_FORMS:
        return False
    if t.low in SEEM_FORMS:
        if t.low.startswith("appear"):
            # "appeared to concede", not "appeared on television" / "appeared to the crowd"
            return nxt.low == "to" and i + 2 < len(toks) and not toks[i + 2].is_cap \
                and toks[i + 2].low not in cues.DETERMINERS and toks[i + 2].is_word
        return nxt.is_word and nxt.low not in _NOT_AFTER_SEEM
    if t.low in _EXPECTED:
        k = i - 1
        while k >= 0 and toks[k].low in _ADVERBS:
            k -= 1
        return k >= 0 and toks[k].low in _BE and nxt.low == "to"
    return False


def raising_at(toks: list[Tok], i: int, unit: Unit) -> Raw | None:
    """'The bill is widely expected to pass': content = subject + complement, no source."""
    hi = _end(toks)
    cs = i
    while cs > 0 and (toks[cs - 1].low in _BE or toks[cs - 1].low in _ADVERBS
                      or toks[cs - 1].low in ("has", "have", "had", "would", "may", "might", "still")) \
            and not toks[cs - 1].quoted:
        cs -= 1
    k = i + 1
    stop = _complement_end(toks, k, hi)
    after = content_range(toks, k, stop)
    if not after or sum(1 for t in toks[k:stop] if t.is_word) < 1:
        return None
    content = list(after)
    if cs > 0:
        a, b = backward_source(toks, cs - 1, 0)
        if b > a and not (b - a == 1 and toks[a].low in _DUMMY):
            content = [(toks[a].start, toks[b - 1].end)] + content
    cue = (toks[cs].start, toks[i].end)
    return Raw("indirect", cue, content, None, unit, passive=True)


_QUESTION_WORDS = frozenset("whether if what why how when where who which about to".split())


def asked_front(toks: list[Tok], unit: Unit) -> tuple[Raw, int] | None:
    """'Asked whether ..., Holt said ...': the question as its own statement, and the
    index of the token after its comma (where the answer's clause starts)."""
    j = 0
    if j < len(toks) and toks[j].low == "when" and not toks[j].quoted:
        j += 1
    if j + 2 >= len(toks) or toks[j].low != "asked" or toks[j].quoted:
        return None
    k = j + 1
    # "Asked by a reporter whether ..." / "Asked on Sunday about ..."
    while k < len(toks) and k < j + 6 and toks[k].low not in _QUESTION_WORDS and toks[k].text != ",":
        k += 1
    if k >= len(toks) or toks[k].low not in _QUESTION_WORDS:
        return None
    m = k
    while m < len(toks) and not (toks[m].text == "," and not toks[m].quoted):
        if toks[m].text in TERMINAL and not toks[m].quoted:
            return None
        m += 1
    if m >= len(toks) - 2 or m - k < 2:
        return None
    content = content_range(toks, k, m)
    if not content:
        return None
    return Raw("indirect", (toks[j].start, toks[j].end), content, None, unit, passive=True), m + 1


def evidence_frame(toks: list[Tok], unit: Unit) -> Raw | None:
    """'In a Gallup poll released Sunday, Holt led by 4 points': the poll is the source."""
    if len(toks) < 6 or toks[0].low != "in" or toks[0].quoted:
        return None
    if not (toks[1].low in cues.DETERMINERS or toks[1].is_cap or toks[1].text[0].isdigit()):
        return None  # "In offering an analysis, ...": a participle, not a poll
    m = 1
    while m < len(toks) and m < 14 and toks[m].text != "," and not toks[m].quoted:
        if toks[m].text in PUNCT_STOP or toks[m].text in TERMINAL:
            return None
        m += 1
    if m >= len(toks) or toks[m].text != ",":
        return None
    if not any(toks[x].low in cues.EVIDENCE_NOUNS and toks[x].low not in ("data", "documents", "emails", "records")
               for x in range(1, m)):
        return None
    hi = _end(toks)
    content = content_range(toks, m + 1, hi)
    if sum(1 for t in toks[m + 1 : hi] if t.is_word) < 3 or not content:
        return None
    return Raw("according_to", (toks[0].start, toks[0].end), content, (toks[1].start, toks[m - 1].end), unit)


_EVIDENCE_STOPS = cues.CLAUSE_WORDS - {"and", "or"}
# What may stand before a record's noun in its noun phrase ("Early results of exit polls").
_NAME_JOINERS = frozenset("/&-")  # "CNN/ORC", "Shaw & Company"
_EVIDENCE_MODIFIERS = cues.DETERMINERS | frozenset("of new latest recent early final exit".split())


def evidence_noun(toks: list[Tok], i: int) -> int:
    """The record that is the subject of the evidence verb at ``i`` ("A CNN poll last month
    showed ...", "FEC records from the 2008 cycle show ...", "exit polls conducted by Edison
    Research show ..."): the index of an evidence noun in the clause within 23 tokens
    before it, or -1. A clause word ("that", "when", "but") or a sentence mark ends the
    search, so "the company showed a profit" is no report."""
    if toks[i].quoted or toks[i].low not in cues.EVIDENCE_FORMS or i == 0:
        return -1
    for j in range(i - 1, max(-1, i - 24), -1):
        t = toks[j]
        if t.quoted or t.text in TERMINAL or t.text in ";:" or (t.low in _EVIDENCE_STOPS and not t.is_cap):
            return -1
        if t.low in cues.EVIDENCE_NOUNS and not t.is_cap:
            return j
    return -1


def _record_phrase(toks: list[Tok], noun: int) -> int:
    """Start of the noun phrase headed by the record noun at ``noun``: its modifiers,
    names ("CNN/ORC", "Federal Election Commission") and an "X of" head before it
    ("Early results of exit polls")."""
    a = noun
    lower = 0
    while a > 0:
        t = toks[a - 1]
        if t.quoted or t.text in TERMINAL or t.text in PUNCT_STOP:
            break
        if t.text in _NAME_JOINERS or t.is_cap or t.low in _EVIDENCE_MODIFIERS or cues.is_figure(t):
            a -= 1
            continue
        if t.is_word and t.low not in cues.CLAUSE_WORDS and lower < 2:
            lower += 1  # "new fundraising reports", "early exit"
            a -= 1
            continue
        break
    while a < noun and toks[a].low == "of":
        a += 1  # the phrase cannot open with "of"
    return a


def evidence_at(toks: list[Tok], i: int, noun: int, unit: Unit, include_beliefs: bool) -> Raw | None:
    """The report of a record ("A Fox News poll, conducted with X, shows Holt at 47
    percent", "..., FEC records show."): ``noun`` is the record's noun (from
    :func:`evidence_noun`); the source is its noun phrase."""
    raw = attribution_at(toks, i, unit, include_beliefs)
    a = _record_phrase(toks, noun)
    src = (toks[a].start, toks[noun].end)
    if raw is not None:
        if raw.source is None or raw.source[1] <= toks[a].start or raw.source[1] > src[1]:
            raw.source = src  # "A CNN poll of Ohio released Tuesday" speaks as "A CNN poll"
        return raw
    hi = _end(toks)
    if i + 1 >= hi:
        if a < 2 or toks[a - 1].text != ",":
            return None
        content = content_range(toks, 0, a - 1)  # "..., FEC records compiled by X show."
        k, stop = 0, a - 1
    else:
        k = i + 2 if toks[i + 1].low == "that" and not toks[i + 1].quoted else i + 1
        stop = _complement_end(toks, k, hi)
        content = content_range(toks, k, stop)
    if sum(1 for t in toks[k:stop] if t.is_word) < 2 or not content:
        return None
    kind = "mixed" if any(t.quoted for t in toks[k:stop]) else "indirect"
    return Raw(kind, (toks[i].start, toks[i].end), content, src, unit)


_FRAME_OPENERS = frozenset("in on at during after before with without despite amid since under for by".split())


_NOT_SUBJECTS = frozenset(
    "over throughout across here there what's that's it's what that this these those his her its their "
    "one two three some many most".split()
)
_TIME_WORDS = cues.DAY_WORDS | frozenset("later earlier ago meanwhile".split())


def _after_frame(toks: list[Tok], p: int) -> int:
    """Index after the leading frames before ``p``: the clause subject comes after them.

    Frames: a dateline ("VALMORA, March 3 (Harbour Wire) — "), and phrases that end at
    their comma: "In a column last week, ", "Recently, ", "Hours later, "."""
    lo = 0
    while lo < p:
        nxt = _frame_end(toks, lo, p)
        if nxt == lo:
            return lo
        lo = nxt
    return 0


def _frame_end(toks: list[Tok], lo: int, p: int) -> int:
    first = toks[lo]
    if first.quoted:
        return lo
    if lo == 0 and len(first.text) > 1 and first.text.isupper():
        for m in range(1, min(p, 12)):
            t = toks[m]
            if t.text in ("—", "–", "-") and not t.quoted and toks[m - 1].end < t.start:
                return m + 1  # a dateline
    comma = next((m for m in range(lo + 1, min(p, lo + 16)) if toks[m].text == "," and not toks[m].quoted), None)
    if comma is None:
        return lo
    if first.low in _FRAME_OPENERS or first.low.endswith("ly") or (
        comma - lo <= 4 and any(t.low in _TIME_WORDS for t in toks[lo:comma])
    ) or (lo == 0 and first.low.endswith(("ing", "ed")) and comma > 1 and toks[1].is_word and not toks[1].is_cap):
        # ... or a participle phrase: "Arriving at the scene, ", "Chastened by ..., " (a
        # name that ends so is followed by a capital: "Ted Holt, ")
        return comma + 1
    return lo


def subject_participle(toks: list[Tok], i: int, unit: Unit) -> Raw | None:
    """'The Russians used the fighters as a pretext, saying ...': the clause subject is
    the source of a participle cue after a comma, a dash or ", while" (when no statement
    came before)."""
    if i < 3 or toks[i].quoted:
        return None
    sep = i - 1  # the comma or dash before the participle clause
    if toks[sep].low in ("while", "before", "after") and not toks[sep].quoted:
        sep -= 1  # "..., while saying that ..."
    if sep < 2 or toks[sep].quoted or not (toks[sep].text == "," or is_dash(toks, sep)):
        return None
    lo = _after_frame(toks, sep)
    subj = clause_subject(toks[lo:], sep - lo)
    if subj is None or lo + subj[1] >= sep:
        return None
    subj = (lo + subj[0], lo + subj[1])
    if toks[subj[0]].low == "the" and subj[1] < sep and toks[subj[1]].low in cues.HEAD_NOUNS:
        subj = (subj[0], subj[1] + 1)  # "The Ostland navy": the kind noun after the name
    if toks[subj[0]].low.endswith("ly") or toks[subj[0]].low in LEAD_PREPS or toks[subj[0]].low in _FRAME_OPENERS:
        return None
    if subj[1] - subj[0] == 1 and toks[subj[0]].low in _NOT_SUBJECTS:
        return None  # "Throughout ...", "Here ...", "That's ...": no one speaks
    hi = _end(toks)
    k = i + 1
    if k < hi and toks[k].low in cues.PARTICLES.get(toks[i].low, ()):
        k += 1
    cue_end = k
    stop = _complement_end(toks, k, hi)
    content = content_range(toks, k, stop)
    if sum(1 for t in toks[k:stop] if t.is_word) < 2 or not content:
        return None
    kind = "mixed" if any(t.quoted for t in toks[k:stop]) else "indirect"
    return Raw(kind, (toks[i].start, toks[cue_end - 1].end), content,
               (toks[subj[0]].start, toks[subj[1] - 1].end), unit)


# Nouns of stance or speech with the preposition that introduces what they are about:
# "her support for the tax", "his criticism of the plan", "their calls for a recount".
NOMINAL_CUES: dict[str, frozenset[str]] = {
    **{w: frozenset({"for"}) for w in "support call calls push pitch plea praise advocacy appetite".split()},
    **{w: frozenset({"of"}) for w in "criticism criticisms endorsement denunciation condemnation defense "
       "defence rejection dismissal embrace characterization description".split()},
    **{w: frozenset({"to"}) for w in "opposition objection objections commitment pledge promise".split()},
    **{w: frozenset({"on"}) for w in "attack attacks views view position stance".split()},
    **{w: frozenset({"about", "over"}) for w in "concerns concern worries doubts complaints warnings".split()},
}
_POSSESSIVES = frozenset("his her their its our my your".split())
_NP_STOP = frozenset(
    "is are was were has have had will would could can may might should must did does "
    "because but while although though whereas when after before since".split()
)


def _possessor(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """'his' / 'Holt’s' / 'the minister's' right before the noun at ``i`` (an adjective
    may sit between: "his repeated criticism of ...")."""
    j = i - 1
    if j >= 0 and not toks[j].quoted and toks[j].is_word and toks[j].low not in _POSSESSIVES \
            and not toks[j].low.endswith(("’s", "'s")) and not toks[j].is_cap and toks[j].low not in cues.DETERMINERS:
        j -= 1  # one modifier: "her strong support for"
    if j < 0 or toks[j].quoted:
        return None
    if toks[j].low in _POSSESSIVES:
        return j, j + 1
    if toks[j].low.endswith(("’s", "'s")) and toks[j].is_cap:
        a = j
        while a > 0 and toks[a - 1].is_cap and toks[a - 1].is_word and not toks[a - 1].quoted:
            a -= 1
        return a, j + 1
    return None


def nominal_at(toks: list[Tok], i: int, unit: Unit) -> Raw | None:
    """'Holt’s criticism of the plan ...': the possessor is the source, the phrase after
    the preposition (to the next auxiliary, comma or clause break) the content."""
    t = toks[i]
    preps = NOMINAL_CUES.get(t.low)
    if preps is None or t.quoted or i + 2 >= len(toks) or toks[i + 1].low not in preps or toks[i + 1].quoted:
        return None
    src = _possessor(toks, i)
    if src is None:
        return None
    hi = _end(toks)
    k = i + 2
    m = k
    while m < hi and not (not toks[m].quoted and (toks[m].text in ",;:—–()" or toks[m].low in _NP_STOP)):
        m += 1
    if sum(1 for x in toks[k:m] if x.is_word) < 1:
        return None
    content = content_range(toks, k, m)
    if not content:
        return None
    kind = "mixed" if any(x.quoted for x in toks[k:m]) else "indirect"
    return Raw(kind, (toks[src[1]].start if src[1] < i else t.start, toks[i + 1].end), content,
               (toks[src[0]].start, toks[src[1] - 1].end), unit)
