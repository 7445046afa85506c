"""Parsing number expressions: digits, scale words, number words, fractions, vague amounts.

Every parser takes the text and a start offset and returns a ``Num`` whose ``end`` is an
end-exclusive offset into the same text (or None when nothing parses there), so the
scanner never works on a copy whose offsets could drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Spaces allowed inside a digit group ("1 234 567", NBSP, narrow NBSP, thin space).
_GROUP_SPACE = "[ \u00a0\u202f\u2009]"

DIGITS_RE = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)"  # 1,234,567.5
    rf"|\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?:\.\d+)?(?![\d,]?\d)"  # 1 234 567.5 (spaces / NBSP)
    r"|\d+(?:\.\d+)?|\.\d+)"  # 1234.5, .25
)

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "nought": 0,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}

# Scale words written after a figure ("2.38 million", "$1.13bn", "£600m", "10k").
# Case matters for the one-letter forms: "M" is always million, "m" only after money.
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "lakh": 1e5,
    "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6,
    "B": 1e9, "b": 1e9, "m": 1e6, "T": 1e12, "mil": 1e6, "tln": 1e12, "dozen": 12.0, "dozens": 12.0,
}
# Scale words proper (not abbreviations): a figure ending in one may go on ("4 thousand 3 hundred").
WORD_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"})
SCALE_RE = re.compile(
    r"[ \u00a0]?(?P<word>hundred|thousand|million|billion|trillion|lakhs?|crores?|dozens?)\b", re.I
)
_ABBR_RE = re.compile(r"(?P<abbr>mn|mln|bn|bln|tn|trn|tln|mil|Mn|Bn|MM|[kKMBbmT])(?![A-Za-z0-9])")
_SPACED_ABBR_RE = re.compile(r"[ \u00a0](mn|bn|tn|tln|mln|bln|mil|Mn|Bn|k)(?![A-Za-z0-9])")

FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000, "millionth": 1e6, "millionths": 1e6, "billionth": 1e9, "billionths": 1e9,
    "trillionth": 1e12, "trillionths": 1e12,
}
# Vulgar fraction characters ("⅔", "2½").
UNICODE_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
    "⅑": 1 / 9, "⅒": 1 / 10,
}
UNICODE_FRACTION_CHARS = "".join(UNICODE_FRACTIONS)

VAGUE_HEADS = {"dozens": 12.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
               "trillions": 1e12, "scores": 20.0}
_VAGUE_RE = re.compile(
    r"(?P<tens>tens|hundreds)\s+of\s+(?P<of>thousands|millions|billions)\b"
    r"|(?P<few>a\s+few|several|a\s+couple\s+of)\s+(?P<fs>dozen|hundred|thousand|million|billion)\b"
    r"(?:\s+(?P<fs2>thousand|million|billion)\b)?"
    r"|(?P<head>dozens|hundreds|thousands|millions|billions)\b",
    re.I,
)

_WORD_RE = re.compile(r"[ \u00a0]*(-|[A-Za-z]+)")


@dataclass(slots=True)
class Num:
    """A parsed number expression."""

    start: int
    end: int
    value: float
    kind: str = "point"  # point | vague | fraction
    high: float | None = None  # vague amounts: the order-of-magnitude ceiling
    words: bool = False  # written in words ("four", "a dozen")
    decimals: bool = False  # written with a decimal point
    grouped: bool = False  # written with thousands separators
    scale: float = 1.0  # the last scale word inside the words ("two million" -> 1e6)


def parse_digits(text: str, pos: int) -> Num | None:
    """Digits at ``pos`` ("1,234.5", "1 234", ".25"), no sign, no scale."""
    m = DIGITS_RE.match(text, pos)
    if not m:
        return None
    raw = m.group(0)
    clean = re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw)
    try:
        value = float(clean)
    except ValueError:
        return None
    return Num(pos, m.end(), value, decimals="." in raw, grouped=clean != raw)


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_POWER_RE = re.compile(
    r"[ \u00a0]?[×x*][ \u00a0]?10(?:(?:\^|\*\*)(?P<e>[-−]?\d{1,3})|(?P<neg>[-−]\d{1,3})|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d.,])"
)


def parse_power(text: str, pos: int) -> tuple[int, int] | None:
    """Scientific notation after a mantissa: "×10−30", "x 10^6", "×10⁹": (exponent, end)."""
    m = _POWER_RE.match(text, pos)
    if not m:
        return None
    exp = m.group("e") or m.group("neg") or m.group("sup").translate(_SUPERSCRIPT)
    return int(exp.replace("−", "-")), m.end()


def parse_scale(text: str, pos: int, money: bool) -> tuple[float, int] | None:
    """A scale word right after a figure: (multiplier, end) or None.

    One-letter lower-case "m"/"b" count as million/billion only for money ("£600m", "$1.2b"),
    where they cannot be metres or bytes; "k" and the upper-case forms always scale.
    """
    m = SCALE_RE.match(text, pos)
    if m:
        mult = SCALE_WORDS[m.group("word").lower()]
        if m.group("word").lower() == "hundred":  # "4 hundred million"
            m2 = re.match(r"[ \u00a0](thousand|million|billion|trillion)\b", text[m.end():m.end() + 10], re.I)
            if m2:
                return mult * BIG[m2.group(1).lower()], m.end() + m2.end()
        return mult, m.end()
    m2 = _SPACED_ABBR_RE.match(text, pos)
    if m2:
        return SCALE_WORDS[m2.group(1).lower()], m2.end()
    m = _ABBR_RE.match(text, pos)
    if not m:
        return None
    abbr = m.group("abbr")
    if abbr in ("m", "b", "T", "B") and not money:
        # "1.2b": a glued lower-case "b" after decimals is billions (a label would not have decimals)
        if not (abbr == "b" and "." in text[max(0, pos - 8):pos]):
            return None
    key = abbr if abbr in SCALE_WORDS else abbr.lower()
    return SCALE_WORDS[key], m.end()


def _words(text: str, pos: int, limit: int = 16) -> list[tuple[str, int, int]]:
    """Up to ``limit`` word / hyphen tokens from ``pos``: (lower text, start, end)."""
    out: list[tuple[str, int, int]] = []
    while len(out) < limit:
        m = _WORD_RE.match(text, pos)
        if not m:
            break
        out.append((m.group(1).lower(), m.start(1), m.end(1)))
        pos = m.end()
    return out


def parse_number_words(text: str, pos: int) -> Num | None:
    """A number written in words at ``pos``: "twenty-five", "one hundred and fifty",
    "two million", "a dozen", "half a million", "a million"."""
    toks = _words(text, pos)
    if not toks:
        return None
    i = 0
    total = 0.0
    current = 0.0
    last = ""  # kind of the last consumed word: small | tens | hundred | big | a
    end = pos
    seen = False
    # leading "a"/"an" only before hundred/thousand/million/dozen: "a million"
    if toks[0][0] in ("a", "an") and len(toks) > 1 and (toks[1][0] in BIG or toks[1][0] in ("hundred", "dozen")):
        current = 1
        last = "a"
        i = 1
    # "half a million", "half a dozen"
    if toks[0][0] == "half" and len(toks) > 2 and toks[1][0] == "a" and (
        toks[2][0] in BIG or toks[2][0] == "dozen"
    ):
        mult = 6.0 if toks[2][0] == "dozen" else BIG[toks[2][0]] / 2
        return Num(pos, toks[2][2], mult, words=True)
    tail = current  # what the last small / tens words added (a following "dozen" multiplies it)
    scale = 1.0
    while i < len(toks):
        w, s, e = toks[i]
        if w == "-" and last == "tens" and i + 1 < len(toks) and toks[i + 1][0] in SMALL and 0 < SMALL[toks[i + 1][0]] < 10:
            i += 1
            continue
        if w in SMALL and last in ("", "tens", "hundred", "big", "and"):
            v = SMALL[w]
            if last == "tens" and not (0 < v < 10):
                break
            if last == "hundred" and v == 0:
                break
            if i + 1 < len(toks) and toks[i + 1][0] in FRACTION_WORDS and last != "":
                break  # "one hundred and three quarters": the fraction belongs to a tail
            tail = tail + v if last == "tens" else v
            current += v
            last = "small"
        elif w in TENS and last in ("", "hundred", "big", "and"):
            current += TENS[w]
            tail = TENS[w]
            last = "tens"
        elif w == "hundred" and last in ("small", "tens", "a") and current < 100:
            current *= 100
            last = "hundred"
        elif w == "hundred" and last == "" and i == 0:
            break
        elif w in BIG and last in ("small", "tens", "hundred", "a"):
            total += current * BIG[w]
            scale = BIG[w]
            current = 0
            last = "big"
        elif w in ("dozen", "dozens") and last in ("small", "tens", "a"):
            current += tail * 11  # "three hundred and two dozens" = 300 + 2 x 12
            last = "big"
        elif w == "and" and last in ("hundred", "big") and i + 1 < len(toks) and (
            toks[i + 1][0] in SMALL or toks[i + 1][0] in TENS
        ) and not (i + 2 < len(toks) and toks[i + 2][0] in FRACTION_WORDS):
            last = "and"
            i += 1
            continue
        else:
            break
        seen = True
        end = e
        i += 1
    if not seen or last == "a":
        return None
    return Num(pos, end, total + current, words=True, scale=scale)


_FRAC_TAIL_RE = re.compile(
    r"[ \u00a0]+and[ \u00a0]+(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[ \u00a0-]+"
    r"(?P<den>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
    r"(?:[ \u00a0]+(?P<scale>thousand|million|billion|trillion)\b)?",
    re.I,
)
_CONT_AND_RE = re.compile(r"[ \u00a0]+(?:and[ \u00a0]+)?")


def parse_tail(text: str, pos: int, value: float, scale: float) -> tuple[float, int] | None:
    """What may follow a complete number and belongs to it: (new value, end) or None.

    * "and a half" / "and three quarters": "one and a half" = 1.5, "3 million and a half" =
      3.5 million (the fraction is of the last scale of a thousand or more), "one billion and a
      half million" = 1,000,500,000, "five and a half million" = 5.5 million;
    * a lower-order part after a scale word: "4 thousand 3 hundred and 21" = 4321 ("and" + a
      bare number only after "hundred"; after bigger scales the part must carry its own scale
      word, so "$2 million and 300 jobs" stays two figures).
    """
    m = _FRAC_TAIL_RE.match(text, pos)
    if m:
        num_w = m.group("num").lower()
        num = 1.0 if num_w in ("a", "an") else float(SMALL[num_w])
        den_w = m.group("den").lower()
        if num > 1 and not den_w.endswith("s") or num == 1 and den_w.endswith("s") and den_w != "halves":
            return None
        frac = num / FRACTION_WORDS[den_w]
        if m.group("scale"):
            big = BIG[m.group("scale").lower()]
            if scale >= 1000:
                return value + frac * big, m.end()  # "one billion and a half million"
            return (value + frac) * big, m.end()  # "five and a half million"
        return value + frac * (scale if scale >= 1000 else 1.0), m.end()
    if scale < 100:
        return None
    c = _CONT_AND_RE.match(text, pos)
    if not c or c.end() >= len(text):
        return None
    p = c.end()
    has_and = "and" in c.group(0).lower()
    part = parse_digits(text, p) if text[p].isdigit() else parse_number_words(text, p) if text[p].isalpha() else None
    if part is None or part.value <= 0 or part.decimals or part.grouped:
        return None
    v, e = part.value, part.end
    own_scale = part.scale
    if not part.words or own_scale == 1.0:
        sc = SCALE_RE.match(text, e)
        if sc and sc.group("word").lower() in WORD_SCALES:
            own_scale = SCALE_WORDS[sc.group("word").lower()]
            v *= own_scale
            e = sc.end()
    if own_scale == 1.0 and part.words and part.value >= 100:
        own_scale = 100.0  # "two hundred" in words
    if v >= scale or (own_scale == 1.0 and not (has_and and scale == 100)):
        return None
    more = parse_tail(text, e, value + v, own_scale)
    return more if more else (value + v, e)


def parse_vague(text: str, pos: int) -> Num | None:
    """A vague amount at ``pos``: "tens of thousands", "dozens", "several hundred million"."""
    m = _VAGUE_RE.match(text, pos)
    if not m:
        return None
    if m.group("tens"):
        base = 10.0 if m.group("tens").lower() == "tens" else 100.0
        low = base * VAGUE_HEADS[m.group("of").lower()]
        return Num(pos, m.end(), low, kind="vague", high=low * 10, words=True)
    if m.group("few"):
        few = m.group("few").lower()
        n = 2.0 if "couple" in few else 3.0
        scale = 12.0 if m.group("fs").lower() == "dozen" else BIG.get(m.group("fs").lower(), 100.0)
        if m.group("fs").lower() == "hundred":
            scale = 100.0
        if m.group("fs2"):
            scale *= BIG[m.group("fs2").lower()]
        high = (3.0 if n == 2.0 else 9.0) * scale
        return Num(pos, m.end(), n * scale, kind="vague", high=high, words=True)
    head = m.group("head").lower()
    low = VAGUE_HEADS[head]
    end = m.end()
    # "hundreds of thousands" is caught above; "thousands of millions" is rare: keep simple.
    return Num(pos, end, low, kind="vague", high=low * 10, words=True)


_DEN = (r"halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|"
        r"thousandths?|millionths?|billionths?|trillionths?")
_FRACTION_RE = re.compile(
    r"(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+)(?P<den>" + _DEN + r")\b"
    r"|(?P<half>half)\b|(?P<quarter>quarter)(?=[ \u00a0]+(?:thousand|million|billion|trillion)\b)",
    re.I,
)
# "half a million", "a quarter million", "two thirds of a million": a fraction of a scale word
_FRACTION_SCALE_RE = re.compile(
    r"(?:[ \u00a0]+of)?(?:[ \u00a0]+an?)?[ \u00a0]+(?P<s>thousand|million|billion|trillion)\b", re.I
)
_N_IN_RE = re.compile(r"(?P<a>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+", re.I)
_SLASH_RE = re.compile(r"(?:(?P<whole>\d+)\s+)?(?P<a>\d{1,2})[/\u2044](?P<b>\d{1,3})(?![/\d])")
_UNICODE_RE = re.compile(r"(?:(?P<whole>\d+)[ \u00a0]?)?(?P<u>[" + UNICODE_FRACTION_CHARS + "])")


def _n_in_m(text: str, pos: int) -> Num | None:
    """"one in five", "3 in 10", "two out of five hundred": a share, when the first is smaller."""
    m = _N_IN_RE.match(text, pos)
    if not m:
        return None
    a_raw = m.group("a").lower()
    a = float(a_raw) if a_raw.isdigit() else float(SMALL.get(a_raw, 10 if a_raw == "ten" else 0))
    p = m.end()
    if p >= len(text):
        return None
    den = parse_digits(text, p) if text[p].isdigit() else parse_number_words(text, p)
    if den is None or den.decimals or not (0 < a < den.value):
        return None
    if not den.words and 1000 <= den.value <= 2100 and den.end - den.start == 4:
        return None  # "2 in 2009": a year
    if den.words:
        sc = re.match(r"[ \u00a0]+hundreds\b", text[den.end:den.end + 10], re.I)  # "five hundreds"
        if sc:
            den = Num(den.start, den.end + sc.end(), den.value * 100, words=True)
    return Num(pos, den.end, a / den.value, kind="fraction", words=not a_raw.isdigit())


def parse_fraction(text: str, pos: int) -> Num | None:
    """"half", "a third", "two-thirds", "three quarters", "one in five", "1/16", "2 1/2", "⅔",
    "2½", and fractions of a scale word ("half a million", "a quarter million": points)."""
    n = _n_in_m(text, pos)
    if n is not None:
        return n
    m = _UNICODE_RE.match(text, pos)
    if m:
        v = UNICODE_FRACTIONS[m.group("u")]
        if m.group("whole"):
            return Num(pos, m.end(), float(m.group("whole")) + v, kind="point")
        return Num(pos, m.end(), v, kind="fraction")
    m = _FRACTION_RE.match(text, pos)
    if m:
        if m.group("half") or m.group("quarter"):
            v = 0.5 if m.group("half") else 0.25
        else:
            num_w = m.group("num").lower()
            num = 1.0 if num_w in ("a", "an") else float(SMALL[num_w])
            den_w = m.group("den").lower()
            if num_w in ("a", "an", "one") and den_w.endswith("s"):
                return None
            if num > 1 and not den_w.endswith("s") and den_w != "half":
                return None  # "two third": not a fraction
            v = num / FRACTION_WORDS[den_w]
        sc = _FRACTION_SCALE_RE.match(text, m.end())
        if sc:
            return Num(pos, sc.end(), v * BIG[sc.group("s").lower()], words=True, scale=BIG[sc.group("s").lower()])
        if m.group("quarter"):
            return None
        return Num(pos, m.end(), v, kind="fraction", words=True)
    m = _SLASH_RE.match(text, pos)
    if m:
        b = float(m.group("b"))
        if b == 0:
            return None
        v = float(m.group("a")) / b
        if m.group("whole"):
            v += float(m.group("whole"))
            return Num(pos, m.end(), v, kind="point")
        return Num(pos, m.end(), v, kind="fraction")
    return None
