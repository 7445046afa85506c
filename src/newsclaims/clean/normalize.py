"""Canonical text normalisation.

The output of :func:`normalize_text` is *the* canonical text of an article: it is stored
once and every character offset in the project (figures, quotes, speakers) points into
it. It must therefore be deterministic, idempotent and stable across Python/Unicode
versions. For that reason the character classes below are written out as fixed ranges
(taken from Unicode 14.0, Python 3.11) instead of being computed from ``unicodedata``
categories at import time: a newer Python that assigns new format characters must not
silently change stored texts. If the rules ever change, bump ``NORMALIZER_VERSION`` so
stored offsets can be recognised as belonging to the old canonical form.

Decisions (documented because offsets depend on them):

* Unicode NFC (never NFKC): letters, quotes, dashes, ellipses and digits keep their
  identity. Curly quotes stay curly; quote detection relies on them.
* Line terminators ``\\r\\n``, ``\\r``, ``\\v``, ``\\f``, ``\\x1c``-``\\x1e``, ``\\x85`` and
  U+2028 become ``\\n``; U+2029 (paragraph separator) becomes a paragraph break.
* Tabs and every Unicode space separator (NBSP, thin, narrow NBSP, ideographic, ...)
  become an ASCII space; runs of spaces collapse to one; lines are stripped.
* Invisible characters are removed without replacement: C0/C1 controls (except the line
  breaks above), soft hyphen, zero-width space/joiners, bidi marks and embeddings, word
  joiner, BOM, interlinear annotation marks, object replacement (U+FFFC), tag characters
  and lone surrogates. They sit *inside* words, so replacing them by a space would split
  words. Visible format characters (Arabic number signs and similar) are kept.
* Single newlines inside a paragraph are **kept**: news text is line-structured
  (datelines, bylines, lists, table rows, Q&A); joining lines is a decision for the input
  format (Markdown soft wraps are joined by :mod:`newsclaims.clean.plain`).
  Paragraphs (separated by one or more blank lines) are joined by exactly ``"\\n\\n"``.
* No leading or trailing whitespace.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["NORMALIZER_VERSION", "normalize_text", "text_fingerprint", "word_tokens"]

#: Bump when the canonical form changes (stored offsets refer to a given version).
NORMALIZER_VERSION = 1

_LINE_BREAK = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028]")
_PARAGRAPH_SEPARATOR = "\u2029"
_SPACE_LIKE = re.compile("[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Controls other than \t \n and the line breaks handled above; invisible format characters.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"
    "\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffc\ud800-\udfff"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
_ASCII_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f]")
_SPACE_RUN = re.compile(" {2,}")
_SPACES_AROUND_NEWLINE = re.compile(" ?\n ?")
_BLANK_RUN = re.compile("\n{3,}")
_WORD = re.compile(r"\w+")


def normalize_text(text: str) -> str:
    """Return the canonical form of ``text`` (see the module docstring for the rules).

    Idempotent: ``normalize_text(normalize_text(x)) == normalize_text(x)``.
    """
    text = _LINE_BREAK.sub("\n", text)
    if text.isascii():
        # Fast path for the common case: no NFC, no Unicode classes needed.
        text = _ASCII_CONTROL.sub("", text).replace("\t", " ")
    else:
        text = text.replace(_PARAGRAPH_SEPARATOR, "\n\n")
        text = _SPACE_LIKE.sub(" ", text)
        # Remove invisibles before NFC so that a base letter and a combining mark that
        # were separated only by an invisible character compose like they display.
        text = _INVISIBLE.sub("", text)
        text = unicodedata.normalize("NFC", text)
    text = _SPACE_RUN.sub(" ", text)
    text = _SPACES_AROUND_NEWLINE.sub("\n", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip(" \n")


def word_tokens(text: str) -> list[str]:
    """Word tokens for comparison: ``\\w+`` runs after NFKC and case folding.

    Invisible characters are removed first so a soft hyphen or zero-width space inside a
    word does not split it. Shared by :func:`text_fingerprint` and the de-duplication
    shingler so both see the same words. Case folding is a stronger ``lower()``
    (``"Straße"`` -> ``"strasse"``).
    """
    if text.isascii():
        return _WORD.findall(_ASCII_CONTROL.sub("", text).lower())
    text = _INVISIBLE.sub("", text)
    # casefold() can produce non-normalised sequences, so NFKC runs on both sides.
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return _WORD.findall(text)


def fingerprint(tokens: list[str]) -> str:
    """:func:`text_fingerprint` from tokens already computed with :func:`word_tokens`."""
    return hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest()


def text_fingerprint(text: str) -> str:
    """SHA-256 (hex) of the word tokens joined by single spaces, for exact-duplicate checks.

    Two copies that differ only in whitespace, line breaks, case, punctuation, quote style
    or compatibility forms get the same fingerprint.
    """
    return fingerprint(word_tokens(text))
