"""A figure's timeline as inline SVG: values by source over time, readable without JavaScript.

x is the publication date, y the value (annualised for rates). Each claim is one marker whose
shape and colour say its modality; a vague or bounded value ("about 2 million", "up to
80,000", "more than 3 million") also gets a vertical bar over the values it allows, with an
arrow where the interval is open-ended. Markers carry a ``<title>`` tooltip (source, value,
sentence) and link to the article when it has a web URL. All text is escaped.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from html import escape

from .build import FigureEntry, FigureReport
from .text import fmt_compact, fmt_interval, modality_label, parse_day, shorten, unit_label

#: modality -> (shape, colour). Okabe-Ito colours, distinguishable with colour-blindness;
#: shapes differ too, so the chart also reads in greyscale.
STYLE = {
    "official_statement": ("square", "#0072B2"),
    "reported_fact": ("circle", "#009E73"),
    "target": ("triangle", "#D55E00"),
    "projection": ("triangle-down", "#CC79A7"),
    "estimate": ("diamond", "#E69F00"),
    "allegation": ("plus", "#56B4E9"),
    "denial": ("cross", "#444444"),
}
UNKNOWN_STYLE = ("circle", "#999999")

W, H = 760, 330
LEFT, RIGHT, TOP, BOTTOM = 78, 24, 18, 92  # BOTTOM holds the date labels and the legend
CHAR_W = 5.6  # approximate width of a character at the 10px label size


def style(modality: str | None) -> tuple[str, str]:
    return STYLE.get(modality or "", UNKNOWN_STYLE)


def marker(shape: str, colour: str, x: float, y: float, r: float = 5.0) -> str:
    """One marker's SVG element, centred on (x, y)."""
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}"/>'
    if shape == "square":
        s = r * 0.9
        return f'<rect x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}" fill="{colour}"/>'
    if shape in ("triangle", "triangle-down", "diamond"):
        if shape == "triangle":
            pts = [(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
        elif shape == "triangle-down":
            pts = [(x, y + r * 1.2), (x + r * 1.1, y - r * 0.8), (x - r * 1.1, y - r * 0.8)]
        else:
            pts = [(x, y - r * 1.3), (x + r, y), (x, y + r * 1.3), (x - r, y)]
        return f'<polygon points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in pts)}" fill="{colour}"/>'
    d = r * 1.1
    if shape == "plus":
        path = f"M{x - d:.1f},{y:.1f}H{x + d:.1f}M{x:.1f},{y - d:.1f}V{y + d:.1f}"
    else:  # cross
        path = f"M{x - d:.1f},{y - d:.1f}L{x + d:.1f},{y + d:.1f}M{x - d:.1f},{y + d:.1f}L{x + d:.1f},{y - d:.1f}"
    return f'<path d="{path}" stroke="{colour}" stroke-width="2.4" fill="none"/>'


def nice_step(span: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``ticks`` ticks."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def date_ticks(start: date, end: date, most: int = 8) -> list[tuple[date, str]]:
    """Tick dates between ``start`` and ``end``: month starts over long spans, days otherwise."""
    days = (end - start).days
    if days > 60:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        step = max(1, math.ceil(months / most))
        y, m = start.year, start.month
        out = []
        while (y, m) <= (end.year, end.month):
            d = date(y, m, 1)
            if start <= d <= end:
                out.append((d, d.strftime("%b %Y") if m == 1 or not out else d.strftime("%b")))
            m += step
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return out
    step = next((s for s in (1, 2, 7, 14, 30) if days / s <= most), 30)
    return [(start + timedelta(days=i), (start + timedelta(days=i)).strftime("%d %b"))
            for i in range(0, days + 1, step)]


def timeline_svg(f: FigureReport, element_id: str = "") -> str:
    """The SVG chart of a figure's claims over time (an empty string when nothing is dated)."""
    points = [(parse_day(e.published), e) for e in f.entries]
    points = [(d, e) for d, e in points if d is not None and e.value is not None and math.isfinite(e.value)]
    if not points:
        return ""
    unit = unit_label(f.unit, f.measure, f.rate)
    first, last = min(d for d, _ in points), max(d for d, _ in points)
    pad = max(3, round((last - first).days * 0.05))
    x0, x1 = first - timedelta(days=pad), last + timedelta(days=pad)
    finite = [v for _, e in points for v in (e.value, *(e.interval or ())) if math.isfinite(v)]
    open_top = any(e.interval and math.isinf(e.interval[1]) for _, e in points)
    lo = min(0.0, min(finite))
    hi = max(finite) * (1.25 if open_top else 1.08)
    step = nice_step(hi - lo)
    y_lo, y_hi = math.floor(lo / step) * step, math.ceil(hi / step) * step
    if y_hi <= y_lo:
        y_hi = y_lo + step
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM

    def sx(d: date) -> float:
        return LEFT + pw * (d - x0).days / max(1, (x1 - x0).days)

    def sy(v: float) -> float:
        v = min(max(v, y_lo), y_hi)
        return TOP + ph * (1 - (v - y_lo) / (y_hi - y_lo))

    label = escape(f.label)
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img"'
           ' class="timeline" font-family="sans-serif"'
           + (f' id="{escape(element_id)}"' if element_id else "")
           + f'><title>{label}: values by source over time</title>'
           f'<desc>One marker per claim: x publication date, y {escape(unit)}; bars show the range a vague '
           f'or bounded value allows, arrows an open end.</desc>']
    svg += _axes(x0, x1, y_lo, y_hi, step, unit, sx, sy)
    svg.append(_legend(f, H - 28))
    # markers that would cover one another (same day, same value) are moved sideways
    spots: list[tuple[float, float, FigureEntry]] = []
    for d, e in sorted(points, key=lambda p: (p[0], p[1].value)):
        x, y = sx(d), sy(e.value)
        for dx in (0, 11, -11, 22, -22, 33, -33, 44, -44):
            if all(abs(x + dx - a) >= 10 or abs(y - b) >= 10 for a, b, _ in spots):
                x += dx
                break
        spots.append((x, y, e))
    # labels avoid markers, range bars and each other
    placed = [(x - 7, y - 8, x + 7, y + 8) for x, y, _ in spots]
    placed += [(x - 3, min(sy(e.interval[1]), y), x + 3, max(sy(e.interval[0]), y))
               for x, y, e in spots if e.interval and e.interval[0] != e.interval[1]]
    labels: list[str] = []
    for x, y, e in spots:
        svg.append(_claim(e, f, x, sy, y_hi))
        text = _place_label(e.outlet or f"doc {e.doc_id}", x, y, placed)
        if text:
            labels.append(text)
    svg += labels  # labels last, so markers never cover them
    svg.append("</svg>")
    return "".join(svg)


def _axes(x0: date, x1: date, y_lo: float, y_hi: float, step: float, unit: str, sx, sy) -> list[str]:
    bottom, top = sy(y_lo), sy(y_hi)
    out = ['<g class="axes" font-size="10" fill="#333">']
    v = y_lo
    while v <= y_hi + step / 1000:
        y = sy(v)
        out.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e3e3"/>'
                   f'<text x="{LEFT - 6}" y="{y + 3:.1f}" text-anchor="end">{escape(fmt_compact(v))}</text>')
        v += step
    for d, text in date_ticks(x0, x1):
        x = sx(d)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{bottom:.1f}" y2="{bottom + 5:.1f}" stroke="#333"/>'
                   f'<text x="{x:.1f}" y="{bottom + 17:.1f}" text-anchor="middle">{escape(text)}</text>')
    out.append(f'<line x1="{LEFT}" x2="{LEFT}" y1="{top:.1f}" y2="{bottom:.1f}" stroke="#333"/>'
               f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{bottom:.1f}" y2="{bottom:.1f}" stroke="#333"/>')
    mid = (top + bottom) / 2
    out.append(f'<text transform="translate(14 {mid:.1f}) rotate(-90)" text-anchor="middle" font-size="11">'
               f'{escape(unit)}</text>')
    out.append(f'<text x="{(LEFT + W - RIGHT) / 2:.1f}" y="{bottom + 33:.1f}" text-anchor="middle" font-size="11">'
               f'publication date</text></g>')
    return out


def _claim(e: FigureEntry, f: FigureReport, x: float, sy, y_hi: float) -> str:
    shape, colour = style(e.modality)
    parts = []
    iv = e.interval
    if iv and iv[0] != iv[1]:
        y_a, y_b = sy(iv[0]), sy(min(iv[1], y_hi))
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y_a:.1f}" y2="{y_b:.1f}" stroke="{colour}" '
                     f'stroke-width="2" opacity="0.55"/>')
        parts.append(f'<line x1="{x - 4:.1f}" x2="{x + 4:.1f}" y1="{y_a:.1f}" y2="{y_a:.1f}" stroke="{colour}"/>')
        if math.isinf(iv[1]):  # open-ended: an arrowhead instead of a cap
            parts.append(f'<path d="M{x - 4:.1f},{y_b + 7:.1f}L{x:.1f},{y_b:.1f}L{x + 4:.1f},{y_b + 7:.1f}" '
                         f'stroke="{colour}" stroke-width="2" fill="none"/>')
        else:
            parts.append(f'<line x1="{x - 4:.1f}" x2="{x + 4:.1f}" y1="{y_b:.1f}" y2="{y_b:.1f}" '
                         f'stroke="{colour}"/>')
    parts.append(marker(shape, colour, x, sy(e.value)))
    tip = (f"{e.outlet or 'outlet unknown'}, {(e.published or '')[:10]}: {e.text} → "
           f"{fmt_interval(e.interval, f.unit)} ({modality_label(e.modality)}; "
           f"{e.asserted_by or 'speaker unknown'}{'; disputed' if e.disputed else ''})\n"
           f"“{shorten(e.ref.sentence, 300)}”\n{e.ref.label}")
    body = f"<title>{escape(tip)}</title>{''.join(parts)}"
    if e.ref.url:
        return f'<a href="{escape(e.ref.url)}" target="_blank" rel="noopener noreferrer">{body}</a>'
    return f"<g>{body}</g>"


def _place_label(text: str, x: float, y: float, placed: list[tuple[float, float, float, float]]) -> str:
    """The outlet label beside its marker at the first spot that overlaps no other label
    (right, left, above, below); none when all are taken: the tooltip still names it."""
    text = shorten(text, 28)
    w = len(text) * CHAR_W
    for dx, dy, anchor in ((9, 3.5, "start"), (-9, 3.5, "end"), (0, -11, "middle"), (0, 17, "middle"),
                           (9, -9, "start"), (9, 15, "start"), (-9, -9, "end"), (-9, 15, "end"),
                           (0, -23, "middle"), (0, 29, "middle"), (6, -21, "start"), (-6, -21, "end"),
                           (6, 27, "start"), (-6, 27, "end")):
        left = x + dx - (w if anchor == "end" else w / 2 if anchor == "middle" else 0)
        box = (left, y + dy - 9, left + w, y + dy + 2)
        if box[0] < 2 or box[2] > W - 2 or box[1] < 0 or box[3] > H - BOTTOM + 14:
            continue
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            continue
        placed.append(box)
        return (f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" font-size="10" fill="#222" '
                f'class="outlet">{escape(text)}</text>')
    return ""


def _legend(f: FigureReport, y: float) -> str:
    """Modalities present and the range bar; wraps to a second row."""
    present = [m for m in (*STYLE, None) if any((e.modality if e.modality in STYLE else None) == m
                                                for e in f.entries)]
    items: list[tuple[float, object]] = []
    for m in present:
        shape, colour = style(m)
        name = modality_label(m)
        items.append((24 + len(name) * CHAR_W, lambda x, y, shape=shape, colour=colour, name=name:
                      marker(shape, colour, x + 5, y - 3, 4.5) + f'<text x="{x + 14:.1f}" y="{y:.1f}">'
                      f'{escape(name)}</text>'))
    if any(e.interval and e.interval[0] != e.interval[1] for e in f.entries):
        text = "range a vague or bounded value allows (arrow: no upper limit)"
        items.append((24 + len(text) * CHAR_W, lambda x, y, text=text:
                      f'<line x1="{x + 5:.1f}" x2="{x + 5:.1f}" y1="{y - 10:.1f}" y2="{y + 3:.1f}" stroke="#777" '
                      f'stroke-width="2"/><text x="{x + 14:.1f}" y="{y:.1f}">{text}</text>'))
    out = ['<g class="legend" font-size="10" fill="#333">']
    x = LEFT
    for width, draw in items:
        if x + width > W - RIGHT and x > LEFT:
            x, y = LEFT, y + 15
        out.append(draw(x, y))  # type: ignore[operator]
        x += width
    out.append("</g>")
    return "".join(out)
