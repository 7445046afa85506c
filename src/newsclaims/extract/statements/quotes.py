"""Pairing quotation marks into quotations, per paragraph, with offsets.

Curly marks say which way they face; a straight ``"`` opens when it follows the start of
a paragraph, whitespace (a no-break space too), a bracket or a dash, and closes otherwise. Single quotes are
ignored: they double as apostrophes and mostly nest inside double quotes anyway.

A paragraph that opens a quotation and never closes it continues it: by news convention
the next paragraph then opens with a quote mark again, and the two pieces are one quote.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = "“«„"
CLOSERS = "”»"
MARKS = OPENERS + CLOSERS + '"'
_BEFORE_OPEN = "([{—–-/:" + OPENERS


def _opens_after(ch: str) -> bool:
    """A straight mark after ``ch`` opens: whitespace of any kind (a no-break space
    too), a bracket, a dash, a slash, a colon or an opening mark."""
    return ch.isspace() or ch in _BEFORE_OPEN


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation piece ``text[start:end]`` (marks included when present).

    ``closed`` is False when the piece runs to the end of its paragraph without a
    closing mark; ``continues`` is True when the next paragraph carries it on.
    """

    start: int
    end: int
    closed: bool = True
    continues: bool = False

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _is_opening(text: str, i: int, para_start: int) -> bool:
    ch = text[i]
    if ch in OPENERS:
        return True
    if ch in CLOSERS:
        return i == para_start  # a paragraph cannot open by closing: a typo for “
    return i == para_start or _opens_after(text[i - 1])


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    """All quotation pieces of ``text``, in order, given its paragraphs."""
    out: list[Quote] = []
    for idx, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        skip = -1
        for i in range(ps, pe):
            ch = text[i]
            if i <= skip:
                continue
            width = 1
            if ch == "'" and i + 1 < pe and text[i + 1] == "'":
                ch, width = '"', 2  # '' as a double quote (wire and NYT style)
                skip = i + 1
            elif ch not in MARKS:
                continue
            opening = _is_opening(text, i, ps) if width == 1 else (
                i == ps or _opens_after(text[i - 1])
            )
            if open_at is None:
                if opening:
                    open_at = i
                # a stray closing mark with nothing open is ignored
            elif ch == '"' or not opening:
                if i > open_at + 1:
                    out.append(Quote(open_at, i + width))
                open_at = None
            else:  # a second opening mark: the first one was stray
                open_at = i
        if open_at is not None and pe - open_at > 1:
            nxt = paras[idx + 1][0] if idx + 1 < len(paras) else None
            continues = nxt is not None and (
                (_is_opening(text, nxt, nxt) and text[nxt] in MARKS) or text.startswith("''", nxt)
            )
            out.append(Quote(open_at, pe, closed=False, continues=continues))
    return out
