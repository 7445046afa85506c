"""Claims: which statement carries a figure, who asserts it, and how firmly."""

from __future__ import annotations

import pytest

from newsclaims.extract.claims import build_claims, modality_of
from newsclaims.extract.quantities import find_quantities
from newsclaims.extract.sentences import split_sentences
from newsclaims.extract.statements import find_statements

CASES = [
    ("Velmora will produce 250,000 shells a month by December, the minister said.", "target", "will"),
    ("The plant aims to double output next year.", "target", "aims to"),
    ("Output is expected to reach 2 million shells in 2027.", "projection", "is expected"),
    ("Inflation is projected to ease to 7 percent.", "projection", "projected"),
    ("The Harcourt Institute estimated production at about 2 million shells a year.", "estimate", "estimated"),
    ("The opposition accused the ministry of inflating the figures.", "allegation", "accused"),
    ("The ministry denied that 40,000 workers had been moved.", "denial", "denied"),
    ("Officials rejected the report's estimate of 1.2 million shells.", "denial", "rejected"),
    ("Prices rose 9.6 percent in May.", "reported_fact", None),
]


@pytest.mark.parametrize("sentence,modality,cue", CASES)
def test_modality(sentence, modality, cue):
    found, span = modality_of(sentence, (0, len(sentence)), None)
    assert found == modality
    assert (span.text.lower() if span else None) == cue
    if span:
        assert sentence[span.start:span.end] == span.text


def test_the_cue_nearest_the_figure_decides():
    text = "The institute estimated output at about 2 million shells a year, far short of the official target."
    found, span = modality_of(text, (0, len(text)), None, text.index("about 2 million"))
    assert (found, span.text) == ("estimate", "estimated")
    text = "The ministry denied that output would reach 3 million shells next year."
    assert modality_of(text, (0, len(text)), None, text.index("3 million"))[0] == "denial"


def claims_of(text: str, outlet: str = "The Velmora Ledger"):
    quantities = find_quantities(text)
    statements = find_statements(text)
    return text, quantities, statements, build_claims(text, split_sentences(text), quantities, statements, outlet)


def test_unattributed_figure_is_the_outlets_reported_fact():
    text, qs, _, claims = claims_of("Inflation reached 9.6 percent in May.")
    (claim,) = claims
    assert (claim.asserted_by, claim.asserted_by_kind, claim.modality) == ("The Velmora Ledger", "outlet",
                                                                           "reported_fact")
    assert [qs[i].text for i in claim.quantities] == ["9.6 percent"]
    assert text[claim.sentence.start:claim.sentence.end] == claim.sentence.text


def test_figure_inside_a_quote_belongs_to_the_speaker():
    text = ('Deputy Minister Oskar Lind said the plants were on schedule. '
            '"We will deliver 250,000 shells a month by December," Lind said.')
    _, qs, sts, claims = claims_of(text)
    with_figure = [c for c in claims if c.quantities]
    assert len(with_figure) == 1
    claim = with_figure[0]
    assert claim.asserted_by_kind == "speaker"
    assert claim.asserted_by == "Oskar Lind"
    assert claim.modality == "target"
    assert sts[claim.statement].kind == "direct"


def test_nested_attribution_gives_the_figure_to_the_inner_speaker():
    text = ("The finance ministry estimates that the larger force will cost 180 billion korunas a year, "
            "according to a document seen by the Harbour Post.")
    _, qs, sts, claims = claims_of(text)
    assert sorted(s.kind for s in sts) == ["according_to", "indirect"]
    (claim,) = [c for c in claims if c.quantities]
    assert claim.asserted_by == "The finance ministry"
    assert [qs[i].text for i in claim.quantities] == ["180 billion korunas"]


def test_statement_without_figures_is_still_a_claim():
    _, qs, sts, claims = claims_of('"The plan is realistic," the minister told reporters.')
    assert sts and claims and claims[0].quantities == () and claims[0].statement == 0


def test_citation_markers_are_evidence():
    text = "Output tripled between 2023 and 2025 [3]. It is expected to grow further.[4]"
    _, _, _, claims = claims_of(text)
    first = claims[0]
    assert [e.text for e in first.evidence] == ["[3]"]
    assert all(text[e.start:e.end] == e.text for c in claims for e in c.evidence)


def test_a_view_without_a_source_is_asserted_by_the_outlet():
    # "is expected to" is recorded as a statement with no source: nobody but the outlet says it
    text, qs, sts, claims = claims_of("Output is expected to reach 2 million shells in 2027.")
    (claim,) = claims
    assert claim.statement is not None and sts[claim.statement].speaker is None
    assert (claim.asserted_by, claim.asserted_by_kind, claim.modality) == ("The Velmora Ledger", "outlet", "projection")
    _, _, _, anonymous = claims_of("Output is expected to reach 2 million shells in 2027.", outlet=None)
    assert (anonymous[0].asserted_by, anonymous[0].asserted_by_kind) == (None, "unknown")
