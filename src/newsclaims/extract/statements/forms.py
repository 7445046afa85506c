"""Attribution shapes around the main cue rule, and the per-unit driver.

``according to X``, transcript colons (``WALLACE: ...``), dash signatures
(``"..." ― Jane Doe``), chained cues (``..., adding that ...``; ``... and said ...``) and
second clauses (``X said A, while Y said B``). :func:`attributions` runs them on a unit.
"""

from __future__ import annotations

from . import cues
from .attribution import (
    CHAINED,
    PUNCT_STOP,
    TERMINAL,
    Raw,
    attribution_at,
    content_range,
    is_cue,
    is_dash,
    quote_pieces,
    quotes_only,
)
from .broad import (
    NOMINAL_CUES,
    asked_front,
    evidence_frame,
    evidence_at,
    evidence_noun,
    is_raising,
    nominal_at,
    raising_at,
    subject_participle,
)
from .sources import LEAD_PREPS, backward_source
from .stance import is_prep_cue, prep_stance_at
from .tokens import Tok, Unit


# Clauses after a trailing "according to X" that are the writer's own.
_WRITER_CLAUSES = frozenset("which who whose but while although though whereas".split())


def according_to(toks: list[Tok], a: int, unit: Unit) -> Raw | None:
    """``according to SOURCE`` at token ``a`` (the word "according")."""
    hi = len(toks)
    while hi > 0 and toks[hi - 1].text in TERMINAL and not toks[hi - 1].quoted:
        hi -= 1
    s = a + 2
    e = s
    while e < hi and e < s + 14 and not toks[e].quoted and toks[e].text not in PUNCT_STOP \
            and not (toks[e].low in ("who", "which", "that") and not toks[e].is_cap):
        e += 1
    if e == s:
        return None
    content: list[tuple[int, int]] = []
    before = content_range(toks, 0, a)
    after_start = e
    while after_start < hi and toks[after_start].text in ",;:—–":
        after_start += 1
    if a > 0 and after_start < hi and toks[e].text == "," and toks[after_start].low in ("a", "an", "the") \
            and hi - after_start <= 8 and not any(t.quoted or t.text in PUNCT_STOP for t in toks[after_start:hi]):
        e = hi  # "..., according to Crowdpac, a fundraising website.": an apposition of the source
        after_start = hi
    if a > 0 and after_start < hi and (toks[after_start].low in _WRITER_CLAUSES or toks[after_start].low.endswith("ing")) \
            and not toks[after_start].quoted and sum(1 for t in toks[:a] if t.is_word) >= 3:
        after_start = hi  # "X rose, according to the ministry, which gave no reason": the writer's own
    after = content_range(toks, after_start, hi) if after_start < hi else []
    content = before + after
    if sum(1 for t in toks if t.is_word and any(x <= t.start < y for x, y in content)) < 2:
        return None
    cue = (toks[a].start, toks[a + 1].end)
    src = (toks[s].start, toks[e - 1].end)
    return Raw("according_to", cue, content, src, unit)




def _chained(toks: list[Tok], i: int, unit: Unit, prev: Raw) -> Raw | None:
    """", adding that ...": a second statement by the source of ``prev``."""
    hi = len(toks)
    while hi > 0 and toks[hi - 1].text in TERMINAL and not toks[hi - 1].quoted:
        hi -= 1
    k = i + 1
    cue_end = k
    if k < hi and not toks[k].quoted and (
        toks[k].low in cues.PARTICLES.get(toks[i].low, ())
        or (toks[i].low in cues.TOPIC_FORMS and toks[k].low in cues.topic_particles(toks[i].low))
    ):
        k += 1  # ", referring to ...", ", calling for ...": the particle is the cue's
        cue_end = k
    while k < hi and toks[k].text in ",:" and not toks[k].quoted:
        k += 1
    if quotes_only(toks, k, hi):
        content = quote_pieces(toks, k, hi, unit)
        kind = "direct"
    else:
        content = content_range(toks, k, hi)
        kind = "mixed" if any(t.quoted for t in toks[k:hi]) else "indirect"
    if sum(1 for t in toks[k:hi] if t.is_word) < 2 or not content:
        return None
    return Raw(kind, (toks[i].start, toks[cue_end - 1].end), content, prev.source, unit)


def colon_speaker(toks: list[Tok], unit: Unit, para_start: int) -> Raw | None:
    """'WALLACE: ...' / 'Jane Doe: "..."' at a paragraph's start (transcripts, lists), or
    'Bush: "..."' opening a later sentence when a quotation follows the colon."""
    if not toks:
        return None
    mid = toks[0].start != para_start
    if toks[0].is_mark and len(toks) > 2:
        toks = toks[1:]  # '"WALLACE: ...' inside a quoted transcript
    for k in range(1, min(6, len(toks))):
        if toks[k].text == ":":
            if not all(t.is_cap and t.is_word for t in toks[:k]):
                return None
            if mid and not (k + 1 < len(toks) and toks[k + 1].quoted and toks[k + 1].is_mark):
                return None  # inside a paragraph only 'Name: "..."' is a speaker line
            hi = len(toks)
            rest = content_range(toks, k + 1, hi)
            if sum(1 for t in toks[k + 1 :] if t.is_word) < 2 or not rest:
                return None
            if quotes_only(toks, k + 1, hi):
                rest = quote_pieces(toks, k + 1, hi, unit) or rest
            return Raw("direct", (toks[k].start, toks[k].end), rest, (toks[0].start, toks[k - 1].end), unit)
        if not toks[k].is_word:
            return None
    return None


def dash_attribution(toks: list[Tok], unit: Unit) -> Raw | None:
    """'"..." ― Sara Lind': a quotation signed with a dash and a name."""
    hi = len(toks)
    while hi > 0 and toks[hi - 1].text in TERMINAL and not toks[hi - 1].quoted:
        hi -= 1
    for d in range(hi - 2, 0, -1):
        t = toks[d]
        if t.quoted:
            break
        if t.text in "―—–" and toks[d - 1].quoted:
            name = toks[d + 1 : hi]
            if 0 < len(name) <= 6 and name[0].is_cap and all(x.is_word or x.text in ".,-" for x in name):
                pieces = quote_pieces(toks, 0, d, unit)
                if pieces:
                    return Raw("direct", (t.start, t.end), pieces, (name[0].start, name[-1].end), unit)
            break
    return None


def prep_stance(toks: list[Tok], i: int, unit: Unit) -> Raw | None:
    """'Holt is critical of the plan': the subject before the cue is the source."""
    hi = len(toks)
    while hi > 0 and toks[hi - 1].text in TERMINAL and not toks[hi - 1].quoted:
        hi -= 1
    found = prep_stance_at(toks, i, hi)
    if found is None:
        return None
    cs, ce, k, m = found
    if cs == 0:
        return None
    a, b = backward_source(toks, cs - 1, 0)
    if b <= a:
        return None
    content = content_range(toks, k, m)
    if not content:
        return None
    kind = "mixed" if any(t.quoted for t in toks[k:m]) else "indirect"
    return Raw(kind, (toks[cs].start, toks[ce - 1].end), content, (toks[a].start, toks[b - 1].end), unit)


def _past_relative(toks: list[Tok], raw: Raw, prev: Raw) -> Raw | None:
    """'Barkley, who said he votes Democratic, said one candidate ...': the main report
    after a relative clause that held a report of its own. Its source is the noun phrase
    before ", who" (or "— who"); the clause (and the first report) stays out of it."""
    if prev.source is None or raw.cue is None or prev.source[1] - prev.source[0] > 5:
        return None
    rel = next((m for m, t in enumerate(toks) if t.start == prev.source[0]), None)
    if rel is None or rel < 2 or toks[rel].low not in ("who", "which") or not (
        toks[rel - 1].text == "," or is_dash(toks, rel - 1)
    ):
        return None
    if raw.source[0] > toks[rel - 2].start:
        return None
    if max(b for _, b in prev.content) > raw.cue[0]:
        return None
    raw.source = (raw.source[0], toks[rel - 2].end)
    return raw


def _according_over(toks: list[Tok], unit: Unit, out: list[Raw]) -> list[Raw]:
    """'Voters who believe X backed her, according to exit polls': a trailing
    ", according to SOURCE" attributes the whole clause before it. A cue inside that
    clause whose content ran over it gives way, unless it is a report, a record's finding
    or an estimate with a source of its own before it ("Holt said X, according to the
    Post", "The ministry estimates X, according to a document"): then its content ends at
    the comma, and the according-to statement is kept as well."""
    for a in range(2, len(toks) - 2):
        if toks[a].low != "according" or toks[a + 1].low != "to" or toks[a].quoted or toks[a - 1].text != ",":
            continue
        cut = toks[a - 1].start
        over = [r for r in out if r.kind != "according_to" and any(x < cut < y for x, y in r.content)]
        if not over:
            return out
        acc = according_to(toks, a, unit)
        if acc is None:
            return out
        kept: list[Raw] = []
        for r in out:
            if r not in over:
                kept.append(r)
                continue
            cue = next((t for t in toks if r.cue is not None and t.start == r.cue[0]), None)
            speech = cue is not None and (cue.low in cues.SPEECH_FORMS or cue.low in cues.NOUNISH_FORMS
                                          or cue.low in cues.EVIDENCE_FORMS) \
                and r.source is not None and r.source[1] <= r.cue[0]
            if speech:
                r.content = [(x, min(y, cut)) for x, y in r.content if x < cut]
                kept.append(r)
        kept.append(acc)
        kept.sort(key=lambda r: min(x for x, _ in r.content))
        return kept
    return out


_CLAUSE_BREAK = frozenset("while but although though whereas".split())


def _second_clause(toks: list[Tok], unit: Unit, include_beliefs: bool, out: list[Raw]) -> list[Raw]:
    """'X said A, while Y said B' / 'X said A; Y said B': a second attribution."""
    first = out[0]
    assert first.cue is not None
    for m, t in enumerate(toks):
        if t.quoted or t.start <= first.cue[1] or m + 2 >= len(toks):
            continue
        if t.text == ";" or (t.text == "," and toks[m + 1].low in _CLAUSE_BREAK and not toks[m + 1].quoted):
            sub = toks[m + 1 :] if t.text == ";" else toks[m + 2 :]
            for i, u in enumerate(sub):
                if u.quoted or not is_cue(u, include_beliefs, sub[i + 1] if i + 1 < len(sub) else None, sub[i - 1] if i else None):
                    continue
                raw = attribution_at(sub, i, unit, include_beliefs)
                if raw is not None and raw.source is not None and raw.source[0] < raw.cue[0]:  # type: ignore[index]
                    cut = t.start
                    kept = [(a, min(b, cut)) for a, b in first.content if a < cut]
                    if kept and all(b > a for a, b in kept):
                        first.content = kept
                        return [first, raw]
                break
            break
    return out


def _outer_report(toks: list[Tok], unit: Unit, include_beliefs: bool, out: list[Raw]) -> list[Raw]:
    """'They know the vote was fair, the mayor said.': a report verb after a comma whose
    content is everything before it wraps the belief found first; it is the statement."""
    first = out[0]
    assert first.cue is not None
    first_cue = next((t for t in toks if t.start == first.cue[0]), None)
    if first_cue is None:
        return out
    if first_cue.low in cues.SPEECH_FORMS:
        # "... as large as the army Dravenia maintained in 2020, she noted.": a report
        # verb whose content is only an adverbial before a later ", SOURCE CUE" is a
        # look-alike inside the content of that later report.
        after = [t for t in toks if t.start >= first.content[-1][0] and t.is_word] if first.content else []
        if not after or after[0].low not in LEAD_PREPS or after[0].quoted:
            return out
    for i in range(1, len(toks)):
        t = toks[i]
        if t.start < first.cue[1] or t.quoted or t.low not in cues.SPEECH_FORMS or t.low.endswith("ing"):
            continue  # ("..., saying ..." chains a statement on; it does not wrap one)
        if not any(toks[m].text == "," for m in range(max(0, i - 5), i)):
            continue
        raw = attribution_at(toks, i, unit, include_beliefs)
        if raw is not None and raw.source is not None and raw.content and raw.content[0][0] <= first.cue[0]:
            return [raw]
    return out


def attributions(toks: list[Tok], unit: Unit, include_beliefs: bool, para_start: int = -1) -> list[Raw]:
    """Attributions of one unit: the first cue that fits, then any chained one."""
    colon = colon_speaker(toks, unit, para_start)
    if colon is not None:
        return [colon]
    frame = evidence_frame(toks, unit)
    if frame is not None:
        return [frame]
    out: list[Raw] = []
    lead: list[Raw] = []
    taken_until = -1
    asked = asked_front(toks, unit)
    if asked is not None:
        lead.append(asked[0])
        taken_until = toks[asked[1]].start
    for i, t in enumerate(toks):
        if t.start < taken_until:
            continue
        raw: Raw | None = None
        if t.low == "according" and not t.quoted and i + 1 < len(toks) and toks[i + 1].low == "to":
            raw = according_to(toks, i, unit)
        elif is_prep_cue(toks, i) and (raw := prep_stance(toks, i, unit)) is not None:
            pass  # (when no stance object follows, the word may still be a cue: "agreed with X that")
        elif not out and include_beliefs and is_raising(toks, i):
            raw = raising_at(toks, i, unit)  # before is_cue: "is expected to" is no belief of a source
        elif not out and (noun := evidence_noun(toks, i)) >= 0:
            raw = evidence_at(toks, i, noun, unit, include_beliefs)
        elif is_cue(t, include_beliefs, toks[i + 1] if i + 1 < len(toks) else None, toks[i - 1] if i else None):
            if out and (t.low in CHAINED or (i > 0 and toks[i - 1].low in ("and", "but")) or (
                t.low.endswith("ing") and i > 1 and (toks[i - 1].text == "," or (
                    toks[i - 1].is_mark and toks[i - 2].text == ",")))):
                raw = _chained(toks, i, unit, out[-1])
            elif not out:
                # "Hours later, Kim thanked Holt, saying ...": the clause subject speaks,
                # the clause before the comma is no apposition source
                raw = subject_participle(toks, i, unit) if t.low.endswith("ing") else None
                if raw is None:
                    raw = attribution_at(toks, i, unit, include_beliefs)
            else:
                # a later attribution with a source of its own, outside the first content
                # ("Holt praised Vance, who called the plan a disaster")
                raw = attribution_at(toks, i, unit, include_beliefs)
                if raw is not None and raw.source is not None and raw.source[0] < taken_until:
                    raw = _past_relative(toks, raw, out[-1])
                elif raw is not None and raw.source is None:
                    raw = None
                if raw is not None and min(a for a, _ in raw.content) < taken_until:
                    raw = None
        elif t.low in NOMINAL_CUES:
            raw = nominal_at(toks, i, unit)
        if raw is not None:
            out.append(raw)
            taken_until = max((e for _, e in raw.content), default=raw.cue[1] if raw.cue else 0)
    if asked is not None and out:
        # the question frame is not part of the answer's content
        cut = toks[asked[1]].start
        kept = [(max(a, cut), b) for a, b in out[0].content if b > cut]
        if kept:
            out[0].content = kept
    if out and out[0].cue is not None:
        out = _outer_report(toks, unit, include_beliefs, out)
        out = _second_clause(toks, unit, include_beliefs, out)
    if out:
        out = _according_over(toks, unit, out)
    if not out and unit.quotes:
        # No cue with a source: accept the first quoting cue without one (the speaker
        # then comes from context), else a dash signature.
        for i, t in enumerate(toks):
            if is_cue(t, include_beliefs, toks[i + 1] if i + 1 < len(toks) else None, toks[i - 1] if i else None):
                raw = attribution_at(toks, i, unit, include_beliefs, allow_sourceless=True)
                if raw is not None:
                    out.append(raw)
                    break
    if not out and unit.quotes:
        dash = dash_attribution(toks, unit)
        if dash is not None:
            out.append(dash)
    # The question frame is kept only when an answer is reported after it: "Asked about
    # X, Holt shrugged" reports no statement at all.
    return lead + out if out else out
