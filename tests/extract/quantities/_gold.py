"""The one check behind every gold-case file: the figure is found and carries these fields."""

from __future__ import annotations

from typing import Any

import pytest

from newsclaims.extract.quantities import EXTRACTOR_VERSION, Quantity, find_quantities


def find(text: str, span: str) -> Quantity:
    found = [q for q in find_quantities(text) if q.text == span]
    assert found, f"no quantity {span!r} in {[q.text for q in find_quantities(text)]}"
    return found[0]


def check_gold(text: str, span: str, fields: dict[str, Any]) -> None:
    """``span`` is a figure of ``text`` whose fields equal ``fields`` (numbers to 1e-9 relative);
    ``item_text``/``period_text`` compare the spans' text and their offsets into ``text``."""
    q = find(text, span)
    assert text[q.start:q.end] == q.text
    for key, want in fields.items():
        if key == "item_text":
            assert q.item is not None and q.item.text == want
            assert text[q.item.start:q.item.end] == want
        elif key == "period_text":
            assert q.period_span is not None and q.period_span.text == want
            assert text[q.period_span.start:q.period_span.end] == want
        else:
            got = getattr(q, key)
            if isinstance(want, (int, float)) and not isinstance(want, bool) and got is not None:
                assert got == pytest.approx(want, rel=1e-9), (key, got, want)
            else:
                assert got == want, (key, got, want)
    assert q.extractor_version == EXTRACTOR_VERSION
