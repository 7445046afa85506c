"""Stance attributions whose content is a noun phrase, not a reported clause.

PolNeAR counts a stance toward a person, plan or idea as an attribution ("Holt
endorsed Vance", "she is critical of the plan", "voters are wary of the deal"). Such
content is the object phrase alone: it ends where the writer's own narration resumes
(a comma, a dash, "and" + a second predicate; a trailing time phrase is trimmed by the
caller). Shapes:

* :func:`object_end` -- where a stance verb's noun-phrase object ends;
* :func:`prep_stance_at` -- ``SOURCE (is) critical of X`` / ``SOURCE voted for X`` /
  ``SOURCE sided with X``: an adjective or verb with its preposition as the cue.
"""

from __future__ import annotations

from . import cues
from .tokens import Tok

# Auxiliaries and verb-like words after "and" that start a second predicate of the
# subject ("endorsed Trump and has appeared at his rallies"), not more of the object.
_SECOND_PREDICATE = frozenset(
    "has have had is are was were will would could can may might should must did does "
    "also then later".split()
)
_OBJECT_BREAKS = frozenset(",;:—–()")
# A subordinator or a time/cause preposition after the object opens the writer's own
# adverbial ("endorsed Vance during a call", "praised the deal because it ..."): the
# object ends before it. ("on"/"in"/"at"/"by" and a finite verb were tried as stops
# too and lowered PolNeAR F1: "the ban on imports", "those who back X are ...".)
_OBJECT_ADVERBIAL_STOP = frozenset(
    "during after before because since despite amid while when until although though whereas".split()
)


def object_end(toks: list[Tok], k: int, stop: int) -> int:
    """End of a stance verb's noun-phrase object in [k, stop).

    The object stops at an unquoted comma, dash or bracket after its first word
    ("endorsed Cruz, the newly chosen favourite"), before an adverbial opener
    ("endorsed Cruz during a call") and before "and" + a second predicate
    ("endorsed Trump and has appeared ..."). A quotation inside the object is kept whole.
    """
    if k >= stop or toks[k].low in ("that", "to", "whether", "if", "how", "what", "why"):
        return stop  # a clause or an infinitive: the clause rules apply
    for m in range(k + 1, stop):
        t = toks[m]
        if t.quoted:
            continue
        if t.text in _OBJECT_BREAKS:
            return m
        if t.low in _OBJECT_ADVERBIAL_STOP:
            return m
        if t.low == "and" and m + 1 < stop and not toks[m + 1].quoted and (
            toks[m + 1].low in _SECOND_PREDICATE
            or (toks[m + 1].low.endswith("ed") and not toks[m + 1].is_cap)
        ):
            return m
    return stop


def _prep_lexicon(entries: str) -> dict[str, frozenset[str]]:
    """'critical:of supportive:of angry:at,with' -> {"critical": {"of"}, ...}."""
    out: dict[str, frozenset[str]] = {}
    for entry in entries.split():
        head, preps = entry.split(":")
        out[head] = frozenset(preps.split(","))
    return out


# Adjectives and verbs that, with their preposition, state a source's stance toward the
# phrase after it. Drawn from general English (evaluative adjectives, verbs of voting and
# advocacy) and kept where PolNeAR train counts the pair as a cue in most occurrences;
# forms that are nouns as often as verbs ("an advocate for", "votes for") are left out.
PREP_CUES: dict[str, frozenset[str]] = _prep_lexicon(
    """supportive:of critical:of enamored:of,with enamoured:of,with skeptical:of,about
    sceptical:of,about wary:of hostile:to,toward,towards opposed:to upbeat:about
    optimistic:about pessimistic:about frustrated:with,by angry:at,with,about
    furious:at,with,about confident:in,of,about nervous:about uneasy:about dismayed:by
    impressed:by,with pleased:with unhappy:with tired:of sympathetic:to receptive:to
    voted:for,against advocated:for
    advocating:for pushed:for pushing:for pushes:for lashed:out lashing:out balked:at
    sided:with sides:with agree:with agrees:with agreed:with disagree:with disagrees:with
    disagreed:with bragged:about bragging:about wonder:about wondered:about
    """
)
_LEAD_IN = frozenset(
    "is are was were be been being am 's ’s 're ’re has have had would will could might may "
    "also still not never very so too increasingly deeply more most less openly publicly "
    "strongly sharply particularly especially equally generally largely always often now "
    "remain remains remained become became grown grew seem seems seemed appear appears".split()
)
_NP_STOP = frozenset(
    "is are was were has have had will would could can may might should must did does "
    "because but while although though whereas when after before since who which that".split()
)


def is_prep_cue(toks: list[Tok], i: int) -> bool:
    """Whether token ``i`` heads a prepositional stance cue ("critical of")."""
    t = toks[i]
    preps = PREP_CUES.get(t.low)
    return (
        preps is not None and not t.quoted and i + 2 < len(toks)
        and toks[i + 1].low in preps and not toks[i + 1].quoted
    )


def prep_stance_at(toks: list[Tok], i: int, hi: int) -> tuple[int, int, int, int] | None:
    """'Holt is critical of the plan': token indices (cue start, cue end, content start,
    content end) for the cue headed by ``i``; the caller finds the source before the
    cue start. None when no object phrase follows."""
    cs = i
    while cs > 0 and toks[cs - 1].low in _LEAD_IN and not toks[cs - 1].quoted:
        cs -= 1
    ce = i + 2
    if toks[i + 1].low == "out" and ce < hi and toks[ce].low in ("at", "against") and not toks[ce].quoted:
        ce += 1  # "lashed out at"
    k = ce
    m = k
    while m < hi and not (not toks[m].quoted and (toks[m].text in _OBJECT_BREAKS or toks[m].low in _NP_STOP)):
        if toks[m].low == "and" and not toks[m].quoted and m + 1 < hi and (
            toks[m + 1].low in _SECOND_PREDICATE or toks[m + 1].low in cues.SPEECH_FORMS
        ):
            break
        m += 1
    if not any(x.is_word for x in toks[k:m]):
        return None
    if toks[i].low in cues.AGREE_FORMS and m < hi and toks[m].low == "that":
        return None  # "agreed with the President that ...": a report; the clause is the content
    return cs, ce, k, m
