"""What a document contributes to story linking: weighted terms and a date.

Same-event evidence in news is concentrated in a few places, so the term bag is not a plain
word count:

* names (capitalised words inside a sentence: people, places, organisations) are weighted
  up, and also counted as a term of their own (``n:marsk``, not stemmed), because two
  look-alike events of one topic share the topic words ("earthquake", "magnitude",
  "injured") but rarely the names ("Qeshm" vs "Healdsburg");
* the lead (title and first lines) is weighted up, because that is where an article states
  its event;
* figures become terms of their own (``q:money:USD:200000000``, ``q:percent::9.6``,
  ``q:count::23``): two articles quoting the same "$200 million" or "magnitude 5.6" very
  likely report one event, and inverse document frequency keeps common small counts from
  mattering. Figures are read with the quantity extractor's own parsers (digit groups,
  number words, scale words, currencies, percent, units) but not its full scanner (items,
  bounds, changes, vague amounts), which would double the cost of linking: a figure key
  only has to be the same wherever the same figure is written the same way;
* four-digit years become terms (``y:2008``): look-alike events are often years apart.

No NER model runs here: everything is regex and word rules, a few milliseconds per article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ..extract.quantities.numbers import SMALL, TENS, parse_digits, parse_number_words, parse_scale
from ..extract.quantities.units import PERCENT_RE, currency_after, currency_before, unit_after

# A compact English stop list plus reporting verbs and calendar words that appear in every
# story and carry no event identity.
STOPWORDS = frozenset(
    """a about above after again against all almost along already also although am among an and
    another any anyone anything are around as at away back be became because been before being
    below between both but by came can cannot could did do does doing done down during each
    either else enough even ever every few for from further get gets getting give given go goes
    going gone got had has have having he her here hers herself him himself his how however i if
    in including into is it its itself just last least less let like made make many may me
    might more most much must my myself near need neither never new next no nor not now of off
    often on once one only onto or other others our ours ourselves out over own per perhaps put
    quite rather really said same say saying says see seen she should since so some someone
    something still such take taken than that the their theirs them themselves then there these
    they thing things this those though through thus to today told too toward towards two under
    unless until up upon us use used very via was way we well went were what whatever when
    whenever where whether which while who whoever whole whom whose why will with within without
    would yet you your yours yourself yourselves year years week weeks day days time times
    monday tuesday wednesday thursday friday saturday sunday yesterday tomorrow tonight morning
    afternoon evening night january february march april june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr according
    report reported reports reporting told tell tells asked added including first second three
    four five percent people news article page posted published updated am pm et gmt bst pdt
    pst est utc edt click read share comments comment email print photo video""".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]|\d{4}")
_SENTENCE_END = re.compile(r"[.!?]['\"\u201d\u2019)]*\s+|\n")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# "December 15th, 2008", "Dec. 19, 2005", "16 December 2008", "27 NOVEMBER, 2005"
_DATE = re.compile(
    rf"\b{_MONTH}\s+{_DAY},?\s+((?:19|20)\d\d)\b|\b{_DAY}\s+{_MONTH},?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
# A figure starts with a digit that does not continue a word, a code or another number
# ("F-16", "AK-47", "3/4", "v2.1", "10:30"), or with a number word ("fourteen", "twenty").
_NUMBER_WORDS = "|".join(sorted((*SMALL, *TENS), key=len, reverse=True))
_FIRST_LETTERS = "".join(sorted({w[0] for w in (*SMALL, *TENS)}))  # a cheap test before the alternation
_FIGURE_START = re.compile(rf"(?<![\w.,:/\-])\d|\b(?=[{_FIRST_LETTERS}])(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
# Words after a number that make it a date or a clock time: no event identity.
_NOT_A_FIGURE = re.compile(
    r"[ \u00a0]?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|(?:st|nd|rd|th)\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]$", re.IGNORECASE)
# Characters after a figure that no scale word, currency, percent sign or unit starts with
# ("" is the end of the text); the currency and unit symbols ("$", "€", "%", "°", "″") are not among them.
_CLOSERS = frozenset(("", *",.;:!?)]}\"'“”‘’\n/&"))
# Durations, ages and small counts are everywhere; as same-event evidence they are noise.
_SKIP_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
                         "quarter", "year_old", "month_old", "week_old", "day_old"})


@dataclass(frozen=True, slots=True)
class FeatureOptions:
    """How a document is turned into weighted terms (see the module docstring for why)."""

    name_weight: float = 2.0  # multiplier for a capitalised word inside a sentence
    lead_weight: float = 1.5  # multiplier for words of the title and the lead lines
    lead_chars: int = 300  # how much of the body counts as the lead
    figure_weight: float = 1.0  # weight of one figure term (0 turns figures off)
    year_weight: float = 1.0  # weight of one year term (0 turns years off)
    date_from_text: bool = True  # read a "March 14, 2013" date line when no date is given
    date_scan_chars: int = 400  # where a dateline may be: the top of the text
    max_terms: int = 500  # keep this many strongest terms per document (memory)


def stem(word: str) -> str:
    """A light suffix stripper: enough to join "charged"/"charges"/"charging"."""
    for suffix in ("ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + "y" if suffix in ("ies", "ied") else base
    return word


# token -> (word term, name term if the token is name-shaped), or None for a skipped token.
# Articles repeat their words, and so do articles of one archive: each distinct token is
# lower-cased, filtered and stemmed once. Bounded so a long run cannot grow it forever.
_TOKEN_TERMS: dict[str, tuple[str, str | None] | None] = {}
_TOKEN_CACHE_SIZE = 200_000
_MISSING = object()


def _token_terms(token: str) -> tuple[str, str | None] | None:
    if token[0].isdigit():
        return None  # years are handled as their own terms
    low = token.lower().replace("\u2019", "'")
    if low.endswith("'s"):
        low = low[:-2]
    low = low.replace("'", "")
    if len(low) < 3 or low in STOPWORDS:
        return None
    name_shaped = token[0].isupper() and not token.isupper()
    return stem(low), ("n:" + low if name_shaped else None)


def _word_terms(text: str, weight: float, name_weight: float, counts: Counter[str]) -> None:
    """Add the content words of ``text`` to ``counts``; names (not sentence-initial) count more.

    Each distinct token is weighed once, as if it were never sentence-initial; then the
    name-shaped tokens that open a sentence are taken back to plain words.
    """
    cache = _TOKEN_TERMS
    if len(cache) > _TOKEN_CACHE_SIZE:
        cache.clear()
    get = counts.get
    name_gain = weight * name_weight
    for token, n in Counter(_WORD.findall(text)).items():
        terms = cache.get(token, _MISSING)
        if terms is _MISSING:
            terms = cache[token] = _token_terms(token)
        if terms is None:
            continue
        word, name = terms
        if name is not None:
            counts[word] = get(word, 0.0) + n * name_gain
            counts[name] = get(name, 0.0) + n * weight
        else:
            counts[word] = get(word, 0.0) + n * weight
    # a token starts a sentence when it starts the text or follows a sentence end (which
    # ends in white space, so no token runs across it)
    starts = {0}
    starts.update(m.end() for m in _SENTENCE_END.finditer(text))
    for start in starts:
        m = _WORD.match(text, start)
        if m is None:
            continue
        terms = cache.get(m.group(0))
        if terms is not None and terms[1] is not None:
            word, name = terms
            counts[word] -= name_gain - weight
            counts[name] -= weight
            if counts[name] <= weight * 1e-9:  # only ever sentence-initial: no name term
                del counts[name]


def figure_terms(text: str) -> Iterator[str]:
    """A key per figure: ``q:<unit>:<currency>:<value>``.

    Units are money (with the ISO code of the currency), percent, a physical unit or count.
    Left out: years (their own terms), dates, clock times, durations, ages, ordinals, and
    counts under 10 ("two people", "three times": shared by any pair of stories)."""
    pos = 0
    while True:
        m = _FIGURE_START.search(text, pos)
        if m is None:
            return
        start = m.start()
        if text[start].isdigit():
            num = parse_digits(text, start)
            words = False
        else:
            num = parse_number_words(text, start)
            words = True
        if num is None:
            pos = m.end()
            continue
        pos = end = num.end
        value = num.value
        # punctuation right after the figure: no scale, currency name, percent or unit follows
        closed = text[end:end + 1] in _CLOSERS
        prefix = None if words else currency_before(text, start)
        scale = None if words or closed else parse_scale(text, end, prefix is not None)
        if scale is not None:
            value *= scale[0]
            pos = end = scale[1]
            closed = text[end:end + 1] in _CLOSERS
        suffix = currency_after(text, end) if prefix is None and not closed else None
        if prefix is not None or suffix is not None:
            currency = prefix[1] if prefix is not None else suffix[1]  # type: ignore[index]
            yield f"q:money:{currency}:{value:g}"
            continue
        if not closed and PERCENT_RE.match(text, end):
            yield f"q:percent::{value:g}"
            continue
        raw = text[start:num.end]
        if scale is None and not words:
            if len(raw) == 4 and raw[:2] in ("19", "20"):
                continue  # a year
            if (text[end:end + 1] == ":" or (not closed and _NOT_A_FIGURE.match(text, end))
                    or _MONTH_BEFORE.search(text, max(0, start - 12), start)):
                continue
        unit = None if closed else unit_after(text, end)
        if unit is not None:
            if unit[1] in _SKIP_UNITS:
                continue
            pos = unit[0]
            yield f"q:{unit[1]}::{value:g}"
            continue
        if value >= 10:
            yield f"q:count::{value:g}"


def parse_date(value: str | None) -> int | None:
    """An ISO 8601 date ("2026-03-14", "2026-03-14T09:30:00+00:00") as a day ordinal."""
    if not value:
        return None
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).toordinal()
    except ValueError:
        return None


def dateline(text: str) -> int | None:
    """The first written-out date near the top of an article ("July 21, 2013"), as an ordinal."""
    m = _DATE.search(text)
    if not m:
        return None
    if m.group(1):
        month, day, year = m.group(1), m.group(2), m.group(3)
    else:
        day, month, year = m.group(4), m.group(5), m.group(6)
    try:
        return date(int(year), _MONTHS[month[:3].lower()], int(day)).toordinal()
    except (ValueError, KeyError):
        return None


def term_counts(text: str, title: str | None, options: FeatureOptions) -> Counter[str]:
    """Raw weighted counts of every term of an article (before IDF)."""
    counts: Counter[str] = Counter()
    lead = text[: options.lead_chars]
    body = text[options.lead_chars :]
    if title:
        _word_terms(title, options.lead_weight, options.name_weight, counts)
    _word_terms(lead, options.lead_weight, options.name_weight, counts)
    _word_terms(body, 1.0, options.name_weight, counts)
    if options.year_weight > 0:
        for m in _YEAR.finditer(text):
            # only free-standing years: not parts of longer numbers or of codes
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if not (before.isalnum() or after.isalnum()):
                counts["y:" + m.group(0)] += options.year_weight
    if options.figure_weight > 0:
        for key in figure_terms(text):
            counts[key] += options.figure_weight
    return counts


def sublinear(counts: Counter[str]) -> dict[str, float]:
    """1 + log(count) for counts >= 1 (a word said ten times is not ten times the evidence)."""
    return {t: (1.0 + math.log(c)) if c >= 1.0 else c for t, c in counts.items()}
