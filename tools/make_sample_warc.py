#!/usr/bin/env python3
"""Build the sample WARC archive bundled with newsclaims.

Writes ``src/newsclaims/samples/corpus/warc/sample-crawl.warc.gz``: a tiny, fictional "crawl"
of three news pages, in the shape real crawlers (wget, Heritrix, browsertrix) produce:

1. a ``warcinfo`` record describing the crawl (readers must ignore it),
2. a ``request`` record for the first page (readers must ignore it),
3. three ``response`` records holding full HTTP responses of HTML news pages:
   - the Northwire wire story that two other outlets republish (the near copies),
   - the Meridian Herald page, byte-for-byte the same as ``samples/corpus/html/`` (an exact copy),
   - a Morning Courier story that appears nowhere else.

The output is deterministic: WARC-Date, WARC-Record-ID and HTTP Date headers are fixed,
and warcio's per-record gzip members carry no timestamp, so re-running the script gives
identical bytes. That matters because the archive is committed and tests compare hashes.

Usage: python tools/make_sample_warc.py [--check]
  --check  rebuild in memory and exit 1 if the committed file differs.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(__file__).resolve().parent / "warc_src"
SAMPLES = ROOT / "src" / "newsclaims" / "samples" / "corpus"
OUT = SAMPLES / "warc" / "sample-crawl.warc.gz"

CRAWL_DATE = "2026-06-20T03:00:00Z"


@dataclass(frozen=True)
class Page:
    """One crawled page: where it was fetched from, when, and the HTML body bytes."""

    url: str
    body_file: Path
    warc_date: str
    http_date: str  # RFC 7231 form, as a server would send it
    record_id: str
    last_modified: str


PAGES: tuple[Page, ...] = (
    Page(
        url="https://www.northwire.example/world/dravenia-artillery-target-2026-02-12/",
        body_file=SRC / "northwire-shell-target.html",
        warc_date="2026-06-20T03:00:05Z",
        http_date="Sat, 20 Jun 2026 03:00:05 GMT",
        record_id="<urn:uuid:5a0c1c2e-0001-4b1e-9f00-000000000002>",
        last_modified="Thu, 12 Feb 2026 15:52:10 GMT",
    ),
    Page(
        url="https://www.meridianherald.example/defence/2026/02/12/dravenia-vows-250000-artillery-shells-per-month/",
        body_file=SAMPLES / "html" / "meridian-herald-shell-target.html",
        warc_date="2026-06-20T03:00:09Z",
        http_date="Sat, 20 Jun 2026 03:00:09 GMT",
        record_id="<urn:uuid:5a0c1c2e-0001-4b1e-9f00-000000000003>",
        last_modified="Thu, 12 Feb 2026 18:30:00 GMT",
    ),
    Page(
        url="https://www.morningcourier.example/world/2026/02/20/dravenia-opposition-shell-drive-cost",
        body_file=SRC / "morning-courier-audit.html",
        warc_date="2026-06-20T03:00:14Z",
        http_date="Sat, 20 Jun 2026 03:00:14 GMT",
        record_id="<urn:uuid:5a0c1c2e-0001-4b1e-9f00-000000000004>",
        last_modified="Fri, 20 Feb 2026 17:45:00 GMT",
    ),
)

WARCINFO_ID = "<urn:uuid:5a0c1c2e-0001-4b1e-9f00-000000000000>"
REQUEST_ID = "<urn:uuid:5a0c1c2e-0001-4b1e-9f00-000000000001>"
USER_AGENT = "Mozilla/5.0 (compatible; sample-crawler/1.0; +https://crawler.example/bot)"


def _warcinfo(writer: WARCWriter) -> None:
    fields = (
        "software: newsclaims tools/make_sample_warc.py\r\n"
        "format: WARC File Format 1.1\r\n"
        "description: Fictional sample crawl bundled with newsclaims (all outlets invented)\r\n"
        f"isPartOf: newsclaims-samples\r\n"
        f"robots: ignore\r\n"
    ).encode("utf-8")
    record = writer.create_warc_record(
        "",
        "warcinfo",
        payload=io.BytesIO(fields),
        warc_content_type="application/warc-fields",
        warc_headers_dict={
            "WARC-Record-ID": WARCINFO_ID,
            "WARC-Date": CRAWL_DATE,
            "WARC-Filename": OUT.name,
        },
        length=len(fields),
    )
    writer.write_record(record)


def _request(writer: WARCWriter, page: Page) -> None:
    host = page.url.split("/")[2]
    path = "/" + page.url.split("/", 3)[3]
    http_headers = StatusAndHeaders(
        f"GET {path} HTTP/1.1",
        [
            ("Host", host),
            ("User-Agent", USER_AGENT),
            ("Accept", "text/html,application/xhtml+xml"),
            ("Accept-Encoding", "identity"),
        ],
        is_http_request=True,
    )
    record = writer.create_warc_record(
        page.url,
        "request",
        payload=io.BytesIO(b""),
        http_headers=http_headers,
        warc_headers_dict={
            "WARC-Record-ID": REQUEST_ID,
            "WARC-Date": page.warc_date,
            "WARC-Concurrent-To": page.record_id,
        },
        length=0,
    )
    writer.write_record(record)


def _response(writer: WARCWriter, page: Page) -> None:
    body = page.body_file.read_bytes()
    http_headers = StatusAndHeaders(
        "200 OK",
        [
            ("Date", page.http_date),
            ("Server", "nginx"),
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Last-Modified", page.last_modified),
            ("Cache-Control", "max-age=300"),
        ],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        page.url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http_headers,
        warc_headers_dict={
            "WARC-Record-ID": page.record_id,
            "WARC-Date": page.warc_date,
            "WARC-IP-Address": "192.0.2.10",  # TEST-NET-1 documentation address
        },
        length=len(body),
    )
    writer.write_record(record)


def build() -> bytes:
    """The archive's bytes, built in memory."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True, warc_version="1.1")
    _warcinfo(writer)
    _request(writer, PAGES[0])
    for page in PAGES:
        _response(writer, page)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed archive is stale")
    args = parser.parse_args(argv)
    data = build()
    digest = hashlib.sha256(data).hexdigest()
    if args.check:
        current = OUT.read_bytes() if OUT.exists() else b""
        if current != data:
            print(f"{OUT} is stale; run: python tools/make_sample_warc.py", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date (sha256 {digest})")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data)} bytes, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
