"""Bytes to text, the way a careful browser would do it.

Order: byte-order mark; an encoding declared outside the bytes (HTTP ``charset``);
an in-document declaration (HTML ``<meta charset>`` / ``http-equiv``, XML declaration)
in the first 4 KB; strict UTF-8; then detection with charset_normalizer, steered
towards the encodings news sites actually use. A declared ``iso-8859-1``/``latin-1``/
``ascii`` means windows-1252, as in browsers (the C1 range is never meant as controls).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal

from charset_normalizer import from_bytes

from .common import ReadFailure

Markup = Literal["html", "xml"] | None

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers map to windows-1252 (WHATWG Encoding Standard).
_AS_WINDOWS_1252 = {"latin_1", "iso8859_1", "ascii", "cp1252"}

# When detection finds several encodings that fit about equally well, prefer the ones
# that news pages really use; charset_normalizer alone often says cp775 or cp1250 for
# plain Western European windows-1252 text.
_PREFERRED = (
    "cp1252", "cp1251", "cp932", "shift_jis", "euc_jp", "gb18030", "gbk", "gb2312",
    "big5", "cp949", "euc_kr", "koi8_r", "koi8_u", "cp1250", "cp1253", "cp1254",
    "cp1255", "cp1256", "cp1257", "cp1258", "iso8859_2", "iso8859_7", "iso8859_9",
    "iso8859_15", "mac_roman",
)
_CHAOS_TOLERANCE = 0.05

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # Python codec name, "+replace" appended when invalid bytes were replaced


def codec_name(label: str | None) -> str | None:
    """The Python codec for an encoding label, with browser aliases; None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    if name in _AS_WINDOWS_1252:
        return "cp1252"
    if name.startswith("utf_16") or name.startswith("utf_32"):
        # A document that was decoded enough to read its own label is not UTF-16:
        # browsers treat such a label as UTF-8.
        return "utf_8"
    return name


def declared_in_document(data: bytes, markup: Markup) -> str | None:
    """The charset a page or XML file declares about itself in its first 4 KB."""
    head = data[:4096]
    if markup == "xml":
        m = _XML_DECL.search(head)
    elif markup == "html":
        m = _XML_DECL.search(head) or _META_CHARSET.search(head)
    else:
        return None
    return m.group(1).decode("ascii", "replace") if m else None


def _has_utf8_multibyte(data: bytes) -> bool:
    # A valid UTF-8 multi-byte sequence is very unlikely to come from a legacy encoding.
    return re.search(rb"[\xc2-\xf4][\x80-\xbf]+", data) is not None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return bad / len(text) <= 0.05


def _detect(data: bytes) -> Decoded | None:
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    floor = min(m.chaos for m in results)
    close = [m for m in results if m.chaos <= floor + _CHAOS_TOLERANCE]
    for wanted in _PREFERRED:
        for match in close:
            fits = {match.encoding, *match.could_be_from_charset}
            if wanted in fits:
                text = _try(data, wanted)
                if text is not None:
                    return Decoded(text, wanted)
    return Decoded(str(best), best.encoding)


def decode(data: bytes, *, declared: str | None = None, markup: Markup = None) -> Decoded:
    """Decode ``data``; raise :class:`ReadFailure` when it is not text in any encoding.

    ``declared`` is a charset from outside the bytes (HTTP ``Content-Type``).
    ``markup`` enables the in-document declaration for HTML or XML.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, errors="replace")
            return Decoded(text, codec.replace("-", "_"))

    non_ascii = not data.isascii()
    for label in (declared, declared_in_document(data, markup)):
        codec = codec_name(label)
        if codec is None:
            continue
        if codec != "utf_8" and non_ascii and _has_utf8_multibyte(data):
            # Pages often say iso-8859-1 but are UTF-8; valid multi-byte UTF-8 settles it.
            text = _try(data, "utf_8")
            if text is not None:
                return Decoded(text, "utf_8")
        text = _try(data, codec)
        if text is not None:
            return Decoded(text, codec)

    text = _try(data, "utf_8")
    if text is not None:
        return Decoded(text, "utf_8")

    lossy = data.decode("utf-8", errors="replace")
    invalid = lossy.count("\ufffd")
    if _has_utf8_multibyte(data) and invalid <= max(2, len(data) // 200):
        # UTF-8 with a few stray bytes: keep the UTF-8 rather than guess a legacy codec.
        return Decoded(lossy, "utf_8+replace")

    detected = _detect(data)
    if detected is not None and _mostly_text(detected.text):
        return detected
    if _mostly_text(lossy):
        return Decoded(lossy, "utf_8+replace")
    raise ReadFailure("undecodable text: not UTF-8 and no known encoding fits")
