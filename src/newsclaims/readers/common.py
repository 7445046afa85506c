"""Small helpers shared by the readers: failures, hashing, size messages, dates.

Readers never raise for bad input. Inside a reader, helpers raise :class:`ReadFailure`
and the reader's top level turns it into a :class:`~newsclaims.model.Problem`.
"""

from __future__ import annotations

import email.utils
import hashlib
import re
from datetime import datetime

from ..model import Problem, ProblemKind


class ReadFailure(Exception):
    """Internal: an input cannot be read. Never escapes :func:`newsclaims.readers.read`."""

    def __init__(self, reason: str, kind: ProblemKind = "failed"):
        super().__init__(reason)
        self.reason = reason
        self.kind: ProblemKind = kind


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def problem(source: str, reason: str, kind: ProblemKind = "failed") -> Problem:
    # Problems are one line: a reason with a newline in it (from an exception) is flattened.
    return Problem(source=source, reason=" ".join(reason.split()), kind=kind)


def over_cap(what: str, size: int | None, cap: int) -> str:
    """One-line reason for an input above ``ReadOptions.max_bytes``."""
    if size is None:
        return f"{what} exceeds the size cap of {cap:,} bytes"
    return f"{what} is {size:,} bytes, over the size cap of {cap:,} bytes"


def one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_date(value: str | None) -> str | None:
    """A feed or container date as ISO 8601, or None when it cannot be read.

    Feeds use RFC 822 (RSS ``pubDate``) or RFC 3339 (Atom, ``dc:date``); JSON Lines
    usually ISO 8601. A date without a time stays a plain date.
    """
    if not value:
        return None
    value = value.strip()
    if not value:
        return None
    if _DATE_ONLY.match(value):
        try:
            return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
        except ValueError:
            return None
    try:
        iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
        return datetime.fromisoformat(iso).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None
