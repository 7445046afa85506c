"""The counted thing after a figure ("1,500 tanks", "250,000 artillery shells per month")
and a cheap head-noun lemma ("shells" -> "shell", "servicemen" -> "serviceman").

No tagger: the item is the run of content words after the figure, cut at the first
function word, verb-like word or punctuation, and at the first plural noun (the head).
"""

from __future__ import annotations

import re

from .types import Span

# Words that end an item phrase: function words, common verbs and adverbs.
STOP = frozenset(
    """a an the this that these those his her its their our your my of in on at by for from to with
    without into onto over under above below between among through during before after since until
    than as and or but nor so yet if while when where which who whom whose what why how because
    although though whereas is are was were be been being am has have had having do does did will
    would shall should can could may might must said says say told according not no also only just
    even still more most less least very too about around nearly almost some each every all both
    either neither any many much few several other another such same there here then now per
    up down out off again ago last next first second third this it they he she we you i them him
    me us one two three four five six seven eight nine ten ended ending total totalling worth valued left remaining including included like via
    against across within outside inside behind beyond near toward towards upon amid despite
    fell rose rise rises grew fall falls jumped climbed dropped gained lost added cut reached
    hit saw made make get got took take went go come came gave give used use expected set
    compared versus vs away back ahead already yesterday today tomorrow annually monthly weekly
    daily yearly overall respectively alone apiece each fled died won lost left went came took
    became began fought killed wounded remain remained say think believe live lived work worked
    have had got did done need needed want wanted voted signed joined held kept aged""".split()
)

_IRREGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "personnel": "personnel", "police": "police",
    "staff": "staff", "troops": "troop", "data": "data", "media": "media", "criteria": "criterion",
    "lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf", "halves": "half",
    "series": "series", "species": "species", "aircraft": "aircraft", "cattle": "cattle",
    "sheep": "sheep", "fish": "fish", "deer": "deer", "crises": "crisis", "analyses": "analysis",
    "civilians": "civilian", "news": "news", "means": "means", "viruses": "virus", "buses": "bus",
    "bonuses": "bonus", "campuses": "campus", "statuses": "status", "surpluses": "surplus",
    "censuses": "census", "focuses": "focus", "geniuses": "genius", "gases": "gas",
}
_INVARIANT_PLURAL = frozenset({"personnel", "police", "staff", "aircraft", "cattle", "sheep", "fish", "deer",
                               "people", "children", "men", "women", "troops", "data", "livestock",
                               "clergy"})

# "of the ..." before any counted thing; "of a ..." only after a fraction ("1/16 of a pint")
_OF_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")
_OF_A_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+")
_WORD_RE = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?")
# a word, or a designation with digits after a hyphen ("COVID-19 tests", "F-16s"; a stray
# space before the hyphen only after capitals: "COVID -19")
_TOKEN_RE = re.compile(
    r"[ \u00a0]*([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*(?:(?:-|(?<=[A-Z]{2})[ \u00a0]-)\d+[A-Za-z]*)?(?:-[A-Za-z]+)*)"
)
# "US" and "IT" in capitals are a country and a trade, not the pronoun and "it"
_CAPS_NOT_STOP = frozenset({"US", "IT"})
# present-tense verbs that follow a singular subject: "a third of the population lives in ..."
_VERBS_S = frozenset(
    """lives works says remains wants holds owns uses has does goes makes comes gets takes sees needs
    believes thinks supports lacks faces lies stands votes pays earns spends receives agrees expects
    continues seems appears tends feels knows lists relies depends accounts favours favors opposes
    backs rejects lacks suffers""".split()
)
# "a three-point shot", "a four-cylinder engine", "12-storey": a noun hyphenated to the figure
_HYPHEN_NOUN_RE = re.compile(r"-([a-z]{3,})(?![A-Za-z-])")
_HYPHEN_MODIFIERS = frozenset({"strong", "odd", "plus", "something", "ish"})
# "a four-time champion", "two-way trade": not a count of things
_HYPHEN_NOT_ITEMS = frozenset({"time", "times", "way", "fold", "off", "nil", "all", "love", "hundred", "thousand",
                               "million", "billion", "trillion", "dozen"})
# "four-, five- and six-cylinder": the noun is written once, on the last figure of the list
_SUSPENDED_RE = re.compile(
    r"-[ \u00a0]*(?:,|(?=[ \u00a0]+(?:and|or|to)\b))(?:[ \u00a0]*(?:,|and|or|to)?[ \u00a0]*[A-Za-z0-9.]+-,?){0,4}"
    r"[ \u00a0]*(?:and|or|to)?[ \u00a0]*[A-Za-z0-9.]+-([a-z]{3,})(?![A-Za-z-])"
)


def lemma(word: str) -> str:
    """Singular of an English plural noun, lower-cased: shells -> shell, servicemen -> serviceman."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if "-" in w:
        head, _, tail = w.rpartition("-")
        return f"{head}-{lemma(tail)}"
    for suffix, repl in (("men", "man"), ("women", "woman")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")) and len(w) > 4:
        return w[:-2]
    if w.endswith("oes") and len(w) > 4 and w not in ("shoes", "canoes"):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 2:
        return w[:-1]
    return w


def looks_plural(word: str) -> bool:
    w = word.lower()
    if w in _INVARIANT_PLURAL or w in _IRREGULAR:
        return True
    if "-" in w:
        w = w.rpartition("-")[2]
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")) and len(w) > 2


def _verbish(word: str) -> bool:
    w = word.lower()
    return w.endswith(("ed", "ing", "ly")) and len(w) > 4 and w not in ("red", "bed", "ring", "king", "wing")


def _participle_before_plural(text: str, tm: re.Match, w: str, singular: bool) -> bool:
    """"new armoured vehicles", "300 recorded songs": an -ed adjective before a plural noun."""
    if singular or not w.lower().endswith("ed"):
        return False
    nxt = _TOKEN_RE.match(text, tm.end(1))
    return bool(nxt and nxt.start(1) > tm.end(1) and nxt.group(1).lower() not in STOP
                and looks_plural(nxt.group(1)) and not _verbish(nxt.group(1)))


def find_item(
    text: str, pos: int, singular: bool, allow_of: bool = True, fraction: bool = False
) -> tuple[Span, str] | None:
    """The counted thing starting after ``pos``: (span, head lemma), or None.

    ``singular``: the figure is one (head may be singular); otherwise stop at a plural noun.
    ``fraction``: the figure is a share, which may be "of a" thing ("a sixteenth of a pint").
    """
    hy = _HYPHEN_NOUN_RE.match(text, pos) or _SUSPENDED_RE.match(text, pos)
    if hy:
        w = hy.group(1)
        if w in _HYPHEN_MODIFIERS:  # "a 20-strong crowd", "80-odd resorts": the noun comes after
            return find_item(text, hy.end(1), singular, allow_of, fraction)
        if w in STOP or _verbish(w) or w in _HYPHEN_NOT_ITEMS:
            return None
        return Span(hy.start(1), hy.end(1), w), lemma(w)
    p = pos
    m = ((_OF_A_RE.match(text, p) if fraction else None) or _OF_RE.match(text, p)) if allow_of else None
    took_of = bool(m)
    if m:
        p = m.end()
    words: list[tuple[int, int, str]] = []
    while len(words) < 4:
        tm = _TOKEN_RE.match(text, p)
        if not tm or (tm.start(1) == p and words):  # words must be space-separated
            break
        if tm.start(1) == p and p == pos:
            break  # glued to the figure ("5G"): not an item
        w = tm.group(1)
        lw = w.lower()
        if lw in STOP and w not in _CAPS_NOT_STOP:
            if lw in ("and", "or") and words and not looks_plural(words[-1][2]) and not singular:
                # "digital and physical sales": two modifiers of one plural noun
                nxt = _TOKEN_RE.match(text, tm.end(1))
                if nxt and nxt.group(1).lower() not in STOP and not _verbish(nxt.group(1)):
                    p = tm.end(1)
                    continue
            break
        if words and _verbish(w) and not _participle_before_plural(text, tm, w, singular):
            break
        if not words and _verbish(w) and not w.lower().endswith("ing"):
            # "300 recorded songs", "12 wounded soldiers": a participle before a plural noun
            nxt = _TOKEN_RE.match(text, tm.end(1))
            if not (w.lower().endswith("ed") and nxt and nxt.start(1) > tm.end(1) and not singular
                    and nxt.group(1).lower() not in STOP and looks_plural(nxt.group(1))
                    and not _verbish(nxt.group(1))):
                break
        if singular and words and (looks_plural(w) and not took_of and not words[-1][2].isupper() or lw in _VERBS_S):
            break  # "one proposal asks": after a singular head, a plural-looking word is a verb
        words.append((tm.start(1), tm.end(1), w))
        p = tm.end(1)
        if not singular and looks_plural(w):
            break
    if not words:
        return None
    if len(words) == 1 and words[0][2].lower().endswith("ing"):
        return None  # "around 73 raising the prospect": a verb, not a counted thing
    if singular:
        words = words[:3]
    if not singular:
        # keep up to and including the first plural-looking word; none plural -> drop item
        idx = next((i for i, (_, _, w) in enumerate(words) if looks_plural(w)), None)
        if idx is None:
            if len(words) == 1 and words[0][2][0].isupper():
                return None
            idx = len(words) - 1
            if not (words[idx][2].islower() or "-" in words[idx][2]):
                return None
        words = words[: idx + 1]
    s, e = words[0][0], words[-1][1]
    head = words[-1][2]
    return Span(s, e, text[s:e]), lemma(head)
