"""Claims: a sentence's figures tied to the statement that carries them, with who asserts
them and how firmly.

A claim is made for every sentence that holds a figure or a statement. Its asserter is the
speaker of the statement whose content holds the figure (or whose sentence it is), else
the outlet itself: in news, an unattributed figure is the outlet's own assertion. The
modality says how firmly: a target ("aims to", "will"), a projection ("expected to"), an
estimate, an allegation, a denial, an official statement, or a reported fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Sequence

from ..model import Span
from .quantities import Quantity
from .statements import Statement

EXTRACTOR_VERSION = "claims/3"  # 2: the modality cue nearest the figure decides; 3: sourceless statements are the outlet's

Modality = Literal[
    "denial", "allegation", "projection", "target", "estimate", "official_statement", "reported_fact"
]
AsserterKind = Literal["speaker", "outlet", "unknown"]

# Checked in this order: the first family found in the sentence decides. A denial or an
# allegation changes what the sentence asserts more than any forecast or target wording.
_MODALITY_CUES: tuple[tuple[Modality, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("denial", r"\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)"
                   r"|rebuff(?:s|ed)?|(?:is|was|were|are) not true|false claims?)\b"),
        ("allegation", r"\b(?:accus(?:e|es|ed|ing|ation|ations)|alleg(?:e|es|ed|edly|ing|ation|ations)"
                       r"|claim(?:s|ed|ing)?(?= that| to)|purported(?:ly)?)\b"),
        ("projection", r"\b(?:project(?:s|ed|ion|ions)|forecast(?:s|ed|ing)?|expect(?:s|ed)? to|(?:is|are) expected"
                       r"|predict(?:s|ed|ing|ion)?|likely to|on track to|outlook|set to (?:reach|rise|fall|grow|hit))\b"),
        ("target", r"\b(?:aim(?:s|ed|ing)? (?:to|at|for)|target(?:s|ed|ing)?|goal|plan(?:s|ned|ning)? to|intend(?:s|ed)? to"
                   r"|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|order(?:s|ed)? .{0,60}?\bto"
                   r"|seek(?:s|ing)? to|sought to|(?:is|are|was|were) to (?:reach|produce|build|raise|expand|grow|increase)"
                   r"|will|shall|by (?:the end of )?(?:19|20)\d\d)\b"),
        ("estimate", r"\b(?:estimat(?:e|es|ed|ing|ion)|reckon(?:s|ed)?|believ(?:e|es|ed) to|calculat(?:e|es|ed|ion)"
                     r"|put(?:s)? (?:the|its|their|real|annual|total) .{0,40}?\bat)\b"),
    )
)
_CITATION = re.compile(r"\[(?:\d{1,3}|[a-z])\]|\[citation needed\]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Claim:
    """What one sentence asserts: its figures, the statement carrying them, who, how firmly.

    ``quantities`` and ``statement`` index the document's lists of quantities and
    statements (the writer turns them into stored ids).
    """

    sentence: Span
    quantities: tuple[int, ...]
    statement: int | None
    asserted_by: str | None  # a speaker's resolved name, the outlet, or None when unknown
    asserted_by_kind: AsserterKind
    speaker_named: bool
    modality: Modality
    modality_cue: Span | None
    evidence: tuple[Span, ...]  # inline citation markers ("[1]") in the sentence
    extractor_version: str = EXTRACTOR_VERSION


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _statement_for(q: Quantity, sentence: tuple[int, int], statements: Sequence[Statement]) -> int | None:
    """The statement that carries a figure: its content holds the figure (the innermost
    one when attributions nest: in "The ministry estimates X, according to a document
    seen by the Post" the ministry makes the estimate), else the statement made in the
    same sentence (reported speech covering the whole sentence)."""
    holding = [
        (c.end - c.start, i)
        for i, s in enumerate(statements)
        for c in s.content
        if _inside((q.start, q.end), (c.start, c.end))
    ]
    if holding:
        return min(holding)[1]
    for i, s in enumerate(statements):
        if _inside((s.sentence.start, s.sentence.end), sentence) or _inside(sentence, (s.sentence.start, s.sentence.end)):
            return i
    return None


def modality_of(
    text: str, sentence: tuple[int, int], statement: Statement | None, anchor: int | None = None
) -> tuple[Modality, Span | None]:
    """How firmly the sentence asserts.

    A denial or an allegation anywhere in the sentence decides (it changes what the whole
    sentence asserts). Otherwise the plan / projection / estimate cue nearest to ``anchor``
    (the claim's first figure) decides: in "X estimated output at about 2 million, far short
    of the 3 million target" the figure 2 million is an estimate, not a target.
    Without any cue: an official statement when attributed, else a reported fact.
    """
    chunk = text[sentence[0] : sentence[1]]
    best: tuple[int, Modality, Span] | None = None
    for name, pattern in _MODALITY_CUES:
        for m in pattern.finditer(chunk):
            start = sentence[0] + m.start()
            span = Span(start, start + len(m.group(0)), m.group(0))
            if name in ("denial", "allegation"):
                return name, span
            distance = 0 if anchor is None else min(abs(anchor - span.start), abs(anchor - span.end))
            if best is None or distance < best[0]:
                best = (distance, name, span)
            if anchor is None:
                break
    if best is not None:
        return best[1], best[2]
    if statement is not None:
        return "official_statement", None
    return "reported_fact", None


def build_claims(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quantities: Sequence[Quantity],
    statements: Sequence[Statement],
    outlet: str | None,
) -> list[Claim]:
    """One claim per sentence holding figures and/or statements (one per statement when a
    sentence holds several statements and no figure)."""
    claims: list[Claim] = []
    qi = 0
    ordered_q = sorted(range(len(quantities)), key=lambda i: quantities[i].start)
    for s_start, s_end in sentences:
        in_sentence: list[int] = []
        while qi < len(ordered_q) and quantities[ordered_q[qi]].start < s_end:
            if quantities[ordered_q[qi]].start >= s_start:
                in_sentence.append(ordered_q[qi])
            qi += 1
        here = [i for i, st in enumerate(statements) if s_start <= st.sentence.start < s_end]
        if not in_sentence and not here:
            continue
        sentence = Span(s_start, s_end, text[s_start:s_end])
        evidence = tuple(
            Span(s_start + m.start(), s_start + m.end(), m.group(0)) for m in _CITATION.finditer(sentence.text)
        )
        groups: dict[int | None, list[int]] = {}
        for q in in_sentence:
            groups.setdefault(_statement_for(quantities[q], (s_start, s_end), statements), []).append(q)
        for st in here:
            groups.setdefault(st, [])
        for st_index, q_indexes in groups.items():
            statement = statements[st_index] if st_index is not None else None
            anchor = min((quantities[q].start for q in q_indexes), default=None)
            modality, cue = modality_of(text, (s_start, s_end), statement, anchor)
            source = statement.speaker or (statement.source.text if statement.source else None) if statement else None
            if statement is not None and source:
                by, kind, named = source, "speaker", bool(statement.speaker and statement.speaker_named)
            elif outlet:  # no statement, or one without a source ("is expected to"): the outlet's
                by, kind, named = outlet, "outlet", True
            else:
                by, kind, named = None, "unknown", False
            claims.append(Claim(sentence, tuple(q_indexes), st_index, by, kind, named, modality, cue, evidence))
    return claims
