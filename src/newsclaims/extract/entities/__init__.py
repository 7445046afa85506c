"""Named entities (people, organisations, places, groups) with their titles and roles.

``find_entities(text, sentences=None)`` runs spaCy's NER (tok2vec + ner only) over the
given sentences (:mod:`.ner`), cleans the usual en_core_web_sm slips, splits titles off
person names into ``role`` and reads appositions (:mod:`.titles`), and merges the
mentions of one document into entities with a canonical name and an archive-wide key
(:mod:`.merge`, :func:`.types.entity_key`).
"""

from __future__ import annotations

from .extract import find_entities
from .types import EXTRACTOR_VERSION, KINDS, EntityMention, entity_key

__all__ = ["EXTRACTOR_VERSION", "KINDS", "EntityMention", "entity_key", "find_entities"]
