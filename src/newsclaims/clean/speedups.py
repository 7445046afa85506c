"""trafilatura with the same output for less CPU: exact replacements, in place during our calls.

Two replacements, each proven to leave trafilatura's result unchanged (and checked on every
page of the evaluation sets: benchmarks/extraction.py --check-speedups):

* selectors: trafilatura's boilerplate XPaths (EXSLT regexps, one Python callback per
  element and clause) become the Python equivalents of clean/selectors.py, which select
  the same nodes in the same order for about a quarter of the cost.
* readability gate: trafilatura's default mode runs readability on every page and keeps
  readability's text only if ``external._prefer_readability`` says so. Every one of that
  function's reasons needs readability's text to exceed a length (twice ours; or
  ``2 * min_extracted_size`` when our body has no paragraphs; in recall mode, ours).
  Readability only keeps (moves, never copies) text of the page, adding nothing but
  "VIDEO" in video iframes, so an upper bound of its length is cheap to compute; when
  even the bound cannot pass, readability cannot win and is not run (it is handed an
  empty page, which yields no text, the answer it would have lost with).

One inexact option rides on the gate (off unless asked for: ``readability_skip_from``):
readability is not consulted either once our own text is long enough; html.SETTINGS
records what it was measured to cost in quality and save in CPU.

trafilatura reads these names as module globals at call time, so ``swapped_in()`` rebinds
them for the duration of a block and then restores them. Each replacement is installed
only when the trafilatura in use is the one it was written against (the selectors check
the text of each XPath, the gate the source of the functions whose rules it relies on);
otherwise trafilatura runs as it is.
"""

from __future__ import annotations

import hashlib
import inspect
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from lxml.etree import XPath

from .selectors import equivalent, equivalents

if TYPE_CHECKING:  # pragma: no cover
    from lxml.html import HtmlElement

__all__ = ["readability_can_win", "swapped_in", "text_length_bound"]

# Where trafilatura 2.3 reads the mirrored expressions at call time (module globals).
_SELECTOR_TARGETS = (
    ("trafilatura.core", "RAW_TREE_PRUNE_XPATH"),
    ("trafilatura.core", "REMOVE_COMMENTS_AND_LISTS_XPATH"),
    ("trafilatura.main_extractor", "BODY_XPATH"),
    ("trafilatura.main_extractor", "OVERALL_DISCARD_XPATH"),
    ("trafilatura.main_extractor", "DISCARD_IMAGE_ELEMENTS"),
    ("trafilatura.main_extractor", "TEASER_DISCARD_XPATH"),
    ("trafilatura.baseline", "BASIC_CLEAN_XPATH"),
)
_COUNT_TEXT_NODES = XPath("count(.//text())")
# SHA-256 (first 16 hex digits) of the source of external.compare_extraction,
# _prefer_readability and try_readability, whose rules the gate's reasoning depends on
_GATE_SOURCE = "ca12f9a95219a58d"

Swap = tuple[str, Any, str, Any, Any]  # kind, module, name, trafilatura's value, replacement
_SWAPS: list[Swap] | None = None
_LOCK = threading.Lock()
_DEPTH = 0
_ACTIVE: list[Swap] = []
_SKIP_FROM: int | None = None


def text_length_bound(tree: "HtmlElement") -> int:
    """An upper bound of ``len(trim(text))`` for any text assembled from this tree's text nodes.

    Whatever keeps some of the page's text nodes (readability does), in any order and with
    any whitespace between them, yields at most the nodes' non-space characters plus one
    separator per word, and words only merge across node boundaries, never split: so no
    more than (non-space characters) + (words of the whole text) + (text nodes). Computed
    in C (text_content, split, an XPath count): ~0.3 ms on a news page.
    """
    words = tree.text_content().split()
    return sum(map(len, words)) + len(words) + int(_COUNT_TEXT_NODES(tree))


def readability_can_win(raw_tree: "HtmlElement", body: Any, text: str, options: Any) -> bool:
    """Whether trafilatura's ``_prefer_readability`` could choose readability's text for this page.

    False only when it provably cannot: every reason it has needs readability's text (at
    most ``text_length_bound(raw_tree)`` long) to be longer than a threshold the bound misses.
    """
    length = len(text)
    if length == 0:
        return True
    # readability writes "VIDEO" into the video iframes it keeps: the only text it adds
    bound = text_length_bound(raw_tree) + len(" VIDEO") * sum(1 for _ in raw_tree.iter("iframe"))
    recall = getattr(options, "focus", "balanced") == "recall"
    if bound > (length if recall else 2 * length):
        return True
    if bound > 2 * options.min_extracted_size:
        # "structurally deficient" own body: no paragraph text, or more tables than paragraphs
        return not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p"))
    return False


def _empty_page() -> "HtmlElement":
    from lxml.html import fromstring

    return fromstring("<html><body></body></html>")


def _gated(compare: Callable[..., Any]) -> Callable[..., Any]:
    def compare_extraction(cleaned_tree: Any, raw_tree: Any, body: Any, text: str, options: Any) -> Any:
        skip_from = _SKIP_FROM
        if (skip_from is not None and len(text) >= skip_from) or not readability_can_win(raw_tree, body, text, options):
            raw_tree = _empty_page()
        return compare(cleaned_tree, raw_tree, body, text, options)

    return compare_extraction


def _gate_source(external: Any) -> str | None:
    try:
        source = "".join(
            inspect.getsource(getattr(external, name))
            for name in ("compare_extraction", "_prefer_readability", "try_readability")
        )
    except (AttributeError, OSError, TypeError):  # renamed, or installed without sources
        return None
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def _swaps() -> list[Swap]:
    global _SWAPS
    if _SWAPS is not None:
        return _SWAPS
    import trafilatura  # noqa: F401  (loads the modules below)

    swaps: list[Swap] = []
    for module_name, name in _SELECTOR_TARGETS:
        module = sys.modules.get(module_name)
        original = getattr(module, name, None)
        if original is None:
            continue
        if isinstance(original, list):
            replacement: Any = equivalents(original)
            changed = any(a is not b for a, b in zip(original, replacement))
        else:
            replacement = equivalent(original)
            changed = replacement is not original
        if changed:  # a new list: trafilatura's own list objects are never mutated
            swaps.append(("selectors", module, name, original, replacement))
    core, external = sys.modules.get("trafilatura.core"), sys.modules.get("trafilatura.external")
    compare = getattr(core, "compare_extraction", None)
    if compare is not None and _gate_source(external) == _GATE_SOURCE:
        swaps.append(("readability_gate", core, "compare_extraction", compare, _gated(compare)))
    _SWAPS = swaps
    return swaps


@contextmanager
def swapped_in(
    selectors: bool = True, readability_gate: bool = True, readability_skip_from: int | None = None
) -> Iterator[None]:
    """trafilatura runs with the chosen replacements for the duration of the block.

    ``readability_skip_from`` is the one inexact option: with the gate on, readability is
    also not consulted once our own text has at least this many characters (a heuristic,
    see html.SETTINGS for what it was measured to cost and save).

    The swap rebinds module globals, so it is process-wide while a block runs: a
    trafilatura call in another thread meanwhile gets the replacements too (the exact
    ones give it the same results; the heuristic, if asked for, applies to it as well).
    Blocks may overlap (threads) or nest: the first to enter swaps, the last to leave
    restores (the first block's choice holds throughout).
    """
    global _DEPTH, _ACTIVE, _SKIP_FROM
    wanted = {"selectors": selectors, "readability_gate": readability_gate}
    with _LOCK:
        _DEPTH += 1
        if _DEPTH == 1:
            _ACTIVE = [swap for swap in _swaps() if wanted[swap[0]]]
            _SKIP_FROM = readability_skip_from
            for _, module, name, _, replacement in _ACTIVE:
                setattr(module, name, replacement)
    try:
        yield
    finally:
        with _LOCK:
            _DEPTH -= 1
            if _DEPTH == 0:
                for _, module, name, original, _ in _ACTIVE:
                    setattr(module, name, original)
                _ACTIVE = []
                _SKIP_FROM = None
