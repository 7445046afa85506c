"""The brief as one self-contained HTML page: inline CSS and inline SVG charts, no script, no
external font, image or stylesheet. The only links lead to the articles' own (http/https) URLs
and to anchors inside the page.

Article text, titles, outlet and speaker names are untrusted: everything goes through ``h()``.
Full sentences sit in ``<details>`` and ``title`` tooltips, so the page reads without JavaScript.
"""

from __future__ import annotations

from html import escape

from .build import FigureEntry, FigureReport, Ref, Report, Speaker, Statement, Story, values_cited
from .chart import STYLE, UNKNOWN_STYLE, timeline_svg
from .markdown import as_written, figure_summary, showing
from .text import day, excerpt, fmt_interval, modality_label, one_line, plural, shorten, unit_label

#: text symbols for the modality markers in tables (the charts use the same shapes)
SYMBOLS = {"circle": "●", "square": "■", "triangle": "▲", "triangle-down": "▼", "diamond": "◆", "plus": "✚",
           "cross": "✖"}

CSS = """
:root { color-scheme: light; }
body { font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d1d1f;
       max-width: 1180px; margin: 0 auto; padding: 1.2rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; margin: .2rem 0 .6rem; } h2 { border-bottom: 2px solid #1d1d1f; padding-bottom: .2rem;
       margin-top: 2.2rem; } h3 { margin: 1.6rem 0 .3rem; }
.summary { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .4rem 0; }
.summary dt { font-weight: 600; } .summary dd { margin: 0; }
.note, .meta, figcaption { color: #555; font-size: .88rem; }
nav { font-size: .9rem; background: #f5f5f7; padding: .5rem .8rem; border-radius: 6px; }
nav a { margin-right: .2rem; }
a { color: #0a58ca; } a.ref, span.ref { font-size: .8rem; white-space: nowrap; }
span.ref { color: #555; } code { font-size: .85em; background: #f0f0f2; padding: 0 .2em; border-radius: 3px; }
.badge { background: #b00020; color: #fff; font-size: .72rem; padding: .1rem .4rem; border-radius: 3px;
         vertical-align: middle; text-transform: uppercase; letter-spacing: .04em; }
ol.stories > li { margin-bottom: .7rem; } ol.stories ul { margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .84rem; margin: .6rem 0 1rem; }
th, td { border-bottom: 1px solid #ddd; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #f5f5f7; } td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.disputed td.num { color: #b00020; font-weight: 600; }
details summary { cursor: pointer; } details[open] summary { color: #555; }
figure { margin: .8rem 0; } svg.timeline { max-width: 100%; height: auto; border: 1px solid #e3e3e3;
       border-radius: 4px; background: #fff; font-family: inherit; }
ul.statements li { margin-bottom: .35rem; } q { quotes: "“" "”"; }
@media print { nav { display: none; } a { color: inherit; } }
"""


def h(text: object) -> str:
    """Untrusted text as inert HTML (quotes escaped too: safe inside attributes)."""
    return escape(one_line(str(text)) if text is not None else "", quote=True)


def ref(r: Ref) -> str:
    """The sentence reference: a link to the article with the sentence as its tooltip, or the
    reference and the command that prints the document."""
    tip = h(shorten(r.sentence, 600))
    if r.url:
        return (f'<a class="ref" href="{h(r.url)}" title="{tip}" target="_blank" rel="noopener noreferrer">'
                f'{h(r.label)}</a>')
    return f'<span class="ref" title="{tip}">{h(r.label)} · <code>{h(r.hint)}</code></span>'


def sentence(r: Ref, short: str) -> str:
    """A short quote; the whole sentence one click away when the quote had to be cut."""
    if one_line(r.sentence) == short:
        return f"<q>{h(short)}</q>"
    return f"<details><summary><q>{h(short)}</q></summary>{h(r.sentence)}</details>"


def symbol(modality: str | None) -> str:
    shape, colour = STYLE.get(modality or "", UNKNOWN_STYLE)
    return f'<span style="color:{colour}" aria-hidden="true">{SYMBOLS[shape]}</span> {h(modality_label(modality))}'


def render_html(report: Report) -> str:
    title = "News brief" + (f": {report.query}" if report.query else "")
    body = [_header(report, title), "<main>", _stories(report), _figures(report), _speakers(report), "</main>",
            f'<footer class="note"><p>Made by newsclaims on {h(report.generated_at)}. '
            f"Offsets are end-exclusive character positions in the document's stored text.</p></footer>"]
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{h(title)}</title><style>{CSS}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def _header(report: Report, title: str) -> str:
    a = report.archive
    span = f"{h(day(a['first_published']))} to {h(day(a['last_published']))}" if a["first_published"] else "—"
    selection = []
    if report.since:
        selection.append(f"published on or after {h(report.since)}")
    if report.query:
        selection.append(f"matching <q>{h(report.query)}</q> ({report.matched_documents} documents)")
    rows = [("Archive", f"{a['documents']} documents ({a['copies']} appearances with copies) from "
                        f"{a['outlets']} outlets"), ("Published", span),
            ("Selection", "; ".join(selection) or "all documents"), ("Generated", h(report.generated_at))]
    figs = " ".join(f'<a href="#figure-{f.id}">{h(f.label)}</a>{" ⚠" if f.disputed else ""} ·'
                    for f in report.figures).rstrip(" ·")
    notes = "".join(f'<p class="note">{h(n)}</p>' for n in report.notes)
    return (f"<header><h1>{h(title)}</h1><dl class=\"summary\">"
            + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"
            '<p class="note">Every line ends with its source: the document id and the character offsets of the '
            "sentence in the document's text, linked to the article when it has a web address (hover for the "
            "sentence; <code>newsclaims show ID</code> prints the document).</p>" + notes
            + '<nav><a href="#stories">Top stories</a> · <a href="#figures">Key figures</a>'
            + (f" ({figs})" if figs else "") + ' · <a href="#speakers">Statements by speaker</a></nav></header>')


# -- stories ----------------------------------------------------------------------------------
def _stories(report: Report) -> str:
    out = ['<section id="stories"><h2>Top stories</h2>']
    if not report.stories:
        return out[0] + '<p class="note">No stories in this selection.</p></section>'
    out.append(f'<p class="note">Most outlets first; '
               f'{showing(len(report.stories), report.stories_total, "story")}.</p><ol class="stories">')
    out += [_story(s) for s in report.stories]
    return "".join(out) + "</ol></section>"


def _story(s: Story) -> str:
    dates = day(s.first_published) + (f" to {day(s.last_published)}" if day(s.last_published) != day(
        s.first_published) else "")
    head = (f"<strong>{h(s.title or '(untitled)')}</strong> <span class=\"meta\">{plural(len(s.outlets), 'outlet')}"
            f" ({h(', '.join(s.outlets) or 'unknown')}) · {plural(len(s.documents), 'document')} · "
            f"{h(dates or 'undated')}</span>")
    docs = []
    for d in s.documents:
        title = h(d.title or "(untitled)")
        link = (f'<a href="{h(d.url)}" target="_blank" rel="noopener noreferrer">{title}</a>' if d.url
                else f"{title} <code>newsclaims show {d.doc_id}</code>")
        copies = f" · {d.copies} copies" if d.copies > 1 else ""
        docs.append(f'<li>{h(day(d.published) or "undated")} · {link} <span class="meta">doc {d.doc_id}'
                    f"{copies}</span></li>")
    return f"<li>{head}<ul>{''.join(docs)}</ul></li>"


# -- figures ----------------------------------------------------------------------------------
def _figures(report: Report) -> str:
    out = ['<section id="figures"><h2>Key figures</h2>']
    if not report.figures:
        return out[0] + '<p class="note">No figure reported in more than one document in this selection.</p></section>'
    disputed = sum(f.disputed for f in report.figures)
    out.append(f'<p class="note">Disputed figures first ({disputed} disputed); '
               f'{showing(len(report.figures), report.figures_total, "figure")}. Rates are compared per year; '
               f"values in red disagree with another source. Each disputed figure has a timeline.</p>")
    out += [_figure(f) for f in report.figures]
    return "".join(out) + "</section>"


def _figure(f: FigureReport) -> str:
    unit = unit_label(f.unit, f.measure, f.rate)
    badge = ' <span class="badge">disputed</span>' if f.disputed else ""
    out = [f'<article class="figure{" disputed" if f.disputed else ""}" id="figure-{f.id}">'
           f"<h3>{h(f.label)}{badge}</h3><p>{h(figure_summary(f))}.</p>"]
    cited = "; ".join(f"<strong>{h(fmt_interval(e.interval, f.unit))}</strong> ×{n} (first: "
                      f"{h(e.outlet or 'outlet unknown')}, {h(day(e.published) or 'undated')}, {ref(e.ref)})"
                      for e, n in values_cited(f))
    out.append(f"<p>Values cited ({h(unit)}): {cited}.</p>")
    notes = []
    for group in f.repetitions:
        first = f.entry(group[0])
        notes.append(f"<li>Repeated: {h(first.text)} first in {h(first.outlet or 'outlet unknown')} on "
                     f"{h(day(first.published) or '?')} ({ref(first.ref)}), then {len(group) - 1} more "
                     f"report(s).</li>")
    for a, b in f.changes:
        ea, eb = f.entry(a), f.entry(b)
        notes.append(f"<li>Changed: {h(ea.text)} ({ref(ea.ref)}) → {h(eb.text)} ({ref(eb.ref)}), same source "
                     f"({h(ea.asserted_by or '?')}).</li>")
    if notes:
        out.append(f"<ul>{''.join(notes)}</ul>")
    if f.disputed:
        chart = timeline_svg(f, f"chart-{f.id}")
        if chart:
            undated = sum(1 for e in f.entries if not day(e.published))
            caption = (f"{h(f.label)}: each claim's value ({h(unit)}) by publication date, labelled with the outlet; "
                       "hover a marker for its sentence, click it for the article."
                       + (f" {undated} undated claim(s) are in the table only." if undated else ""))
            out.append(f"<figure>{chart}<figcaption>{caption}</figcaption></figure>")
        else:
            out.append('<p class="note">No timeline: none of these claims has a publication date.</p>')
    out.append(f"<table><thead><tr><th>date</th><th>outlet</th><th>as written</th>"
               f"<th>{'per year' if f.rate else 'value'}</th><th>who</th><th>modality</th><th>sentence</th>"
               f"<th>source</th></tr></thead><tbody>")
    out += [_entry_row(e, f) for e in f.entries]
    return "".join(out) + "</tbody></table></article>"


def _entry_row(e: FigureEntry, f: FigureReport) -> str:
    copies = f' <span class="meta">(+{plural(e.copies - 1, "copy")})</span>' if e.copies > 1 else ""
    cells = (h(day(e.published) or "undated"), h(e.outlet or "outlet unknown") + copies, h(as_written(e, f.rate)),
             h(fmt_interval(e.interval, f.unit)), h(e.asserted_by or "?"), symbol(e.modality),
             sentence(e.ref, excerpt(e.ref.sentence, *e.focus)), ref(e.ref))
    tds = "".join(f'<td class="num">{c}</td>' if i == 3 else f"<td>{c}</td>" for i, c in enumerate(cells))
    row_class = ' class="disputed"' if e.disputed else ""
    return f"<tr{row_class}>{tds}</tr>"


# -- statements -------------------------------------------------------------------------------
def _speakers(report: Report) -> str:
    out = ['<section id="speakers"><h2>Statements by speaker</h2>']
    if not report.speakers and not report.unnamed:
        return out[0] + '<p class="note">No attributed statements in this selection.</p></section>'
    out.append(f'<p class="note">Named speakers, most statements first; '
               f'{showing(len(report.speakers), report.speakers_total, "speaker")}.</p>')
    out += [_speaker(s) for s in report.speakers]
    if report.unnamed:
        out.append(f'<article class="speaker"><h3>Unnamed sources</h3><p class="meta">Statements attributed to '
                   f"sources the article does not name: "
                   f"{showing(len(report.unnamed), report.unnamed_total, 'statement')}.</p>"
                   f'<ul class="statements">{"".join(_statement(st, True) for st in report.unnamed)}</ul></article>')
    return "".join(out) + "</section>"


def _speaker(s: Speaker) -> str:
    more = "" if len(s.statements) == s.total else f" (showing {len(s.statements)})"
    docs = plural(s.documents, "document")
    return (f'<article class="speaker"><h3>{h(s.name)}</h3><p class="meta">{plural(s.total, "statement")} in '
            f'{docs}{more}.'
            f'</p><ul class="statements">{"".join(_statement(st) for st in s.statements)}</ul></article>')


def _statement(st: Statement, with_speaker: bool = False) -> str:
    meta = [h(day(st.published) or "undated"), h(st.outlet or "outlet unknown"), symbol(st.modality)]
    if with_speaker:
        meta.insert(0, h(st.speaker or "unnamed"))
    if st.figures:
        meta.append("figures: " + h(", ".join(st.figures)))
    return (f"<li>{sentence(st.ref, shorten(st.ref.sentence))} <span class=\"meta\">{' · '.join(meta)}</span> "
            f"{ref(st.ref)}</li>")
