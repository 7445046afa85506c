"""The main text and metadata of an HTML news page (trafilatura adapter).

One parse per page: the tree is read for metadata first (``meta.read_metadata``: meta tags,
JSON-LD, canonical link), then stripped of nodes that carry no text and handed to
trafilatura for the main text. trafilatura's own metadata pass is not used: it costs about
as much as the extraction (see benchmarks/extraction.py). trafilatura runs with the exact
speed-ups of clean/speedups.py in place (same text, about a third less CPU).

Every tuning choice lives in ``SETTINGS`` below and was measured on the evaluation sets
(``python benchmarks/extraction.py``), not guessed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..model import Metadata
from ..options import CleanOptions

if TYPE_CHECKING:  # pragma: no cover
    from lxml.html import HTMLParser, HtmlElement

__all__ = ["HtmlResult", "SETTINGS", "extract_html", "parse_html"]


@dataclass(frozen=True, slots=True)
class HtmlResult:
    """The article found in a page: main text (paragraphs joined by blank lines) and metadata."""

    text: str
    meta: Metadata


@dataclass(frozen=True, slots=True)
class _Settings:
    """trafilatura options and the generic pre-cleaning around it, in one place."""

    # trafilatura.bare_extraction keyword arguments (comments are never part of the text)
    trafilatura: tuple[tuple[str, Any], ...] = (
        ("include_comments", False),
        ("include_tables", True),
        ("include_images", False),
        ("include_links", False),
        ("include_formatting", False),
        ("deduplicate", False),  # True keeps a cache across pages: results would depend on order
        ("fast", False),  # the readability/justext comparison is worth its cost on news layouts
    )
    # elements removed before extraction (after metadata is read): trafilatura's own cleaning
    # drops them anyway, but only after copying the tree several times, and its fallbacks
    # (readability, justext, baseline) work on the uncleaned tree; dropping them first is
    # ~20% faster and no worse on any evaluation set. Not <nav> (pages that wrap the article
    # in one lose it; see strip_menus) nor <noscript> (it holds script-rendered blogs' text).
    # JSON-LD scripts stay: trafilatura's baseline reads articleBody from them.
    strip_tags: tuple[str, ...] = (
        "style", "svg", "template", "link", "meta", "iframe", "canvas", "footer", "aside", "button", "select",
        "input", "textarea", "menu", "dialog", "video", "audio", "picture", "object", "embed", "map",
    )
    strip_scripts: bool = True
    # layout tables (holding another table or block content) become plain blocks, so that
    # the extractor weighs their cells as it weighs <div>s; data tables stay tables
    unroll_layout_tables: bool = True
    # menus: <nav> holding no paragraph, heading or article (some pages wrap the article in a <nav>)
    strip_menus: bool = True
    # exact speed-ups of trafilatura, in place during our call (clean/speedups.py); the text
    # is identical either way. Selectors: its boilerplate XPaths done in Python (about a
    # third less CPU); readability gate: readability is not run where it provably cannot win
    fast_selectors: bool = True
    gate_readability: bool = True
    # not exact, a measured heuristic riding on the gate: once our own text has this many
    # characters, readability is not consulted either. Where it ran there, it won on 13 of
    # ~540 calls (it must find twice our text: mostly comment threads and link lists). On the
    # evaluation sets: AEB F1 0.9635 -> 0.9644, trafilatura-eval 0.9336 -> 0.9315, L3S 0.9221
    # -> 0.9227, dragnet 0.8309 -> 0.8318; ~2 ms (12%) less CPU per page. None: exact only.
    readability_skip_from: int | None = 1500


SETTINGS = _Settings()

_LINE_SPACE = re.compile(r"[ \t\u00a0\u200b]+")


def parse_html(html: str) -> "HtmlElement | None":
    """An lxml tree of the page, or None when it holds no markup at all (never raises).

    Parsed like trafilatura parses (same libxml2 options and repairs) but with a C-level
    element class lookup: lxml.html's default lookup is Python code run for every element
    proxy, about a tenth of the extraction time on large pages.
    """
    try:
        from lxml.html import document_fromstring
        from trafilatura.utils import repair_faulty_html

        text = repair_faulty_html(html, html[:50].lower())
        if not text.strip():
            return None
        tree = document_fromstring(text.encode("utf-8", "replace"), parser=_parser())
    except Exception:  # lxml raises assorted errors on hostile input
        return None
    return tree if tree is not None and len(tree) else None


@lru_cache(maxsize=1)
def _parser() -> "HTMLParser":
    """One parser per process (a cache, not state): trafilatura's options, a fast class lookup."""
    from lxml import etree, html

    parser = html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction, entity=html.HtmlEntity
        )
    )
    return parser


def extract_html(html: str, options: CleanOptions, url: str | None = None) -> HtmlResult | None:
    """The article in ``html`` (already decoded), or None when the page holds no article.

    "No article" means a main text shorter than ``options.min_chars``; unparseable or junk
    input gives None too, never an exception. Metadata is read only when
    ``options.with_metadata``; otherwise ``meta`` holds just ``url``.
    """
    _quiet_trafilatura()
    try:
        tree = parse_html(html)
        if tree is None:
            return None
        if options.with_metadata:
            from .meta import read_metadata

            meta = read_metadata(tree, url)
        else:
            meta = Metadata(url=url)
        _strip(tree)
        text = _main_text(tree, url or meta.url, options)
    except Exception:  # lxml/trafilatura on junk: a page we cannot read has no article
        return None
    if text is None or len(text) < options.min_chars:
        return None
    return HtmlResult(text=text, meta=meta)


def _strip(tree: "HtmlElement") -> None:
    """Remove text-less nodes in place (see ``_Settings.strip_tags``)."""
    from lxml import etree

    etree.strip_elements(tree, *SETTINGS.strip_tags, with_tail=False)
    if SETTINGS.unroll_layout_tables:
        _unroll_layout_tables(tree)
    if SETTINGS.strip_menus:
        for nav in list(tree.iter("nav")):
            parent = nav.getparent()
            if parent is not None and next(nav.iter("p", "article", "h1", "h2", "main"), None) is None:
                _drop_keep_tail(nav, parent)
    if SETTINGS.strip_scripts:
        for script in list(tree.iter("script")):
            if (script.get("type") or "").strip().lower() == "application/ld+json":
                continue
            parent = script.getparent()
            if parent is not None:
                _drop_keep_tail(script, parent)


_LAYOUT_CELL_CONTENT = ("table", "p", "div", "h1", "h2", "h3", "ul", "ol", "article", "section", "form")
_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")
_LONG_CELL = 300  # characters: a cell this long is running text, not a datum


def _unroll_layout_tables(tree: "HtmlElement") -> None:
    """Turn tables used for page layout into divs; each nested table is judged on its own.

    Layout: a cell holds block content (paragraphs, lists, another table) or a long run of
    text. Data tables (short cells: figures, names, dates) stay tables.
    """
    for table in list(tree.iter("table")):
        # its own parts: those whose nearest table is this one (a nested table's parts are
        # judged with that table), collected in one C-filtered pass
        own: list[HtmlElement] = []
        nested: set[HtmlElement] = set()
        for part in table.iterdescendants(*_TABLE_PARTS):
            if part in nested:
                continue
            own.append(part)
            if part.tag == "table":
                nested.update(part.iterdescendants(*_TABLE_PARTS))
        layout = next(table.iterdescendants(*_LAYOUT_CELL_CONTENT), None) is not None or any(
            part.tag in ("td", "th") and len(part.text_content()) > _LONG_CELL for part in own
        )
        if layout:
            for part in (table, *(p for p in own if p.tag != "table")):
                part.tag = "div"


def _drop_keep_tail(element: "HtmlElement", parent: "HtmlElement") -> None:
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _main_text(tree: "HtmlElement", url: str | None, options: CleanOptions) -> str | None:
    from trafilatura import bare_extraction

    kwargs = dict(SETTINGS.trafilatura)
    if options.fast:
        kwargs["fast"] = True
    if options.favor_precision:
        kwargs["favor_precision"] = True
    from .speedups import swapped_in

    with swapped_in(
        selectors=SETTINGS.fast_selectors,
        readability_gate=SETTINGS.gate_readability,
        readability_skip_from=SETTINGS.readability_skip_from,
    ):
        document = bare_extraction(tree, url=url, output_format="python", with_metadata=False, **kwargs)
    if document is None or not document.text:
        return None
    return _paragraphs(document.text)


def _paragraphs(text: str) -> str:
    """trafilatura writes one block per line; the project's texts separate paragraphs by a blank line."""
    lines = (_LINE_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _quiet_trafilatura() -> None:
    """trafilatura logs every discarded page at WARNING/ERROR; for us that is an ordinary None."""
    for name in ("trafilatura", "htmldate", "readability", "justext"):
        logger = logging.getLogger(name)
        if logger.level < logging.CRITICAL:
            logger.setLevel(logging.CRITICAL)
