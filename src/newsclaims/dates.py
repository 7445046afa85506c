"""Publication dates as ISO 8601, from the many ways pages, feeds and files write them.

One parser for the whole project: HTML metadata, feeds (RFC 822 / RFC 3339), JSON Lines.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_DATE_START = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_TEXT_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b. %d, %Y")
MIN_YEAR = 1990  # guessed dates before this are taken for noise (copyright lines, ids)


def plausible(year: int) -> bool:
    return MIN_YEAR <= year <= date.today().year + 1


def ymd(year: int, month: int, day: int, check_year: bool = True) -> str | None:
    """``YYYY-MM-DD`` for a real calendar day (and, with ``check_year``, a plausible year)."""
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return d.isoformat() if not check_year or plausible(d.year) else None


def iso_date(value: str | None, check_year: bool = True) -> str | None:
    """An ISO 8601 date ("YYYY-MM-DD") or datetime, or None when it cannot be read.

    A datetime keeps its time and offset only when the source gives a time. ``check_year``
    rejects years outside ``MIN_YEAR`` .. next year: right for dates guessed from a page,
    wrong for a date a feed or a JSON Lines file states explicitly.
    """
    if not value:
        return None
    text = value.strip()
    if not text or len(text) > 64:
        return None
    ok = plausible if check_year else (lambda year: True)
    try:
        parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        parsed = None
    if parsed is not None:
        if not ok(parsed.year):
            return None
        return parsed.date().isoformat() if len(text) <= 10 else parsed.isoformat()
    m = _DATE_START.match(text)
    if m:
        return ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)), check_year)
    for fmt in _TEXT_DATE_FORMATS:
        try:
            d = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return d.isoformat() if ok(d.year) else None
    try:
        rfc = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return rfc.isoformat() if ok(rfc.year) else None
