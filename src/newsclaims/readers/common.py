"""Small helpers shared by the readers: failures, hashing, size messages, dates.

Readers never raise for bad input. Inside a reader, helpers raise :class:`ReadFailure`
and the reader's top level turns it into a :class:`~newsclaims.model.Problem`.
"""

from __future__ import annotations

import hashlib

from ..dates import iso_date as parse_date
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


def iso_date(value: str | None) -> str | None:
    """A date a feed or a JSON Lines file states, as ISO 8601 (RFC 822, RFC 3339 and ISO
    forms), or None. Stated dates are trusted whatever their year."""
    return parse_date(value, check_year=False)
