"""``report``: the analyst's brief, as Markdown or as one self-contained HTML page."""

from __future__ import annotations

import click

from .browse import _DATE, _iso, _open
from .common import CONTEXT_SETTINGS, atomic_write, db_option, stderr_console


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--since", type=_DATE, help="Only documents published on or after this date (YYYY-MM-DD).")
@click.option("--query", metavar="TEXT",
              help="Only documents matching this full-text search (same syntax as `newsclaims search`).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True,
              help="md: Markdown; html: one self-contained page with a timeline chart per disputed figure.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-", show_default=True,
              help="File to write ('-' for standard output).")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="Stories, figures, speakers (and statements per speaker) to show in each section.")
@click.option("--min-documents", type=click.IntRange(min=1), default=2, show_default=True,
              help="Key figures must be reported in at least this many documents.")
def report(db: str, since, query: str | None, fmt: str, output: str, limit: int, min_documents: int) -> None:
    """Write an analyst's brief: top stories with their outlets, key figures as tables
    with their sources (disputed figures first), and statements by speaker.

    Every line names the document and the character offsets of the sentence it comes
    from, linked to the article's URL when it has one (`newsclaims show ID` prints it).
    The HTML brief is a single file with no scripts or external resources, and draws a
    timeline of values by source for each disputed figure.

    \b
    Examples:
      newsclaims report > brief.md
      newsclaims report --format html -o brief.html --since 2026-03-01
      newsclaims report --query '"artillery shells"' --limit 5
    """
    from newsclaims.report import build_report, render_html, render_markdown

    with _open(db) as archive:
        brief = build_report(archive, since=_iso(since), query=query, limit=limit, min_documents=min_documents)
    text = render_html(brief) if fmt == "html" else render_markdown(brief)
    if output == "-":
        click.echo(text, nl=False)
        return
    _write(output, text)
    from rich.markup import escape

    stderr_console().print(
        f"wrote {escape(output)}: {len(brief.stories)} stories, {len(brief.figures)} figures "
        f"({sum(f.disputed for f in brief.figures)} disputed), {len(brief.speakers)} speakers"
    )


def _write(path: str, text: str) -> None:
    atomic_write(path, lambda fh: fh.write(text), "the report")
