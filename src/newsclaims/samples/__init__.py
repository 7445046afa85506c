"""The sample corpus bundled with newsclaims: fictional outlets, written for the project."""

from __future__ import annotations

from pathlib import Path


def sample_path() -> Path:
    """The folder holding the sample articles (HTML, text, Markdown, feeds, JSONL, WARC)."""
    return Path(__file__).resolve().parent / "corpus"


def manifest_path() -> Path:
    """MANIFEST.json: what each sample file holds and what ingesting it should give."""
    return Path(__file__).resolve().parent / "MANIFEST.json"
