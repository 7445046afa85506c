"""The brief as Markdown (CommonMark + GitHub tables): one file a person can read as plain text.

Article text is untrusted: every piece of it goes through ``md()``, which puts it on one line
and backslash-escapes the characters Markdown (or HTML inside Markdown) would interpret.
"""

from __future__ import annotations

import re

from .build import FigureEntry, FigureReport, Ref, Report, Speaker, Statement, Story, values_cited
from .text import day, excerpt, fmt_interval, modality_label, one_line, plural, shorten, unit_label

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!])")


def md(text: str | None) -> str:
    """Untrusted text as inert Markdown on one line."""
    return _SPECIAL.sub(r"\\\1", one_line(text or ""))


def md_url(url: str) -> str:
    # characters that would end or break a link destination
    return url.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")


def ref(r: Ref) -> str:
    """``[doc 12 · chars 345–410](URL)``, or the reference and the command that shows it."""
    if r.url:
        return f"[{r.label}]({md_url(r.url)})"
    return f"{r.label} (`{r.hint}`)"


def quote(text: str) -> str:
    return f"“{md(text)}”"


def render_markdown(report: Report) -> str:
    parts = [_header(report), _stories(report), _figures(report), _speakers(report)]
    return "\n\n".join(p.rstrip() for p in parts if p) + "\n"


def _header(report: Report) -> str:
    a = report.archive
    title = "# News brief" + (f": {md(report.query)}" if report.query else "")
    lines = [title, ""]
    span = f", published {day(a['first_published'])} to {day(a['last_published'])}" if a["first_published"] else ""
    lines.append(f"**Archive:** {a['documents']} documents ({a['copies']} appearances with copies) "
                 f"from {a['outlets']} outlets{span}.  ")
    lines.append(f"**Selection:** {selection(report)}.  ")
    lines.append(f"**Generated:** {report.generated_at}.")
    lines.append("")
    lines.append("Every line ends with its source: the document id and the character offsets of the sentence "
                 "in the document's text, linked to the article when it has a URL (`newsclaims show ID` prints "
                 "the document).")
    lines += [f"\n_{md(n)}_" for n in report.notes]
    return "\n".join(lines)


def selection(report: Report) -> str:
    parts = []
    if report.since:
        parts.append(f"published on or after {report.since}")
    if report.query:
        parts.append(f"matching “{md(report.query)}” ({report.matched_documents} documents)")
    return "; ".join(parts) or "all documents"


def showing(shown: int, total: int, what: str) -> str:
    """ "18 statements", or "18 statements (showing 5)" when the limit cut the list (``what`` singular)."""
    return plural(total, what) + ("" if shown == total else f" (showing {shown})")


# -- stories ----------------------------------------------------------------------------------
def _stories(report: Report) -> str:
    lines = ["## Top stories", ""]
    if not report.stories:
        return "\n".join(lines + ["_No stories in this selection._"])
    lines.append(f"_Most outlets first; {showing(len(report.stories), report.stories_total, 'story')}._")
    lines.append("")
    for n, s in enumerate(report.stories, 1):
        lines.append(f"{n}. {_story_line(s)}")
        for d in s.documents:
            title = md(d.title or "(untitled)")
            link = f"[{title}]({md_url(d.url)})" if d.url else title
            where = f"doc {d.doc_id}" + ("" if d.url else f" (`newsclaims show {d.doc_id}`)")
            copies = f" · {d.copies} copies" if d.copies > 1 else ""
            lines.append(f"   - {day(d.published) or 'undated'} · {link} · {where}{copies}")
    return "\n".join(lines)


def _story_line(s: Story) -> str:
    outlets = ", ".join(md(o) for o in s.outlets) or "outlet unknown"
    dates = day(s.first_published)
    if day(s.last_published) != dates:
        dates += f" to {day(s.last_published)}"
    return (f"**{md(s.title or '(untitled)')}** — {plural(len(s.outlets), 'outlet')} ({outlets}) · "
            f"{plural(len(s.documents), 'document')} · {dates or 'undated'}")


# -- figures ----------------------------------------------------------------------------------
def _figures(report: Report) -> str:
    lines = ["## Key figures", ""]
    if not report.figures:
        return "\n".join(lines + ["_No figure reported in more than one document in this selection._"])
    disputed = sum(f.disputed for f in report.figures)
    lines.append(f"_Disputed figures first ({disputed} disputed); "
                 f"{showing(len(report.figures), report.figures_total, 'figure')}. Rates are compared per year; "
                 f"values in **bold** disagree with another source._")
    for f in report.figures:
        lines += ["", *_figure(f)]
    return "\n".join(lines)


def figure_summary(f: FigureReport) -> str:
    """Plain text: "13 claims in 7 documents from 6 outlets, 2026-02-12 to 2026-06-15"."""
    dates = sorted(day(e.published) for e in f.entries if e.published)
    span = f", {dates[0]} to {dates[-1]}" if dates else ""
    return f"{plural(len(f.entries), 'claim')} in {plural(f.documents, 'document')} from " \
           f"{plural(len(f.outlets), 'outlet')}{span}"


def _figure(f: FigureReport) -> list[str]:
    unit = unit_label(f.unit, f.measure, f.rate)
    head = f"### {md(f.label)}" + (" — disputed" if f.disputed else "")
    lines = [head, "", md(figure_summary(f)) + ".  "]
    cited = "; ".join(
        f"{md(fmt_interval(e.interval, f.unit))} ×{n} (first: {md(e.outlet or 'outlet unknown')}, "
        f"{day(e.published) or 'undated'}, {ref(e.ref)})" for e, n in values_cited(f)
    )
    lines.append(f"Values cited ({md(unit)}): {cited}.")
    for group in f.repetitions:
        first = f.entry(group[0])
        lines.append(f"- Repeated: {md(first.text)} first in {md(first.outlet or 'outlet unknown')} on "
                     f"{day(first.published) or '?'} ({ref(first.ref)}), then {len(group) - 1} more report(s).")
    for a, b in f.changes:
        ea, eb = f.entry(a), f.entry(b)
        lines.append(f"- Changed: {md(ea.text)} ({ref(ea.ref)}) → {md(eb.text)} ({ref(eb.ref)}), "
                     f"same source ({md(ea.asserted_by or '?')}).")
    lines += ["", f"| date | outlet | as written | {'per year' if f.rate else 'value'} | who | modality "
                  f"| sentence | source |", "|---|---|---|---|---|---|---|---|"]
    lines += [_entry_row(e, f) for e in f.entries]
    return lines


def as_written(e: FigureEntry, rate: bool) -> str:
    return e.text + (f" per {e.period}" if rate and e.period and e.period != "year" else "")


def _entry_row(e: FigureEntry, f: FigureReport) -> str:
    value = md(fmt_interval(e.interval, f.unit))
    if e.disputed:
        value = f"**{value}**"
    outlet = md(e.outlet or "outlet unknown") + (f" (+{plural(e.copies - 1, 'copy')})" if e.copies > 1 else "")
    cells = (day(e.published) or "undated", outlet, md(as_written(e, f.rate)), value, md(e.asserted_by or "?"),
             modality_label(e.modality), quote(excerpt(e.ref.sentence, *e.focus)), ref(e.ref))
    return "| " + " | ".join(cells) + " |"


# -- statements -------------------------------------------------------------------------------
def _speakers(report: Report) -> str:
    lines = ["## Statements by speaker", ""]
    if not report.speakers and not report.unnamed:
        return "\n".join(lines + ["_No attributed statements in this selection._"])
    lines.append(f"_Named speakers, most statements first; "
                 f"{showing(len(report.speakers), report.speakers_total, 'speaker')}._")
    for s in report.speakers:
        lines += ["", *_speaker(s)]
    if report.unnamed:
        lines += ["", "### Unnamed sources", "",
                  f"Statements attributed to sources the article does not name: "
                  f"{showing(len(report.unnamed), report.unnamed_total, 'statement')}.", ""]
        lines += [statement_line(st, with_speaker=True) for st in report.unnamed]
    return "\n".join(lines)


def _speaker(s: Speaker) -> list[str]:
    docs = plural(s.documents, "document")
    lines = [f"### {md(s.name)}", "", f"{plural(s.total, 'statement')} in {docs}"
             + ("." if len(s.statements) == s.total else f" (showing {len(s.statements)})."), ""]
    return lines + [statement_line(st) for st in s.statements]


def statement_line(st: Statement, with_speaker: bool = False) -> str:
    meta = [day(st.published) or "undated", md(st.outlet or "outlet unknown"), modality_label(st.modality)]
    if with_speaker:
        meta.insert(0, md(st.speaker or "unnamed"))
    if st.figures:
        meta.append("figures: " + ", ".join(md(x) for x in st.figures))
    return f"- {quote(shorten(st.ref.sentence))} — {' · '.join(meta)} — {ref(st.ref)}"
