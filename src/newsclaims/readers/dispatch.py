"""From a file, a URL or a buffer of bytes to RawDocuments, by what the bytes are.

Everything that needs to read "something" goes through here: a feed item linking to a
local file reads that file with :func:`read_file`, and an item of a fetched feed
fetches its link with :func:`read_url`, so the same size caps and sniffing apply.
"""

from __future__ import annotations

import io
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

from ..model import Metadata, Problem, RawDocument
from ..options import ReadOptions
from .common import ReadFailure, one_line, over_cap, problem, sha256_hex
from .detect import GZIP_MAGIC, HEAD_BYTES, binary_reason, sniff, strip_gz
from .feed import Feed, FeedItem, full_description, parse_feed
from .gz import GzipStream, gunzip, peek
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .url import fetch
from .warc import read_warc

Item = RawDocument | Problem

# Items of a fetched feed whose links are fetched in turn, at most.
MAX_FEED_FETCHES = 100

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Context:
    """State of one :func:`newsclaims.readers.read` call."""

    options: ReadOptions
    consumed: set[str] = field(default_factory=set)  # real paths read as a feed item's page


def _with_meta(item: Item, meta: Metadata | None) -> Item:
    if meta is None or not isinstance(item, RawDocument):
        return item
    return RawDocument(item.source, item.kind, item.data, item.raw_sha256,
                       meta.merged(item.meta), item.encoding)


def dispatch(
    source: str,
    data: bytes,
    ctx: Context,
    *,
    name: str = "",
    raw_sha256: str | None = None,
    declared: str | None = None,
    content_type: str | None = None,
    base_dir: str | None = None,
    base_url: str | None = None,
    follow_links: bool = True,
    gzipped: bool = False,
) -> Iterator[Item]:
    """Read ``data`` as whatever its first bytes say it is."""
    raw_sha256 = raw_sha256 or sha256_hex(data)
    fmt = sniff(data[:HEAD_BYTES], name)
    if fmt == "text" and content_type in _HTML_TYPES:
        fmt = "html"
    if fmt == "empty":
        yield problem(source, "empty file" if base_url is None else "empty response body", "skipped")
    elif fmt == "binary":
        yield problem(source, binary_reason(data[:HEAD_BYTES]) or "binary file, not an article")
    elif fmt == "gzip":
        if gzipped:
            yield problem(source, "gzip inside gzip is not read")
            return
        try:
            inner = gunzip(io.BytesIO(data), ctx.options.max_bytes)
        except ReadFailure as exc:
            yield problem(source, exc.reason, exc.kind)
            return
        yield from dispatch(source, inner, ctx, name=strip_gz(name), raw_sha256=raw_sha256,
                            declared=declared, content_type=None, base_dir=base_dir,
                            base_url=base_url, follow_links=follow_links, gzipped=True)
    elif fmt == "warc":
        yield from read_warc(source, io.BytesIO(data), ctx.options)
    elif fmt == "feed":
        yield from _feed(source, data, ctx, base_dir=base_dir, base_url=base_url,
                         follow_links=follow_links)
    elif fmt == "xml":
        yield problem(source, "XML document that is not a feed, not an article", "skipped")
    elif fmt == "html":
        yield read_html(source, data, raw_sha256=raw_sha256, declared=declared)
    elif fmt == "jsonl":
        yield from read_jsonl(source, data)
    elif _is_json_document(data):
        yield problem(source, "a JSON document is not an article (JSON Lines, one article "
                      "object per line, is read)", "skipped")
    else:
        yield read_text(source, data, kind=fmt, raw_sha256=raw_sha256, declared=declared)


def _is_json_document(data: bytes) -> bool:
    """A whole JSON document (a manifest, a config) rather than prose."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith((b"{", b"[")):
        return False
    try:
        json.loads(stripped)
    except ValueError:
        return False
    return True


def read_file(path: str, ctx: Context, *, meta: Metadata | None = None,
              follow_links: bool = True) -> Iterator[Item]:
    """One local file. WARCs are streamed (the cap applies per record); others are read whole."""
    cap = ctx.options.max_bytes
    try:
        st = os.stat(path)
    except FileNotFoundError:
        yield problem(path, "no such file or directory")
        return
    except OSError as exc:
        yield problem(path, f"cannot read file: {one_line(exc)}")
        return
    if not stat.S_ISREG(st.st_mode):
        yield problem(path, "not a regular file")
        return
    if st.st_size == 0:
        yield problem(path, "empty file", "skipped")
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
            if head.startswith(b"WARC/1.") or (head.startswith(GZIP_MAGIC) and peek(head).startswith(b"WARC/1.")):
                fh.seek(0)
                stream = GzipStream(fh) if head.startswith(GZIP_MAGIC) else fh
                yield from read_warc(path, stream, ctx.options)  # type: ignore[arg-type]
                return
            if st.st_size > cap:
                yield problem(path, over_cap("file", st.st_size, cap))
                return
            data = head + fh.read(cap + 1 - len(head))
    except OSError as exc:
        yield problem(path, f"cannot read file: {one_line(exc)}")
        return
    if len(data) > cap:  # the file grew after stat
        yield problem(path, over_cap("file", None, cap))
        return
    # Relative links resolve against the file's folder, kept relative like the path given.
    base_dir = os.path.dirname(path) or os.curdir
    for item in dispatch(path, data, ctx, name=os.path.basename(path), base_dir=base_dir,
                         follow_links=follow_links):
        yield _with_meta(item, meta)


def read_url(url: str, ctx: Context, *, meta: Metadata | None = None,
             follow_links: bool = True) -> Iterator[Item]:
    """One http(s) URL; a feed found there has its items' links fetched too."""
    try:
        got = fetch(url, ctx.options)
    except ReadFailure as exc:
        yield problem(url, exc.reason, exc.kind)
        return
    own = Metadata(url=got.url)
    for item in dispatch(url, got.body, ctx, name=unquote(urlsplit(got.url).path),
                         declared=got.charset, content_type=got.content_type,
                         base_url=got.url, follow_links=follow_links):
        yield _with_meta(item, (meta or Metadata()).merged(own))


def _local_link(link: str | None, base_dir: str) -> str | None:
    """The local path a feed item's link names, or None when it is not a path."""
    if not link:
        return None
    parts = urlsplit(link)
    if parts.scheme == "file" and parts.netloc in ("", "localhost"):
        return url2pathname(parts.path)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    return os.path.normpath(os.path.join(base_dir, unquote(parts.path)))


def _item_doc(where: str, body: str, item: FeedItem, feed: Feed, kind: str = "html") -> RawDocument:
    return RawDocument(source=where, kind=kind, data=body,  # type: ignore[arg-type]
                       raw_sha256=sha256_hex(body.encode("utf-8")), meta=item.meta,
                       encoding=feed.encoding)


def _feed(source: str, data: bytes, ctx: Context, *, base_dir: str | None,
          base_url: str | None, follow_links: bool) -> Iterator[Item]:
    try:
        feed = parse_feed(data)
    except ReadFailure as exc:
        yield problem(source, exc.reason, exc.kind)
        return
    if not feed.items:
        yield problem(source, "feed has no items", "skipped")
        return
    fetched = 0
    for item in feed.items:
        where = f"{source}#item={item.number}"
        if item.content:
            yield _item_doc(where, item.content, item, feed, item.content_kind)
            continue
        local = _local_link(item.link, base_dir) if base_dir is not None and follow_links else None
        if local is not None and os.path.isfile(local):
            ctx.consumed.add(os.path.realpath(local))
            # The link is a path, not a URL: the page's own canonical URL is better.
            yield from read_file(local, ctx, meta=_local_meta(item), follow_links=False)
            continue
        if full_description(item):
            yield _item_doc(where, item.description or "", item, feed)
            continue
        if base_url is not None and follow_links and item.link:
            target = urljoin(base_url, item.link)
            if urlsplit(target).scheme in ("http", "https"):
                if fetched >= MAX_FEED_FETCHES:
                    yield problem(where, f"feed item not fetched: only the first {MAX_FEED_FETCHES} "
                                  "linked items of a feed are fetched", "skipped")
                    continue
                fetched += 1
                yield from read_url(target, ctx, meta=item.meta, follow_links=False)
                continue
        reason = "feed item has no content and its link is not a local file"
        if local is not None:
            reason += f" ({item.link} not found)"
        yield problem(where, reason, "skipped")


def _local_meta(item: FeedItem) -> Metadata:
    m = item.meta
    url = m.url if m.url and urlsplit(m.url).scheme == "file" else None
    return Metadata(title=m.title, published=m.published, author=m.author, outlet=m.outlet, url=url)
