"""Local files and folders: sniffing, skipping, size caps, gzip."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsclaims.options import ReadOptions
from newsclaims.readers import read

from ._util import ARTICLE, docs, page, problems


def run(*inputs: Path | str, **opts: object) -> list:
    return list(read([str(i) for i in inputs], ReadOptions(**opts)))  # type: ignore[arg-type]


def test_html_text_markdown_by_content(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(page(), encoding="utf-8")  # HTML despite the name
    (tmp_path / "notes.md").write_text("# Orsk\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "plain").write_text(ARTICLE, encoding="utf-8")
    got = {d.source.rsplit("/", 1)[-1]: d for d in docs(run(tmp_path))}
    assert got["story.txt"].kind == "html"
    assert got["notes.md"].kind == "markdown"
    assert got["plain"].kind == "text"
    assert got["plain"].data == ARTICLE
    assert got["plain"].encoding == "utf_8"


def test_folder_recursion_is_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for rel in ["b/z.txt", "b/a.txt", "a.txt", "c/d/e.txt", ".hidden/x.txt", "b/.secret.txt", "B.txt"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{rel}: {ARTICLE}", encoding="utf-8")
    sources = [Path(d.source).relative_to(tmp_path).as_posix() for d in docs(run(tmp_path))]
    assert sources == ["B.txt", "a.txt", "b/a.txt", "b/z.txt", "c/d/e.txt"]


def test_empty_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    got = run(tmp_path)
    assert [(p.kind, p.reason) for p in problems(got)] == [("skipped", "empty file")] * 2
    assert not docs(got)


def test_binary_file_fails(tmp_path: Path) -> None:
    blob = tmp_path / "story.html"
    blob.write_bytes(bytes(range(256)) * 20)
    (got,) = run(blob)
    assert got.kind == "failed"
    assert got.reason.startswith("binary file, not an article")
    assert got.source == str(blob)


def test_non_article_extensions_are_skipped_in_folders(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    (tmp_path / "site.css").write_text("body { color: red }")
    (tmp_path / "bundle.tar.gz").write_bytes(gzip.compress(b"x" * 100))
    (tmp_path / "story.txt").write_text(ARTICLE)
    got = run(tmp_path)
    skipped = {Path(p.source).name: p for p in problems(got)}
    assert set(skipped) == {"logo.png", "site.css", "bundle.tar.gz"}
    assert all(p.kind == "skipped" and "not an article" in p.reason for p in skipped.values())
    assert [Path(d.source).name for d in docs(got)] == ["story.txt"]


def test_binary_file_named_directly_fails(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    (got,) = run(logo)
    assert got.kind == "failed"


def test_missing_file_fails(tmp_path: Path) -> None:
    (got,) = run(tmp_path / "nope.html")
    assert got.kind == "failed" and "no such file" in got.reason


def test_file_over_size_cap_fails(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 10)
    (got,) = run(big, max_bytes=1000)
    assert got.kind == "failed"
    assert f"{big.stat().st_size:,} bytes" in got.reason and "cap of 1,000 bytes" in got.reason


def test_gzipped_html_is_read(tmp_path: Path) -> None:
    raw = gzip.compress(page().encode("utf-8"))
    for name in ("story.html.gz", "story-no-extension"):
        (tmp_path / name).write_bytes(raw)
    got = docs(run(tmp_path))
    assert [d.kind for d in got] == ["html", "html"]
    assert all(ARTICLE in d.data for d in got)


def test_truncated_gzip_fails(tmp_path: Path) -> None:
    raw = gzip.compress(page().encode("utf-8") * 5)
    cut = tmp_path / "story.html.gz"
    cut.write_bytes(raw[: len(raw) // 2])
    (got,) = run(cut)
    assert got.kind == "failed" and got.reason.startswith("truncated gzip:")


def test_gzip_bomb_is_capped_on_decompressed_size(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 2_000_000))
    assert bomb.stat().st_size < 10_000
    (got,) = run(bomb, max_bytes=100_000)
    assert got.kind == "failed"
    assert "decompressed" in got.reason and "100,000 bytes" in got.reason


def test_legacy_encoded_files(tmp_path: Path) -> None:
    western = "Le minist\u00e8re a command\u00e9 48 v\u00e9hicules pour 1,2 milliard d\u2019euros, " \
              "\u00ab une \u00e9tape d\u00e9cisive \u00bb, selon la ministre. " * 3
    cyrillic = "\u0412\u043e\u0435\u043d\u043d\u043e\u0435 \u043c\u0438\u043d\u0438\u0441\u0442" \
               "\u0435\u0440\u0441\u0442\u0432\u043e \u0437\u0430\u043a\u0430\u0437\u0430\u043b" \
               "\u043e 48 \u043c\u0430\u0448\u0438\u043d \u043d\u0430 \u0441\u0443\u043c\u043c" \
               "\u0443 1,2 \u043c\u0438\u043b\u043b\u0438\u0430\u0440\u0434\u0430. " * 3
    (tmp_path / "fr.txt").write_bytes(western.encode("cp1252"))
    (tmp_path / "ru.txt").write_bytes(cyrillic.encode("cp1251"))
    got = {Path(d.source).name: d for d in docs(run(tmp_path))}
    assert got["fr.txt"].data == western and got["fr.txt"].encoding == "cp1252"
    assert got["ru.txt"].data == cyrillic and got["ru.txt"].encoding == "cp1251"


def test_invalid_utf8_junk_fails_not_raises(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes((i * 37 + 11) % 128 + 128 for i in range(600)))
    (got,) = run(junk)
    assert got.kind == "failed" and "undecodable" in got.reason


def test_raw_sha256_is_of_bytes_as_read(tmp_path: Path) -> None:
    import hashlib

    data = "caf\u00e9 ".encode("cp1252") * 50
    (tmp_path / "a.txt").write_bytes(data)
    (doc,) = docs(run(tmp_path / "a.txt"))
    assert doc.raw_sha256 == hashlib.sha256(data).hexdigest()
