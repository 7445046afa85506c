"""Plain-text and Markdown cleaning: title, byline hints and Markdown rendering."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.clean.normalize import normalize_text
from newsclaims.clean.plain import clean_plain, find_date, looks_like_headline, parse_byline

BODY = (
    "ORLAN, March 3 (Valdoria Times) - The defence ministry said on Tuesday it would buy 40 "
    "helicopters from Kesh Aviation in a deal worth $2.1 billion.\n\n"
    "\u201cOur fleet is 40 years old,\u201d Defence Minister Ana Petrova told reporters."
)


def test_headline_byline_and_furniture_removed() -> None:
    text = (
        "Valdoria Orders 40 Helicopters in Record Deal\n"
        "By Jane Doe and John Roe | March 3, 2026 | 4 min read\n\n"
        "Share this article\n\n" + BODY + "\n\nFacebook Twitter Whatsapp E-Mail Print Copy Link\n"
    )
    result = clean_plain(text, "text")
    assert result.title == "Valdoria Orders 40 Helicopters in Record Deal"
    assert result.author == "Jane Doe; John Roe"
    assert result.published == "2026-03-03"
    assert result.text == BODY


def test_sentence_case_headline_and_dateline_first() -> None:
    text = "Published: 3 March 2026 09:14 GMT\n\nArmy chief resigns after audit finds missing fuel\n\n" + BODY
    result = clean_plain(text, "text")
    assert result.title == "Army chief resigns after audit finds missing fuel"
    assert result.published == "2026-03-03T09:14:00+00:00"
    assert result.author is None
    assert result.text == BODY


def test_no_headline_when_first_line_is_a_sentence() -> None:
    result = clean_plain(BODY, "text")
    assert result.title is None
    assert result.text == BODY
    text = "The ministry said on Tuesday it would buy 40 helicopters.\nThe deal is worth $2.1 billion."
    assert clean_plain(text, "text").title is None


def test_wrapped_prose_is_not_a_headline() -> None:
    text = "The defence ministry of Valdoria said on Tuesday that it would buy 40\nhelicopters from Kesh Aviation."
    result = clean_plain(text, "text")
    assert result.title is None
    assert result.text == text


def test_byline_inside_prose_is_kept() -> None:
    text = "Kesh Buys Jets\n\nBy Tuesday, the army had moved 40 tanks to the border, officials said on March 4, 2026."
    result = clean_plain(text, "text")
    assert result.title == "Kesh Buys Jets"
    assert result.author is None and result.published is None
    assert result.text.startswith("By Tuesday, the army")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Valdoria Orders 40 Helicopters", True),
        ("Army chief resigns after audit", True),
        ("Kesh signs deal with U.S.", True),
        ("Will the ceasefire hold?", True),
        ("The army bought 40 tanks, the minister said.", False),
        ("Share this article", False),
        ("By Jane Doe", False),
        ("Opinion", False),
        ("the army bought tanks", False),
    ],
)
def test_looks_like_headline(line: str, expected: bool) -> None:
    assert looks_like_headline(line) is expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 3, 2026", "2026-03-03"),
        ("2026-03-03", "2026-03-03"),
        ("Published: 3 March 2026 09:14", "2026-03-03T09:14:00"),
        ("Tue, 3rd Mar. 2026", "2026-03-03"),
        ("Mar. 3, 2026, 9:14 p.m. ET", "2026-03-03T21:14:00"),
        ("2026-03-03T09:14:00+01:00", "2026-03-03T09:14:00+01:00"),
        ("February 30, 2026", None),
        ("03/04/2026", None),
        ("no date here", None),
    ],
)
def test_find_date(text: str, iso: str | None) -> None:
    assert find_date(text) == iso


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("By Jane Doe", "Jane Doe", None),
        ("By JANE DOE, Reuters", "JANE DOE", None),
        ("By Jane Doe, Defence Correspondent | Updated March 4, 2026", "Jane Doe", "2026-03-04"),
        ("Jane Doe | March 3, 2026", "Jane Doe", "2026-03-03"),
        ("Written by Jean-Luc van der Berg & Ana Petrova", "Jean-Luc van der Berg; Ana Petrova", None),
        ("Published 2026-03-03 | Updated 2026-03-04", None, "2026-03-03"),
    ],
)
def test_parse_byline(line: str, author: str | None, published: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.author, byline.published) == (author, published)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the army had moved 40 tanks.",
        "By Christmas prices had doubled",
        "The army bought 40 tanks on March 3, 2026.",
        "Jane Doe",
        "By the end of the year",
    ],
)
def test_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


MARKDOWN = """\
---
title: "Front matter title"
date: 2026-03-04
author: Jane Doe
---
Home > World

# Valdoria *Orders* 40 Helicopters

**By Jane Doe**
March 3, 2026

The ministry said it would buy [40 helicopters](https://example.invalid/a_(b) "t") from
Kesh Aviation, a deal worth **$2.1 billion**. ![A helicopter](heli.png)

> \u201cOur fleet is old,\u201d the minister said.
> It is 40 years old.

## Background

- First *item*
- Second `item`
  continues
1. Numbered

| Year | Units |
|------|------:|
| 2025 | 12 |
| 2026 | 40 |

```python
print("dropped")
```

***

See the [budget][b] &amp; under_score, 5 * 3 * 2, \\*not emphasis\\*.<br>Next line <span>tagged</span>.

[b]: https://example.invalid/budget
"""


def test_markdown_rendering() -> None:
    result = clean_plain(MARKDOWN, "markdown")
    assert result.title == "Valdoria Orders 40 Helicopters"
    assert result.published == "2026-03-04"  # front matter wins over the byline line
    assert result.author == "Jane Doe"
    assert result.text == (
        "The ministry said it would buy 40 helicopters from Kesh Aviation, a deal worth $2.1 billion.\n\n"
        "\u201cOur fleet is old,\u201d the minister said. It is 40 years old.\n\n"
        "Background\n\n"
        "First item\nSecond item continues\nNumbered\n\n"
        "Year | Units\n2025 | 12\n2026 | 40\n\n"
        "See the budget & under_score, 5 * 3 * 2, *not emphasis*.\nNext line tagged."
    )


def test_markdown_setext_title_and_no_heading() -> None:
    result = clean_plain("Kesh Buys Jets\n==============\n\nBy Ana Petrova\n\n" + BODY, "markdown")
    assert (result.title, result.author) == ("Kesh Buys Jets", "Ana Petrova")
    assert result.text == BODY
    # A heading after body prose is a section title, not the article title.
    prose = "The ministry said on Tuesday that it would buy 40 helicopters from Kesh Aviation, " * 3
    result = clean_plain(prose + "\n\n## Background\n\nMore text.", "markdown")
    assert result.title is None
    assert result.text.endswith("Background\n\nMore text.")


@settings(max_examples=150)
@given(st.text(max_size=300), st.sampled_from(["text", "markdown"]))
def test_clean_plain_output_is_normalised(text: str, kind: str) -> None:
    result = clean_plain(text, kind)  # type: ignore[arg-type]
    assert normalize_text(result.text) == result.text
    assert result.title is None or result.title == normalize_text(result.title)


def test_long_sentence_case_headline_followed_by_a_byline():
    text = (
        "Dravenian inflation climbs to over 9% as defence wages keep surging\n"
        "By Rachel Imber | Polaris Business Daily | April 2, 2026 10:45 GMT\n\n"
        "Consumer prices rose faster than expected in March, the statistics office said on Thursday, "
        "as wages at state arms plants outpaced productivity for a third straight quarter."
    )
    result = clean_plain(text, "text")
    assert result.title == "Dravenian inflation climbs to over 9% as defence wages keep surging"
    assert result.author == "Rachel Imber"
    assert result.published and result.published.startswith("2026-04-02")
    assert result.text.startswith("Consumer prices rose")
