"""The rule-based sentence splitter: abbreviations, initials, decimals, quotes, newlines."""

from __future__ import annotations

import pytest

from newsclaims.extract.sentences import split_sentences

CASES = [
    ("titles-and-times", "Mr. Korov arrived at 9 a.m. on Jan. 5. He left at noon.",
     ["Mr. Korov arrived at 9 a.m. on Jan. 5.", "He left at noon."]),
    ("country-abbrev-ends-sentence", "The firm is based in the U.S. The minister disagreed.",
     ["The firm is based in the U.S.", "The minister disagreed."]),
    ("country-abbrev-inside", "The U.S. Navy sent two ships. They arrived Monday.",
     ["The U.S. Navy sent two ships.", "They arrived Monday."]),
    ("decimals", "Growth was 3.5 percent in 2024. Prices rose 2.1%.",
     ["Growth was 3.5 percent in 2024.", "Prices rose 2.1%."]),
    ("quote-closes-after-period", "“We will win.” Korov smiled.", ["“We will win.”", "Korov smiled."]),
    ("question-inside-quote", "“Why?” he asked. Nobody answered.", ["“Why?” he asked.", "Nobody answered."]),
    ("initials", "John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."]),
    ("newline-is-boundary", "Line one\nLine two. Next one.", ["Line one", "Line two.", "Next one."]),
    ("paragraphs", "First paragraph here\n\nSecond paragraph here.", ["First paragraph here", "Second paragraph here."]),
    ("company-abbrev", "Brightwater Inc. said so. Valmora Corp. shares fell.",
     ["Brightwater Inc. said so.", "Valmora Corp. shares fell."]),
    ("military-rank", "Gen. Sara Lind and Lt. Col. Tomas Brandt met. Talks ended.",
     ["Gen. Sara Lind and Lt. Col. Tomas Brandt met.", "Talks ended."]),
    ("exclamation", "Stop! The bridge is out.", ["Stop!", "The bridge is out."]),
    ("no-final-punct", "Headline without a period", ["Headline without a period"]),
    ("whitespace-only", "   \n\n  ", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


def test_offsets_are_exact_and_stripped():
    text = "  One here.   Two here.  "
    spans = split_sentences(text)
    assert spans == [(2, 11), (14, 23)]
