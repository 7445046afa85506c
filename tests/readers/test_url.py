"""http(s) URLs against a loopback server: pages, feeds, and every way a fetch fails."""

from __future__ import annotations

import gzip
import ipaddress
from http.server import BaseHTTPRequestHandler

import pytest

from newsclaims.options import ReadOptions
from newsclaims.readers import read
from newsclaims.readers import url as url_module

from ._util import ARTICLE, docs, page, problems

pytestmark = pytest.mark.network

FAST = ReadOptions(timeout=0.5, allow_private=True, max_redirects=3)

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Loopback Ledger</title>
<item><title>Linked story</title><link>/story</link><pubDate>Tue, 10 Mar 2026 09:30:00 GMT</pubDate></item>
<item><title>Dead link</title><link>/gone</link></item>
</channel></rss>"""


def fetch_all(urls: list[str], options: ReadOptions = FAST) -> list:
    return list(read(urls, options))


def test_html_page(server) -> None:
    body = page(charset=None).encode("cp1252", errors="replace")
    server.routes["/page"] = (200, {"Content-Type": "text/html; charset=windows-1252"}, body)
    (doc,) = docs(fetch_all([server.url("/page")]))
    assert doc.kind == "html" and doc.source == server.url("/page")
    assert doc.meta.url == server.url("/page") and doc.encoding == "cp1252"
    assert "Orsk" in doc.data


def test_gzip_body_and_user_agent(server) -> None:
    seen: list[str] = []

    def handler(h: BaseHTTPRequestHandler) -> None:
        seen.append(h.headers.get("User-Agent", ""))
        body = gzip.compress(page().encode())
        h.send_response(200)
        h.send_header("Content-Type", "application/octet-stream")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    server.routes["/z"] = handler
    (doc,) = docs(fetch_all([server.url("/z")]))
    assert doc.kind == "html" and ARTICLE in doc.data
    assert seen == [FAST.user_agent]


def test_feed_links_are_fetched_with_item_metadata(server) -> None:
    server.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, FEED.encode())
    server.routes["/story"] = (200, {"Content-Type": "text/html"}, page().encode())
    got = fetch_all([server.url("/feed")])
    (story,) = docs(got)
    assert story.source == server.url("/story")
    assert story.meta.title == "Linked story" and story.meta.outlet == "Loopback Ledger"
    assert story.meta.published == "2026-03-10T09:30:00+00:00"
    (dead,) = problems(got)
    assert dead.source == server.url("/gone") and dead.reason == "HTTP 404 Not Found"


def test_404(server) -> None:
    (got,) = fetch_all([server.url("/missing")])
    assert got.kind == "failed" and got.reason == "HTTP 404 Not Found"


def test_timeout(server) -> None:
    server.routes["/slow"] = lambda h: server.release.wait(5)
    (got,) = fetch_all([server.url("/slow")])
    assert got.kind == "failed" and got.reason == "timed out after 0.5 s"


def test_redirect_loop(server) -> None:
    server.routes["/a"] = (302, {"Location": "/b"}, b"")
    server.routes["/b"] = (301, {"Location": server.url("/a")}, b"")
    (got,) = fetch_all([server.url("/a")])
    assert got.kind == "failed" and got.reason.startswith("redirect loop")


def test_too_many_redirects(server) -> None:
    for n in range(6):
        server.routes[f"/r{n}"] = (302, {"Location": f"/r{n + 1}"}, b"")
    (got,) = fetch_all([server.url("/r0")])
    assert got.reason == "too many redirects (more than 3)"
    assert len(server.hits) == 4


def test_redirect_is_followed(server) -> None:
    server.routes["/old"] = (301, {"Location": "/new"}, b"")
    server.routes["/new"] = (200, {"Content-Type": "text/html"}, page().encode())
    (doc,) = docs(fetch_all([server.url("/old")]))
    assert doc.source == server.url("/old") and doc.meta.url == server.url("/new")


def test_private_address_refused_without_allow_private(server) -> None:
    server.routes["/page"] = (200, {"Content-Type": "text/html"}, page().encode())
    (got,) = fetch_all([server.url("/page")], ReadOptions(timeout=0.5))
    assert got.kind == "failed"
    assert got.reason == "refused: 127.0.0.1 is a private/loopback address (use --allow-private)"
    assert server.hits == []  # refused before connecting


def test_every_redirect_hop_is_checked(server, monkeypatch) -> None:
    # Pretend only 127.0.0.2 is private, so the first hop (127.0.0.1) is allowed.
    monkeypatch.setattr(url_module, "_refused", lambda ip: ip == ipaddress.ip_address("127.0.0.2"))
    port = server.base.rsplit(":", 1)[1]
    server.routes["/hop"] = (302, {"Location": f"http://127.0.0.2:{port}/inside"}, b"")
    (got,) = fetch_all([server.url("/hop")], ReadOptions(timeout=0.5))
    assert got.reason.startswith("refused: 127.0.0.2")
    assert server.hits == ["/hop"]


def test_body_over_cap(server) -> None:
    server.routes["/big"] = (200, {"Content-Type": "text/html"}, page(body=ARTICLE * 50).encode())

    def chunked(h: BaseHTTPRequestHandler) -> None:  # no Content-Length: must stream and stop
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        for _ in range(100):
            h.wfile.write(ARTICLE.encode() * 10)

    server.routes["/stream"] = chunked
    opts = ReadOptions(timeout=2, allow_private=True, max_bytes=5000)
    big, stream = fetch_all([server.url("/big"), server.url("/stream")], opts)
    assert big.kind == "failed" and "size cap of 5,000 bytes" in big.reason
    assert stream.kind == "failed" and "size cap of 5,000 bytes" in stream.reason


def test_unsupported_scheme() -> None:
    (got,) = fetch_all(["ftp://files.example/story.html"])
    assert got.kind == "failed" and "unsupported URL scheme" in got.reason
