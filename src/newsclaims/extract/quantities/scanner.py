"""Finding figures in a text: number cores, then what binds to them on either side.

One left-to-right pass. At each candidate start (a digit, a number word, a vague or
fraction word) the scanner parses the number core, then extends it: currency prefix, sign
and bound words on the left; scale word, range end, percent / currency / unit words, bound
suffix, counted item, rate period and change words on the right. Exclusion rules drop
dates, years, times, ordinals, names and calibres. Offsets always index the original text.
"""

from __future__ import annotations

import re

from . import context, exclusions, items, numbers, units
from .draft import Draft as _Draft
from .draft import link_changes as _link_changes
from .draft import merge_bound_pairs as _merge_bound_pairs
from .relations import relate as _relate
from .types import Quantity, QuantityOptions, Span

_NUMBER_WORDS = "|".join(list(numbers.SMALL) + list(numbers.TENS))
_SCALES = r"dozen|hundred|thousand|million|billion|trillion"
_FRACS = r"half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth|millionth|billionth|trillionth"
_MULT_WORDS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "hundred": 100, "thousand": 1000}

START_RE = re.compile(
    rf"(?<![\d.,])\d|(?<![\w.,])\.\d|(?<![\d.,])[{numbers.UNICODE_FRACTION_CHARS}]"
    rf"|(?<![A-Za-z-])(?:(?:{_NUMBER_WORDS})(?![A-Za-z])"
    rf"|an?(?=[ \u00a0]+(?:{_SCALES}|{_FRACS}|few[ \u00a0]+(?:{_SCALES})|couple[ \u00a0]+of[ \u00a0]+(?:{_SCALES}))\b)"
    r"|half(?![A-Za-z-])|dozens|hundreds|thousands|millions|billions|tens(?=[ \u00a0]+of\b)"
    rf"|several(?=[ \u00a0]+(?:{_SCALES})\b)|quarter(?=[ \u00a0]+(?:thousand|million|billion|trillion)\b)|doubled|tripled|trebled|quadrupled|halved"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)fold)(?![A-Za-z])",
    re.I,
)

_RANGE_SEP_RE = re.compile(
    r"[ \u00a0]*[-–—‒][ \u00a0]*|[ \u00a0]+(?:to|through|thru)[ \u00a0]*-?[ \u00a0]*|[ \u00a0]+and[ \u00a0]+|[ \u00a0]+or[ \u00a0]+"
)
_BY_BEFORE_RE = re.compile(r"(?<![A-Za-z])by[ \u00a0]+$", re.I)
_MULTIPLE_RE = re.compile(r"(?P<x>x)(?![A-Za-z0-9])|(?P<fold>-?fold)\b|[ \u00a0]+(?P<times>times)\b")
_COMPARATIVE_RE = re.compile(
    r"[ \u00a0]+(?:as|more|less|fewer|larger|bigger|higher|greater|smaller|lower|faster|the|that|what|"
    r"earnings|sales|revenue|book|over|in)\b|[ \u00a0]+[a-z]+er\b",
    re.I,
)
_SIGN_OK_BEFORE = " \u00a0(\n\t$£€:;/\"'“"
_ONE_PREV_RE = re.compile(
    r"(?<![A-Za-z])(?:no|each|any|every|which|this|that|same|the|little|one|someone|anyone|no-one)[ \u00a0]+$", re.I
)
_ONE_NEXT_RE = re.compile(
    r"(?:[ \u00a0]+(?:another|anyone|by[ \u00a0]+one|after[ \u00a0]+another|or[ \u00a0]+two|or[ \u00a0]+more|"
    r"and[ \u00a0]+the[ \u00a0]+same|way|day)\b|[ \u00a0]+[$£€\d]|['’]s\b|-(?:off|time|sided|way|on-one|liner|stop|size|man|party))",
    re.I,
)
_BETWEEN_RE = re.compile(r"(?<![A-Za-z])between[ \u00a0]+$", re.I)
_FROM_RE = re.compile(r"(?<![A-Za-z])from[ \u00a0]+$", re.I)
_RANGING_RE = re.compile(r"(?<![A-Za-z])(?:rang(?:e|es|ed|ing)|anywhere|vary|varies|varying)[ \u00a0]+from[ \u00a0]+$", re.I)
_MINUS_WORD_RE = re.compile(r"(?<![A-Za-z])(?:minus|negative)[ \u00a0-]*$", re.I)
_POUNDS_RE = re.compile(r"[ \u00a0]pounds?\b(?![ \u00a0]+(?:sterling))(?![ \u00a0-]f(?:ee|oo)t\b)", re.I)
_OF_CURRENCY_RE = re.compile(r"[ \u00a0]+of(?=[ \u00a0])")
_HALF_BAD_PREV = re.compile(
    r"(?<![A-Za-z])(?:first|second|third|fourth|last|latter|other|the|a|one|and|this|that|each|every|next)[ \u00a0]+$", re.I
)
_FRACTION_NEXT_OK = re.compile(r"[ \u00a0]+(?:of|and|or|to|the|its|their|his|her|our|a|an|that|those|these|all|[a-z]+(?:ion|ing|s))\b|[ \u00a0]*$|[ \u00a0]*[,.;]", re.I)
_AGED_RE = re.compile(r"(?<![A-Za-z])aged[ \u00a0]+$", re.I)
# "118.5p", "down 68 p at 1112 p": pence, as UK market reports quote share prices; "1080p" is
# a video format, and "p." before a number is a page, which this (after the number) is not
_PENCE_RE = re.compile(r"[ \u00a0]?p(?![A-Za-z0-9'’-]|\.[A-Za-z0-9])")
_VIDEO_LINES = frozenset({240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})
# "another pick or two", "a day or two": the counted thing is named before the figure
_OR_TWO_RE = re.compile(r"(?<![A-Za-z])(?:a|an|another|one)[ \u00a0]+(?P<w>[a-z]{3,})[ \u00a0]+or[ \u00a0]+$")


# "five-year", "two-month": a number word hyphenated to a duration and then a noun
_ADJECTIVAL_RE = re.compile(
    r"[A-Za-z]+(?:-[A-Za-z]+)?-(?:year|month|week|day|hour|minute|decade)-?[ \u00a0]+(?!old\b)[A-Za-z$£€]", re.I
)
_PRICE_CONTEXT_RE = re.compile(r"(?<![A-Za-z])(?:cost|costs|price[sd]?|paid|pay|pays|worth|charged?|fee|fine[sd]?|sold|bought|spent)\b", re.I)
_RANK_RE = re.compile(r"(?<![A-Za-z])the[ \u00a0]+(?:top|bottom)[ \u00a0]+$", re.I)
_CONVERSION_RE = re.compile(r"[ \u00a0]*\((?:[A-Z]{0,3}[$£€¥₹]|[A-Z]{3}[ \u00a0])[^()]{1,30}\)")
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter"})


def _core(text: str, pos: int, options: QuantityOptions) -> numbers.Num | None:
    ch = text[pos]
    if ch.isdigit() or ch == "." or ch in numbers.UNICODE_FRACTIONS:
        num = numbers.parse_fraction(text, pos)
        if num is not None and num.kind == "fraction" and not options.with_fractions:
            num = None
        return num or numbers.parse_digits(text, pos)
    vague = numbers.parse_vague(text, pos) if options.with_vague else None
    if vague is not None:
        return vague
    frac = numbers.parse_fraction(text, pos) if options.with_fractions else None
    words = numbers.parse_number_words(text, pos)
    if frac is not None and (words is None or frac.end >= words.end):
        return frac
    return words


def _unit_at(text: str, pos: int, money: bool, value: float) -> tuple[int, str, str | None] | None:
    """Unit words right after a figure: (end, unit, currency)."""
    if not money:
        m = units.PERCENT_RE.match(text, pos)
        if m:
            return m.end(), "percent", None
        m = units.POINTS_RE.match(text, pos)
        if m:
            return m.end(), ("basis_point" if m.group("bp") else "percentage_point"), None
        cur = units.currency_after(text, pos)
        if cur:
            return cur[0], "money", cur[1]
        m = _POUNDS_RE.match(text, pos)
        if m:
            return (m.end(), "money", "GBP") if value >= 1e5 else (m.end(), "lb", None)
        m = _PENCE_RE.match(text, pos)
        if m and value not in _VIDEO_LINES:
            return m.end(), "money", "GBX"
        of = _OF_CURRENCY_RE.match(text, pos)
        if of:
            cur = units.currency_after(text, of.end())
            if cur:
                return cur[0], "money", cur[1]
    u = units.unit_after(text, pos)
    if u and not money:
        return u[0], u[1], None
    return None


def _parse(text: str, pos: int, options: QuantityOptions) -> tuple[_Draft | None, int]:
    """Parse the figure whose core starts at ``pos``: (draft or None, where to resume)."""
    word = re.match(r"[A-Za-z]+", text[pos:pos + 20])
    lw = word.group(0).lower() if word else ""
    if lw in _MULT_WORDS or lw.endswith("fold"):
        if not options.with_multiples:
            return None, pos + len(lw)
        v = _MULT_WORDS.get(lw) or float(_FOLD.get(lw[:-4], 0))
        if not v:
            return None, pos + len(lw)
        d = _Draft(pos, pos + len(lw), v, v, v, kind="multiple", unit="ratio")
        if lw in _MULT_WORDS:
            d.change = "increase" if v > 1 else "decrease"
            d.change_kind = "by"
        return d, d.end
    core = _core(text, pos, options)
    if core is None:
        return None, pos + max(1, len(lw))
    start, end, value = core.start, core.end, core.value
    digits = not core.words
    if digits and exclusions.excluded_always(text, start, end) and not units.currency_before(text, start):
        # skip the whole digit run, so "T-90M" or "09:30" do not leave a tail behind
        m = re.match(r"[\w:.,/-]*", text[end:end + 30])
        return None, max(end + (m.end() if m else 0), exclusions.phone_end(text, start))
    # ---- left: sign, currency ----
    left = start
    change_from_sign: str | None = None
    currency = None
    cur = units.currency_before(text, left)
    if cur:
        left, currency = cur
        if currency == "GBP?":  # ASCII-folded "£": only before a written amount, not "PS5"
            if not (core.decimals or core.grouped or numbers.parse_scale(text, end, True)):
                m = re.match(r"[\w:.,/-]*", text[end:end + 30])
                return None, end + (m.end() if m else 0)
            currency = "GBP"
    if left > 0 and text[left - 1] in "-−+" and digits:
        before = text[left - 2] if left >= 2 else " "
        if before in _SIGN_OK_BEFORE or left == 1:
            if text[left - 1] == "+":
                change_from_sign = "increase"
            else:
                value = -value
            left -= 1
            if currency is None:
                cur = units.currency_before(text, left)
                if cur:
                    left, currency = cur
    mw = _MINUS_WORD_RE.search(text, max(0, left - 12), left)
    if mw and value > 0:
        value = -value
        left = mw.start()
    # ---- right: scale ----
    money = currency is not None
    scaled = False
    if core.kind == "point" and digits and (pw := numbers.parse_power(text, end)):
        value = float(f"{value!r}e{pw[0]}")  # "1.99×10−30 kilograms" (exact, not 1.99 * 1e-30)
        end = pw[1]
        scaled = True
    elif core.kind == "point":
        last_scale = core.scale
        sc = numbers.parse_scale(text, end, money)
        if sc:
            value *= sc[0]
            if numbers.SCALE_RE.match(text, end):
                last_scale = sc[0]
            end = sc[1]
            scaled = True
        tail = numbers.parse_tail(text, end, abs(value), last_scale)
        if tail:
            value = tail[0] if value >= 0 else -tail[0]
            end = tail[1]
            scaled = scaled or last_scale > 1
    low = high = value
    kind = core.kind
    if kind == "vague":
        high = core.high if core.high is not None else value
    unit = "money" if money else "count"
    # multiples: "2.5x", "threefold", "three times as large"
    if kind == "point" and options.with_multiples and not money:
        mm = _MULTIPLE_RE.match(text, end)
        if mm and (mm.group("x") or mm.group("fold") or _COMPARATIVE_RE.match(text, mm.end())):
            d = _Draft(left, mm.end(), value, value, value, kind="multiple", unit="ratio")
            return d, d.end
    # ---- range ----
    if kind == "point":
        first_unit = None
        after_first = end
        if not money:
            pm = units.PERCENT_RE.match(text, end)
            if pm:
                first_unit, after_first = "percent", pm.end()
        sep = _RANGE_SEP_RE.match(text, after_first)
        window = text[max(0, left - 40):left]
        if sep and sep.end() < len(text):
            sep_raw = sep.group(0).lower()
            sep_word = ("to" if re.search(r"to|thr", sep_raw) else "and" if "and" in sep_raw
                        else "or" if "or" in sep_raw else "-")
            ok = True
            if sep_word == "and" and not _BETWEEN_RE.search(window):
                ok = False
            if sep_word == "to" and _FROM_RE.search(window) and not _RANGING_RE.search(window):
                # "grew from 5 to 7": a change (two figures); "prices from $5 to $7": a range
                fm = _FROM_RE.search(window)
                ok = fm is None or context.change_before(text, left - (len(window) - fm.start())) is None
            elif sep_word == "to" and context.change_before(text, left) and not (
                _BY_BEFORE_RE.search(window) and first_unit is None and not money and not core.grouped
                and not units.unit_after(text, end) and not numbers.parse_scale(text, end, False)
            ):
                # "rose 3% to $84": the size of the move, then the level reached; but "fell by
                # 1 to 1.5 degrees" (a bare first end after "by") is a range of the move
                ok = False
            if ok:
                p2 = sep.end()
                cur2 = None
                pre = re.match(r"(?:US\s?\$|C\$|A\$|HK\$|\$|£|€|¥|₹|₽|₴)[ \u00a0]?", text[p2:p2 + 6])
                if pre and (money or pre.group(0).strip() != "$"):
                    p2 += pre.end()
                    cur2 = "same"
                elif pre and money:
                    p2 += pre.end()
                second = None
                if p2 < len(text) and (text[p2].isdigit() or text[p2] == "."):
                    second = numbers.parse_digits(text, p2)
                elif core.words or sep_word != "-":
                    second = numbers.parse_number_words(text, p2) if p2 < len(text) and text[p2].isalpha() else None
                if sep_word == "or" and (second is None or first_unit is not None or second.value != core.value + 1
                                         or core.value >= 20 or core.decimals):
                    second = None  # only "three or four years": neighbouring small numbers
                if second is not None and (second.words == core.words or sep_word != "-"):
                    v2, e2 = second.value, second.end
                    if not (cur2 is None and pre and not money):
                        v1 = value
                        sc2 = numbers.parse_scale(text, e2, money)
                        if sc2:
                            v2 *= sc2[0]
                            e2 = sc2[1]
                            if not scaled and not core.grouped and core.value <= second.value:
                                v1 *= sc2[0]  # "1 to 2 thousand", "$89 to $93 billion"; not "$200 to $4 million"
                        raw1 = text[start:core.end]
                        raw2 = text[second.start:second.end]
                        year_pair = (exclusions.is_year_like(raw1, core.value) and not money and not scaled
                                     and (len(raw2) == 2 or exclusions.is_year_like(raw2, second.value)))
                        if year_pair and (units.unit_after(text, e2) or units.PERCENT_RE.match(text, e2)):
                            return None, second.start  # "in 2008 to 29 mpg": a year, then a figure
                        if year_pair:
                            return None, e2
                        if exclusions.is_street_number(text, e2):
                            return None, e2  # "16-18 Harbour Road"
                        if sep_word == "-" and v2 <= v1 and not money and first_unit is None and not units.PERCENT_RE.match(text, e2) and not units.unit_after(text, e2):
                            return None, e2  # a score "2-0" or "89-89", not a range
                        if sep_word == "-" and exclusions.excluded_always(text, second.start, second.end):
                            return None, e2
                        # "0.6% to 309,381 yen": a change and a level, not a range
                        if first_unit != "percent" or units.PERCENT_RE.match(text, e2):
                            low, high = min(v1, v2), max(v1, v2)
                            if sep_word in ("to", "and") or v1 <= v2:
                                low, high = v1, v2
                            value = v1
                            end = e2
                            kind = "range"
    # ---- units ----
    if not money:
        u = _unit_at(text, end, False, high)
        if u:
            uend, uname, ucur = u
            if uname == "knot" and text[uend - 2:uend] == "kn" and _PRICE_CONTEXT_RE.search(text, max(0, left - 60), left):
                uname, ucur = "money", "HRK"  # "the ticket cost 150 kn": the kuna's symbol, not knots
            end = uend
            unit = uname
            if ucur:
                currency = ucur
                money = True
                if ucur.startswith("M:"):  # "30 MUSD": millions
                    currency = ucur[2:]
                    value, low, high = value * 1e6, low * 1e6, high * 1e6
                elif not scaled:
                    sc = numbers.SCALE_RE.match(text, end)  # "75 USD million"
                    if sc:
                        mult = numbers.SCALE_WORDS[sc.group("word").lower()]
                        value, low, high = value * mult, low * mult, high * mult
                        end = sc.end()
        else:
            lu = units.letter_unit_after(text, start, end)
            if lu:
                end, unit = lu
    else:
        # a currency word repeated after the figure: "$5 US", "US $84 billion"
        m = re.match(r"[ \u00a0]+(?:US|U\.S\.)(?![A-Za-z.])", text[end:end + 6])
        if m:
            end += m.end()
    if unit == "basis_point":
        unit = "percentage_point"
        value, low, high = value / 100, low / 100, high / 100
    if kind == "fraction" and unit == "count":
        unit = "fraction"
    if kind == "fraction" and unit == "fraction":
        prev = text[max(0, left - 20):left]
        if core.words and text[core.start:core.end].lower() == "half":
            if _HALF_BAD_PREV.search(prev) or re.match(r"[ \u00a0]*-|[ \u00a0]+(?:an?|hour|time|term|century|decade|year|point|way|brother|sister|dozen|past)\b", text[end:end + 12], re.I):
                return None, end
        elif core.words and not _FRACTION_NEXT_OK.match(text, end):
            return None, end
    if unit == "count" and (_AGED_RE.search(text, max(0, left - 8), left) or context.age_apposition(text, left, end, value)
                            or context.age_in_context(text, left, end, value, kind)):
        unit = "year_old"
    if unit in _DURATIONS and not options.with_adjectival_durations and _ADJECTIVAL_RE.match(text, start):
        return None, end  # "a five-year plan": the duration describes the noun
    if unit in ("year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter") and not options.with_durations:
        return None, end
    if exclusions.is_clock_in_words(text, left, end):
        return None, end  # "half past five", "at seven o'clock"
    # ---- exclusions that depend on what was found ----
    bare = unit == "count" and not money and not scaled and kind == "point" and digits
    if digits and kind in ("point", "range") and exclusions.is_date_number(text, start, core.end, core.value) and unit == "count":
        return None, end
    if digits and exclusions.is_calibre(text, core.end) and not money:
        return None, end + 1
    if core.words and kind == "point" and text[core.start].isupper():
        before_word = text[max(0, left - 3):left].rstrip()
        if before_word and before_word[-1] not in ".!?:\"“”'‘’(\n" and left > 2:
            return None, end  # "BBC One", "the Big Three": a name, not a figure
    if core.words and value == 1 and kind == "point" and unit == "count":
        if not options.count_one:
            return None, end
        if _ONE_PREV_RE.search(text, max(0, left - 15), left) or _ONE_NEXT_RE.match(text, end):
            return None, end
    # ---- item, period, per-unit ----
    d = _Draft(left, end, value, low, high, kind=kind, unit=unit, currency=currency)
    d.tail = end
    d.scaled = scaled or bool(core.words and core.scale > 1)
    if d.scaled and core.value:
        d.scale = abs(low / core.value) if kind == "range" else abs(value / core.value)
    if change_from_sign:
        d.change, d.change_kind = change_from_sign, "by"
    ba = context.bound_after(text, end)
    if ba and kind != "range":
        d.end = ba[0]
        d.bound = ba[1]
        d.tail = d.end
    if options.with_items and unit in ("count", "fraction") and kind != "multiple":
        found = items.find_item(text, d.end, singular=(value == 1 and kind == "point") or kind == "fraction",
                                fraction=kind == "fraction")
        if found is None:
            cal = re.match(r"[ \u00a0]+\d+(?:\.\d+)?[ \u00a0-]?(?:mm|millimet(?:re|er)s?)(?=[ \u00a0])", text[d.end:d.end + 20])
            if cal:
                found = items.find_item(text, d.end + cal.end(), singular=False)
        if found is None and kind == "point" and value in (2, 3) and core.words:
            ot = _OR_TWO_RE.search(text, max(0, left - 30), left)
            if ot:  # "another pick or two": the thing counted comes first
                w = ot.group("w")
                if items.lemma(w) in _DURATIONS:
                    d.unit = items.lemma(w)
                elif w not in items.STOP:
                    found = (Span(ot.start("w"), ot.end("w"), w), items.lemma(w))
        if found:
            d.item, d.item_lemma = found
            d.tail = max(d.tail, found[0].end)
    plural_item = d.item is not None and items.looks_plural(d.item.text.split()[-1])
    bounded = context.bound_before(text, left)
    if bounded and bounded[1] in ("over", "under", "at_least", "at_most", "up_to"):
        plural_item = True  # "above 1000": a year takes no such bound
    if bare and exclusions.bare_number_excluded(text, start, core.end, core.value, plural_item):
        return None, end
    if d.item is None and unit == "count" and kind == "point" and _RANK_RE.search(text, max(0, left - 16), left):
        return None, end  # "slipped into the bottom three": a place in a table, not a count
    if kind == "vague" and d.item is None and not money:
        # "hundreds" alone is rarely a figure ("hundreds more"); keep only with something counted
        if not re.match(r"[ \u00a0]+of\b", text[end:end + 4]):
            return None, end
    per = units.period_after(text, d.tail)
    if per:
        d.period = per[2]
        d.period_span = Span(per[0], per[1], text[per[0]:per[1]])
        d.tail = per[1]
    elif (conv := _CONVERSION_RE.match(text, d.tail)) and (per := units.period_after(text, conv.end())):
        # "9 billion shekels ($2.4 billion) a year": a rate named after a conversion in brackets
        # (the scan goes on inside the brackets, so the tail stays before them)
        d.period = per[2]
        d.period_span = Span(per[0], per[1], text[per[0]:per[1]])
    elif money:
        pu = units.per_unit_after(text, d.end)
        if pu:
            d.per_unit = pu[1]
            d.tail = pu[0]
    d.compared = units.compared_after(text, d.tail)
    # ---- left context: bound, change ----
    bb = context.bound_before(text, d.start)
    if bb and d.unit in _DURATIONS and text[bb[0]:d.start].strip().lower() in ("over", "under"):
        bb = None  # "over five years" is a span of time, not "more than five years"
    anchor = d.start
    if bb and d.bound is None:
        d.bound = bb[1]
        d.start = bb[0]
        anchor = bb[0]
    elif bb:
        d.start = bb[0]
        anchor = bb[0]
    window = text[max(0, anchor - 40):anchor]
    if d.change is None:
        cb = context.change_before(text, anchor)
        if cb:
            d.change, d.change_kind = cb[0], cb[1]
            if cb[1] == "from":
                d.from_pending = True
    if d.change is None:
        ca = context.change_after(text, d.end)
        if ca:
            d.change, d.change_kind = ca, "by"
    if _FROM_RE.search(window) and not _RANGING_RE.search(window):
        d.from_pending = True
    return d, max(d.end, d.tail if d.item is None else end)


def _finish(d: _Draft, text: str) -> Quantity:
    value: float | None = d.value
    low, high = d.low, d.high
    if d.kind == "range":
        value = None
    elif d.kind == "vague":
        value = low
    annual = None
    if d.period:
        base = value if value is not None else low
        annual = base * units.PER_YEAR[d.period]
    return Quantity(
        start=d.start, end=d.end, text=text[d.start:d.end], value=value, low=low, high=high, kind=d.kind,
        unit=d.unit, currency=d.currency, per_unit=d.per_unit, bound=d.bound, change=d.change,
        change_kind=d.change_kind, item=d.item, item_lemma=d.item_lemma, period=d.period,
        period_span=d.period_span, annualised=annual, compared=d.compared,
    )


def scan(text: str, options: QuantityOptions) -> list[Quantity]:
    drafts: list[_Draft] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = START_RE.search(text, pos)
        if not m:
            break
        try:
            d, nxt = _parse(text, m.start(), options)
        except (ValueError, OverflowError, ZeroDivisionError):  # pragma: no cover - defensive
            d, nxt = None, m.end()
        if d is not None:
            if drafts and d.start < drafts[-1].end:
                d.start = drafts[-1].end  # a bound word cannot reach into the previous figure
                while d.start < d.end and text[d.start].isspace():
                    d.start += 1
            drafts.append(d)
        pos = max(nxt, m.end())
    _link_changes(drafts, text)
    drafts = _merge_bound_pairs(drafts, text)
    drafts = _relate(drafts, text)
    return [_finish(d, text) for d in drafts]
