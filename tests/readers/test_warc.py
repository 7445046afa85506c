"""WARC archives: HTML responses only; a cut archive keeps what was read."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsclaims.options import ReadOptions
from newsclaims.readers import read

from ._util import ARTICLE, docs, page, problems


def _response(writer: WARCWriter, url: str, body: bytes, ctype: str, status: str = "200 OK",
              encoding: str | None = None):
    headers = [("Content-Type", ctype)]
    if encoding:
        headers.append(("Content-Encoding", encoding))
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)


def make_warc(path: Path, gz: bool) -> None:
    import gzip

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        w.write_record(w.create_warc_record("https://a.example/req", "request",
                                            payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        w.write_record(_response(w, "https://a.example/one", page(title="One").encode("utf-8"),
                                 "text/html; charset=utf-8"))
        w.write_record(_response(w, "https://a.example/style.css", b"body{}", "text/css"))
        w.write_record(_response(w, "https://a.example/moved", b"", "text/html", "301 Moved Permanently"))
        cp = page(title="Caf\u00e9", body=ARTICLE.replace("\u201c", "'").replace("\u201d", "'") + " Caf\u00e9 cr\u00e8me.",
                  charset=None)
        w.write_record(_response(w, "https://a.example/legacy", cp.encode("cp1252"),
                                 "text/html; charset=windows-1252"))
        w.write_record(_response(w, "https://a.example/gz", gzip.compress(page(title="Zipped").encode()),
                                 "text/html", encoding="gzip"))


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    make_warc(path, gz)
    got = list(read([str(path)], ReadOptions()))
    assert not problems(got)
    pages = docs(got)
    assert [d.source for d in pages] == [f"{path}#record={n}" for n in (3, 6, 7)]
    assert [d.meta.url for d in pages] == ["https://a.example/one", "https://a.example/legacy",
                                           "https://a.example/gz"]
    assert "Caf\u00e9 cr\u00e8me" in pages[1].data and pages[1].encoding == "cp1252"
    assert "<title>Zipped</title>" in pages[2].data


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_keeps_records_read_so_far(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    make_warc(path, gz)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 60])
    got = list(read([str(path)], ReadOptions()))
    pages = docs(got)
    assert [d.meta.url for d in pages][:2] == ["https://a.example/one", "https://a.example/legacy"]
    assert len(pages) == 2
    (cut,) = problems(got)
    assert cut.kind == "failed" and cut.source == str(path)
    assert cut.reason.startswith("truncated WARC after 6 records")


def test_warc_record_over_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        w.write_record(_response(w, "https://a.example/big", page(body=ARTICLE * 20).encode(), "text/html"))
        w.write_record(_response(w, "https://a.example/small", page(title="Small", body="x").encode(), "text/html"))
    got = list(read([str(path)], ReadOptions(max_bytes=2000)))
    (big,) = problems(got)
    assert big.source == f"{path}#record=1" and "size cap of 2,000 bytes" in big.reason
    assert [d.meta.url for d in docs(got)] == ["https://a.example/small"]
