"""Locating the shared evaluation data, for benchmarks and data-marked tests.

The evaluation sets live outside the repository, in ``shared/data`` beside the work tree
(``<repo>/../shared/data``). Nothing here copies them; callers skip cleanly when absent.
``NEWSCLAIMS_DATA`` overrides the location (a folder holding the set folders).
"""

from __future__ import annotations

import gzip
import os
import re
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent


def data_root() -> Path | None:
    """The folder holding the evaluation sets, or None when there is none."""
    env = os.environ.get("NEWSCLAIMS_DATA")
    candidates = [Path(env)] if env else [_REPO.parent / "shared" / "data", _REPO / "shared" / "data"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None


def data_dir(name: str) -> Path | None:
    """The folder of one evaluation set (e.g. ``"aeb-scrapinghub"``), or None when absent."""
    root = data_root()
    if root is None:
        return None
    path = root / name
    return path if path.is_dir() else None


def read_text(path: Path) -> str:
    """A data file as text: gunzipped when it ends in .gz, decoded as UTF-8 (bad bytes replaced)."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def read_html(path: Path) -> str:
    """An HTML page (gzipped or not) as text: UTF-8, else its declared charset, else cp1252."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(raw[:4096])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


def missing(name: str) -> str:
    """The message a benchmark prints before exiting 0 when a set is absent."""
    return f"skipped: evaluation set {name!r} not found (looked for ../shared/data/{name})"
