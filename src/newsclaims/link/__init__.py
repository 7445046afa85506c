"""Linking documents across the archive: stories (articles that report one event).

    >>> from newsclaims.link import StoryDoc, StoryIndex
    >>> index = StoryIndex()
    >>> story_id = index.add(StoryDoc(doc_id=1, text="...", title=None, published="2026-03-14"))

``cluster`` does the same for a batch, deterministically. See ``stories`` for the method.
"""

from __future__ import annotations

from .features import FeatureOptions
from .stories import StoryDoc, StoryIndex, StoryOptions, cluster

__all__ = ["FeatureOptions", "StoryDoc", "StoryIndex", "StoryOptions", "cluster"]
