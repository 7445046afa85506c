"""The statement pipeline: units -> attributions -> quote linking -> speakers."""

from __future__ import annotations

import re
from bisect import bisect_right

from . import cues
from .attribution import Raw
from .forms import attributions
from .quotes import Quote
from .speakers import Resolver
from .tokens import Unit, build_units, tokenize
from .types import Span, Statement, StatementOptions


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _span(text: str, se: tuple[int, int]) -> Span:
    return Span(se[0], se[1], text[se[0] : se[1]])


def _link_quotes(
    text: str, raws: list[Raw], quotes: list[Quote], units: list[Unit], options: StatementOptions
) -> list[Raw]:
    """Carry multi-paragraph quotes on, and keep cue-less quotations as statements."""
    owner: dict[int, Raw] = {}
    q_starts = [q.start for q in quotes]
    for r in raws:
        for c in r.content:
            # quotes are ordered and disjoint: walk from the last one starting before c
            qi = max(0, bisect_right(q_starts, c[0]) - 1)
            while qi < len(quotes) and quotes[qi].start < c[1]:
                if _overlaps((quotes[qi].start, quotes[qi].end), c):
                    owner.setdefault(qi, r)
                qi += 1
    # A quote left open at a paragraph's end goes on in the next paragraph's first quote.
    for qi, q in enumerate(quotes[:-1]):
        if not q.continues:
            continue
        nxt = qi + 1
        if qi in owner and nxt not in owner:
            owner[qi].content.append((quotes[nxt].start, quotes[nxt].end))
            owner[nxt] = owner[qi]
        elif qi not in owner and nxt in owner:
            owner[nxt].content.insert(0, (q.start, q.end))
            owner[qi] = owner[nxt]
    unit_of = {}
    ui = 0
    for qi, q in enumerate(quotes):
        while ui < len(units) and units[ui].end <= q.start:
            ui += 1
        if ui < len(units):
            unit_of[qi] = units[ui]
    by_para: dict[int, list[Raw]] = {}
    for r in raws:
        by_para.setdefault(r.unit.para, []).append(r)
    out = list(raws)
    for qi, q in enumerate(quotes):
        if qi in owner or qi not in unit_of:
            continue
        if q.words(text) < options.min_quote_words or _is_title(text[q.start : q.end]):
            continue
        host = _host(by_para, q, unit_of[qi], options) if options.merge_quotes else None
        if host is not None:
            # '"...," he said. "..."': the quotation goes on in the next sentence.
            host.content.append((q.start, q.end))
            owner[qi] = host
            continue
        r = Raw("direct", None, [(q.start, q.end)], None, unit_of[qi])
        owner[qi] = r
        if q.continues and qi + 1 < len(quotes) and qi + 1 not in owner:
            r.content.append((quotes[qi + 1].start, quotes[qi + 1].end))
            owner[qi + 1] = r
        out.append(r)
    out.sort(key=lambda r: min(c[0] for c in r.content))
    return out


_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_MINOR = frozenset("a an the of and or to in on at for with by from as but nor vs".split())


def _is_title(quote: str) -> bool:
    """'“Crippled Nation: How to Fix It,”': a cue-less quotation in title case names a
    book, show or slogan; nobody is quoted."""
    words = [w for w in _WORD.findall(quote) if w.lower() not in _MINOR]
    return len(words) >= 2 and not quote.isupper() and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _host(by_para: dict[int, list[Raw]], q: Quote, unit: Unit, options: StatementOptions) -> Raw | None:
    """The quoting statement a cue-less quotation belongs to: the last one before it in
    the same paragraph (or in the paragraph before, when ``merge_across``)."""
    best = None
    near = by_para.get(unit.para - 1, []) + by_para.get(unit.para, [])
    for r in near:
        if r.cue is None or r.kind == "according_to":
            continue
        start = min(c[0] for c in r.content)
        if start >= q.start:
            break
        if r.unit.para == unit.para or (options.merge_across and r.unit.para == unit.para - 1):
            best = r
    if best is not None and best.kind == "indirect" and not options.merge_indirect:
        return None
    return best


def _take_intro(text: str, intro: Raw, unit: Unit) -> None:
    """'He said:' + next paragraph: the paragraph's opening quote (or text) is the content."""
    first = [q for q in unit.quotes if q.start == unit.start]
    if first:
        intro.content = [(first[0].start, first[0].end)]
    else:
        intro.content = [(unit.start, unit.end)]
        intro.kind = "indirect" if not unit.quotes else "mixed"
    intro.unit = unit
    intro.intro = False


def find_statements(text: str, options: StatementOptions | None = None) -> list[Statement]:
    """Every quoted or reported statement in ``text``, in text order, with its speaker."""
    options = options or StatementOptions()
    if not text or not text.strip():
        return []
    units, quotes, paras = build_units(text)
    raws: list[Raw] = []
    intro: Raw | None = None
    for unit in units:
        toks = tokenize(text, unit.start, unit.end, unit.quotes)
        found = attributions(toks, unit, options.include_beliefs, paras[unit.para][0])
        if intro is not None and not found and unit.para == intro.unit.para + 1:
            _take_intro(text, intro, unit)
            raws.append(intro)
        intro = None
        for r in found:
            if r.intro:
                intro = r
            else:
                raws.append(r)
    raws = _link_quotes(text, raws, quotes, units, options)
    resolver = Resolver(text, [(q.start, q.end) for q in quotes], [(u.start, u.end) for u in units])

    out: list[Statement] = []
    groups: list[tuple[int, str]] = []
    prev: Statement | None = None
    prev_para = -10
    for r in raws:
        content = tuple(_span(text, c) for c in sorted(set(r.content)) if c[1] > c[0])
        if not content:
            continue
        sentence = _span(text, (r.unit.start, r.unit.end))
        cue = _span(text, r.cue) if r.cue else None
        source = _span(text, r.source) if r.source else None
        speaker: str | None = None
        named = False
        speaker_span: Span | None = None
        if source is not None:
            name, named, sp = resolver.resolve(source.start, source.end, groups)
            speaker = name
            speaker_span = _span(text, sp) if sp else None
            if not named and source.text.split()[-1].lower() in cues.GROUP_NOUNS:
                groups.append((source.start, source.text))
            if named:
                resolver.note_speaker(sp)
            elif name:
                resolver.note_unnamed(source.start, name)
        elif (r.cue is None or (not r.passive and r.kind != "according_to")) and options.continue_quotes and prev is not None and r.unit.para - prev_para <= 1:
            # A cue-less quotation right after a statement carries that speaker on.
            speaker, named, speaker_span = prev.speaker, prev.speaker_named, prev.speaker_span
        st = Statement(
            kind=r.kind,  # type: ignore[arg-type]
            cue=cue,
            content=content,
            source=source,
            speaker=speaker,
            speaker_named=named,
            speaker_span=speaker_span,
            sentence=sentence,
        )
        out.append(st)
        if speaker is not None:
            prev = st
            prev_para = r.unit.para
    return out
