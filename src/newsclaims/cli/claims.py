"""``extract``, ``claims`` and ``export``: what the archive's articles claim, and who claims it."""

from __future__ import annotations

import click

from .browse import _iso, _open, filter_options
from ..export import claim_json
from .common import CONTEXT_SETTINGS, atomic_write, db_option, json_option, print_json, stderr_console, stdout_console

MODALITIES = ("reported_fact", "official_statement", "target", "projection", "estimate", "allegation", "denial")


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--all", "everything", is_flag=True, help="Redo every document, not only new or outdated ones.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: one per core).")
@json_option
def extract(db: str, everything: bool, workers: int | None, as_json: bool) -> None:
    """Find figures, statements, speakers, entities and claims in the archive.

    `ingest` already does this for what it stores (unless --no-extract). Run `extract`
    after upgrading newsclaims: documents extracted by an older extractor version are
    redone; --all redoes everything.
    """
    with _open(db) as archive:
        report = run_extraction(archive, everything, workers, quiet=as_json)
    if as_json:
        print_json(report_dict(report))
        return
    print_extraction(report)
    if report.failed:
        raise click.exceptions.Exit(1)


def run_extraction(archive, everything: bool, workers: int | None, quiet: bool):
    err = stderr_console()
    if quiet or not err.is_terminal:
        return archive.extract(everything=everything, workers=workers)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("[bold]extract[/]"), BarColumn(bar_width=None), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("extract", total=None)
        return archive.extract(everything=everything, workers=workers,
                               progress=lambda source, outcome: bar.update(task, advance=1))


def report_dict(report) -> dict:
    return {
        "documents": report.documents, "quantities": report.quantities, "statements": report.statements,
        "claims": report.claims, "entity_mentions": report.entities, "sentences": report.sentences,
        "sentences_analysed": report.sentences_analysed,
        "failed": [{"doc_id": d, "reason": r} for d, r in report.failed],
    }


def print_extraction(report) -> None:
    out = stdout_console()
    share = f" ({100 * report.sentences_analysed / report.sentences:.0f}% of sentences through the NLP model)" \
        if report.sentences else ""
    out.print(f"extracted {report.documents} documents: {report.quantities} figures, {report.statements} statements, "
              f"{report.entities} entity mentions, {report.claims} claims{share}")
    for doc_id, reason in report.failed:
        out.print(f"[red]failed[/] document {doc_id}: {reason}")


def format_quantity(q: dict) -> str:
    parts = [q["text"]]
    if q["item"]:
        parts.append(f"[{q['item']}]")
    if q["period"]:
        parts.append(f"per {q['period']}")
    return " ".join(parts)


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@filter_options
@click.option("--speaker", help="Asserted by this speaker (substring of the name).")
@click.option("--entity", help="Mentions this named person, organisation or place in the sentence.")
@click.option("--item", help="A figure counts this item (e.g. shell, personnel).")
@click.option("--unit", help="A figure has this unit or currency (count, percent, money, USD, ...).")
@click.option("--modality", type=click.Choice(MODALITIES), help="How firmly the claim is made.")
@click.option("--figures-only", is_flag=True, help="Only claims that hold a figure.")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@json_option
def claims(db: str, outlet, since, until, speaker, entity, item, unit, modality, figures_only: bool,
           limit: int | None, as_json: bool) -> None:
    """List claims: each sentence's figures (value, item, period) and who asserts them.

    Every claim names its document, outlet, date and sentence offsets, so it can be
    traced back to the text (`newsclaims show DOC_ID`).
    """
    from newsclaims.storage.annotations import ClaimFilter

    where = ClaimFilter(speaker=speaker, entity=entity, item=item, unit=unit, modality=modality, outlet=outlet,
                        since=_iso(since), until=_iso(until), with_figures=figures_only, limit=limit)
    with _open(db) as archive:
        rows = archive.claims(where)
    if as_json:
        print_json([claim_json(r) for r in rows])
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=True)
    for name, kw in (("doc", {"justify": "right"}), ("date", {}), ("outlet", {}), ("who", {}), ("modality", {}),
                     ("figures", {"ratio": 1}), ("sentence", {"ratio": 2})):
        table.add_column(name, **kw)
    for r in rows:
        who = r["asserted_by"] or "?"
        if r["asserted_by_kind"] == "outlet":
            who = f"[dim]{escape(who)} (outlet)[/]"
        else:
            who = escape(who)
        table.add_row(str(r["doc_id"]), (r["published"] or "")[:10], escape(r["outlet"] or ""), who,
                      r["modality"].replace("_", " "), escape("; ".join(format_quantity(q) for q in r["quantities"])),
                      escape(r["sentence"]))
    stdout_console().print(table)
    if not rows:
        stdout_console().print("no claims (run `newsclaims extract` if the archive was ingested with --no-extract)")


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="jsonl: one document per line with its text, figures, statements, entities and claims; "
                   "csv: one row per figure.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-", show_default=True,
              help="File to write ('-' for standard output).")
def export(db: str, fmt: str, output: str) -> None:
    """Export the archive (schema: docs/export-schema.md)."""
    from newsclaims.export import write_csv, write_jsonl

    writer = write_jsonl if fmt == "jsonl" else write_csv
    with _open(db) as archive:
        if output == "-":
            import sys

            count = writer(archive, sys.stdout)
        else:
            count = atomic_write(output, lambda fh: writer(archive, fh), "the export")
    if output != "-":
        what = "documents" if fmt == "jsonl" else "figures"
        stderr_console().print(f"wrote {count} {what} to {output}")
