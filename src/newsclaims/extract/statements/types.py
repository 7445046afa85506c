"""The records the statement extractor returns (frozen, picklable)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ...model import Span  # the project's one span type

# 2: middle/relative sources, document-learned genders
# 3: broad attributions (raising verbs, question frames, poll frames, nominal cues,
#    subject participles, stance verbs with one-name objects, later clauses' own sources)
# 4: whole organisation names ("Institute for X", "State X Office"), subject-first
#    pronouns and unnamed antecedents, compatible-kind role nouns, source spans that can
#    speak (no figures, verbs of change or counted nouns like "points to")
# 5: stance adjectives and verbs with their preposition ("critical of", "voted for"),
#    noun-phrase objects of stance verbs end at a comma or a second predicate, "but said"
#    chains, ", and he ..." ends reported content, base-form stance verbs after plural
#    holders ("most voters support"), longer apposition subjects, no clause as an
#    inverted source
# 6: content boundaries: content ends at the comma closing a sentence-opening
#    subordinate clause ("When X said Y, the ...") or a comma-opened relative clause
#    ("X, who said Y, resigned"), and before ", SUBJECT said ..." (a second report);
#    stance objects end before adverbial openers ("during", "because"); a dash ends
#    content only when spaced and unpaired (hyphens and paired asides stay in)
# 7: an aside right after a content-opening "that" ("said that, in her view, ...") does
#    not close those clauses: their content no longer ends at its commas; a framing phrase
#    after a day name ("Sunday on “Meet the Press,” Holt said ...") is not the content;
#    an opening phrase ("In a statement, ", "After meeting X, ", "On Monday, however, ")
#    is no part of an apposition source ("Ann Amar, the mayor, said"); a participle cue
#    after a clause ("Hours later, Kim thanked Holt, saying ...") takes the clause subject
#    as its source, after a dateline and opening phrases
# 8: a quotation may open after a no-break space; the main report after a reporting
#    relative clause ("X, who said A, said B"); dash asides around the cue ("X — who ... —
#    told", "said — on Twitter — that"); "A but argues B" is two statements; participles
#    after a dash or ", while"; a trailing ", according to X" takes the whole clause
#    before it; participle adjectives ("all reported gifts", "271 pledged delegates") are
#    no cue; "said as much" no longer blocks fronted content opening with "As"/"So";
#    records report what they show ("A CNN poll released Tuesday showed ...", "...,
#    FEC records show."), the record's noun phrase being the source; "... but said"
#    takes the clause subject; a spaced hyphen is a dash; a relative clause between
#    dashes ends at its closing dash; "said at a Saturday rally in X that ...": the
#    content starts at "that"
# 9: an auxiliary before the cue never inverts ("Others, including X, are urging ...",
#    "Ann Holt, the mayor, has said ..."); a group subject with comma asides ("some voters
#    who ..., on television ..., said"); "..., said Piet Loran, director of ..." after a
#    clause-like front; role words before an inverted name ("says political scientist
#    X"); who is told or informed is never the source; a name and its role between the
#    content and the cue ("..., Tad Orlen, his chief adviser, said."); opening phrases
#    are skipped for the clause subject of "... and urged"; "X vows/promises to",
#    "X notes the ..." are verbs; "agreed with X that ..." takes the clause; examples
#    ("including X") are never the speaker of a group
EXTRACTOR_VERSION = "statements/9"

StatementKind = Literal["direct", "indirect", "mixed", "according_to"]


@dataclass(frozen=True, slots=True)
class Statement:
    """One quoted or reported statement and who made it.

    ``kind``: ``direct`` (only quotation, or a transcript line ``NAME: ...``), ``mixed``
    (reported clause holding a quoted fragment), ``indirect`` (reported speech without
    quotes), ``according_to``.
    ``cue``: the attribution words ("said", "told Reuters", "said in a statement",
    "according to", a transcript colon or a signature dash); None for a quotation that
    carries on the statement before it.
    ``content``: one or more spans (a split quote gives two spans of one statement);
    direct quotes include their quote marks, as they stand in the text.
    ``source``: the mention in the text ("he", "the minister", "US officials"), or None.
    ``speaker``: the resolved name ("Ivan Korov") or, for unnamed sources, the source's
    own text; ``speaker_named`` tells the two apart. ``speaker_span``: the mention the
    speaker was resolved to (the name itself for a named source).
    ``sentence``: the sentence (or quote-joined sentences) holding the content; for
    ``He said:`` closing a paragraph it is the next paragraph's sentence.
    """

    kind: StatementKind
    cue: Span | None
    content: tuple[Span, ...]
    source: Span | None
    speaker: str | None
    speaker_named: bool
    speaker_span: Span | None
    sentence: Span


@dataclass(frozen=True, slots=True)
class StatementOptions:
    """Knobs for :func:`find_statements`."""

    # Attribute cue-less quotations to the speaker of the statement just before them.
    continue_quotes: bool = True
    # Report quotations of at most this many words without any cue (scare quotes) only
    # when a cue attributes them; longer cue-less quotes are kept (speaker from context).
    min_quote_words: int = 4
    # A cue-less quotation joins the content of the statement before it in its paragraph.
    merge_quotes: bool = True
    merge_across: bool = False  # ... or in the paragraph before
    merge_indirect: bool = False  # ... even when that statement has no quote of its own
    # Keep statements whose cue is a belief / intention verb ("believes", "wants").
    include_beliefs: bool = True
