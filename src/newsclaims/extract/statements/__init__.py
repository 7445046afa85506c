"""Quoted and reported statements, with who made them, as exact character offsets.

``find_statements(text)`` splits the text with the rule-based sentence splitter, pairs
quotation marks, reads cue / source / content from each unit with token rules
(:mod:`.attribution`), attaches cue-less quotations to the statement before them, and
resolves each source mention to a speaker within the document (:mod:`.speakers`).
No spaCy pipeline runs: the whole extractor is string and regex work, which keeps it
far above the project's throughput floor (see ``benchmarks/statements.py``).
"""

from __future__ import annotations

from .extract import find_statements
from .types import EXTRACTOR_VERSION, Span, Statement, StatementKind, StatementOptions

__all__ = [
    "EXTRACTOR_VERSION",
    "Span",
    "Statement",
    "StatementKind",
    "StatementOptions",
    "find_statements",
]
