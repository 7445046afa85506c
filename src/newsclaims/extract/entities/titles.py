"""Titles and roles given with a person's name in news text.

Two places carry a role: a title right before the name ("Defence Minister Andrei
Belousov", "Kremlin spokesman Dmitry Peskov", "Northwire chief executive Jane Doe",
"the company's chief executive, Jane Doe,") and an apposition right after it ("Jane Doe,
the company's chief executive,"; "Lee Ward, director of the Harbour Institute.").

A title phrase is a run of modifier words ending in a head word (the lexicons below),
optionally followed by "of" + capitalised words ("Minister of Defence"). Capitalised
words that are neither (an organisation or nationality: "Kremlin", "Russian") end the
run and stay out of the role: they are separate mentions. One plain lowercase word
before the head is allowed as a compound ("energy analyst", "film director").
"""

from __future__ import annotations

import re

# Courtesy forms: stripped from names, never a role.
HONORIFICS = frozenset("mr mrs ms miss mx messrs mme mlle sir dame lord lady".split())

# Words that end a title phrase.
HEADS = frozenset(
    """president president-elect premier minister secretary secretary-general spokesman
    spokeswoman spokesperson general gen admiral adm colonel col major maj captain capt
    lieutenant lt sergeant sgt commander cmdr commodore marshal brigadier brig executive
    ceo cfo coo cto chairman chairwoman chairperson chair director governor gov senator sen
    representative rep congressman congresswoman lawmaker legislator mp mep ambassador
    envoy diplomat chancellor king queen prince princess pope emperor sultan emir sheikh
    ayatollah cardinal archbishop bishop rabbi imam reverend rev pastor mayor judge justice
    magistrate prosecutor attorney lawyer solicitor barrister commissioner inspector
    superintendent sheriff chief head leader boss founder co-founder owner manager coach
    analyst economist strategist expert researcher scientist professor prof dr adviser
    advisor aide official officer negotiator candidate nominee deputy treasurer
    comptroller producer editor correspondent columnist partner president-elect
    vice-president broadcaster presenter host journalist reporter writer author novelist
    poet historian singer actor actress musician composer conductor artist designer
    architect comedian chef photographer film-maker filmmaker star player striker
    midfielder defender goalkeeper boxer champion tycoon billionaire entrepreneur investor
    banker businessman businesswoman activist campaigner""".split()
)
# Words that may stand before a head inside a title phrase.
MODIFIERS = frozenset(
    """former ex acting interim then outgoing incoming retired late deputy vice assistant
    associate senior junior chief principal lead executive managing general prime first
    supreme grand crown shadow foreign defence defense home health finance financial
    economy economic interior trade commerce energy education justice culture transport
    transportation agriculture environment labour labor treasury industry development state
    security homeland veterans housing digital science technology climate business
    employment immigration communications information tourism sport sports youth welfare
    pensions budget army navy military police fire press public national regional district
    county city federal opposition party union team club company campaign government
    ministry department staff rear field wing flight air master attorney lt lieutenant brig
    brigadier major head""".split()
)
# Honorifics and titles that mark the name after them as a person whatever the NER said.
PERSON_MARKERS = HONORIFICS | frozenset(
    """president premier minister senator sen rep congressman congresswoman governor gov
    mayor king queen prince princess pope sheikh emir ayatollah gen general admiral adm
    colonel col lt lieutenant sgt sergeant capt captain cmdr commander dr prof professor
    ambassador judge spokesman spokeswoman spokesperson chancellor""".split()
)
# Every word that may be stripped from the front of a person's name.
TITLE_WORDS = HEADS | MODIFIERS | HONORIFICS

# Words that never serve as the one free compound word before a head.
_STOP = frozenset(
    """the a an and or but nor of to in on at by for with from as than that this these those
    which who whom whose what when while where said says say told tells asked added
    according including include like between after before about against during into over
    under among its his her their our my your has have had was were is are be been being
    will would could should may might can did does do also not no new its it he she they we
    i you him them us me one two three whose every each both all some any such other
    another most more less many much only just even still yet so if because since though
    although unless until via per plus versus met meet meets see sees saw tell thank thanks
    urge urges call calls name names hire hires quote quotes join joins want wants sack
    sacks fire fires replace replaces back backs blame blames""".split()
)
_DETERMINERS = frozenset("the its his her their our my your a an this that".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’\-]*")
_ROLE_STOP = frozenset(
    """who whom whose which that said says told asked added and or but was were is are has
    have had will would could can may might did does do also not whom where when while
    according adding saying""".split()
)
_APPOS_END = re.compile(r"[,;:!?()\"“”—–\[\]]|\.(?=\s|$)")
_NUMBER_PREFIX = re.compile(r"\d{1,3},\s+")


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").rstrip(".")


def is_head(word: str) -> bool:
    w = _norm(word)
    return w in HEADS or ("-" in w and w.rsplit("-", 1)[1] in HEADS)


def _is_modifier(word: str) -> bool:
    w = _norm(word)
    if w in MODIFIERS or w in HEADS:
        return True
    return "-" in w and (w.split("-", 1)[0] in ("ex", "co", "vice") or w.rsplit("-", 1)[1] in HEADS)


def _compound(word: str) -> bool:
    """A plain lowercase word usable as the one free compound before a head."""
    w = word.lower()
    return (
        word.isalpha() and word.islower() and len(w) >= 3 and w not in _STOP
        and not w.endswith(("ed", "ly"))
    )


def _joined(text: str, a_end: int, b_start: int) -> bool:
    """Whether only spaces (no punctuation, no line break) separate two words."""
    gap = text[a_end:b_start]
    return bool(gap) and gap.strip(" \t\u00a0") == ""


def strip_leading_titles(span: str) -> int:
    """Characters to cut from the front of a person span that starts with its title.

    "President Ilsa Korvath" -> len("President "); "Mr King" -> len("Mr "). At least
    one word always remains, and the cut ends on a head word or honorific.
    """
    words = list(_WORD.finditer(span))
    cut = 0
    for i, m in enumerate(words[:-1]):
        if i and not _joined(span, words[i - 1].end(), m.start()):
            break
        w = _norm(m.group())
        if w in HONORIFICS or is_head(m.group()):
            cut = words[i + 1].start()
        elif not _is_modifier(m.group()):
            break
    if cut and words and span[cut:].strip() == "":
        return 0
    return cut


def title_before(text: str, start: int, floor: int) -> tuple[int, str | None, bool] | None:
    """The title phrase ending right before ``start`` (not before ``floor``).

    Returns (where the phrase starts, the role or None for a bare honorific, whether it
    marks a person), or None when no title stands there.
    """
    lo = max(floor, start - 120)
    words = list(_WORD.finditer(text, lo, start))
    if not words:
        return None
    i = len(words) - 1
    gap = text[words[i].end() : start]
    comma_form = gap.strip(" \t\u00a0") == ","
    if not comma_form and not _joined(text, words[i].end(), start):
        return None
    marker = False
    first = words[i].start()
    # Honorifics right before the name ("Labour leader Lord Kinnock").
    while i >= 0 and _norm(words[i].group()) in HONORIFICS and not comma_form:
        marker = True
        first = words[i].start()
        if i == 0 or not _joined(text, words[i - 1].end(), words[i].start()):
            return first, None, True
        i -= 1
    end_i = i
    if not is_head(words[i].group()):
        # "Minister of Defence", "Chancellor of the Exchequer": head + of + capitalised words.
        j = i
        while j > 0 and j > i - 5 and (words[j].group()[0].isupper() or words[j].group() in ("the", "and")):
            j -= 1
        if not (j > 0 and j < i and words[j].group() == "of" and is_head(words[j - 1].group())):
            return (first, None, True) if marker else None
        i = j - 1
    marker = marker or _norm(words[i].group()) in PERSON_MARKERS
    phrase_start = words[i].start()
    free_used = False
    k = i - 1
    while k >= 0 and _joined(text, words[k].end(), words[k + 1].start()):
        word = words[k].group()
        if _is_modifier(word):
            phrase_start = words[k].start()
        elif not free_used and words[k + 1].group().islower() and is_head(words[k + 1].group()) and _compound(word):
            free_used = True
            phrase_start = words[k].start()
        else:
            break
        k -= 1
    if comma_form:
        # "the company's chief executive, Jane Doe": only after a determiner or owner.
        prev = words[k].group().lower().replace("’", "'") if k >= 0 else ""
        if not (prev in _DETERMINERS or prev.endswith("'s")):
            return None
    role = text[phrase_start : words[end_i].end()]
    return phrase_start, role, marker


def apposition_after(text: str, end: int, ceil: int) -> str | None:
    """The role in an apposition right after a name: ", the company's chief executive,"."""
    if not text.startswith(",", end):
        return None
    pos = end + 1
    while pos < ceil and text[pos] in " \t\u00a0":
        pos += 1
    age = _NUMBER_PREFIX.match(text, pos, ceil)  # "Jane Doe, 54, a former spokeswoman"
    if age:
        pos = age.end()
    stop = _APPOS_END.search(text, pos, min(ceil, pos + 120))
    limit = stop.start() if stop else min(ceil, pos + 120)
    if not stop and limit < ceil:
        return None
    words = list(_WORD.finditer(text, pos, limit))
    if not words or len(words) > 12:
        return None
    k = 0
    if words[0].group().lower() in ("the", "a", "an"):
        k = 1
    # An owner ("the company's", "Northwire's", "the Harbour Institute's") is dropped.
    for j in range(k, min(k + 4, len(words))):
        if words[j].group().replace("’", "'").endswith("'s"):
            k = j + 1
            break
    rest = words[k:]
    if not rest or rest[0].group().lower() in _ROLE_STOP:
        return None
    if any(w.group().lower() in _ROLE_STOP - {"and"} for w in rest):
        return None
    if not any(is_head(w.group()) for w in rest[:4]):
        return None
    role = text[rest[0].start() : rest[-1].end()].rstrip(".")
    return role or None
