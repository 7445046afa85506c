"""What the words around a figure say about it: its bound ("more than", "about", "or more")
and whether it measures a change ("rose 3%", "fell to 9.6%", "a 12% drop"), and when the figure
is an age ("aged 21", "Velk, 66,", "life expectancy ... 73")."""

from __future__ import annotations

import re

from . import items

_BOUNDS: list[tuple[str, str]] = [
    (r"more\s+than|greater\s+than|higher\s+than|over\s+than|in\s+excess\s+of|upwards\s+of|above|well\s+over|just\s+over|well\s+above|over|north\s+of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topping|topped|larger\s+than|bigger\s+than", "over"),
    (r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum\s+of|a\s+minimum", "at_least"),
    (r"almost|nearly|close\s+to|just\s+under|just\s+shy\s+of|just\s+below|nigh\s+on|the\s+best\s+part\s+of", "nearly"),
    (r"less\s+than|fewer\s+than|lower\s+than|smaller\s+than|under|below|sub-", "under"),
    (r"at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|maximum\s+of|a\s+maximum|max\.?", "at_most"),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|as\s+large\s+as", "up_to"),
    (r"about|around|approximately|approx\.|roughly|some|an\s+estimated|estimated|circa|c\.|an\s+average\s+of|on\s+average|averaging|or\s+so|~|≈|almost\s+exactly|more\s+or\s+less|somewhere\s+around|in\s+the\s+region\s+of|of\s+the\s+order\s+of|around\s+about", "about"),
    (r"exactly|precisely|just|fully|a\s+full", "exactly"),
]
_BOUND_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(f"(?P<b{i}>{p})" for i, (p, _) in enumerate(_BOUNDS)) + r")[ \u00a0]*$",
    re.I,
)
# "or more" must not start a new bounded figure: "more than 40 and less than 10" is two bounds
_NOT_A_NEW_FIGURE = (r"(?![ \u00a0]+(?:than[ \u00a0]+)?(?:[$£€\d]|(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
                     r"ten|twenty|thirty|forty|fifty|hundred|half)\b))")
_BOUND_AFTER_RE = re.compile(
    r"(?P<more>[ \u00a0]+(?:or|and)[ \u00a0]+(?:more|above|higher|over|greater|larger|bigger)"
    + _NOT_A_NEW_FIGURE + r"(?:[ \u00a0]+than(?![ \u00a0]+\w))?"
    r"|\+|-plus|[ \u00a0]+plus(?![ \u00a0]+[$£€\d]))(?![A-Za-z])"
    r"|(?P<less>[ \u00a0]+(?:or|and)[ \u00a0]+(?:less|fewer|below|under))\b" + _NOT_A_NEW_FIGURE
    + r"|(?P<so>[ \u00a0]+or[ \u00a0]+so)\b",
    re.I,
)


def bound_before(text: str, start: int) -> tuple[int, str] | None:
    """A bound phrase ending at ``start``: (phrase start, bound)."""
    m = _BOUND_BEFORE_RE.search(text, max(0, start - 30), start)
    if not m:
        return None
    if re.search(r"(?<![A-Za-z])(?:how|what)[ \u00a0]+about[ \u00a0]*$", text[max(0, start - 12):start], re.I):
        return None  # "how about 2 in 5": a question, not "about"
    for i, (_, name) in enumerate(_BOUNDS):
        if m.group(f"b{i}") is not None:
            word = m.group(f"b{i}").lower()
            if name == "exactly" and word == "just":
                return None  # "just 87 mph" says "only", not "exactly"; leave unbounded
            return m.start(f"b{i}"), name
    return None  # pragma: no cover


def bound_after(text: str, end: int) -> tuple[int, str] | None:
    """"or more", "or so", "+", "-plus" right after a figure: (new end, bound)."""
    m = _BOUND_AFTER_RE.match(text, end)
    if not m:
        return None
    if m.group("more"):
        return m.end(), "at_least"
    if m.group("less"):
        return m.end(), "at_most"
    return m.end(), "about"


_UP = (
    r"rose|rise|rises|risen|rising|increased|increase|increases|increasing|grew|grow|grows|growing|grown|"
    r"gained|gain|gains|gaining|climbed|climb|climbs|climbing|jumped|jump|jumps|jumping|surged|surge|surges|"
    r"soared|soar|soars|advanced|advance|advances|added|adds|add|boosted|boost|boosts|lifted|raised|raise|raises|"
    r"up|expanded|expand|expands|rallied|rally|spiked|swelled|accelerated|hiked|hike|higher|leapt|leaped|rebounded|"
    r"edged\s+up|ticked\s+up|inched\s+up|went\s+up|go\s+up|going\s+up|gone\s+up|shot\s+up|picked\s+up"
)
_DOWN = (
    r"fell|fall|falls|fallen|falling|dropped|drop|drops|dropping|declined|decline|declines|declining|slid|slide|"
    r"slides|sliding|slipped|slip|slips|lost|lose|loses|losing|plunged|plunge|plunges|plummeted|plummet|tumbled|"
    r"tumble|sank|sink|sinks|shed|sheds|decreased|decrease|decreases|decreasing|cut|cuts|cutting|lowered|lower|"
    r"eased|ease|eases|dipped|dip|dips|shrank|shrink|shrinks|shrunk|contracted|contract|slumped|slump|down|"
    r"reduced|reduce|reduces|off|retreated|slowed|slow|crashed|sagged|edged\s+down|ticked\s+down|went\s+down|"
    r"go\s+down|going\s+down|gone\s+down|came\s+down|come\s+down|knocked"
)
_ADVERBS = r"(?:[ \u00a0]+(?:sharply|slightly|marginally|further|just|only|a\s+further|steeply|modestly|another|an\s+additional|a\s+whopping|by\s+an?\s+average\s+of|on\s+average))?"
_CHANGE_BEFORE_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<up>{_UP})|(?P<down>{_DOWN})){_ADVERBS}(?:[ \u00a0]+(?P<prep>by|to|from|at))?[ \u00a0]*$",
    re.I,
)
_CHANGE_AFTER_RE = re.compile(
    r"(?:[ \u00a0]+|-)(?:(?:year|month|quarter|week)[ \u00a0-]on[ \u00a0-](?:year|month|quarter|week)[ \u00a0]+)?"
    r"(?:(?:sharp|steep|big|small|slight|modest|further|annual|monthly|weekly|overall|total|year-on-year)[ \u00a0]+)?"
    r"(?:(?P<up>increase|rise|gain|jump|surge|hike|boost|climb|growth|uptick|improvement|rally|higher|increases|rises|gains)"
    r"|(?P<down>drop|fall|decline|decrease|cut|reduction|loss|slump|plunge|dip|slide|contraction|lower|drops|falls|declines|cuts|reductions|losses|slowdown))\b",
    re.I,
)


def change_before(text: str, start: int) -> tuple[str, str | None, int] | None:
    """A change verb just before ``start``: (increase|decrease, by|to|from|None, verb start)."""
    m = _CHANGE_BEFORE_RE.search(text, max(0, start - 60), start)
    if not m:
        return None
    direction = "increase" if m.group("up") else "decrease"
    prep = (m.group("prep") or "").lower()
    kind = {"by": "by", "to": "to", "from": "from", "at": "to"}.get(prep, "by")
    return direction, kind, m.start()


def change_after(text: str, end: int) -> str | None:
    """"a 12% drop", "0.68 percent lower": the direction named right after the figure."""
    m = _CHANGE_AFTER_RE.match(text, end)
    if not m:
        return None
    return "increase" if m.group("up") else "decrease"


# An age named by its context rather than by "years old": "aged 21", "at the age of 21",
# "turns 35", "she was 35", "life expectancy ... is 73". The figure must stand alone.
_AGE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:aged|ages?[ \u00a0]+of|at[ \u00a0]+age|turn(?:s|ed|ing)?|to[ \u00a0]+turn"
    r"|(?:he|she|i|who)[ \u00a0]+(?:is|was|will[ \u00a0]+be|would[ \u00a0]+be|had[ \u00a0]+been|has[ \u00a0]+been|is[ \u00a0]+now|was[ \u00a0]+only|was[ \u00a0]+just|is[ \u00a0]+only|is[ \u00a0]+just)"
    r"|(?:he|she|i)['’]s)[ \u00a0]+(?:(?:about|around|nearly|almost|just|only|over|under)[ \u00a0]+)?$",
    re.I,
)
_NOT_AGE_AFTER_RE = re.compile(r"[ \u00a0]*(?:%|-|(?:of|out|per|times|or|and|to|percent|per[ \u00a0]?cent)\b)", re.I)
_LIFE_EXPECTANCY_RE = re.compile(r"life[ \u00a0-]+expectanc(?:y|ies)\b[^.!?;\d]{0,60}$", re.I)
_APPOSITION_RE = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)[ \u00a0]*,[ \u00a0]*$")


def age_in_context(text: str, left: int, end: int, value: float, kind: str) -> bool:
    """"at the age of 21", "turns 35", "he will be 35", "life expectancy ... is around 73"."""
    if kind not in ("point", "range") or not (1 <= value <= 125) or value != int(value):
        return False
    if not (_AGE_BEFORE_RE.search(text, max(0, left - 40), left) or _LIFE_EXPECTANCY_RE.search(text, max(0, left - 90), left)):
        return False
    # "she was 35 points clear", "he is one of the best": a counted thing after the figure is no age
    if _NOT_AGE_AFTER_RE.match(text, end):
        return False
    return items.find_item(text, end, singular=False) is None


def age_apposition(text: str, left: int, end: int, value: float) -> bool:
    """"Maddon, 66, has ...": a whole number between commas right after a name is an age."""
    return (
        1 <= value <= 120 and value == int(value) and text[end:end + 1] == ","
        and bool(_APPOSITION_RE.search(text, max(0, left - 30), left))
    )
