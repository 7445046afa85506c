"""Readers: user inputs (files, folders, URLs) to RawDocument records, or Problems.

Call :func:`read`. It never raises for bad input: every input that yields no document
yields a :class:`~newsclaims.model.Problem` instead, and the run goes on.
Readers decode but do not clean (HTML main-text extraction is the pipeline's job).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Problem, RawDocument
from ..options import ReadOptions
from .files import list_files, run

__all__ = ["read", "list_files"]


def read(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[RawDocument | Problem]:
    """Read files, folders (recursive, sorted, hidden entries skipped) and http(s) URLs.

    Local feeds are read first so that pages linked from feed items are read once, with
    the item's metadata. Sources name members as ``feed.xml#item=N``,
    ``crawl.warc.gz#record=N`` and ``batch.jsonl#line=N`` (all counting from 1).
    """
    return run(inputs, options or ReadOptions())
