"""newsclaims.clean.selectors: the Python equivalents select exactly what trafilatura's XPaths select."""

from __future__ import annotations

from copy import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement, document_fromstring
from trafilatura import xpaths
from trafilatura.htmlprocessing import convert_tags, tree_cleaning
from trafilatura.settings import BASIC_CLEAN_XPATH, Extractor

from newsclaims.clean.selectors import Selector, equivalent, equivalents

MIRRORED = [
    *xpaths.RAW_TREE_PRUNE_XPATH,
    *xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH,
    *xpaths.OVERALL_DISCARD_XPATH,
    *xpaths.TEASER_DISCARD_XPATH,
    *xpaths.DISCARD_IMAGE_ELEMENTS,
    *xpaths.BODY_XPATH,
    BASIC_CLEAN_XPATH,
]

# A fictional outlet's page that touches every clause: attribute order (id before/after
# class), hidden blocks, comment lists, teasers, captions, several candidate containers.
TRICKY = """<html><head><title>Harbour fees rise | The Lindmar Post</title></head><body>
<div id="cookie-notice" class="banner">We use cookies.</div>
<div class="cookie-banner" id="x1">Accept all cookies</div>
<div class="wrap" id="cookiebar">Cookie settings</div>
<nav role="Navigation"><ul><li><a href="/">Home</a></li></ul></nav>
<div role="navigation" class="top">Sections</div>
<div data-lp-replacement-content="1">Sponsored</div>
<div data-component="MostPopularStories">Most popular</div>
<section class="main-column"><p>Lead column</p></section>
<div class="main-wrap"><div class="post"><p>First post</p></div><div class="post"><p>Second post</p></div></div>
<div class="sidebar"><div class="entry"><p>Entry in sidebar</p></div></div>
<main><article id="story" class="Article-Body"><h1>Harbour fees rise by a fifth</h1>
<div class="article-body" itemprop="articleBody"><p>The Lindmar port authority raised fees by 20 percent.</p>
<p style="display:none">Hidden paragraph</p><p style="color: red; display: none">Also hidden</p>
<span class="hidden">Hidden span</span><span aria-hidden="true">Icon</span>
<div id="hiddenBox" style="x">Box</div><div style="visibility:hidden" id="y">Styled</div>
<div class="Teaser-block">Read next</div><div id="TeaserTop">Teaser</div>
<p class="image-caption">Caption text</p><div id="photocaption">Photo</div>
<div class="reply-link" id="z">Reply</div><div id="reply-7" class="x">Reply 7</div>
<p class="message notice">Message</p><div class="comments-title">3 comments</div>
<div class="share-tools">Share</div><div id="share-bar">Share bar</div><div class="sharing" id="a">Sharing</div>
<div id="mvp-post-add-box"><h1>Next article</h1></div><div class="infinite-scroll"><p>More</p></div>
<div class="infinite-scroll"><h1>Other headline</h1></div>
<aside class="elementor-share-buttons">Share</aside>
<ol class="comment-list"><li>One</li></ol><ul id="comments"><li>Two</li></ul><ul class="list"><li>Three</li></ul>
<div id="commentary">An essay</div><div id="comment-12">A comment</div><details class="comments">More</details>
<div id="disqus_thread"></div><div class="article-footer" id="f">Footer div</div><div id="pageFooter">Footer</div>
<div class="fulltext-area">Full text</div><div class="FullText">Full text again</div>
</div></article></main>
<div id="content-main"><p>Content main</p></div><div class="page-Content"><p>Page content</p></div>
<div id="Main-Content"><p>Main content</p></div>
<footer><p>Contact</p></footer><svg><g/></svg><template><p>T</p></template>
</body></html>"""


def _trees(page: str) -> list[HtmlElement]:
    """The page as trafilatura sees it: raw, then cleaned and converted (lists become <list>)."""
    raw = document_fromstring(page)
    options = Extractor(tables=True, comments=False)
    converted = convert_tags(tree_cleaning(copy(raw), options), options, None)
    return [raw, converted]


def test_every_mirrored_expression_has_an_equivalent() -> None:
    """If this fails, trafilatura changed an expression: its XPath runs again (slower, not wrong)."""
    assert all(isinstance(equivalent(expression), Selector) for expression in MIRRORED)


@pytest.mark.parametrize("index", range(len(MIRRORED)))
def test_same_nodes_as_xpath_on_a_tricky_page(index: int) -> None:
    expression = MIRRORED[index]
    replacement = equivalent(expression)
    for tree in _trees(TRICKY):
        assert replacement(tree) == expression(tree)
    # the page exercises the expression: it selects something in at least one form
    assert any(expression(tree) for tree in _trees(TRICKY))


def test_same_nodes_when_only_a_subtree_is_searched() -> None:
    """trafilatura prunes subtrees too (the chosen body): ``.//*`` starts below the context node."""
    tree = document_fromstring(TRICKY)
    article = tree.find(".//article")
    assert article is not None
    for expression in MIRRORED:
        assert equivalent(expression)(article) == expression(article)


def test_first_child_form_keeps_one_match_per_parent() -> None:
    """``.//*[cond][1]``: two sibling posts give one node, a post elsewhere another."""
    body_first = xpaths.BODY_XPATH[0]
    tree = document_fromstring(TRICKY)
    found = body_first(tree)
    assert len(found) >= 2
    assert equivalent(body_first)(tree) == found


def test_unknown_expressions_are_left_alone() -> None:
    mine = etree.XPath(".//div[@class='lindmar']")
    assert equivalent(mine) is mine
    assert equivalents([mine]) == [mine]


# --- random pages ----------------------------------------------------------------------

_TAGS = ["div", "section", "article", "main", "span", "p", "aside", "ul", "ol", "li", "details", "footer", "h1", "a"]
_TOKENS = [
    "post", "entry", "content", "main", "main-content", "page-Content", "article-body", "story", "comment",
    "comments", "comment-list", "Comments", "commentary", "disqus_thread", "teaser", "Teaser", "caption",
    "hidden", "hide", "-hide-", "share-", "sharing", "social", "nav", "navbar", "menu", "footer", "Footer",
    "cookie", "cookie-banner", "consent", "reply-", "message", "widget", "ad-", " ad ", "meta", "text",
    "fulltext", "FullText", "infinite-scroll", "mvp-post-add-box", "elementor-share-buttons", "byline",
    "tags", "related", "sidebar", "x", "",
]
_STYLES = ["display:none", "display: none", "color: red", "visibility:hidden", ""]


@st.composite
def _attributes(draw: st.DrawFn) -> dict[str, str]:
    names = draw(st.permutations(["id", "class", "style", "role", "aria-hidden", "itemprop"]))
    chosen = names[: draw(st.integers(0, 3))]
    attributes: dict[str, str] = {}
    for name in chosen:
        if name == "style":
            attributes[name] = draw(st.sampled_from(_STYLES))
        elif name == "role":
            attributes[name] = draw(st.sampled_from(["navigation", "Navigation", "article", "main", "banner"]))
        elif name == "aria-hidden":
            attributes[name] = draw(st.sampled_from(["true", "false"]))
        elif name == "itemprop":
            attributes[name] = draw(st.sampled_from(["articleBody", "author"]))
        else:
            attributes[name] = " ".join(draw(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=2)))
    return attributes


@st.composite
def _page(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4 if depth < 3 else 1))):
        tag = draw(st.sampled_from(_TAGS))
        attributes = "".join(f' {k}="{v}"' for k, v in draw(_attributes()).items())
        inner = draw(_page(depth + 1)) if depth < 3 and draw(st.booleans()) else "Harbour fees rise"
        parts.append(f"<{tag}{attributes}>{inner}</{tag}> tail")
    return "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_page())
def test_same_nodes_as_xpath_on_random_pages(body: str) -> None:
    for tree in _trees(f"<html><body>{body}</body></html>"):
        for expression in MIRRORED:
            assert equivalent(expression)(tree) == expression(tree)
