"""Unit and currency lexicon: what may stand before or after a figure, and its normal form.

Units are matched with regexes anchored at an offset (``pattern.match(text, pos)``), so the
spans they add are offsets into the original text.
"""

from __future__ import annotations

import re

# --- currencies -----------------------------------------------------------------------------

# Symbols and codes written BEFORE the figure. Longest forms first (regex alternation order).
_PREFIX_TABLE: list[tuple[str, str]] = [
    # letters glued to "$" are safe to read in any case ("c $ 300 million" in lower-cased copy)
    (r"(?i:U\.?S\.?)\s?\$", "USD"), (r"\$\s?US(?![A-Za-z])", "USD"), (r"USD\s?\$?|(?i:usd)\s?\$", "USD"),
    (r"(?i:US)\s?\$", "USD"),
    (r"(?i:C|CA|CAD)\s?\$|CAD|\$C(?![A-Za-z])", "CAD"), (r"A\$|(?i:AU|AUD)\s?\$|AUD|\$A(?![A-Za-z])", "AUD"),
    (r"(?i:NZ|NZD)\s?\$|NZD", "NZD"), (r"(?i:HK|HKD)\s?\$|HKD", "HKD"), (r"(?i:S|SGD)\$|SGD", "SGD"),
    (r"NT\$|TWD", "TWD"), (r"R\$|BRL", "BRL"), (r"(?i:Mex|MXN)\$|MXN", "MXN"),
    # ASCII-folded copy (unidecode and similar) writes "¥" as "Y=" and "£" as "PS"; "PS" is
    # checked by the scanner ("PS2.7m" is money, "PS5" a games console)
    (r"Y=", "JPY"), (r"PS", "GBP?"), (r"₿", "BTC"),
    (r"\$", "USD"), (r"£|GBP", "GBP"), (r"€|EUR", "EUR"), (r"¥|JPY", "JPY"), (r"₹|INR|Rs\.?", "INR"),
    (r"₽|RUB", "RUB"), (r"₴|UAH", "UAH"), (r"CNY|RMB", "CNY"), (r"CHF|SFr\.?", "CHF"),
    (r"RM", "MYR"), (r"₪|NIS|ILS", "ILS"), (r"₩|KRW", "KRW"), (r"₺|TRY", "TRY"), (r"zł|PLN", "PLN"),
    (r"SEK|NOK|DKK|ZAR|SAR|AED|IDR|PHP|THB|VND|PKR|NGN|EGP|KZT|BYN|GEL|AMD|AZN|MDL|RON|HUF|CZK",
     "CODE"),
]
CURRENCY_PREFIX_RE = re.compile(
    "(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_PREFIX_TABLE)) + r")[ \u00a0]?$"
)

# The last character of every prefix above: a symbol, an upper-case code letter, "s" of "Rs",
# "r" of "SFr", "." of "Rs."/"SFr.", "=" of "Y=", "ł" of "zł" (checked by a test).
_PREFIX_ENDS = frozenset("$£€¥₹₽₴₪₩₺₿ł.=sr" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def currency_before(text: str, start: int) -> tuple[int, str] | None:
    """A currency symbol or code ending at ``start`` (spaces allowed): (its start, ISO code)."""
    # cheap test first: a prefix ends in one of _PREFIX_ENDS, then at most three white-space
    # characters ("USD\s?", the optional space, and a newline that "$" may stand before)
    end = start
    for _ in range(3):
        if end and text[end - 1].isspace():
            end -= 1
    if not end or text[end - 1] not in _PREFIX_ENDS:
        return None
    lo = max(0, start - 8)
    m = CURRENCY_PREFIX_RE.search(text, lo, start)
    if not m:
        return None
    for i, (_, code) in enumerate(_PREFIX_TABLE):
        g = m.group(f"c{i}")
        if g is not None:
            s = m.start(f"c{i}")
            # a code glued to a word is not a prefix: "GBP" inside "XGBP", "RM" in "FIRM"
            if s > 0 and text[s - 1].isalnum() and g[0].isalpha():
                return None
            if code == "CODE":
                code = g.upper()
            return s, code
    return None


# Currency names and codes written AFTER the figure ("1.2 trillion rubles", "10 us dollars").
_SUFFIX_TABLE: list[tuple[str, str]] = [
    (r"(?:US|U\.S\.|American)\s+dollars?", "USD"), (r"Canadian\s+dollars?", "CAD"),
    (r"Australian\s+dollars?", "AUD"), (r"New\s+Zealand\s+dollars?", "NZD"),
    (r"Hong\s+Kong\s+dollars?", "HKD"), (r"Singapore\s+dollars?", "SGD"),
    (r"Taiwan(?:ese)?\s+dollars?", "TWD"), (r"dollars?", "USD"), (r"bucks", "USD"),
    (r"euros?", "EUR"), (r"pounds?\s+sterling|sterling", "GBP"), (r"(?:Japanese\s+)?yen", "JPY"),
    (r"(?:Chinese\s+)?yuan|renminbi", "CNY"), (r"(?:Indian\s+)?rupees?", "INR"),
    (r"(?:Russian\s+)?ro?ubles?", "RUB"), (r"(?:Ukrainian\s+)?hryvni?as?", "UAH"),
    (r"Swiss\s+francs?", "CHF"), (r"(?:Turkish\s+)?lira", "TRY"), (r"shekels?", "ILS"),
    (r"(?:South\s+Korean\s+)?won", "KRW"), (r"zlotys?|zloty", "PLN"), (r"(?:Brazilian\s+)?reais|reals?", "BRL"),
    (r"pesos?", "MXN"), (r"ringgit", "MYR"), (r"rand", "ZAR"), (r"riyals?", "SAR"), (r"dirhams?", "AED"),
    (r"(?:Danish|Swedish|Norwegian)\s+(?:crowns?|kron[eo]r?)", "CROWN"), (r"kron[aeo]r?", "CROWN"),
    (r"Czech\s+korun(?:as?|y)", "CZK"), (r"korun(?:as?|y)", "koruna"),
    (r"forints?", "HUF"), (r"nairas?", "NGN"), (r"bitcoins?|BTC", "BTC"), (r"tenge", "KZT"),
    (r"dinars?", "dinar"), (r"manats?", "manat"), (r"lari", "GEL"), (r"drams?", "AMD"),
    (r"cents?", "cent"), (r"pence|penny|pennies", "GBX"), (r"pesetas?", "ESP"), (r"(?:Finnish\s+)?markk?aa?", "FIM"),
    (r"(?:Dutch\s+)?guilders?", "NLG"), (r"(?:French\s+)?francs?", "franc"), (r"satoshis?", "satoshi"),
    (r"M(?:USD|EUR|GBP|AUD|CAD|CHF|JPY|SEK|NOK|DKK)(?![A-Za-z])", "MCODE"),
    (r"₡", "CRC"), (r"₾", "GEL"), (r"₭", "LAK"), (r"ரூ", "LKR"), (r"₿", "BTC"),
    (r"USD|EUR|GBP|JPY|CNY|RMB|INR|RUB|UAH|CHF|CAD|AUD|NZD|HKD|SEK|NOK|DKK|PLN|TRY|ILS|ZAR", "CODE"),
    (r"€", "EUR"), (r"£", "GBP"), (r"\$", "USD"), (r"元", "CNY"),
]
_CROWNS = {"danish": "DKK", "swedish": "SEK", "norwegian": "NOK"}
CURRENCY_SUFFIX_RE = re.compile(
    r"(?:[ \u00a0]|-(?=[A-Za-z]))?(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_SUFFIX_TABLE))
    + r")(?![A-Za-z])",
    re.I,
)


def currency_after(text: str, pos: int) -> tuple[int, str] | None:
    """A currency name or code starting at ``pos`` (after a space or hyphen): (its end, ISO code).

    Sub-units keep the value as written: "470 pence" -> GBX 470, "63 cents" -> "cent" 63.
    "30 MUSD" (millions of a currency, as in company reports) returns code "M:USD"."""
    m = CURRENCY_SUFFIX_RE.match(text, pos)
    if not m:
        return None
    for i, (_, code) in enumerate(_SUFFIX_TABLE):
        g = m.group(f"c{i}")
        if g is not None:
            if code == "CODE":
                code = "CNY" if g.upper() == "RMB" else g.upper()
            elif code == "MCODE":
                code = "M:" + g[1:].upper()
            elif code == "CROWN":
                code = _CROWNS.get(g.split()[0].lower(), "crown")
            return m.end(), code
    return None


# --- percent and points ---------------------------------------------------------------------

PERCENT_RE = re.compile(
    r"(?:[ \u00a0]?%|[ \u00a0]?(?:per[ \u00a0]?cent|percents?|pct|pc)\b(?!-)|-percent\b|-per-cent\b"
    r"|[ \u00a0]percentage\b(?![ \u00a0-]+(?:points?|pts?)\b)"
    r"|[ \u00a0]?(?:per[ \u00a0]?cent|percent)(?=-))",
    re.I,
)
POINTS_RE = re.compile(
    r"[ \u00a0-](?P<pp>percentage[ \u00a0-]points?|percent(?:age)?[ \u00a0-]pts?|pp|ppts?)\b"
    r"|[ \u00a0-]?(?P<bp>basis[ \u00a0-]points?|bps?)\b",
    re.I,
)

# --- physical and other units ---------------------------------------------------------------

# (regex, normal unit). Matched after the figure, with an optional space or hyphen before.
# Case-sensitive entries first (symbols), then words (case-insensitive).
_UNITS_CS: list[tuple[str, str]] = [
    (r"km²|km2|sq\.?\s?km|square\s+kilomet(?:re|er)s?", "km2"),
    (r"m²|m2|sq\.?\s?m|square\s+met(?:re|er)s?", "m2"),
    (r"sq\.?\s?ft|square\s+f(?:ee|oo)t", "ft2"), (r"sq\.?\s?mi|square\s+miles?", "mi2"),
    (r"km/h|km/hr|kph|kmh", "km/h"), (r"mph", "mph"), (r"mpg", "mpg"),
    (r"GWh", "GWh"), (r"MWh", "MWh"), (r"kWh", "kWh"), (r"TWh", "TWh"),
    (r"GW", "GW"), (r"MW", "MW"), (r"kW", "kW"), (r"TW", "TW"), (r"W", "W"),
    (r"bcm", "bcm"), (r"bpd|b/d", "barrel/day"), (r"mmBTU|MMBtu|mmbtu", "MMBtu"),
    (r"km", "km"), (r"cm", "cm"), (r"mm", "mm"), (r"nm", "nm"), (r"μm|µm", "um"), (r"m", "m"),
    # compound symbols "A/cm2", "W/kg": before their first part, which would match alone
    (r"(?:mA|A)/(?:cm2|cm²)", "A/cm2"), (r"W/(?:m2|m²)", "W/m2"), (r"W/kg", "W/kg"),
    (r"lb-?ft|lbs?-ft", "lb-ft"),
    (r"kg", "kg"), (r"mg", "mg"), (r"g", "g"), (r"lbs?", "lb"), (r"oz", "oz"), (r"t", "tonne"),
    (r"ft", "ft"), (r"mi", "mi"), (r"ml|mL", "ml"), (r"l|L", "litre"),
    (r"TB", "TB"), (r"GB", "GB"), (r"MB", "MB"), (r"kB|KB", "kB"),
    # bits: lower-case "b" (network speeds and memory chips are quoted in bits)
    (r"Tbps|Tbit/s", "Tbit/s"), (r"Gbps|Gbit/s", "Gbit/s"), (r"Mbps|Mbit/s", "Mbit/s"), (r"kbps|kbit/s", "kbit/s"),
    (r"Tb|Tbit", "Tbit"), (r"Gb|Gbit", "Gbit"), (r"Mb|Mbit", "Mbit"),
    (r"kts|kn", "knot"), (r"kt", "kiloton"), (r"[μµu]F", "uF"), (r"nF", "nF"), (r"pF", "pF"), (r"mA", "mA"),
    (r"GHz", "GHz"), (r"MHz", "MHz"), (r"kHz", "kHz"), (r"Hz", "Hz"), (r"mAh", "mAh"),
    (r"kV", "kV"), (r"V", "V"), (r"Nm", "Nm"), (r"bhp", "bhp"), (r"hp|PS", "hp"), (r"ppm", "ppm"), (r"ppb", "ppb"),
    (r"°\s?C", "degC"), (r"°\s?F", "degF"), (r"°", "degree"), (r"″", "inch"), (r"′", "ft"),
    (r"min|mins", "minute"), (r"hrs?", "hour"), (r"sec|secs|s", "second"), (r"GPa", "GPa"),
]
_UNITS_CI: list[tuple[str, str]] = [
    (r"kilomet(?:re|er)s?\s+per\s+hour|kilomet(?:re|er)s?\s+an\s+hour", "km/h"),
    (r"miles?\s+(?:per|an)\s+hour", "mph"), (r"miles?\s+per\s+gallon", "mpg"),
    (r"kilomet(?:re|er)s?", "km"), (r"centimet(?:re|er)s?", "cm"), (r"millimet(?:re|er)s?", "mm"),
    (r"nanomet(?:re|er)s?", "nm"), (r"micromet(?:re|er)s?|microns?", "um"), (r"met(?:re|er)s?", "m"),
    (r"miles?", "mi"), (r"nautical\s+miles?", "nmi"), (r"f(?:ee|oo)t", "ft"), (r"inch(?:es)?", "inch"),
    (r"yards?", "yd"), (r"hectares?", "hectare"), (r"acres?", "acre"),
    (r"cubic\s+met(?:re|er)s?", "m3"), (r"cubic\s+f(?:ee|oo)t", "ft3"),
    (r"kilo(?:gram(?:me)?s?)?", "kg"), (r"milligram(?:me)?s?", "mg"), (r"gram(?:me)?s?", "g"),
    (r"metric\s+tonnes?|metric\s+tons?", "tonne"), (r"tonnes?", "tonne"), (r"tons?", "ton"),
    (r"ounces?", "oz"), (r"carats?", "carat"),
    (r"barrels?", "barrel"), (r"gallons?", "gallon"), (r"lit(?:re|er)s?", "litre"),
    (r"millilit(?:re|er)s?", "ml"), (r"cubic\s+feet", "ft3"),
    (r"gigawatt[\s-]hours?", "GWh"), (r"megawatt[\s-]hours?", "MWh"), (r"kilowatt[\s-]hours?", "kWh"),
    (r"terawatt[\s-]hours?", "TWh"),
    (r"gigawatts?", "GW"), (r"megawatts?", "MW"), (r"kilowatts?", "kW"), (r"watts?", "W"),
    (r"volts?", "V"), (r"kilovolts?", "kV"), (r"brake\s+horsepower", "bhp"), (r"horsepower", "hp"),
    (r"pound[\s-]f(?:ee|oo)t", "lb-ft"),
    (r"gigabytes?", "GB"), (r"terabytes?", "TB"), (r"megabytes?", "MB"),
    (r"gigahertz", "GHz"), (r"megahertz", "MHz"), (r"hertz", "Hz"), (r"decibels?|dB", "dB"),
    (r"degrees?\s+(?:celsius|centigrade|C)\b", "degC"), (r"degrees?\s+(?:fahrenheit|F)\b", "degF"),
    (r"celsius", "degC"), (r"fahrenheit", "degF"), (r"degrees?", "degree"),
    (r"knots?", "knot"), (r"farads?", "farad"), (r"amperes?|amps?", "ampere"),
    (r"gigabits?", "Gbit"), (r"megabits?", "Mbit"), (r"terabits?", "Tbit"), (r"gigapascals?", "GPa"), (r"megatons?", "megaton"), (r"kilotons?", "kiloton"),
    (r"calories", "kcal"), (r"rpm", "rpm"), (r"parts\s+per\s+million", "ppm"),
]
_DURATIONS: list[tuple[str, str]] = [
    (r"decades?", "decade"), (r"years?", "year"), (r"months?", "month"), (r"weeks?", "week"),
    (r"days?", "day"), (r"hours?", "hour"), (r"minutes?", "minute"), (r"seconds?", "second"),
    (r"centur(?:y|ies)", "century"), (r"quarters", "quarter"),
]

_END = r"(?![A-Za-z0-9])"
UNIT_CS_RE = re.compile(
    r"(?:[ \u00a0]|-)?(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_UNITS_CS)) + ")" + _END
)
UNIT_CI_RE = re.compile(
    r"(?:[ \u00a0]|-)?(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_UNITS_CI)) + ")" + _END,
    re.I,
)
DURATION_RE = re.compile(
    r"(?:[ \u00a0]|-)(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_DURATIONS)) + ")" + _END,
    re.I,
)
AGE_RE = re.compile(r"[ \u00a0-](?P<u>year|month|week|day)s?[ \u00a0-]old\b", re.I)
# Units that are also common words: only right after the figure with no space ("5m", "30g").
_GLUED_ONLY = {"m", "g", "t", "litre", "second", "W", "V", "hp", "mi", "ft", "inch", "degree"}


def _pick(m: re.Match[str], table: list[tuple[str, str]], prefix: str = "u") -> str:
    for i, (_, unit) in enumerate(table):
        if m.group(f"{prefix}{i}") is not None:
            return unit
    raise AssertionError("no group matched")  # pragma: no cover


def unit_after(text: str, pos: int) -> tuple[int, str] | None:
    """A physical (or duration, or age) unit starting at ``pos``: (end, normal unit)."""
    m = AGE_RE.match(text, pos)
    if m:
        return m.end(), m.group("u").lower() + "_old"
    best: tuple[int, str] | None = None
    for regex, table in ((UNIT_CS_RE, _UNITS_CS), (UNIT_CI_RE, _UNITS_CI)):
        m = regex.match(text, pos)
        if m:
            unit = _pick(m, table)
            glued = m.start() == pos and not text[pos].isspace() and text[pos] != "-"
            if unit == "second" and m.group(0) == "s" and not re.search(r"\.\d+$", text[max(0, pos - 8):pos]):
                continue  # "Model 3s", "2018s", "their 30s": a plural, not seconds ("9.58s" is)
            if unit in _GLUED_ONLY and table is _UNITS_CS and not glued and unit not in ("degree",):
                if unit not in ("hp", "W", "V", "ft", "mi"):
                    continue
            if best is None or m.end() > best[0]:
                best = (m.end(), unit)
    if best:
        return best
    m = DURATION_RE.match(text, pos)
    if m:
        return m.end(), _pick(m, _DURATIONS)
    return None


# --- one-letter symbols that need context ----------------------------------------------------

# "12 C", "30C", "98.6 F": a bare letter after a figure is a temperature only when the
# sentence talks about temperature ("C" is also a grade, a seat, a vitamin); "2.5 F" next to
# a capacitor is farads. Read in the sentence around the figure, never across a full stop.
_LETTER_RE = re.compile(r"[ \u00a0]?(?P<l>[CF])(?![A-Za-z0-9'’\-])")
_TEMPERATURE_CONTEXT_RE = re.compile(
    r"temperature|degree|\bheat|\bhot(?:test|ter)?\b|\bcold(?:est|er)?\b|\bwarm|\bcool(?:est|er|ing)?\b|\bchill|freez|"
    r"\bmelt|\bboil|\bthaw|weather|forecast|thermometer|\bfever|heatwave|\bfrost|\b(?:highs?|lows?)\s+of\b",
    re.I,
)
_CAPACITOR_CONTEXT_RE = re.compile(r"capacit|supercap|\bfarad", re.I)


def _sentence_window(text: str, start: int, end: int) -> str:
    lo = max(0, start - 120)
    left = text[lo:start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    right = text[end:end + 60]
    rcut = right.find(". ")
    return (left[cut + 1:] if cut >= 0 else left) + " " + (right[:rcut] if rcut >= 0 else right)


def letter_unit_after(text: str, start: int, pos: int) -> tuple[int, str] | None:
    """A lone "C" or "F" after the figure at ``start``..``pos``, read by context: (end, unit)."""
    m = _LETTER_RE.match(text, pos)
    if not m:
        return None
    ctx = _sentence_window(text, start, m.end())
    if m.group("l") == "F" and _CAPACITOR_CONTEXT_RE.search(ctx):
        return m.end(), "farad"
    if _TEMPERATURE_CONTEXT_RE.search(ctx):
        return m.end(), "degC" if m.group("l") == "C" else "degF"
    return None


# --- periods (rates) ------------------------------------------------------------------------

PERIOD_RE = re.compile(
    r"(?P<sep>[ \u00a0]+|-)(?P<p>(?:per|a|an|each|every)[ \u00a0-](?P<u>day|week|month|quarter|year|annum)"
    r"|(?P<adv>annually|yearly|monthly|weekly|daily|quarterly|a[ \u00a0]year)"
    r"|/(?P<sl>yr|year|month|mo|day|week|wk|annum)"
    r"|per[ \u00a0](?P<long>decade|century))\b"
    r"(?![ \u00a0]+(?:earlier|ago|before|later|previously|on)\b)",  # "a year earlier" is a date, not a rate
    re.I,
)
_PERIOD_NORMAL = {
    "annum": "year", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "quarterly": "quarter", "yr": "year", "mo": "month", "wk": "week", "a year": "year",
}
PER_YEAR = {"day": 365.0, "week": 52.0, "month": 12.0, "quarter": 4.0, "year": 1.0, "decade": 0.1, "century": 0.01}


def period_after(text: str, pos: int) -> tuple[int, int, str] | None:
    """A rate period starting after ``pos``: (span start, span end, day|week|month|quarter|year)."""
    m = PERIOD_RE.match(text, pos)
    if not m:
        return None
    word = (m.group("u") or m.group("adv") or m.group("sl") or m.group("long")).lower()
    word = re.sub(r"\s+", " ", word)
    period = _PERIOD_NORMAL.get(word, word)
    return m.start("p"), m.end(), period


COMPARED_RE = re.compile(
    r"[ \u00a0,]*(?:on\s+an?\s+)?(?P<p>year|month|quarter|week)[ \u00a0-](?:on|over)[ \u00a0-](?:the\s+)?(?P=p)\b|[ \u00a0,]*(?P<abbr>y/y|yoy|m/m|q/q)\b",
    re.I,
)


def compared_after(text: str, pos: int) -> str | None:
    """"year-on-year" / "year over year" right after a figure: the comparison basis."""
    m = COMPARED_RE.match(text, pos)
    if not m:
        return None
    if m.group("abbr"):
        return {"y/y": "year_on_year", "yoy": "year_on_year", "m/m": "month_on_month", "q/q": "quarter_on_quarter"}[
            m.group("abbr").lower()
        ]
    p = m.group("p").lower()
    return f"{p}_on_{p}"


PER_UNIT_RE = re.compile(
    r"[ \u00a0]*(?:per|a|an|/|each)[ \u00a0]*(?P<u>barrel|ounce|share|gallon|litre|liter|tonne|ton|kilogram|kg|gram|"
    r"square[ \u00a0]+(?:foot|feet|met(?:re|er))|sq[ \u00a0]?(?:ft|m)|pound|head|person|capita|unit|hour|night|"
    r"mile|kilomet(?:re|er)|km|megawatt[ \u00a0-]hour|MWh|kWh|mmBTU|MMBtu|seat|vehicle|car|tablet|dose|troy[ \u00a0]ounce)\b",
    re.I,
)


def per_unit_after(text: str, pos: int) -> tuple[int, str] | None:
    """"per barrel", "a share", "/kg" after a price: (end, normal per-unit)."""
    m = PER_UNIT_RE.match(text, pos)
    if not m:
        return None
    u = re.sub(r"[\s\u00a0]+", " ", m.group("u").lower())
    u = {"liter": "litre", "kilogram": "kg", "sq ft": "ft2", "square foot": "ft2", "square feet": "ft2",
         "sq m": "m2", "square metre": "m2", "square meter": "m2", "capita": "person",
         "troy ounce": "ounce", "megawatt hour": "MWh", "megawatt-hour": "MWh", "mmbtu": "MMBtu"}.get(u, u)
    return m.end(), u
