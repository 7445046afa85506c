"""Turning the user's inputs into an ordered plan, and running it.

Folders are walked recursively in sorted order, hidden files and folders skipped. Feeds
are read before everything else so that a page a feed item links to is read once, with
the item's metadata, and not a second time as a plain file of the folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.request import url2pathname

from ..model import Problem, RawDocument
from ..options import ReadOptions
from .common import one_line, problem
from .detect import GZIP_MAGIC, HEAD_BYTES, skip_reason, sniff, strip_gz
from .dispatch import Context, read_file, read_url
from .gz import peek


@dataclass(frozen=True, slots=True)
class _Step:
    kind: str  # "file", "url" or "problem"
    target: str
    explicit: bool = False
    problem: Problem | None = None


def list_files(folder: str) -> list[str]:
    """Every non-hidden file under ``folder``, in a deterministic (sorted) order."""
    found: list[str] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, n) for n in sorted(names) if not n.startswith("."))
    return found


def _is_feed(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return False
    if head.startswith(GZIP_MAGIC):
        head = peek(head)
    return sniff(head, strip_gz(path)) == "feed"


def _plan(inputs: Iterable[str]) -> list[_Step]:
    steps: list[_Step] = []
    for given in inputs:
        scheme = urlsplit(given).scheme.lower() if "://" in given else ""
        if scheme in ("http", "https"):
            steps.append(_Step("url", given))
            continue
        path = given
        if scheme == "file":
            path = url2pathname(urlsplit(given).path)
        elif scheme:
            steps.append(_Step("problem", given, problem=problem(given, f"unsupported URL scheme: {scheme}")))
            continue
        if os.path.isdir(path):
            for file in list_files(path):
                reason = skip_reason(file)
                if reason:
                    steps.append(_Step("problem", file, problem=problem(file, reason, "skipped")))
                else:
                    steps.append(_Step("file", file))
        else:
            steps.append(_Step("file", path, explicit=True))
    return steps


def run(inputs: Iterable[str], options: ReadOptions) -> Iterator[RawDocument | Problem]:
    ctx = Context(options)
    steps = _plan(inputs)
    feeds = [i for i, s in enumerate(steps) if s.kind == "file" and _is_feed(s.target)]
    feed_set = set(feeds)
    order = feeds + [i for i in range(len(steps)) if i not in feed_set]
    for i in order:
        step = steps[i]
        if step.kind == "problem":
            assert step.problem is not None
            yield step.problem
        elif step.kind == "url":
            yield from _guarded(step.target, read_url(step.target, ctx))
        else:
            if os.path.realpath(step.target) in ctx.consumed:
                continue  # already read as the page of a feed item, with its metadata
            if step.explicit:
                reason = skip_reason(step.target)
                if reason:
                    yield problem(step.target, reason)
                    continue
            yield from _guarded(step.target, read_file(step.target, ctx))


def _guarded(source: str, items: Iterator[RawDocument | Problem]) -> Iterator[RawDocument | Problem]:
    """A bug in a reader costs one input, not the run: readers never raise for bad input."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - by design the last line of defence
        yield problem(source, f"unexpected error: {type(exc).__name__}: {one_line(exc)}")
