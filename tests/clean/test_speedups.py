"""newsclaims.clean.speedups: trafilatura gives the same text, faster, and gets its own code back."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import document_fromstring

import newsclaims.clean.html as html_module
from newsclaims.clean.html import extract_html
from newsclaims.clean.speedups import readability_can_win, swapped_in, text_length_bound
from newsclaims.options import CleanOptions

OPTIONS = CleanOptions()

PARAGRAPHS = [
    "The Lindmar port authority will raise harbour fees by 20 percent from April, its director "
    "Oskar Brandt told the city council on Tuesday, citing a dredging bill of 48 million marks.",
    "\"Ships have grown faster than our channel,\" Brandt said. He added that two of the four "
    "berths could not take vessels longer than 300 metres until the work was finished.",
    "Shipping agents warned that the increase would push some lines to the rival port of Ossa. "
    "Their association said fees had already risen by a third since 2022.",
    "The council will vote on the new tariff at its next sitting. A spokeswoman for the port "
    "said the authority expected about 1,900 calls this year, down from 2,050.",
]
ARTICLE = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)

HIDDEN_AND_COMMENTS = """<div style="display:none" class="promo"><p>Subscribe now and save 60 percent on
your first year of the Lindmar Post, the newspaper the whole coast reads every morning.</p></div>
<section id="comments"><ol class="comment-list"><li><p>Reader Tomas V. wrote that the port had wasted
money on the old crane for a decade and should not get another mark from the city.</p></li></ol></section>"""


def page(body: str) -> str:
    return f"""<html><head><title>Harbour fees to rise | The Lindmar Post</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/port">Port</a></li></ul></nav>
{body}<footer><p>The Lindmar Post, 4 Quay Street</p></footer></body></html>"""


ARTICLE_PAGE = page(f"<article><h1>Harbour fees to rise by a fifth</h1>{ARTICLE}{HIDDEN_AND_COMMENTS}</article>")
# no container trafilatura recognises, and much link text around a short article: the
# readability comparison is what decides here
LOOSE_PAGE = page(
    "<div class='x1'>" + "".join(f"<div class='r'><a href='/n{i}'>Port news item number {i} of the week</a></div>" for i in range(40))
    + f"</div><div class='x2'><b>Harbour fees</b><br>{PARAGRAPHS[0]}<br>{PARAGRAPHS[1]}</div>"
)

# a long article (twice the paragraphs, numbered) beside a longer list of links: readability
# could win by length, but our own text is past the heuristic's limit
LONG_PAGE = page(
    "<article><h1>Harbour fees to rise by a fifth</h1>"
    + "".join(f"<p>{n}. {p}</p>" for n, p in enumerate(PARAGRAPHS * 2, 1))
    + "</article><div class='more'>"
    + "".join(f"<div class='r'><a href='/n{i}'>Port news item number {i} of the week</a></div>" for i in range(120))
    + "</div>"
)


@contextmanager
def settings_changed(**changes: object) -> Iterator[None]:
    saved = html_module.SETTINGS
    html_module.SETTINGS = dataclasses.replace(saved, **changes)  # type: ignore[arg-type]
    try:
        yield
    finally:
        html_module.SETTINGS = saved


EXACT_ONLY = {"readability_skip_from": None}
NONE = {"fast_selectors": False, "gate_readability": False, "readability_skip_from": None}


@pytest.mark.parametrize(
    "options",
    [CleanOptions(min_chars=0), CleanOptions(fast=True, min_chars=0), CleanOptions(favor_precision=True, min_chars=0)],
    ids=["default", "fast", "precision"],
)
@pytest.mark.parametrize("name", ["ARTICLE_PAGE", "LOOSE_PAGE", "LONG_PAGE"])
def test_exact_speedups_give_the_same_result(name: str, options: CleanOptions) -> None:
    html = globals()[name]
    with settings_changed(**EXACT_ONLY):
        with_speedups = extract_html(html, options, "https://post.example/port/fees")
    with settings_changed(**NONE):
        assert extract_html(html, options, "https://post.example/port/fees") == with_speedups


def test_article_survives_and_hidden_and_comment_blocks_go() -> None:
    result = extract_html(ARTICLE_PAGE, OPTIONS, "https://post.example/port/fees")
    assert result is not None
    assert all(p in result.text for p in PARAGRAPHS)
    assert "Subscribe now" not in result.text
    assert "Tomas V." not in result.text


def test_trafilatura_gets_its_own_code_back() -> None:
    import trafilatura  # noqa: F401

    core, main = sys.modules["trafilatura.core"], sys.modules["trafilatura.main_extractor"]
    before = (core.compare_extraction, core.RAW_TREE_PRUNE_XPATH, main.BODY_XPATH, main.OVERALL_DISCARD_XPATH)
    with swapped_in():
        inside = (core.compare_extraction, core.RAW_TREE_PRUNE_XPATH, main.BODY_XPATH, main.OVERALL_DISCARD_XPATH)
        with swapped_in():  # nested: still swapped after the inner block
            pass
        assert (core.compare_extraction, main.BODY_XPATH) == (inside[0], inside[2])
    assert all(a is not b for a, b in zip(before, inside))
    assert (core.compare_extraction, core.RAW_TREE_PRUNE_XPATH, main.BODY_XPATH, main.OVERALL_DISCARD_XPATH) == before
    with pytest.raises(RuntimeError), swapped_in():
        raise RuntimeError("extraction failed")
    assert core.compare_extraction is before[0] and main.BODY_XPATH is before[2]


@pytest.fixture
def readability_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The text length of every page readability is run on."""
    external = sys.modules["trafilatura.external"]
    original = external.try_readability
    calls: list[int] = []

    def counting(tree):  # type: ignore[no-untyped-def]
        calls.append(len(tree.text_content()))
        return original(tree)

    monkeypatch.setattr(external, "try_readability", counting)
    return calls


def test_readability_runs_only_where_it_could_win(readability_calls: list[int]) -> None:
    with settings_changed(**EXACT_ONLY):
        # the article is nearly all the page's text: readability cannot be twice as long
        extract_html(ARTICLE_PAGE, OPTIONS)
        assert readability_calls == [0]  # handed an empty page
        readability_calls.clear()
        # the own extraction is a small share of a link-heavy page: readability must run
        extract_html(LOOSE_PAGE, OPTIONS)
        assert readability_calls and readability_calls[0] > 1000


def test_long_own_text_skips_readability_only_with_the_heuristic(readability_calls: list[int]) -> None:
    with settings_changed(**EXACT_ONLY):
        exact = extract_html(LONG_PAGE, OPTIONS)
    assert readability_calls and readability_calls[0] > 1000  # the bound lets readability compete
    readability_calls.clear()
    with settings_changed(readability_skip_from=1000):  # our text here: ~1,400 characters
        heuristic = extract_html(LONG_PAGE, OPTIONS)
    assert readability_calls == [0]
    assert exact is not None and heuristic is not None
    assert all(p in heuristic.text for p in PARAGRAPHS)


def test_readability_can_win_rules() -> None:
    class Options:
        focus = "balanced"
        min_extracted_size = 250

    tree = document_fromstring(f"<html><body>{ARTICLE}<div>{'menu link ' * 300}</div></body></html>")
    body = document_fromstring(f"<html><body>{ARTICLE}</body></html>").find("body")
    own = " ".join(PARAGRAPHS)
    assert readability_can_win(tree, body, "", Options())  # nothing of our own
    assert readability_can_win(tree, body, own[:300], Options())  # page text far longer
    assert not readability_can_win(tree, body, own + " " + "menu link " * 200, Options())
    # a body of tables and no paragraph: readability may win even when shorter than twice ours
    tables = document_fromstring("<html><body><table><tr><td>cell</td></tr></table></body></html>").find("body")
    assert readability_can_win(tree, tables, own + " " + "menu link " * 200, Options())


_PIECE = st.text(alphabet=st.sampled_from("ab \n\t\u00a0."), max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECE, min_size=1, max_size=12), st.data())
def test_text_length_bound_holds_for_any_assembly_of_text_nodes(pieces: list[str], data: st.DataObject) -> None:
    markup = "".join(f"<span>{p}</span>{p}" if i % 2 else f"<p>{p}</p>" for i, p in enumerate(pieces))
    tree = document_fromstring(f"<html><body><div>{markup}</div></body></html>")
    nodes = list(tree.itertext())
    # each node at most once, in any order (readability moves nodes, it never copies them)
    order = data.draw(st.lists(st.sampled_from(range(len(nodes))), unique=True)) if nodes else []
    chosen = [nodes[i] for i in order]
    separators = data.draw(st.lists(st.sampled_from(["", " ", "\n\n "]), min_size=len(chosen), max_size=len(chosen)))
    assembled = "".join(sep + node for sep, node in zip(separators, chosen))
    assert len(" ".join(assembled.split())) <= text_length_bound(tree)
