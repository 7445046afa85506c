"""What is this input? Decided from its first bytes, with the file name only as a hint.

Extensions lie (a ``.html`` that is gzip, a feed saved as ``.txt``), so the content is
checked first; the name only separates Markdown from plain text and lets a folder walk
pass over files that are plainly not articles without opening them.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from typing import Literal

Format = Literal["empty", "binary", "gzip", "warc", "feed", "xml", "html", "jsonl", "markdown", "text"]

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 8192

MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})

_SKIP_GROUPS: dict[str, tuple[str, ...]] = {
    "image": (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif",
              ".tiff", ".avif", ".heic", ".psd"),
    "stylesheet": (".css", ".scss", ".less"),
    "script": (".js", ".mjs", ".cjs", ".ts", ".map", ".wasm"),
    "font": (".woff", ".woff2", ".ttf", ".otf", ".eot"),
    "PDF or office document": (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
                               ".odt", ".ods", ".odp", ".rtf", ".epub"),
    "archive": (".zip", ".tar", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".zst", ".lz4",
                ".lzma", ".z", ".cab", ".iso", ".dmg"),
    "audio or video": (".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".oga", ".webm", ".mov",
                       ".avi", ".mkv", ".flac", ".aac", ".m3u8"),
    "source code or configuration": (".py", ".pyi", ".sh", ".bash", ".c", ".h", ".cc", ".cpp",
                                     ".hpp", ".java", ".go", ".rs", ".rb", ".pl", ".swift",
                                     ".kt", ".sql", ".toml", ".yaml", ".yml", ".ini", ".cfg",
                                     ".lock"),
    "binary or data": (".exe", ".dll", ".so", ".dylib", ".bin", ".o", ".a", ".pyc", ".class",
                       ".jar", ".whl", ".sqlite", ".sqlite3", ".db", ".parquet", ".pkl",
                       ".pickle", ".npy", ".npz", ".csv", ".tsv", ".xlsb"),
}
SKIP_EXTENSIONS: dict[str, str] = {ext: group for group, exts in _SKIP_GROUPS.items() for ext in exts}

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_TEXT_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
              codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


# An archive's own write-ahead log and shared-memory files, met when the archive sits in
# the folder being ingested.
_SQLITE_SIDE_FILE = re.compile(r"\.(db|sqlite3?)-(wal|shm|journal)$")


# Files that sit beside saved pages in downloaded collections but are never articles.
_PROJECT_FILE = re.compile(
    r"(?:licen[cs]e|copying|notice|readme|changelog|changes|authors|contributing|makefile|dockerfile)"
    r"(?:\.[a-z0-9]{1,5})?$"
)


def strip_gz(name: str) -> str:
    """``page.html.gz`` -> ``page.html`` (the name the content had before compression)."""
    return name[:-3] if name.lower().endswith(".gz") else name


def extension(name: str) -> str:
    return os.path.splitext(strip_gz(os.path.basename(name)))[1].lower()


def skip_reason(name: str) -> str | None:
    """Why a file met during a folder walk is plainly not an article, or None."""
    lower = os.path.basename(name).lower()
    if lower.endswith((".tar.gz", ".tgz")):
        return "a .tar.gz file (archive) is not an article"
    if _SQLITE_SIDE_FILE.search(lower):
        return "a database journal file is not an article"
    if _PROJECT_FILE.match(lower):
        return "a licence, readme or build file is not an article"
    ext = extension(name)
    group = SKIP_EXTENSIONS.get(ext)
    return f"a {ext} file ({group}) is not an article" if group else None


def _head_text(head: bytes) -> str:
    """The head as text good enough for ASCII markers (a UTF-16/32 BOM is honoured)."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                       (codecs.BOM_UTF8, "utf-8")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    return head.decode("latin-1")


# Control bytes that do not occur in text (tab, newlines, form feed and escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def binary_reason(head: bytes) -> str | None:
    """Why these bytes are not text (NUL bytes, many control characters), or None."""
    if head.startswith(_TEXT_BOMS):
        return None
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            return f"binary file, not an article ({what})"
    if b"\x00" in head:
        return "binary file, not an article"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > 0.05:
        return "binary file, not an article"
    return None


# The first element after the XML declaration, comments, PIs and the DOCTYPE.
_FIRST_ELEMENT = re.compile(
    r"^\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE(?:[^\[>]|\[.*?\])*>\s*)*<([A-Za-z][\w:.-]*)",
    re.S | re.I,
)
_HTML_ROOTS = {"html", "head", "body", "meta", "title", "article", "div", "p", "main",
               "section", "header", "link", "script", "style", "h1", "h2", "table"}
_HTML_ANYWHERE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.I)
_JSON_OBJECT_START = re.compile(r'^\{\s*"[^"\\]*"\s*:')


def _looks_jsonl(text: str) -> bool:
    for line in text.splitlines()[:3]:
        line = line.strip()
        if not line:
            continue
        if not _JSON_OBJECT_START.match(line):
            return False
        try:
            return isinstance(json.loads(line), dict)
        except ValueError:
            # A line longer than the head is cut short: the opening is evidence enough.
            return len(line) >= len(text) // 2
    return False


def sniff(head: bytes, name: str = "") -> Format:
    """Classify an input from its first bytes (at least :data:`HEAD_BYTES` if it has them)."""
    if not head:
        return "empty"
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(b"WARC/1."):
        return "warc"
    reason = binary_reason(head)
    if reason:
        return "binary"
    text = _head_text(head).lstrip("\ufeff")
    if not text.strip():
        return "empty"
    first = _FIRST_ELEMENT.match(text)
    root = first.group(1).lower() if first else None
    if root in ("rss", "feed", "rdf:rdf"):
        return "feed"
    if root in _HTML_ROOTS or (root is not None and _HTML_ANYWHERE.search(text[:4096])):
        return "html"
    if root is not None and text.lstrip().startswith("<?xml"):
        return "xml"  # XML that is neither a feed nor XHTML (a sitemap, an OPML list...)
    if _looks_jsonl(text):
        return "jsonl"
    if extension(name) in MARKDOWN_EXTENSIONS:
        return "markdown"
    return "text"
