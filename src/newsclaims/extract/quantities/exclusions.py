"""Digits that are not figures: dates, years, clock times, ordinals, footnote markers, names
and model designations ("F-16", "Boeing 737"), calibres ("155mm shells"), phone and street
numbers, page widgets ("12 comments") and section numbers ("Article 5")."""

from __future__ import annotations

import re

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE_RE = re.compile(rf"(?<![A-Za-z]){MONTH}\.?,?[ \u00a0]*(?:(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ \u00a0]+))?$")
_MONTH_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?(?:[ \u00a0]+of)?[ \u00a0]*{MONTH}\b")
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{4}/\d{1,2}/\d{1,2}")
_TIME_AFTER_RE = re.compile(
    r"(?:[:.]\d{2})?[ \u00a0]*(?:a\.m\.|p\.m\.|am|pm|AM|PM|GMT|BST|EDT|EST|PDT|PST|CET|UTC|hrs|h\d\d)(?![A-Za-z])"
)
_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.I)
_DECADE_AFTER_RE = re.compile(r"(?:'|’)?s(?![A-Za-z])")
_CALIBRE_UNIT = r"[ \u00a0-]?(?:mm|millimet(?:re|er)s?|-?calibre|-?caliber|in|inch)"
_CALIBRE_RE = re.compile(
    # "155mm shells", and coordinated calibres: "155mm and 152mm rounds", "105, 120 or 155mm guns"
    rf"(?:{_CALIBRE_UNIT})?(?:(?:,|[ \u00a0]+(?:and|or|to)|/)[ \u00a0]*\d+(?:\.\d+)?(?:{_CALIBRE_UNIT})?)*"
    r"(?<=[a-z])[ \u00a0-]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:shells?|rounds?|artillery|howitzers?|guns?|cannons?|mortars?|ammunition|munitions?|projectiles?|"
    r"rifles?|calibre|caliber|bullets?|cartridges?|ammo|missiles?|rockets?|self-propelled|"
    # what a calibre also qualifies in industry reporting: "its main 155mm line", "120mm barrels"
    r"lines?|barrels?|tubes?|production|output|launchers?|pistols?|weapons?|systems?)\b",
    re.I,
)
_STREET_RE = re.compile(
    r"[ \u00a0]+(?:(?:[NSEW]\.?|North|South|East|West)[ \u00a0]+)?(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))[ \u00a0]+){0,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Way|Boulevard|Blvd|"
    r"Drive|Dr|Place|Pl|Square|Sq|Court|Terrace|Highway|Hwy|Parkway|Crescent|Close)\b\.?"
)
_WIDGET_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:comments?|replies|reply|shares|likes|views|retweets|reactions|responses)\b(?![ \u00a0]+(?:of|in|to)\b)",
    re.I,
)
_WIDGET_BEFORE_RE = re.compile(
    r"(?:Total|Average|Votes?|Rating|Comments?|Shares?|Likes?|Views?|Page|Pages|Photo|Image|Slide)[:\s]*[ \u00a0]*$"
)
_SECTION_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:article|section|chapter|paragraph|clause|resolution|rule|no\.|nos\.|number|page|p\.|pp\.|"
    r"vol\.|volume|flight|route|channel|room|gate|platform|version|v\.|level|category|grade|stage|phase|step|"
    r"round|game|episode|season|day|week|issue|item|line|table|figure|fig\.|annex|appendix|exhibit|"
    r"division|brigade|corps|regiment|battalion|squadron|unit|block|building|lot|highway|interstate|"
    r"district|ward|precinct|tier|zone|window|model|series|mark|mk\.?|part|act|#)[ \u00a0]*$",
    re.I,
)
_PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[ \u00a0.-]?)?(?:\(\d{2,5}\)[ \u00a0.-]?)?\d{2,5}(?:[ \u00a0.-]\d{2,5}){1,4}"
)
_YEAR_PREP_RE = re.compile(
    r"(?<![A-Za-z])(?:in|since|by|from|until|till|til|of|to|between|and|during|before|after|early|late|"
    r"mid|mid-|the|summer|spring|autumn|fall|winter|circa|around|through|on|for|year|years|fiscal|FY|"
    r"election|season|vintage|class|'s|’s|" + MONTH + r")[ \u00a0,-]*$",
    re.I,
)
FUNCTION_WORDS = frozenset(
    """the a an this that these those in on at by for from to with of and or but as than about
    around some only just nearly almost over under more less all both its his her their our
    it he she we they i you there here then when while since until after before during if so
    yet also even still another each every no not what which who some any many much few
    several one two three four five six seven eight nine ten up down per via among between
    roughly approximately about another were was is are be been had has have will would could
    should can may might must said says total totalling including only just""".split()
)


# "S&P 500", "FTSE 100", "Nikkei 225" (also in lower-cased copy: "the sp 500"): index names
_INDEX_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:S[ \u00a0]?&[ \u00a0]?P|S[ \u00a0]?and[ \u00a0]?P|sp|FTSE|Nikkei|Russell|Stoxx|Euro[ \u00a0]?Stoxx|CAC|DAX|ASX|"
    r"Nasdaq|NASDAQ|Hang[ \u00a0]Seng|Sensex|Nifty|KOSPI|TSX|IBEX|AEX|OMX|MSCI|Dow[ \u00a0]Jones|Dow)[ \u00a0]+$",
    re.I,
)
# "iPhone 11 Pro and 11 Pro Max", "a Galaxy 22 Ultra": a model line, whatever comes before
_MODEL_SUFFIX_RE = re.compile(r"[ \u00a0]+(?:Pro|Max|Plus|Mini|Ultra|Lite|Edition|Neo|Prime|Turbo|GT|XL)\b")
# UK postcodes: the inward part "9AB" of "M21 9AB"
_POSTCODE_OUT_RE = re.compile(r"(?<![A-Za-z])[A-Z]{1,2}\d{1,2}[A-Z]?[ \u00a0]$")
_POSTCODE_IN_RE = re.compile(r"\d[A-Z]{2}(?![a-z])")
_CODE_AFTER_RE = re.compile(r"[ \u00a0]+(?:ZIP|zip|post|postal|area)[ \u00a0]?(?:code|Code)\b")


def is_street_number(text: str, end: int) -> bool:
    """"16-18 Industrial Avenue": house numbers before a street name."""
    return bool(_STREET_RE.match(text, end))


def is_year_like(raw: str, value: float) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1000 <= value <= 2200


def excluded_always(text: str, start: int, end: int) -> bool:
    """Digit strings that are never figures, whatever follows: times, ordinals, dates,
    designations glued to letters, decades, footnotes, ISO dates, phone numbers."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # glued to letters on the left: "G7", "S22", "mp3", "AK-47" (hyphen after capital letters)
    if before.isalpha():
        return True
    if before in "-‐" and start >= 2 and text[start - 2].isalpha():
        m = re.search(r"([A-Za-z]+)[-‐]$", text[max(0, start - 12):start])
        if m:
            word = m.group(1)
            if any(c.isupper() for c in word) or word.lower() in (
                "covid", "mig", "su", "type", "model", "last", "top", "under", "over", "round", "best", "group"
            ):
                return True  # "AK-47", "last-32", "under-21": labels, not figures
    if before in "-−" and re.search(r"(?<![A-Za-z])[A-Z]{2,}[ \u00a0]+[-−]$", text[max(0, start - 12):start]):
        return True  # "COVID -19": a designation written with a stray space
    if before == "#":
        return True
    if before == "/" and end - start == 2 and re.search(r"(?<!\d)\d{4}/$", text[max(0, start - 6):start]):
        return True  # "2004/05": a fiscal or season year
    if _POSTCODE_IN_RE.match(text, start) and _POSTCODE_OUT_RE.search(text, max(0, start - 6), start):
        return True
    if _CLOCK_RE.match(text, start) and not re.match(r"\d{1,2}:\d{2}[ \u00a0]*(?:ratio|split)", text[start:]):
        return True
    if _TIME_AFTER_RE.match(text, end):
        return True
    if _ORDINAL_AFTER_RE.match(text, end):
        return True
    raw = text[start:end]
    if _DECADE_AFTER_RE.match(text, end) and re.fullmatch(r"\d{2}|\d{4}", raw) and raw.endswith("0"):
        return True
    if before == "[" and after == "]":
        return True
    if before in ("'", "’") and len(raw) == 2:  # '90s, class of '98
        return True
    iso = _ISO_DATE_RE.match(text, start)
    if iso:
        return True
    if start >= 1 and re.search(r"\d{1,4}[/.-]$", text[max(0, start - 5):start]) and re.search(
        r"\d[/.-]\d{1,2}[/.-]\d", text[max(0, start - 6):end + 3]
    ):
        return True  # inner part of a date "5/17/2018"
    ph = _PHONE_RE.match(text, start)
    if ph and re.search(r"\d[ \u00a0.-]\d", ph.group(0)):
        groups = re.split(r"[ \u00a0.-]", re.sub(r"^\+|[()]", "", ph.group(0)))
        digits = sum(len(g) for g in groups)
        if (text[start - 1:start] == "+" or digits >= 9) and not all(len(g) == 3 for g in groups[1:]):
            if not re.fullmatch(r"\d+(?:\.\d+)?", ph.group(0)):
                return True
    return False


def is_date_number(text: str, start: int, end: int, value: float) -> bool:
    """A day or year next to a month name: "March 3, 2026", "3 March", "Feb. 21"."""
    if _MONTH_BEFORE_RE.search(text, max(0, start - 20), start):
        return True
    if value <= 31 and value == int(value) and _MONTH_AFTER_RE.match(text, end):
        return True
    return False


_CLOCK_WORDS_BEFORE_RE = re.compile(r"\b(?:half|quarter|twenty|ten|five)[ \u00a0]+(?:past|to)[ \u00a0]+$", re.I)
_OCLOCK_AFTER_RE = re.compile(r"[ \u00a0]*o['’]clock\b", re.I)


def is_clock_in_words(text: str, start: int, end: int) -> bool:
    """"half past five", "quarter to nine", "seven o'clock": times of day, not figures."""
    return bool(_CLOCK_WORDS_BEFORE_RE.search(text[max(0, start - 24):start]) or _OCLOCK_AFTER_RE.match(text, end))


def is_calibre(text: str, end: int) -> bool:
    """"155mm shells", "152-millimetre howitzers": a calibre describing an item."""
    return bool(_CALIBRE_RE.match(text, end))


def bare_number_excluded(text: str, start: int, end: int, value: float, has_item: bool) -> bool:
    """Rules for a bare number (no unit, currency or scale): years, names, addresses, widgets."""
    raw = text[start:end]
    window = text[max(0, start - 40):start]
    if is_year_like(raw, value):
        if not has_item or _YEAR_PREP_RE.search(window):
            return True
    if _CODE_AFTER_RE.match(text, end):
        return True
    if _INDEX_BEFORE_RE.search(window):
        return True
    ms = _MODEL_SUFFIX_RE.match(text, end)
    if ms and "," not in raw and not re.match(r"[ \u00a0]+[a-z]+s\b", text[ms.end():ms.end() + 30]):
        return True  # but "100,000 Mini models": a count of a model
    if _STREET_RE.match(text, end) and value == int(value):
        return True
    if _WIDGET_AFTER_RE.match(text, end) or _WIDGET_BEFORE_RE.search(window):
        return True
    if _SECTION_BEFORE_RE.search(window):
        return True
    prev = re.search(r"([A-Za-z][A-Za-z&.'’-]*)[ \u00a0]*$", window)
    if prev:
        word = prev.group(1)
        gap = window[prev.end(1):]
        # "Boeing 737", "Lang 20", "FTSE 100": a capitalised name right before the number
        # any capital counts: "iPhone 11", "eBay 3"
        if any(c.isupper() for c in word) and word.lower().strip(".") not in FUNCTION_WORDS and gap.strip() == "":
            before_word = window[: prev.start(1)].rstrip()
            sentence_start = before_word == "" or before_word[-1] in ".!?:\"“”'‘’(" or before_word.endswith("\n")
            if not sentence_start or word.isupper():
                return True
    nxt = re.match(r"[ \u00a0]+([A-Z][a-z]+)\b", text[end:end + 30])
    if nxt and value == int(value) and "," not in raw and re.search(
        r"(?<![A-Za-z])(?:the|its|their|his|her|a|an|own|new|our|new)[ \u00a0]+$", window, re.I
    ):
        return True  # "the 737 Max", "its 11 Pro": a model name
    return False


def phone_end(text: str, start: int) -> int:
    """Where a phone-number-like digit run starting at ``start`` ends (``start`` if none)."""
    m = _PHONE_RE.match(text, start)
    return m.end() if m else start
