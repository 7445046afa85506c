"""Page-furniture filter: removes UI lines, never article prose."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.clean.furniture import drop_furniture, furniture_report, furniture_rule
from newsclaims.clean.normalize import normalize_text

FURNITURE = {
    "share": [
        "Facebook Twitter Whatsapp E-Mail Print Copy Link",
        "Share this article",
        "Share on X",
        "Share via Email",
        "Facebook | Twitter | LinkedIn | Email",
        "Tweet",
        "Click to share on Facebook (Opens in new window)",
        "Follow us on Twitter and Facebook",
        "Follow @valdoriatimes for breaking news",
    ],
    "rating": [
        "Click to rate this post!",
        "[Total: 0 Average: 0]",
        "Rate this article",
        "Submit Rating",
        "No votes so far! Be the first to rate this post.",
        "Was this article helpful?",
    ],
    "comments": [
        "Leave a Reply",
        "Leave a comment",
        "Leave a Reply Cancel reply",
        "Your email address will not be published.",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "Post Comment",
        "Cancel reply",
        "Comments are closed.",
        "12 Comments",
        "{ 14 comments… read them below or add one }",
        "Save my name, email, and website in this browser for the next time I comment.",
    ],
    "back-to-top": ["Back to top", "↑ Back to top", "Scroll to top"],
    "cross-link": [
        "READ MORE: Valdoria orders 40 helicopters in record deal",
        "Read more: Army chief resigns after audit",
        "Read more",
        "Related: Orlan port reopens after strike",
        "ALSO READ: Kesh parliament approves defence budget",
        "ALSO READ | Kesh parliament approves defence budget",
        "Related Articles",
        "You may also like",
        "Continue reading",
    ],
    "photo-credit": [
        "© Agency / Photographer",
        "© Valdoria Press Agency",
        "Photo: Agency",
        "Photo: Jane Doe/Valdoria Press",
        "(Photo by John Smith/Agency)",
        "Jane Doe/AFP via Getty Images",
        "Getty Images",
        "Image source, Reuters",
        "Copyright 2026 Valdoria Times. All rights reserved.",
    ],
    "error": [
        "Oops! Something went wrong. Please try again later.",
        "Something went wrong",
        "Please enable JavaScript to view the comments.",
        "An error has occurred, please try again later.",
    ],
    "newsletter": [
        "Sign up for our newsletter",
        "Subscribe",
        "Subscribe to our daily briefing",
        "Get the latest headlines delivered straight to your inbox.",
        "By signing up, you agree to our Privacy Policy.",
    ],
    "advertisement": ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored content"],
    "cookies": [
        "We use cookies to give you the best experience on our website. By continuing, you agree to our use of cookies.",
        "This website uses cookies.",
        "Accept all cookies",
        "Cookie settings",
    ],
    "navigation": ["Skip to content", "Skip to main content", "Menu", "Home > World > Europe"],
    "loading": ["Loading...", "Loading…"],
    "tags": ["Tags: defence, Valdoria, helicopters", "Filed under: World, Europe", "Topics: Budget | Army"],
    "caption": [
        "Image caption, Soldiers at the Orlan base on Monday",
        "Soldiers walk past the damaged depot in Orlan on Monday. (Photo: Valdoria Press)",
    ],
    "media": ["Video", "Watch now", "Enlarge this image"],
    "reading-time": ["4 min read", "Listen to this article"],
    "republished": ["This article was originally published on The Valdorian Review."],
}

PROSE = [
    "The central bank raised its key rate to 21 percent, the highest since 2003.",
    "Read more about the plan in the ministry's report, officials said.",
    "Shares of Orlan Aviation rose 4.2 percent in early trading on Tuesday.",
    "The company will share the cost of the new plant with the government.",
    "Share prices fell across the region after the announcement.",
    "Analysts rate the chance of a ceasefire before June as low.",
    "The ministry did not reply to a request for comment.",
    "In reply, the opposition leader called the budget \u201ca fraud\u201d.",
    "A photo published by the ministry showed three new tanks at the depot.",
    "Photos taken by residents showed smoke rising over the port.",
    "Readers can subscribe to the ministry's weekly bulletin on its website.",
    "About 40,000 people subscribe to the channel, which the army runs.",
    "The troops were ordered back to their barracks on Sunday.",
    "\u201cWe will not back down,\u201d the defence minister told reporters.",
    "He said the army would be back to full strength by 2027.",
    "Lawmakers were asked to read more than 900 pages before the vote.",
    "Related talks in Kesh collapsed last month.",
    "Top officials met in Orlan on Friday to discuss the deal.",
    "Advertising revenue at the state broadcaster fell 12 percent last year.",
    "The statement was posted on the ministry's Facebook page on Monday.",
    "Comments by the minister drew criticism from the opposition.",
    "The rating agency cut Valdoria's credit rating to BB- from BB.",
    "Something went wrong with the radar system, a senior officer said.",
    "Please try to understand our position, the minister said in a televised address.",
    "The navy will take delivery of the first of 12 frigates in 2028.",
    "Subscribers to the state pension scheme will see payments rise by 3 percent.",
    "Sign-ups for the reserve force doubled after the border clash, officials said.",
    "Getty Images photographer Jane Doe was injured in the blast, the agency said.",
    "Tags on the crates showed they had been shipped from Kesh in March.",
    "Cookies and other tracking tools are covered by the new privacy law.",
    "The minister said: \u201cLoading the ships will take three weeks.\u201d",
    "Back in 2019, the army had only 40 working helicopters.",
    "Home to 2.3 million people, Orlan is the country's second city.",
    "Click rates on government alerts fell to 12 percent, the study found.",
    "Valdoria Orders 40 Helicopters in Record $2.1 Billion Deal",
    "ORLAN, March 3 (Valdoria Times) - The defence ministry said on Tuesday it would buy 40 helicopters.",
    "\u201cShare the burden,\u201d she said.",
    "Photo finish: Kesh wins vote by 12 ballots",
    "More than 200 people were evacuated from the area.",
    "Subscribe to the view that the war will end soon and you will be disappointed, he said.",
    "Next, the committee will vote on the defence budget.",
    "Related to the deal is a $400 million maintenance contract.",
]


@pytest.mark.parametrize(("family", "line"), [(f, line) for f, lines in FURNITURE.items() for line in lines])
def test_each_furniture_family_is_removed(family: str, line: str) -> None:
    assert furniture_rule(line) == family
    text = f"The army bought 40 tanks, the minister said.\n\n{line}\n\nThe deal is worth $2.1 billion."
    assert drop_furniture(text) == "The army bought 40 tanks, the minister said.\n\nThe deal is worth $2.1 billion."


@pytest.mark.parametrize("sentence", PROSE)
def test_prose_survives(sentence: str) -> None:
    assert furniture_rule(sentence) is None
    assert drop_furniture(sentence) == sentence


def test_report_and_paragraph_structure() -> None:
    text = normalize_text(
        "Valdoria to buy tanks\nShare this article\nBy Jane Doe\n\nAdvertisement\n\n"
        "The army bought 40 tanks.\nREAD MORE: Kesh buys jets\nThe deal is worth $2.1 billion.\n\nBack to top"
    )
    assert drop_furniture(text) == (
        "Valdoria to buy tanks\nBy Jane Doe\n\nThe army bought 40 tanks.\nThe deal is worth $2.1 billion."
    )
    assert furniture_report(text) == [
        ("Share this article", "share"),
        ("Advertisement", "advertisement"),
        ("READ MORE: Kesh buys jets", "cross-link"),
        ("Back to top", "back-to-top"),
    ]


def test_long_label_lines_are_kept() -> None:
    # Label followed by more than one sentence is prose, not a cross-link.
    line = "Related: The ministry said the talks would resume. Officials in Kesh disagreed."
    assert furniture_rule(line) is None
    assert furniture_rule("Photo: " + "x" * 200) is None


_LINES = st.one_of(
    st.sampled_from([line for lines in FURNITURE.values() for line in lines] + PROSE + ["", ""]),
    st.text(max_size=30),
)


@settings(max_examples=200)
@given(st.lists(_LINES, max_size=25))
def test_output_is_subsequence_and_idempotent(lines: list[str]) -> None:
    text = normalize_text("\n".join(lines))
    out = drop_furniture(text)
    assert drop_furniture(out) == out
    assert normalize_text(out) == out
    source = iter(text.split("\n"))
    for kept in out.split("\n"):
        if kept:
            assert any(kept == line for line in source)


def _one_regex_rule(line: str) -> str | None:
    """furniture_rule as one regex of every rule (what the length bands must agree with)."""
    import re

    from newsclaims.clean import furniture

    line = line.strip()
    if not line or len(line) > furniture._MAX_LINE:
        return None
    match = re.compile("|".join(furniture._ALTERNATIVES), re.IGNORECASE | re.DOTALL).fullmatch(line)
    if match is None:
        return None
    name = furniture._GROUP_NAMES[match.lastgroup]
    if name not in furniture._SENTENCE_RULES and line.endswith(".") and line.count(" ") >= 7:
        return None
    return name


# furniture lines padded to every length band, and prose cut to any length
_ANY_LENGTH = st.one_of(
    st.builds(lambda line, pad: line + " " + "x" * pad, _LINES, st.integers(0, 430)),
    st.builds(lambda text, cut: text[:cut], st.sampled_from(PROSE).map(lambda p: (p + " ") * 8), st.integers(0, 440)),
)


@settings(max_examples=300)
@given(_ANY_LENGTH)
def test_length_bands_match_the_rules_as_one_regex(line: str) -> None:
    assert furniture_rule(line) == _one_regex_rule(line)
