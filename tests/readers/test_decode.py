"""decode(): BOMs, declarations, UTF-8, legacy encodings, and junk."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.readers.common import ReadFailure
from newsclaims.readers.decode import codec_name, decode

WESTERN = ("The ministry said the contract, worth \u20ac1.2 billion, would cover 48 vehicles "
           "\u2014 \u201ca significant step\u201d, according to Minister Ana\u00efs Delacroix. "
           "Deliveries begin in 2027. Critics called the deal \u201cna\u00efve\u201d.")
CYRILLIC = ("\u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e "
            "\u043e\u0431\u043e\u0440\u043e\u043d\u044b \u0437\u0430\u044f\u0432\u0438\u043b"
            "\u043e, \u0447\u0442\u043e \u043a\u043e\u043d\u0442\u0440\u0430\u043a\u0442 "
            "\u0441\u0442\u043e\u0438\u043c\u043e\u0441\u0442\u044c\u044e 1,2 \u043c\u0438"
            "\u043b\u043b\u0438\u0430\u0440\u0434\u0430 \u0440\u0443\u0431\u043b\u0435\u0439 "
            "\u043e\u0445\u0432\u0430\u0442\u0438\u0442 48 \u043c\u0430\u0448\u0438\u043d. "
            "\u041f\u043e\u0441\u0442\u0430\u0432\u043a\u0438 \u043d\u0430\u0447\u043d\u0443"
            "\u0442\u0441\u044f \u0432 2027 \u0433\u043e\u0434\u0443.")
JAPANESE = ("\u9632\u885b\u7701\u306f\u3001\u5951\u7d04\u7dcf\u984d\u304c\u7d0412\u5104\u5186"
            "\u306b\u306e\u307c\u308b\u3068\u767a\u8868\u3057\u305f\u3002\u7d0d\u5165\u306f"
            "2027\u5e74\u306b\u59cb\u307e\u308b\u4e88\u5b9a\u3060\u3068\u62c5\u5f53\u8005\u306f"
            "\u8ff0\u3079\u305f\u3002")


@pytest.mark.parametrize(("text", "codec"), [
    (WESTERN, "cp1252"),
    (CYRILLIC, "cp1251"),
    (JAPANESE, "shift_jis"),
])
def test_legacy_encodings_are_detected(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert codecs.lookup(decoded.encoding).name == codecs.lookup(codec).name or (
        codec == "shift_jis" and decoded.encoding in ("cp932", "shift_jis")
    )


def test_declared_latin1_means_windows_1252() -> None:
    data = "Price: \u20ac40 \u2013 \u201cfinal\u201d".encode("cp1252")
    decoded = decode(data, declared="ISO-8859-1")
    assert decoded.text == "Price: \u20ac40 \u2013 \u201cfinal\u201d"
    assert decoded.encoding == "cp1252"
    assert codec_name("latin-1") == "cp1252"


def test_http_charset_wins_over_detection() -> None:
    decoded = decode(CYRILLIC.encode("koi8_r"), declared="koi8-r")
    assert decoded.text == CYRILLIC
    assert decoded.encoding == "koi8_r"


def test_html_meta_charset_is_used() -> None:
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">' \
           f"</head><body><p>{CYRILLIC}</p></body></html>"
    decoded = decode(html.encode("cp1251"), markup="html")
    assert CYRILLIC in decoded.text
    assert decoded.encoding == "cp1251"


def test_declared_legacy_but_valid_utf8_reads_as_utf8() -> None:
    decoded = decode(WESTERN.encode("utf-8"), declared="iso-8859-1")
    assert decoded.text == WESTERN


def test_utf16_with_bom() -> None:
    decoded = decode(codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le"))
    assert decoded.text == WESTERN


def test_mostly_utf8_with_stray_bytes_keeps_utf8_with_replacement() -> None:
    data = (WESTERN * 4).encode("utf-8") + b"\xff" + (WESTERN * 4).encode("utf-8")
    decoded = decode(data)
    assert decoded.encoding == "utf_8+replace"
    assert decoded.text == WESTERN * 4 + "\ufffd" + WESTERN * 4


def test_invalid_bytes_that_are_no_text_fail() -> None:
    junk = bytes((i * 37 + 11) % 128 + 128 for i in range(600))
    with pytest.raises(ReadFailure, match="undecodable"):
        decode(junk)


@given(st.text(), st.booleans())
def test_utf8_round_trips(text: str, with_bom: bool) -> None:
    if not with_bom and text.startswith("\ufeff"):
        text = "x" + text  # a leading U+FEFF without a BOM is indistinguishable from a BOM
    data = (codecs.BOM_UTF8 if with_bom else b"") + text.encode("utf-8")
    assert decode(data).text == text
