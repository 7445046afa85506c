"""Where reported content ends: boundary rules added in statements/6.

PolNeAR marks an attribution's content as the reported words alone. A rule-based span
that runs on to the sentence end picks up the writer's own main clause or a second
report; these helpers find the token where the content must stop instead. Each takes
the unit's tokens, the content start ``k`` and the current end ``stop`` (token indices)
and returns the new end (``stop`` itself when the rule does not apply).
"""

from __future__ import annotations

from . import cues
from .tokens import Tok


def _digit_comma(toks: list[Tok], m: int) -> bool:
    """A comma with no space on either side groups digits ("3,000"): no clause ends there."""
    return 0 < m < len(toks) - 1 and toks[m - 1].end == toks[m].start and toks[m + 1].start == toks[m].end




def subordinate_end(toks: list[Tok], c: int, k: int, stop: int) -> int:
    """'When Holt said the plan was reckless, the minister resigned': a cue inside a
    sentence-opening subordinate clause reports only up to the clause's comma; what
    follows is the main clause of the writer's own sentence."""
    if not toks or toks[0].quoted or toks[0].low not in cues.SUBORDINATORS:
        return stop
    aside = _aside_after_that(toks, k, stop)
    for m in range(1, stop):
        if _clause_comma(toks, m):
            if m < c:
                return stop  # the subordinate clause closed before the cue
            if k < m <= aside:
                continue
            return m if m > k else stop
    return stop


def _clause_comma(toks: list[Tok], m: int) -> bool:
    t = toks[m]
    return t.text == "," and not t.quoted and not _digit_comma(toks, m)


def _aside_after_that(toks: list[Tok], k: int, stop: int) -> int:
    """'... said that, in her view, the toll would double': the comma closing an aside
    that opens right after a content-initial "that" (its two commas end no clause);
    ``k`` when there is none."""
    if k + 1 < stop and toks[k].low == "that" and _clause_comma(toks, k + 1):
        for m in range(k + 2, stop):
            if _clause_comma(toks, m):
                return m
    return k


_DASHES = frozenset(("—", "–", "--"))


def is_dash(toks: list[Tok], m: int) -> bool:
    """Whether token ``m`` is a dash: an em or en dash, "--", or a hyphen with spaces on
    both sides (some outlets type "Holt - who ... - said")."""
    t = toks[m]
    if t.quoted:
        return False
    if t.text in _DASHES:
        return True
    return t.text == "-" and 0 < m < len(toks) - 1 and toks[m - 1].end < t.start and toks[m + 1].start > t.end
def relative_clause_end(toks: list[Tok], cs: int, k: int, stop: int) -> int:
    """'Mayor Varga, who said the toll would double, resigned': a cue inside a comma-
    opened relative clause reports up to the comma that closes the clause; the main
    verb of the sentence follows it."""
    for p in range(cs - 1, 0, -1):
        t = toks[p]
        if t.quoted or t.text in ",;:":
            return stop
        if t.low in ("who", "which", "who’s", "who's") and is_dash(toks, p - 1):
            # "Mara Ellis — who has said she opposes it — told ...": the clause ends at its dash
            return next((m for m in range(k + 1, stop) if is_dash(toks, m)), stop)
        if t.low in ("who", "which", "who’s", "who's") and toks[p - 1].text == "," and not toks[p - 1].quoted:
            break
    else:
        return stop
    for m in range(_aside_after_that(toks, k, stop) + 1, stop - 1):
        if _clause_comma(toks, m):
            return m
    return stop


_RELATIVES = frozenset("which who whom whose that where when".split())
_AUXILIARIES = frozenset("was were is are be been has have had will would could can may might must".split())


def second_report(toks: list[Tok], k: int, stop: int) -> int:
    """'... the plan would fail, 27 percent of voters said they ...': a comma followed
    by a short subject and a speech or belief verb with words after it opens a second
    report (PolNeAR annotates it on its own), not more content. A trailing ", officials said."
    is left to the inverted-attribution rules."""
    for m in range(k + 2, stop - 2):
        if not _clause_comma(toks, m) or toks[m + 1].low in _RELATIVES:
            continue  # ", which analysts believe ...": a clause inside the content, not a new report
        for x in range(m + 2, min(stop - 1, m + 8)):
            w = toks[x]
            if w.quoted or w.text in ",;:()" or w.low in _AUXILIARIES:
                break  # "..., was adding to demand": the sentence's own verb phrase, no new subject
            if w.low.endswith("ing"):
                continue  # a participle ("adding", "saying") chains onto the first report
            if (w.low in cues.SPEECH_FORMS or w.low in cues.BELIEF_FORMS) and toks[x + 1].text not in ".,":
                return m
    return stop


def aside_dash(toks: list[Tok], k: int, m: int, stop: int) -> bool:
    """Whether the dash at ``m`` opens the writer's aside: spaced on both sides (a
    hyphen in "D-Ore." or a broken "con- clusion" is part of a word) and not one of a
    pair ("the plan - a costly one - will fail" goes on after the second dash)."""
    t = toks[m]
    if toks[m - 1].end == t.start or (m + 1 < len(toks) and toks[m + 1].start == t.end):
        return False
    before = sum(1 for x in range(k, m) if toks[x].text == t.text and not toks[x].quoted)
    if before % 2:
        return False  # closes an aside opened inside the content
    return not any(toks[x].text == t.text and not toks[x].quoted for x in range(m + 1, stop))
