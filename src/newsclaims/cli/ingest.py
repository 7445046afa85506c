"""``newsclaims ingest``: read inputs into the archive, with a progress bar and a summary."""

from __future__ import annotations

import click

from .common import CONTEXT_SETTINGS, EXIT_INPUT_FAILED, db_option, json_option, print_json, stderr_console


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("inputs", nargs=-1, metavar="PATH|URL...")
@click.option("--samples", is_flag=True, help="Also ingest the sample corpus bundled with newsclaims.")
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: one per core).")
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Documents per database transaction (at most 25 once every input is read).")
@click.option("--max-size", type=click.FloatRange(min=0.001), default=20.0, show_default=True, metavar="MB",
              help="Refuse files, archive records and downloads above this size.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, metavar="SECONDS",
              help="Per-request timeout for URLs.")
@click.option("--allow-private", is_flag=True,
              help="Allow URLs on loopback and private network addresses (refused by default).")
@click.option("--threshold", type=click.FloatRange(0.5, 1.0), default=0.9, show_default=True,
              help="Word 5-gram Jaccard similarity at which two texts are near copies.")
@click.option("--fast", is_flag=True,
              help="Faster main-text extraction for large crawls (no second-opinion extractor; slightly lower quality).")
@click.option("--no-extract", is_flag=True, help="Only store the articles; run `newsclaims extract` later.")
@click.option("--no-stories", is_flag=True,
              help="Do not group the new articles into stories now; `newsclaims stories` does it when next run.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; only the summary.")
@json_option
def ingest(inputs: tuple[str, ...], samples: bool, db: str, workers: int | None, batch_size: int, max_size: float,
           timeout: float, allow_private: bool, threshold: float, fast: bool, no_extract: bool, no_stories: bool,
           quiet: bool,
           as_json: bool) -> None:
    """Ingest news into the archive: files, folders, feeds, WARC files, JSON Lines or URLs.

    Folders are read recursively; formats are recognised by content (HTML, also gzipped;
    plain text; Markdown; JSON Lines with an "html" or "text" field; RSS/Atom; WARC).
    Exact and near copies of a stored story are recorded as copies of it. Running the
    same command again adds nothing new. The network is used only for http(s) URLs.

    New documents join the stories they report as each batch is stored (--no-stories to
    skip). Figures, statements and claims are then extracted from the new documents
    (--no-extract to skip; `newsclaims extract` runs it later).

    Exits with 1 if any input failed (the others are still ingested).
    """
    import newsclaims
    from newsclaims.samples import sample_path
    from newsclaims.options import MB, CleanOptions, DedupOptions, IngestOptions, ReadOptions

    options = IngestOptions(
        read=ReadOptions(max_bytes=int(max_size * MB), timeout=timeout, allow_private=allow_private),
        clean=CleanOptions(fast=fast),
        dedup=DedupOptions(threshold=threshold),
        batch_size=batch_size,
        workers=workers,
        extract=False,  # run below, with its own progress bar
        link_stories=not no_stories,
    )
    inputs = tuple(inputs) + ((str(sample_path()),) if samples else ())
    if not inputs:
        raise click.UsageError("nothing to ingest: give a PATH or URL, or --samples")
    err = stderr_console()
    with newsclaims.open(db) as archive:
        if quiet or as_json or not err.is_terminal:
            report = archive.ingest(inputs, options)
        else:
            report = _with_progress(archive, inputs, options, err)
        extraction = None
        if not no_extract:
            from .claims import run_extraction

            extraction = run_extraction(archive, False, workers, quiet=quiet or as_json)
        stats = archive.stats()

    if as_json:
        data = _report_dict(report, db, stats)
        if extraction is not None:
            from .claims import report_dict

            data["extraction"] = report_dict(extraction)
        print_json(data)
    else:
        _print_summary(report, db, stats)
        if extraction is not None:
            from .claims import print_extraction

            print_extraction(extraction)
            print_comparison(stats)
    if report.failed:
        raise click.exceptions.Exit(EXIT_INPUT_FAILED)


def _with_progress(archive, inputs, options, err):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("[bold]ingest[/]"),
        BarColumn(bar_width=None, pulse_style="cyan"),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("[dim]{task.fields[current]}", justify="left"),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=None, rate="", current="")
        started = [0.0]

        def note(source: str, outcome: str) -> None:
            import time

            now = time.monotonic()
            if not started[0]:
                started[0] = now
            done = bar.tasks[0].completed + 1
            rate = f"{done / max(now - started[0], 1e-6):.0f}/s" if done > 5 else ""
            short = source if len(source) < 60 else "…" + source[-59:]
            bar.update(task, advance=1, rate=rate, current=short)

        return archive.ingest(inputs, options, progress=note)


def _report_dict(report, db: str, stats: dict) -> dict:
    return {
        "db": db,
        "run_id": report.run_id,
        "ingested": report.ingested,
        "duplicates": report.duplicates,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
        "failed": report.failed,
        "merged": report.merged,
        "problems": [{"source": p.source, "kind": p.kind, "reason": p.reason} for p in report.problems],
        "archive": {k: stats[k] for k in ("documents", "copies", "exact_copies", "near_copies", "syndicated_documents")},
    }


def _print_summary(report, db: str, stats: dict) -> None:
    from rich.markup import escape
    from rich.table import Table

    from .common import stdout_console

    out = stdout_console()
    table = Table(title=f"ingest into {escape(db)}", title_justify="left", show_header=False, box=None,
                  pad_edge=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("ingested (new documents)", str(report.ingested))
    table.add_row("duplicates (exact or near copies)", str(report.duplicates))
    table.add_row("already in the archive", str(report.unchanged))
    table.add_row("skipped", str(report.skipped))
    table.add_row("failed", f"[red]{report.failed}[/]" if report.failed else "0")
    if report.merged:
        table.add_row("stories merged by a bridging copy", str(report.merged))
    out.print(table)
    if report.problems:
        out.print()
        for p in report.problems:
            style = "red" if p.kind == "failed" else "yellow"
            out.print(f"[{style}]{p.kind}[/] {escape(p.source)}: {escape(p.reason)}")
    out.print()
    out.print(
        f"archive: {stats['documents']} documents, {stats['copies']} copies "
        f"({stats['exact_copies']} exact, {stats['near_copies']} near), "
        f"{stats['syndicated_documents']} documents seen in more than one place (syndicated)"
    )


def print_comparison(stats: dict) -> None:
    """Where to look next: stories covered by several outlets, figures the sources dispute."""
    from .common import stdout_console

    out = stdout_console()
    out.print(
        f"stories: {stats['stories']} ({stats['stories_several_outlets']} covered by several outlets: "
        f"newsclaims stories); figures reported in several documents: {stats['figures']} "
        f"([bold red]{stats['disputed_figures']} disputed[/]: newsclaims figures --disputed)"
    )
