"""Helpers for reader tests: a short article of our own and filters over reader output."""

from __future__ import annotations

from newsclaims.model import Problem, RawDocument


def docs(items: list[RawDocument | Problem]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def problems(items: list[RawDocument | Problem]) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem)]


ARTICLE = (
    "The Ministry of Supply in Valdoria said on Tuesday that the new plant at Orsk would "
    "produce 40,000 rounds a month by the end of 2027, up from 12,000 today. \u201cWe are "
    "on schedule,\u201d said deputy minister Lena Marsh. Opposition leader Piet Varga said "
    "the figure was optimistic and that the plant had missed two earlier targets."
)


def page(body: str = ARTICLE, title: str = "Orsk plant to triple output", charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>")
