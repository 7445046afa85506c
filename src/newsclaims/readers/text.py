"""Plain text and Markdown files. No title logic here: the cleaning stage owns that."""

from __future__ import annotations

from typing import Literal

from ..model import Metadata, Problem, RawDocument
from .common import ReadFailure, problem, sha256_hex
from .decode import decode


def read_text(
    source: str,
    data: bytes,
    *,
    kind: Literal["text", "markdown"] = "text",
    raw_sha256: str | None = None,
    declared: str | None = None,
    meta: Metadata | None = None,
) -> RawDocument | Problem:
    try:
        decoded = decode(data, declared=declared)
    except ReadFailure as exc:
        return problem(source, exc.reason, exc.kind)
    if not decoded.text.strip():
        return problem(source, "empty file", "skipped")
    return RawDocument(
        source=source,
        kind=kind,
        data=decoded.text,
        raw_sha256=raw_sha256 or sha256_hex(data),
        meta=meta or Metadata(),
        encoding=decoded.encoding,
    )
