"""WARC and WARC.gz archives: HTML pages from ``response`` (and ``resource``) records.

Sources are ``path#record=N`` with N the record's 1-based position in the archive,
counting every record (warcinfo and request records included) so N finds it again.
warcio reads short silently when an archive is cut; each record's block is drained and
its remaining length checked, so a cut archive keeps the pages read so far and then
yields one Problem ``truncated WARC after N records: ...``.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.message import Message
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..model import Metadata, Problem, RawDocument
from ..options import ReadOptions
from .common import ReadFailure, one_line, over_cap, problem, sha256_hex
from .detect import HEAD_BYTES, sniff
from .html import read_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SNIFF_TYPES = ("", "text/plain", "application/octet-stream", "unknown/unknown")


class _QuietArchiveIterator(ArchiveIterator):
    """warcio's iterator without its stderr warning for a record with a wrong length.

    warcio writes that warning straight to stderr, which would break the CLI's output;
    the warning is counted in ``err_count`` instead (the pages still come out).
    This mirrors ``ArchiveIterator._consume_blanklines`` of warcio 1.7.
    """

    def _consume_blanklines(self):  # type: ignore[no-untyped-def]
        empty_size = 0
        first_line = True
        while True:
            line = self.reader.readline()
            if len(line) == 0:
                return None, empty_size
            if len(line.rstrip()) == 0 or first_line:
                empty_size += len(line)
                if len(line.rstrip()) != 0:
                    self.err_count += 1
                first_line = False
                continue
            return line, empty_size


def _content_type(value: str | None) -> tuple[str, str | None]:
    if not value:
        return "", None
    msg = Message()
    msg["Content-Type"] = value
    return msg.get_content_type().lower(), msg.get_content_charset()


def _drain(record) -> None:
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    if getattr(stream, "limit", 0) > 0:
        raise ReadFailure(f"record ends {stream.limit:,} bytes early")


def _page(record, source: str, options: ReadOptions) -> RawDocument | Problem | None:
    """The HTML page in a record, a Problem, or None for records that are not pages."""
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode()
        if not (status and status.isdigit() and 200 <= int(status) < 300):
            return None
        ctype, charset = _content_type(record.http_headers.get_header("Content-Type"))
    elif record.rec_type == "resource":
        ctype, charset = _content_type(record.rec_headers.get_header("Content-Type"))
    else:
        return None
    if ctype not in _HTML_TYPES and ctype not in _SNIFF_TYPES:
        return None
    if record.length is not None and record.length > options.max_bytes:
        return problem(source, over_cap("WARC record", record.length, options.max_bytes))
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) > options.max_bytes:
        return problem(source, over_cap("WARC record payload", None, options.max_bytes))
    if ctype not in _HTML_TYPES and sniff(payload[:HEAD_BYTES]) != "html":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    return read_html(source, payload, raw_sha256=sha256_hex(payload), declared=charset,
                     meta=Metadata(url=url))


def read_warc(source: str, stream: BinaryIO, options: ReadOptions) -> Iterator[RawDocument | Problem]:
    """Pages of an (already decompressed, or warcio-readable) WARC stream."""
    done = 0
    found = 0
    try:
        for number, record in enumerate(_QuietArchiveIterator(stream), start=1):
            result = _page(record, f"{source}#record={number}", options)
            _drain(record)
            done = number
            if result is not None:
                found += 1
                yield result
    except ReadFailure as exc:
        yield problem(source, f"truncated WARC after {done} records: {exc.reason}")
        return
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on a corrupt archive
        yield problem(source, f"truncated or corrupt WARC after {done} records: {one_line(exc)}")
        return
    if not found:
        yield problem(source, "WARC has no HTML response records", "skipped")
