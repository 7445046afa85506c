"""sniff(): the format comes from the bytes; the name only separates Markdown from text."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from newsclaims.options import ReadOptions
from newsclaims.readers import read
from newsclaims.readers.detect import binary_reason, sniff, skip_reason


@pytest.mark.parametrize(("head", "name", "expected"), [
    (b"", "a.html", "empty"),
    (gzip.compress(b"<html></html>"), "a.html", "gzip"),
    (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x", "warc"),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "a.txt", "feed"),
    (b'<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', "", "feed"),
    (b'<rdf:RDF xmlns:rdf="x">', "", "feed"),
    (b'<?xml version="1.0"?><urlset><url/></urlset>', "sitemap.xml", "xml"),
    (b"<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>", "a.txt", "html"),
    (b"  <div class='story'><p>Hi</p></div>", "", "html"),
    (codecs.BOM_UTF16_LE + "<html><body>x</body></html>".encode("utf-16-le"), "", "html"),
    (b'{"text": "Hello"}\n{"text": "again"}\n', "batch.txt", "jsonl"),
    (b"# Title\n\nSome text.", "a.md", "markdown"),
    (b"# Title\n\nSome text.", "a.txt", "text"),
    (b"Talks resumed on Monday. <p> is a tag.", "a.html", "text"),
    (b"\x00\x01\x02binary", "a.txt", "binary"),
    (b"%PDF-1.7\n", "a.txt", "binary"),
])
def test_sniff(head: bytes, name: str, expected: str) -> None:
    assert sniff(head, name) == expected


def test_skip_reasons() -> None:
    assert skip_reason("x/logo.PNG") == "a .png file (image) is not an article"
    assert skip_reason("bundle.tar.gz") is not None
    assert skip_reason("story.html.gz") is None
    assert skip_reason("crawl.warc.gz") is None
    assert skip_reason("notes.md") is None


def test_xml_that_is_not_a_feed_is_skipped(tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>')
    (got,) = list(read([str(sitemap)], ReadOptions()))
    assert got.kind == "skipped" and "not a feed" in got.reason


def test_json_document_is_skipped_not_read_as_text(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text('{\n  "files": ["a.html", "b.html"],\n  "count": 2\n}\n')
    (got,) = list(read([str(manifest)], ReadOptions()))
    assert got.kind == "skipped" and "JSON document" in got.reason


def test_archive_side_files_are_skipped_in_a_folder_walk():
    from newsclaims.readers.detect import skip_reason

    for name in ("news.db", "news.db-wal", "news.db-shm", "x.sqlite-journal"):
        assert skip_reason(f"/tmp/f/{name}"), name
    assert skip_reason("/tmp/f/notes-wal.txt") is None


def test_licence_and_readme_files_are_skipped_in_a_folder_walk():
    from newsclaims.readers.detect import skip_reason

    for name in ("LICENSE", "LICENSE.txt", "README.md", "COPYING", "CHANGELOG.md", "NOTICE"):
        assert skip_reason(f"/data/pages/{name}"), name
    for name in ("license-plate-story.html", "readme-of-the-week.txt"):
        assert skip_reason(f"/data/pages/{name}") is None, name


def test_text_with_tabs_newlines_and_escapes_is_text() -> None:
    assert binary_reason(b"Headline\r\n\tBody text \x1b[0m with\x0c a form feed.\n" * 20) is None


def test_control_bytes_above_five_percent_make_binary_junk() -> None:
    text = b"a" * 95
    assert binary_reason(text + b"\x01" * 5) is None  # exactly 5%: still text
    assert binary_reason(text + b"\x01\x02\x03\x04\x05\x06") == "binary file, not an article"


def test_nul_bytes_and_magic_numbers_are_binary() -> None:
    assert binary_reason(b"plain words\x00more") == "binary file, not an article"
    assert binary_reason(b"%PDF-1.7 rest") is not None
