"""The analyst's brief: top stories, key figures (disputed first) and statements by speaker,
every line traced to the sentence it comes from. ``newsclaims report`` is a thin layer over this.

    brief = build_report(archive, since="2026-03-01", query="artillery", limit=10)
    text = render_markdown(brief)      # or render_html(brief): one self-contained page
"""

from __future__ import annotations

from .build import FigureEntry, FigureReport, Ref, Report, Speaker, Statement, Story, all_refs, build_report

__all__ = [
    "FigureEntry", "FigureReport", "Ref", "Report", "Speaker", "Statement", "Story", "all_refs", "build_report",
    "render_html", "render_markdown",
]


def render_markdown(report: Report) -> str:
    from .markdown import render_markdown as render

    return render(report)


def render_html(report: Report) -> str:
    from .html import render_html as render

    return render(report)
