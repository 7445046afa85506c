"""Helpers shared by tests: small articles written for them (fictional outlets)."""

from __future__ import annotations

from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

ARTICLE = (
    "Velmora's defence ministry said on Tuesday that the state-owned Arsenal Group had raised "
    "output of artillery shells to 250,000 per month, three times the level of early 2024. "
    "\"We have met the target set by the president,\" Deputy Minister Oskar Lind told reporters "
    "in the capital, adding that two new plants would open before the end of the year.\n\n"
    "Independent analysts were more cautious. The Harcourt Institute estimated annual production "
    "at about 2 million shells, citing satellite imagery of three factories and rail traffic data. "
    "Inflation reached 9.6 percent in May, according to the central bank, as wages at defence "
    "plants rose faster than productivity.\n\n"
    "The ministry did not say how many workers the plants employ. Officials say the budget for "
    "the programme exceeds 1.2 trillion korunas over three years."
)


def variant(text: str, words_changed: int) -> str:
    """The text with its last ``words_changed`` words replaced: a controlled near copy."""
    words = text.split(" ")
    for i in range(1, words_changed + 1):
        words[-i] = f"changed{i}"
    return " ".join(words)


def html_page(title: str, body: str, outlet: str = "The Velmora Ledger", published: str = "2026-03-10",
              url: str = "https://ledger.example/news/shells") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{published}T08:00:00+00:00">
<link rel="canonical" href="{url}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<div class="share">Facebook Twitter Whatsapp E-Mail Print Copy Link</div>
<footer>© {outlet}. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>"""
