"""RSS 2.0, RSS 1.0 and Atom feeds, parsed safely.

The bytes go through defusedxml with entity declarations forbidden, so a "billion
laughs" or external-entity feed is refused before anything is expanded; the rest is an
ElementTree walk over that tree (no feedparser: it has its own, looser parser, and we
would have to trust it not to expand what defusedxml refused).

This module only turns a feed into :class:`FeedItem` records; deciding what each item
becomes (inline content, a linked local file, a fetched URL) is the dispatcher's job.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError, tostring

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

from ..model import InputKind, Metadata
from .common import ReadFailure, iso_date, one_line
from .decode import decode

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
XHTML = "{http://www.w3.org/1999/xhtml}"

# A description at least this long (as text, tags stripped) is taken as the full article.
LONG_DESCRIPTION_CHARS = 500


@dataclass(frozen=True, slots=True)
class FeedItem:
    number: int  # 1-based position in the feed
    meta: Metadata  # title, published (ISO 8601), author, outlet (channel title), url (link)
    link: str | None  # the item's link as written (may be relative)
    content: str | None  # full content (HTML unless content_kind says text), else None
    content_kind: InputKind = "html"
    description: str | None = None  # a short description, kept for the caller's fallback


@dataclass(frozen=True, slots=True)
class Feed:
    outlet: str | None
    items: tuple[FeedItem, ...]
    encoding: str | None = None  # the encoding the feed's bytes were decoded from


_TAG = re.compile(r"<[^>]*>")
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}


def _plain(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return text or None


def _text(el: Element | None) -> str | None:
    if el is None or el.text is None:
        return None
    value = el.text.strip()
    return value or None


def _first(parent: Element, *tags: str) -> Element | None:
    for tag in tags:
        el = parent.find(tag)
        if el is not None:
            return el
    return None


def _numeric_entities(text: str) -> str:
    """HTML named entities (``&nbsp;``) that a sloppy feed uses without declaring them."""

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in _XML_ENTITIES:
            return m.group(0)
        char = html.unescape(m.group(0))
        return f"&#{ord(char[0])};" if char != m.group(0) and len(char) == 1 else m.group(0)

    return _NAMED_ENTITY.sub(repl, text)


def _parse(data: bytes) -> tuple[str, Element]:
    try:
        decoded = decode(data, markup="xml")
        text = decoded.text
    except ReadFailure as exc:
        raise ReadFailure(f"feed is not text: {exc.reason}") from None
    # The text is already decoded: drop the declared encoding so expat does not re-apply it.
    text = re.sub(r"^(\s*<\?xml[^>]*?)\sencoding\s*=\s*[\"'][^\"']*[\"']", r"\1", text, count=1)
    for attempt in (text, None):
        try:
            return decoded.encoding, fromstring(
                (attempt if attempt is not None else _numeric_entities(text)).encode("utf-8"),
                forbid_dtd=False, forbid_entities=True, forbid_external=True,
            )
        except EntitiesForbidden:
            raise ReadFailure("feed declares XML entities (refused)") from None
        except (ExternalReferenceForbidden, DTDForbidden):
            raise ReadFailure("feed references an external XML resource (refused)") from None
        except ParseError as exc:
            if attempt is not None and "undefined entity" in str(exc):
                continue
            raise ReadFailure(f"malformed feed XML: {one_line(exc)}") from None
    raise AssertionError("unreachable")


def _atom_link(entry: Element) -> str | None:
    links = entry.findall(f"{ATOM}link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return links[0].get("href") if links and links[0].get("href") else None


def _atom_content(el: Element | None) -> tuple[str | None, InputKind]:
    if el is None or el.get("src"):
        return None, "html"
    kind = (el.get("type") or "text").lower()
    if kind == "xhtml":
        try:
            parts = [tostring(c, encoding="unicode", default_namespace=XHTML[1:-1]) for c in el]
        except ValueError:  # an element outside the XHTML namespace: keep ElementTree's prefixes
            parts = [tostring(c, encoding="unicode") for c in el]
        return ("".join(parts).strip() or None), "html"
    value = (el.text or "").strip() or None
    return value, ("html" if kind in ("html", "text/html") or kind.endswith("xml") else "text")


def _atom_items(root: Element) -> Feed:
    outlet = _plain(_text(root.find(f"{ATOM}title")))
    items = []
    for number, entry in enumerate(root.findall(f"{ATOM}entry"), start=1):
        link = _atom_link(entry)
        content, kind = _atom_content(entry.find(f"{ATOM}content"))
        summary, _ = _atom_content(entry.find(f"{ATOM}summary"))
        author = _text(entry.find(f"{ATOM}author/{ATOM}name")) or _text(root.find(f"{ATOM}author/{ATOM}name"))
        published = _text(_first(entry, f"{ATOM}published", f"{ATOM}updated"))
        meta = Metadata(title=_plain(_text(entry.find(f"{ATOM}title"))), published=iso_date(published),
                        author=author, outlet=outlet, url=link)
        items.append(FeedItem(number, meta, link, content, kind, summary))
    return Feed(outlet, tuple(items))


def _rss_items(channel: Element | None, item_els: list[Element], ns: str) -> Feed:
    outlet = _plain(_text(channel.find(f"{ns}title"))) if channel is not None else None
    items = []
    for number, item in enumerate(item_els, start=1):
        link = _text(item.find(f"{ns}link"))
        guid = item.find("guid")
        if link is None and guid is not None and guid.get("isPermaLink", "true") == "true":
            link = _text(guid)
        content = _text(item.find(f"{CONTENT}encoded"))
        description = _text(item.find(f"{ns}description"))
        published = _text(_first(item, "pubDate", f"{DC}date"))
        author = _text(_first(item, f"{DC}creator", "author"))
        meta = Metadata(title=_plain(_text(item.find(f"{ns}title"))), published=iso_date(published),
                        author=author, outlet=outlet, url=link)
        items.append(FeedItem(number, meta, link, content, "html", description))
    return Feed(outlet, tuple(items))


def parse_feed(data: bytes) -> Feed:
    """Parse a feed; raise :class:`ReadFailure` if it is hostile, malformed or not a feed.

    An item whose description is long (:data:`LONG_DESCRIPTION_CHARS`) and has no other
    content keeps it in ``description``; :func:`full_description` says whether to use it.
    """
    encoding, root = _parse(data)
    if root.tag == f"{ATOM}feed":
        feed = _atom_items(root)
    elif root.tag == "rss":
        channel = root.find("channel")
        feed = _rss_items(channel, channel.findall("item") if channel is not None else [], "")
    elif root.tag == f"{RDF}RDF":
        feed = _rss_items(root.find(f"{RSS1}channel"), root.findall(f"{RSS1}item"), RSS1)
    else:
        raise ReadFailure(f"not a feed: the root element is <{root.tag}>")
    return Feed(feed.outlet, feed.items, encoding)


def full_description(item: FeedItem) -> bool:
    """Whether an item's description is long enough to be the article itself."""
    plain = _plain(item.description)
    return plain is not None and len(plain) >= LONG_DESCRIPTION_CHARS
