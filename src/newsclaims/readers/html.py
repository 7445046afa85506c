"""HTML pages: decoded only. Main-text extraction is the cleaning stage's job."""

from __future__ import annotations

from ..model import Metadata, Problem, RawDocument
from .common import ReadFailure, problem, sha256_hex
from .decode import decode


def read_html(
    source: str,
    data: bytes,
    *,
    raw_sha256: str | None = None,
    declared: str | None = None,
    meta: Metadata | None = None,
) -> RawDocument | Problem:
    """One page as a RawDocument; ``declared`` is the HTTP charset, if any."""
    try:
        decoded = decode(data, declared=declared, markup="html")
    except ReadFailure as exc:
        return problem(source, exc.reason, exc.kind)
    return RawDocument(
        source=source,
        kind="html",
        data=decoded.text,
        raw_sha256=raw_sha256 or sha256_hex(data),
        meta=meta or Metadata(),
        encoding=decoded.encoding,
    )
