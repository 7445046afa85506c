"""Formatting shared by the Markdown, HTML and chart renderers: numbers, units, dates, quotes.

Kept free of any output syntax (no escaping here): each renderer escapes for its own format.
"""

from __future__ import annotations

import math
from datetime import date
from urllib.parse import urlsplit

INF = float("inf")

#: Modalities in the order a legend lists them, with the label a reader sees.
MODALITY_LABELS = {
    "official_statement": "official statement",
    "reported_fact": "reported fact",
    "target": "target",
    "projection": "projection",
    "estimate": "estimate",
    "allegation": "allegation",
    "denial": "denial",
}


def modality_label(modality: str | None) -> str:
    if not modality:
        return "unknown"
    return MODALITY_LABELS.get(modality, modality.replace("_", " "))


def plural(n: int, word: str) -> str:
    """ "1 story", "2 stories", "1 document", "3 documents"."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {word[:-1] + 'ies' if word.endswith('y') and word[-2:] != 'ey' else word + 's'}"


def day(published: str | None) -> str:
    """The date part of an ISO timestamp as written by the source ("" when unknown)."""
    return (published or "")[:10]


def parse_day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(day(published)) if published else None
    except ValueError:
        return None


def fmt_number(v: float | None) -> str:
    """A value for a table: grouped digits, at most four significant digits for fractions."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "?"
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    if abs(v) >= 1e9:  # "1.2 trillion" reads better than thirteen digits
        scale, word = (1e12, "trillion") if abs(v) >= 1e12 else (1e9, "billion")
        return f"{v / scale:,.4g} {word}"
    if float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:,.4g}"


_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def fmt_compact(v: float) -> str:
    """A value for an axis tick: 3M, 2.5M, 1.2T, 950, 9.6."""
    if math.isinf(v):
        return "∞"
    for scale, suffix in _SCALES:
        if abs(v) >= scale:
            return f"{v / scale:.3g}{suffix}"
    return f"{v:.3g}"


def unit_label(unit: str | None, measure: str | None = None, rate: bool = False) -> str:
    """What a value counts, for an axis title or a column header: "shell per year", "%", "koruna"."""
    unit = unit or ""
    if unit == "percent":
        text = "%"
    elif unit.startswith("money:"):
        text = unit.split(":", 1)[1]
    elif unit == "money":
        text = "money"
    elif unit == "count" or not unit:
        text = measure or "count"
    else:
        text = unit
    return f"{text} per year" if rate else text


def fmt_value(v: float | None, unit: str | None) -> str:
    """A value with its unit where the unit is short enough to sit beside it."""
    text = fmt_number(v)
    if unit == "percent" and v is not None and not math.isinf(v):
        return f"{text}%"
    if unit and unit.startswith("money:"):
        return f"{text} {unit.split(':', 1)[1]}"
    return text


def fmt_interval(interval: tuple[float, float] | None, unit: str | None) -> str:
    """The values a claim allows: "3,000,000", "1,800,000–2,200,000", "≥ 3,000,000", "≤ 960,000"."""
    if not interval:
        return "?"
    lo, hi = interval
    if lo == hi:
        return fmt_value(lo, unit)
    if math.isinf(hi):
        return f"≥ {fmt_value(lo, unit)}"
    if lo == 0:
        return f"≤ {fmt_value(hi, unit)}"
    return f"{fmt_value(lo, unit)}–{fmt_value(hi, unit)}"


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain web link, else None: a stored URL is untrusted input, and a
    ``javascript:`` or ``data:`` link must never become something a reader can click."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    return url


def one_line(text: str) -> str:
    return " ".join(text.split())


def shorten(text: str, width: int = 220) -> str:
    """The text on one line, cut at a word boundary with "…" when longer than ``width``."""
    text = one_line(text)
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def excerpt(sentence: str, focus_start: int, focus_end: int, width: int = 160) -> str:
    """A piece of ``sentence`` about ``width`` characters long around [focus_start, focus_end),
    with "…" where it was cut, so a table cell shows the figure in its words."""
    if len(sentence) <= width:
        return one_line(sentence)
    focus_start = max(0, min(focus_start, len(sentence)))
    focus_end = max(focus_start, min(focus_end, len(sentence)))
    room = max(0, width - (focus_end - focus_start))
    start = max(0, focus_start - room // 2)
    end = min(len(sentence), start + max(width, focus_end - start))
    start = max(0, min(start, end - width))
    if start > 0:  # begin and end on word boundaries
        space = sentence.find(" ", start)
        start = space + 1 if 0 <= space < focus_start else start
    if end < len(sentence):
        space = sentence.rfind(" ", focus_end, end)
        end = space if space > focus_end else end
    piece = one_line(sentence[start:end])
    return ("…" if start > 0 else "") + piece + ("…" if end < len(sentence) else "")
