"""Quantity extraction: every figure in a news text as a structured record with exact offsets.

    >>> from newsclaims.extract.quantities import find_quantities
    >>> [q.text for q in find_quantities("Output rose 4% to 1.2 million barrels a day.")]
    ['4%', '1.2 million barrels']

Pure regex and word rules (no model), so it runs on whole articles cheaply. Conventions for
values, ranges, vague amounts, bounds, changes and rates are documented in ``types``.
"""

from __future__ import annotations

from .scanner import scan
from .types import EXTRACTOR_VERSION, Quantity, QuantityOptions, Span

__all__ = ["EXTRACTOR_VERSION", "Quantity", "QuantityOptions", "Span", "find_quantities"]

_DEFAULT = QuantityOptions()


def find_quantities(text: str, options: QuantityOptions | None = None) -> list[Quantity]:
    """Every figure in ``text``, in order of position. Never raises on any string."""
    if not text:
        return []
    return scan(text, options or _DEFAULT)
