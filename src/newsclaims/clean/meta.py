"""Cheap article metadata from an already parsed HTML tree.

trafilatura's own metadata pass (htmldate's extensive search, author heuristics over the
whole page) costs about as much as the text extraction itself. Nearly every news page
states its metadata plainly: Open Graph / Twitter meta tags, schema.org JSON-LD, Dublin
Core or publisher-specific ``<meta>`` names, ``<link rel=canonical>``, ``<time datetime>``.
This module reads those sources only, in a fixed order of trust, and leaves the expensive
date search (htmldate, fast mode) as a last resort for pages that state no date at all.

Everything here is a pure function of the tree (which it does not modify) and the URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from ..dates import iso_date, ymd
from ..model import Metadata

if TYPE_CHECKING:  # pragma: no cover
    from lxml.html import HtmlElement

# schema.org types whose headline/date/author describe the page's article
_ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
        "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
        "WebPage", "ItemPage", "Blog", "VideoObject",
    )
)
_ORG_TYPES = frozenset(("organization", "newsmediaorganization", "website", "corporation"))

# meta names/properties, most trusted first (all compared lower-case)
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline", "sailthru.title", "parsely-title")
_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "published_time", "publish-date", "publishdate", "publish_date", "pubdate",
    "date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dc.date.created",
    "sailthru.date", "parsely-pub-date", "article_date_original", "cxenseparse:recs:publishtime",
    "original-publish-date", "og:published_time", "citation_publication_date", "displaydate",
    "article:modified_time", "og:updated_time", "datemodified", "last-modified",
)
_AUTHOR_KEYS = (
    "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator",
    "byl", "sailthru.author", "parsely-author", "twitter:creator", "citation_author",
)
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_URL_KEYS = ("og:url", "twitter:url")

_WS = re.compile(r"\s+")
_BY_PREFIX = re.compile(r"^\s*(?:by|from|von|par|por)\s*[:\-]?\s+", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[-_])")


def read_metadata(tree: HtmlElement, url: str | None = None, *, date_fallback: bool = True) -> Metadata:
    """Title, publication date, author, outlet and canonical URL stated by the page.

    ``url`` is where the page was read from: it resolves a relative canonical link and
    names the outlet (its host) when the page does not. ``date_fallback`` lets htmldate
    look for a date (fast mode) when no structured source states one.
    """
    scan = _scan(tree)
    metas = scan.metas
    ld = [obj for raw in scan.json_ld for obj in _json_ld_objects(raw)]
    article = next((o for o in ld if _types(o) & _ARTICLE_TYPES and o.get("headline")), None)
    if article is None:
        article = next((o for o in ld if _types(o) & _ARTICLE_TYPES), {})

    canonical = _canonical(scan.canonical + [metas.get(k) for k in _URL_KEYS], url)
    outlet = (
        _first(metas, _OUTLET_KEYS, _clean_outlet)
        or _ld_name(article.get("publisher"))
        or next((_ld_name(o) for o in ld if _types(o) & _ORG_TYPES and _ld_name(o)), None)
        or host_name(canonical or url)
    )
    outlet_key = _squash(outlet or "")
    # a title or author that is just the site's name names nothing
    title = next((t for t in _titles(scan, article) if _squash(t) != outlet_key), None)
    published = (
        _first(metas, _DATE_KEYS, iso_date)
        or iso_date(_ld_text(article.get("datePublished")))
        or iso_date(_ld_text(article.get("dateCreated")))
        or _element_date(tree)
        or iso_date(_ld_text(article.get("dateModified")))
    )
    if not published:
        # a date in the URL ("/2026/03/14/") is as good as htmldate's guess and costs nothing
        published = _url_date(canonical or url)
    if not published and date_fallback:
        published = _htmldate(tree, canonical or url)
    # a site that names itself as the author may still credit a person in a byline
    stated = _ld_author(article.get("author")) or _first(metas, _AUTHOR_KEYS, _clean_author)
    author = stated
    if not stated or _squash(stated) == outlet_key:
        author = _byline(tree, outlet_key) or stated
    return Metadata(
        title=_strip_outlet(title, outlet) if title else None,
        published=published,
        author=author,
        outlet=outlet,
        url=canonical or url,
    )


# --- one pass over the tree ----------------------------------------------------------

# class names of visible bylines (lxml's XPath engine is ~10x slower than this scan)
_BYLINE_CLASS = re.compile(r"byline|author[-_]*name|(?:article|post|entry)[-_]author|^author$", re.I)
_MAX_BYLINES = 20


@dataclass
class _Scan:
    """What one walk over the page's head-like elements collects (tag-filtered: cheap)."""

    metas: dict[str, str] = field(default_factory=dict)  # name/property/itemprop -> content
    json_ld: list[str] = field(default_factory=list)
    canonical: list[str | None] = field(default_factory=list)
    title: str | None = None
    h1: list[str] = field(default_factory=list)


def _scan(tree: HtmlElement) -> _Scan:
    scan = _Scan()
    for el in tree.iter("meta", "script", "link", "title", "h1"):
        tag = el.tag
        if tag == "meta":
            content = (el.get("content") or "").strip()
            if content:
                for attr in ("property", "name", "itemprop"):
                    key = el.get(attr)
                    if key:
                        scan.metas.setdefault(key.strip().lower(), content)
        elif tag == "script":
            if el.text and (el.get("type") or "").strip().lower() == "application/ld+json":
                scan.json_ld.append(el.text)
        elif tag == "link":
            if (el.get("rel") or "").strip().lower() == "canonical":
                scan.canonical.append(el.get("href"))
        elif tag == "title":
            if scan.title is None:
                scan.title = el.text_content()
        else:
            text = _clean_text(el.text_content())
            if text and len(text) > 5:
                scan.h1.append(text)
    return scan


# --- sources -------------------------------------------------------------------------


def _json_ld_objects(raw: str) -> Iterator[dict[str, Any]]:
    """Every JSON object in one JSON-LD block, ``@graph`` members flattened."""
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw.removeprefix("<!--").removesuffix("-->")
    raw = raw.replace("<![CDATA[", "").replace("]]>", "")
    try:
        data = json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        return
    yield from _flatten(data, 0)


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _flatten(graph, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict):
            yield from _flatten(main, depth + 1)


def _types(obj: dict[str, Any]) -> frozenset[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return frozenset(v.lower() for v in values if isinstance(v, str))


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return value if isinstance(value, str) else None


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _clean_outlet(_ld_text(value.get("name")))
    return _clean_outlet(value) if isinstance(value, str) else None


def _ld_author(value: Any) -> str | None:
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = _ld_text(item.get("name")) if isinstance(item, dict) else item
        cleaned = _clean_author(name) if isinstance(name, str) else None
        if cleaned and cleaned not in names:
            names.append(cleaned)
    return "; ".join(names) or None


def _canonical(candidates: list[str | None], url: str | None) -> str | None:
    for href in candidates:
        if not href:
            continue
        resolved = urljoin(url, href.strip()) if url else href.strip()
        parts = urlsplit(resolved)
        if parts.scheme in ("http", "https") and parts.netloc:
            return resolved
    return None


def _titles(scan: _Scan, article: dict[str, Any]) -> Iterator[str]:
    """Title candidates, most trusted first: meta tags, JSON-LD, a lone <h1>, <title>, any <h1>."""
    for key in _TITLE_KEYS:
        if text := _clean_text(scan.metas.get(key)):
            yield text
    if text := _clean_text(_ld_text(article.get("headline"))):
        yield text
    if len(scan.h1) == 1:
        yield scan.h1[0]
    if text := _clean_text(scan.title):
        yield text
    yield from scan.h1


_NOT_NAMES = frozenset(("no author", "admin", "administrator", "anonymous", "unknown", "author", "authors"))


def _byline(tree: HtmlElement, outlet_key: str) -> str | None:
    """The first visible byline outside comment sections that reads like a name.

    A Python walk over every element (lxml's XPath engine is slower still), so it runs
    only for pages whose structured metadata names no author.
    """
    seen = 0
    for el in tree.iter():
        # one attribute read for most elements: the class, then the other three only when
        # some attribute has the value "author" at all
        if not (
            _BYLINE_CLASS.search(el.get("class", ""))
            or (
                "author" in el.values()
                and (el.get("itemprop") == "author" or el.get("rel") == "author" or el.get("id") == "author")
            )
        ):
            continue
        seen += 1
        if seen > _MAX_BYLINES:
            break
        if any("comment" in ((a.get("class") or "") + (a.get("id") or "")).lower() for a in el.iterancestors()):
            continue
        names = [n for n in el.iterdescendants() if n.get("itemprop") == "name"]
        name = _clean_author(_first_line(names[0] if names else el))
        if name and len(name.split()) <= 8 and not any(c.isdigit() for c in name) and _squash(name) != outlet_key:
            return name
    return None


def _first_line(el: HtmlElement, limit: int = 160) -> str:
    """The element's text up to its first line break, reading no further than ``limit`` chars."""
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        lines = piece.split("\n")
        for i, line in enumerate(lines):
            if i and "".join(pieces).strip():
                return "".join(pieces).strip()
            pieces.append(line)
            size += len(line)
        if size > limit:
            break
    return "".join(pieces).strip()


def _element_date(tree: HtmlElement) -> str | None:
    """itemprop=datePublished, then ``<time datetime>`` inside an <article> or marked published."""
    for el in tree.iter():
        if el.get("itemprop") in ("datePublished", "dateCreated"):
            if found := iso_date(el.get("content") or el.get("datetime") or el.text_content()):
                return found
    for el in tree.iter("time"):
        if not el.get("datetime"):
            continue
        marked = el.get("pubdate") is not None or "publish" in (el.get("class") or "")
        if marked or any(a.tag == "article" for a in el.iterancestors()):
            if found := iso_date(el.get("datetime")):
                return found
    return None


def _htmldate(tree: HtmlElement, url: str | None) -> str | None:
    """htmldate's fast mode (no extensive search): header, JSON, abbr, date-like elements."""
    try:
        from htmldate import find_date

        found = find_date(tree, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate is a heuristic over arbitrary markup: never fatal
        return None
    return iso_date(found) if found else None


def _url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(urlsplit(url).path)
    return ymd(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# --- normalisation -------------------------------------------------------------------


def _first(metas: dict[str, str], keys: Iterable[str], clean: Any) -> str | None:
    for key in keys:
        value = metas.get(key)
        if value:
            cleaned = clean(value)
            if cleaned:
                return cleaned
    return None


def _clean_text(value: str | None) -> str | None:
    if not value:
        return None
    text = _WS.sub(" ", value).strip()
    return text or None


def _clean_author(value: str | None) -> str | None:
    """A person's name or a byline; URLs, handles and page furniture are not authors."""
    text = _clean_text(value)
    if not text:
        return None
    text = _BY_PREFIX.sub("", text).strip(" ,;")
    lowered = text.lower()
    if (
        len(text) < 2
        or len(text) > 120
        or lowered in _NOT_NAMES
        or "://" in text
        or lowered.startswith(("www.", "@"))
        or "@" in text
        or not any(c.isalpha() for c in text)
    ):
        return None
    return text


def _clean_outlet(value: str | None) -> str | None:
    text = _clean_text(value)
    if not text or len(text) > 100 or "://" in text:
        return None
    return text.lstrip("@") or None


def host_name(url: str | None) -> str | None:
    """The host of a URL without "www.", used as the outlet when a page names none."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _strip_outlet(title: str, outlet: str | None) -> str:
    """Drop a trailing or leading " | Outlet" from a title, when the outlet is known."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2 or not outlet:
        return title
    key = _squash(outlet)
    host_key = _squash(outlet.split(".")[0]) if "." in outlet else key
    for index in (-1, 0):
        part = _squash(parts[index])
        if part and (part == key or part == host_key or (len(part) > 3 and part in key)):
            kept = parts[:-1] if index == -1 else parts[1:]
            # the separators are lost in the split: re-find the remaining span in the title
            start = title.find(kept[0])
            end = title.rfind(kept[-1]) + len(kept[-1])
            if start >= 0 and end > start:
                return title[start:end].strip()
    return title


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())
