"""Python equivalents of trafilatura's boilerplate XPath selectors, for the same node lists at a
fraction of the cost.

trafilatura's discard and body selectors use EXSLT ``re:test``; lxml runs every ``re:test``
as a Python callback, once per element and clause, so one such expression costs several
µs per element (the hidden-element one ~7 µs: ~4 ms on a 560-element page, and a page is
swept by a dozen such expressions, some several times). The
functions below walk the tree once in Python and test the same attributes with the same
regular expressions (EXSLT regexps *are* Python ``re`` in lxml), returning the same
elements in document order -- a drop-in for the ``XPath`` objects, which trafilatura
calls as ``expression(tree)``.

Safety: each equivalent is bound to the exact text of the expression it mirrors (a
SHA-256 of ``XPath.path``). ``equivalent()`` returns a replacement only for an expression
whose text still matches; any other trafilatura version keeps its own XPath (slower,
never wrong). tests/clean/test_selectors.py checks node-for-node equality on varied pages;
clean/speedups.py puts the equivalents in trafilatura's place during our calls.

XPath details reproduced here: ``re:test(@a|@b, ...)`` and ``string(@a|@b)`` read the
*first of the two attributes in source order*; a missing attribute reads as ""; the
element's own tag is not a descendant (``.//*`` starts below the context node).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from lxml.etree import XPath

if TYPE_CHECKING:  # pragma: no cover
    from lxml.etree import _Element

__all__ = ["Selector", "equivalent", "equivalents"]

Match = Callable[["_Element"], bool]
# a tuple of tag names, or an XPath string without extension functions
Candidates = tuple[str, ...] | str
Expression = Callable[["_Element"], list["_Element"]]


class Selector:
    """A callable like ``lxml.etree.XPath``: ``selector(tree)`` -> the matching descendants in
    document order, as ``.//*[match]``. ``mode`` reproduces the two positional forms:
    ``"first"`` is ``(.//*[match])[1]`` (the first in document order) and ``"first-child"`` is
    ``.//*[match][1]`` (per parent, the first matching child).

    ``candidates`` narrows the walk in C before ``match`` runs in Python: a tuple of tag
    names (``iterdescendants(*tags)``) or a plain XPath without extension functions
    (libxml2 evaluates it natively, e.g. "elements carrying a class, id or style")."""

    __slots__ = ("path", "_match", "_mode", "_candidates")

    def __init__(self, path: str, match: Match, mode: str = "all", candidates: Candidates = ("*",)) -> None:
        self.path = path  # the mirrored expression's text, like XPath.path
        self._match = match
        self._mode = mode
        self._candidates: Callable[["_Element"], Iterable["_Element"]] = (
            _tags(candidates) if isinstance(candidates, tuple) else XPath(candidates)  # type: ignore[assignment]
        )

    def __call__(self, tree: "_Element") -> list["_Element"]:
        match = self._match
        candidates = self._candidates(tree)
        if self._mode == "first":
            return next(([el] for el in candidates if match(el)), [])
        if self._mode == "first-child":
            parents: set["_Element"] = set()
            found: list["_Element"] = []
            for el in candidates:
                if match(el):
                    parent = el.getparent()
                    if parent not in parents:
                        parents.add(parent)
                        found.append(el)
            return found
        return [el for el in candidates if match(el)]


def _tags(tags: tuple[str, ...]) -> Callable[["_Element"], Iterable["_Element"]]:
    return lambda tree: tree.iterdescendants(*tags)


class _FirstOfEither(Selector):
    """``(.//*[match])[1] | (.//main)[1]``: up to two elements, in document order."""

    __slots__ = ()

    def __call__(self, tree: "_Element") -> list["_Element"]:
        match = self._match
        first: tuple[int, "_Element"] | None = None
        main: tuple[int, "_Element"] | None = None
        for index, el in enumerate(self._candidates(tree)):
            if first is None and match(el):
                first = (index, el)
            if main is None and el.tag == "main":
                main = (index, el)
            if first is not None and main is not None:
                break
        picks = sorted({pick for pick in (first, main) if pick is not None}, key=lambda pick: pick[0])
        return [el for _, el in picks]


def _first_of(el: "_Element", names: tuple[str, str]) -> str:
    """``string(@a|@b)``: the value of whichever of the two attributes comes first in the source."""
    a, b = el.get(names[0]), el.get(names[1])
    if a is None:
        return b or ""
    if b is None:
        return a
    for key in el.keys():  # both present: source order decides
        if key in names:
            return el.get(key) or ""
    return a  # pragma: no cover


def _search(pattern: str, flags: int = 0) -> Callable[[str], re.Match[str] | None]:
    """The compiled pattern's ``search``; callers pass a missing attribute as "" (as XPath does)."""
    compiled = re.compile(pattern, flags)
    # every pattern mirrored here fails on "": that is what lets overall_hidden() skip
    # elements without class, id and style, so refuse one that does not
    if compiled.search(""):
        raise ValueError(f"pattern matches the empty string: {pattern!r}")
    return compiled.search


_LISTLIKE = frozenset(("div", "item", "list", "p", "section", "span"))
_BLOCKS = frozenset(("article", "div", "main", "section"))


def _build() -> dict[str, tuple[Match, str, Candidates]]:
    """(match, mode, candidates) keyed by the SHA-256 (first 16 hex digits) of the mirrored XPath text."""
    from trafilatura import xpaths as x
    from trafilatura.settings import _COOKIE_CONSENT_RE

    alt = x._alt
    found: dict[str, tuple[Match, str, Candidates]] = {}

    # RAW_TREE_PRUNE_XPATH: infinite-scroll containers, elementor share buttons
    mvp_or_scroll = _search("mvp-post-add-(?:box|wrap)|infinite-?scroll")
    mvp = _search("mvp-post-add-(?:box|wrap)")

    def raw_scroll(el: "_Element") -> bool:
        if el.tag not in ("div", "section", "aside"):
            return False
        i, c = el.get("id", ""), el.get("class", "")
        if not (mvp_or_scroll(i) or mvp_or_scroll(c)):
            return False
        return next(el.iterdescendants("h1"), None) is None or mvp(i) or mvp(c)

    def raw_share(el: "_Element") -> bool:
        return el.tag in ("div", "section", "aside") and "elementor-share-buttons" in el.get("class", "")

    found["01e7c660fd6406f2"] = (raw_scroll, "all", ("div", "section", "aside"))  # RAW_TREE_PRUNE_XPATH[0]
    found["3c7afe92279543d5"] = (raw_share, "all", ("div", "section", "aside"))  # RAW_TREE_PRUNE_XPATH[1]

    # REMOVE_COMMENTS_AND_LISTS_XPATH
    comment_id = _search(f"^(?:{x._COMMENTS_ID}|disqus_thread|dsq-comments)")
    comment_id_plain = _search(f"^(?:{x._COMMENTS_ID})")
    comment_class = _search(x._COMMENTS_CLASS)

    def comments_and_lists(el: "_Element") -> bool:
        tag = el.tag
        if tag not in ("div", "list", "section", "details", "ol", "ul"):
            return False
        i, c = el.get("id", ""), el.get("class", "")
        if not (comment_id(i) or comment_class(c)):
            return False
        return tag not in ("ol", "ul") or comment_id_plain(i) or comment_class(c)

    found["9cc18d34e6e2d258"] = (comments_and_lists, "all", ("div", "list", "section", "details", "ol", "ul"))

    # OVERALL_DISCARD_XPATH[0]: boilerplate by id/class tokens on block-ish elements
    cookie = _search(alt(x._CONSENT_ID_CLASS_TOKENS))
    discard_id = _search(alt(x._OVERALL_DISCARD_BOTH_TOKENS + x._OVERALL_DISCARD_ID_TOKENS))
    discard_class = _search(alt(x._OVERALL_DISCARD_BOTH_TOKENS + x._OVERALL_DISCARD_CLASS_TOKENS))

    def overall_tokens(el: "_Element") -> bool:
        if el.tag not in _LISTLIKE:
            return False
        return (
            el.get("data-lp-replacement-content") is not None
            or "nav" in el.get("role", "").replace("N", "n")
            or "MostPopularStories" in el.get("data-component", "")
            or cookie(_first_of(el, ("id", "class")))
            or discard_id(el.get("id", ""))
            or discard_class(el.get("class", ""))
        )

    found["a837e58a1b1ea116"] = (overall_tokens, "all", tuple(_LISTLIKE))

    # OVERALL_DISCARD_XPATH[1]: hidden elements, reply/comment furniture, on any element
    hidden = _search("hidden")
    reader = _search("reader-comments|akismet")
    hide_class = _search(
        "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print| hidden| hide|noprint|notloaded"
    )

    def overall_hidden(el: "_Element") -> bool:
        c, i, s = el.get("class", ""), el.get("id", ""), el.get("style", "")
        if not (c or i or s):  # every clause below is false on empty values
            return el.get("aria-hidden") == "true"
        return (
            c == "comments-title"
            or _first_of(el, ("id", "class")).startswith("reply-")
            or hidden(_first_of(el, ("id", "style")))
            or "display:none" in s
            or "display: none" in s
            or reader(i)
            or hide_class(c)
            or el.get("aria-hidden") == "true"
        )

    found["c1d5b70b8cd03783"] = (overall_hidden, "all", ".//*[@class or @id or @style or @aria-hidden]")

    def teaser(el: "_Element") -> bool:
        return el.tag in _LISTLIKE and (
            "teaser" in el.get("id", "").replace("T", "t") or "teaser" in el.get("class", "").replace("T", "t")
        )

    def caption(el: "_Element") -> bool:
        return el.tag in _LISTLIKE and ("caption" in el.get("id", "") or "caption" in el.get("class", ""))

    found["ebb02f066626551d"] = (teaser, "all", tuple(_LISTLIKE))  # TEASER_DISCARD_XPATH[0]
    found["cb1ab981e44913f7"] = (caption, "all", tuple(_LISTLIKE))  # DISCARD_IMAGE_ELEMENTS[0]

    # BODY_XPATH: the first content container of each kind
    article_id = _search(alt(x._ARTICLE_CONTENT_ID_TOKENS))
    article_class = _search(alt(x._ARTICLE_CONTENT_CLASS_TOKENS))

    def body_article(el: "_Element") -> bool:
        if el.tag not in _BLOCKS:
            return False
        c, i = el.get("class", ""), el.get("id", "")
        return (
            c in ("post", "entry")
            or el.get("itemprop") == "articleBody"
            or i == "articleContent"
            or article_id(i)
            or article_class(c)
        )

    story_id = _search(alt(x._STORY_ID_TOKENS))
    fulltext = _search("fulltext", re.I)
    story_class = _search(alt(x._STORY_CLASS_TOKENS))

    def body_story(el: "_Element") -> bool:
        if el.tag not in _BLOCKS:
            return False
        c, i = el.get("class", ""), el.get("id", "")
        return (
            el.get("role") == "article"
            or i in ("article", "story")
            or c in ("postarea", "art-postcontent", "text", "cell", "story")
            or story_id(i)
            or fulltext(c)
            or story_class(c)
        )

    main_id = _search(alt(x._MAIN_CONTENT_ID_TOKENS))
    main_class = _search(alt(x._MAIN_CONTENT_CLASS_TOKENS))
    cm = str.maketrans("CM", "cm")
    cp = str.maketrans("CP", "cp")

    def body_main(el: "_Element") -> bool:
        if el.tag not in _BLOCKS:
            return False
        c, i = el.get("class", ""), el.get("id", "")
        return (
            i == "content"
            or c == "content"
            or main_id(i)
            or main_class(c)
            or "main-content" in i.translate(cm)
            or "main-content" in c.translate(cm)
            or "page-content" in c.translate(cp)
        )

    found["caaa561ceca17064"] = (body_article, "first-child", tuple(_BLOCKS))  # BODY_XPATH[0]
    found["dffd8931d1ae8060"] = (lambda el: True, "first", ("article",))
    found["6c9b5e1fdc092943"] = (body_story, "first", tuple(_BLOCKS))
    found["10a7ceacc0ff8cdf"] = (body_main, "first", tuple(_BLOCKS))

    def body_main_prefix(el: "_Element") -> bool:
        return el.tag in ("article", "div", "section") and (
            el.get("class", "").startswith("main")
            or el.get("id", "").startswith("main")
            or el.get("role", "").startswith("main")
        )

    found["95f15d1c1b6d4052"] = (body_main_prefix, "first-or-main", ("article", "div", "section", "main"))  # BODY_XPATH[4]

    # settings.BASIC_CLEAN_XPATH (baseline, html2txt, justext input): page chrome and consent banners

    cookie_banner = _search(_COOKIE_CONSENT_RE, re.I)
    basic_tags = frozenset(("aside", "fencedframe", "footer", "script", "style", "svg", "template"))

    def basic_clean(el: "_Element") -> bool:
        tag = el.tag
        return (
            tag in basic_tags
            or (tag == "div" and "footer" in _first_of(el, ("class", "id")))
            or cookie_banner(el.get("class", ""))
            or cookie_banner(el.get("id", ""))
        )

    found["db6c25acd08aef99"] = (basic_clean, "all", ("*",))
    return found


_BUILT: dict[str, tuple[Match, str, Candidates]] | None = None


def _digest(path: str) -> str:
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


def equivalent(expression: Expression) -> Expression:
    """The Python equivalent of one trafilatura XPath, or the XPath itself when its text is not
    one this module mirrors (another trafilatura version)."""
    global _BUILT
    path = getattr(expression, "path", None)
    if not isinstance(path, str):
        return expression
    if _BUILT is None:
        try:
            _BUILT = _build()
        except (ImportError, AttributeError, ValueError):  # private names moved: keep the XPaths
            _BUILT = {}
    entry = _BUILT.get(_digest(path))
    if entry is None:
        return expression
    match, mode, candidates = entry
    if mode == "first-or-main":
        return _FirstOfEither(path, match, "first", candidates)
    return Selector(path, match, mode, candidates)


def equivalents(expressions: Iterable[Expression]) -> list[Expression]:
    return [equivalent(e) for e in expressions]
