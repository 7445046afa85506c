"""JSON Lines: one article per line.

Each line is an object with ``html`` or ``text`` (``html`` wins when both are there) and
optionally ``url``, ``title``, ``published``, ``outlet``, ``author``. A bad line becomes a
Problem for ``path#line=N`` (N counts from 1, like an editor) and the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import Metadata, Problem, RawDocument
from .common import ReadFailure, iso_date, problem, sha256_hex
from .decode import decode


def _field(obj: dict, name: str) -> str | None:
    value = obj.get(name)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _meta(obj: dict) -> Metadata:
    published = _field(obj, "published")
    return Metadata(
        title=_field(obj, "title"),
        # Keep a date we cannot parse out of ``published`` rather than store a non-ISO string.
        published=iso_date(published),
        author=_field(obj, "author"),
        outlet=_field(obj, "outlet"),
        url=_field(obj, "url"),
    )


def read_jsonl(source: str, data: bytes) -> Iterator[RawDocument | Problem]:
    try:
        encoding = decode(data).encoding
    except ReadFailure as exc:
        yield problem(source, exc.reason, exc.kind)
        return
    codec = encoding.split("+")[0]
    errors = "replace" if encoding.endswith("+replace") else "strict"
    if codec.startswith(("utf_16", "utf_32")):
        # Line splitting on b"\n" is wrong for UTF-16/32: split the decoded text instead.
        lines = [ln.encode("utf-8") for ln in decode(data).text.split("\n")]
        codec, errors = "utf_8", "strict"
    else:
        lines = data.split(b"\n")
        if lines and lines[0].startswith(b"\xef\xbb\xbf"):
            lines[0] = lines[0][3:]
    for number, raw in enumerate(lines, start=1):
        where = f"{source}#line={number}"
        try:
            line = raw.decode(codec, errors=errors).strip()
        except UnicodeDecodeError:
            yield problem(where, "line is not valid text in the file's encoding")
            continue
        if not line:
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield problem(where, f"line is not valid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            yield problem(where, f"line is a JSON {type(obj).__name__}, not an object")
            continue
        html, text = obj.get("html"), obj.get("text")
        body, kind = (html, "html") if isinstance(html, str) and html.strip() else (text, "text")
        if not isinstance(body, str):
            yield problem(where, "line has no 'html' or 'text' string")
            continue
        if not body.strip():
            yield problem(where, "line has an empty article", "skipped")
            continue
        yield RawDocument(
            source=where,
            kind=kind,  # type: ignore[arg-type]
            data=body,
            raw_sha256=sha256_hex(raw),
            meta=_meta(obj),
            encoding=codec,
        )
