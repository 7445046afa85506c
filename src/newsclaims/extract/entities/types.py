"""The entity mention record and the archive-wide merge key."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .titles import strip_leading_titles

EXTRACTOR_VERSION = "entities/1"

KINDS = ("person", "org", "place", "group")


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One named entity as written in a document.

    ``text`` is the name as written, without its title (``"Andrei Belousov"`` in
    ``"Defence Minister Andrei Belousov"``); ``text == document[start:end]``.
    ``name`` is the fullest form of the same entity in the document, ``key`` a merge key
    for the whole archive (see :func:`entity_key`), ``role`` the title or role the
    document gives the entity (carried to its other mentions), or None.
    """

    start: int
    end: int
    text: str
    kind: str  # "person" | "org" | "place" | "group"
    name: str
    key: str
    role: str | None = None


_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")
_SPACES = re.compile(r"\s+")


def entity_key(name: str, kind: str) -> str:
    """A key under which mentions of one entity meet across the archive.

    Casefolded NFKC ``name`` with curly apostrophes straightened, a possessive ``'s``
    dropped, leading titles and honorifics ("President", "Mr", "Gen.") removed (while a
    word remains), dotted initialisms closed up ("U.S." -> "us", so it meets "US"),
    whitespace collapsed, and for organisations a leading "the " removed.
    """
    s = unicodedata.normalize("NFKC", name).translate(_APOS).casefold()
    s = _SPACES.sub(" ", s).strip(" \t\n\"'“”«»()[],;:")
    s = _POSSESSIVE.sub("", s).strip()
    if kind == "org" and s.startswith("the "):
        s = s[4:]
    if kind == "person":
        s = s[strip_leading_titles(s) :]
    s = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), s)
    return _SPACES.sub(" ", s).strip()
