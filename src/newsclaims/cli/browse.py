"""Reading the archive: ``search``, ``docs``, ``show``, ``stats``."""

from __future__ import annotations

import re

import click

from .common import CONTEXT_SETTINGS, db_option, json_option, print_json, stdout_console

_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _iso(value) -> str | None:
    return value.strftime("%Y-%m-%d") if value else None


def _open(db: str):
    import os

    import newsclaims
    from newsclaims.errors import StorageError

    if not os.path.exists(db):
        raise StorageError(f"{db}: no archive here yet (run `newsclaims ingest PATH --db {db}` first)")
    return newsclaims.open(db)


def filter_options(fn):
    fn = click.option("--until", type=_DATE, help="Published on or before this date (YYYY-MM-DD).")(fn)
    fn = click.option("--since", type=_DATE, help="Published on or after this date (YYYY-MM-DD).")(fn)
    fn = click.option("--outlet", help="Only this outlet (case-insensitive).")(fn)
    return fn


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("query")
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@json_option
def search(query: str, db: str, outlet, since, until, limit: int, as_json: bool) -> None:
    """Full-text search over titles and texts, best match first.

    Words must all appear (stemmed: "shells" finds "shell"); put phrases in double
    quotes; OR between words accepts either. Matches are highlighted in the snippet.

    \b
    Examples:
      newsclaims search 'artillery production'
      newsclaims search '"250,000 artillery shells"' --since 2026-01-01
    """
    with _open(db) as archive:
        hits = archive.search(query, outlet=outlet, since=_iso(since), until=_iso(until), limit=limit)
    if as_json:
        print_json([
            {"doc_id": h.doc_id, "title": h.title, "outlet": h.outlet, "published": h.published,
             "score": round(h.score, 4), "snippet": h.snippet}
            for h in hits
        ])
        return
    out = stdout_console()
    if not hits:
        out.print("no matches")
        return
    from rich.markup import escape

    for h in hits:
        head = f"[bold cyan]{h.doc_id:>5}[/]  [bold]{escape(h.title or '(untitled)')}[/]"
        meta = " · ".join(x for x in (h.outlet, (h.published or "")[:10]) if x)
        out.print(head + (f"  [dim]{escape(meta)}[/]" if meta else ""))
        out.print("       " + _highlight(h.snippet))


def _highlight(snippet: str) -> str:
    from rich.markup import escape

    parts = re.split(r"(\[\[.*?\]\])", snippet.replace("\n", " "))
    return "".join(
        f"[reverse yellow]{escape(p[2:-2])}[/]" if p.startswith("[[") and p.endswith("]]") else escape(p)
        for p in parts
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many.")
@json_option
def docs(db: str, outlet, since, until, limit: int | None, as_json: bool) -> None:
    """List stored documents, oldest first, with the number of places each was seen."""
    with _open(db) as archive:
        rows = archive.documents(outlet=outlet, since=_iso(since), until=_iso(until), limit=limit)
    if as_json:
        print_json([
            {"id": d.id, "title": d.title, "outlet": d.outlet, "published": d.published, "url": d.url,
             "source": d.source, "words": d.word_count, "copies": d.copies}
            for d in rows
        ])
        return
    from rich.table import Table

    table = Table(show_lines=False)
    for name, kw in (("id", {"justify": "right"}), ("published", {}), ("outlet", {}), ("title", {"ratio": 1}),
                     ("words", {"justify": "right"}), ("copies", {"justify": "right"})):
        table.add_column(name, **kw)
    for d in rows:
        table.add_row(str(d.id), (d.published or "")[:10], d.outlet or "", d.title or "(untitled)",
                      str(d.word_count), str(d.copies))
    stdout_console().print(table)


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("doc", type=int, metavar="DOC_ID")
@db_option
@click.option("--plain", is_flag=True, help="The text only, without highlighting or the lists below it.")
@json_option
def show(doc: int, db: str, plain: bool, as_json: bool) -> None:
    """Show one document with its figures and statements highlighted.

    Figures are shown in bold yellow, quoted or reported content in cyan, the speaker's
    mention in bold magenta; lists of figures (with item, period and who asserts them)
    and of statements (with the resolved speaker) follow, every one with its offsets.
    """
    from newsclaims.export import document_record

    with _open(db) as archive:
        d = archive.get(doc)
        record = document_record(d, archive.annotations(doc))
    if as_json:
        print_json(record)
        return
    from rich.markup import escape
    from rich.table import Table

    out = stdout_console()
    m = d.meta
    out.print(f"[bold]{escape(m.title or '(untitled)')}[/]")
    for label, value in (("outlet", m.outlet), ("published", m.published), ("author", m.author),
                         ("url", m.url), ("source", d.source)):
        if value:
            out.print(f"[dim]{label:>9}[/] {escape(value)}")
    if len(d.copies) > 1:
        table = Table(title=f"seen in {len(d.copies)} places", title_justify="left")
        for col in ("published", "outlet", "relation", "similarity", "source"):
            table.add_column(col)
        for c in d.copies:
            table.add_row((c.published or "")[:10], c.outlet or "", c.relation, f"{c.similarity:.2f}", c.source)
        out.print(table)
    out.print()
    if plain:
        out.print(escape(d.text))
        return
    out.print(highlighted(d.text, record))
    _print_lists(out, record)


def highlighted(text: str, record: dict):
    """The text with statements, speakers and figures styled (later styles win on overlap)."""
    from rich.text import Text

    rich_text = Text(text)
    for s in record["statements"]:
        for c in s["content"]:
            rich_text.stylize("cyan", c["start"], c["end"])
        for key in ("source", "cue"):
            if s[key]:
                rich_text.stylize("bold magenta" if key == "source" else "underline", s[key]["start"], s[key]["end"])
    for q in record["quantities"]:
        rich_text.stylize("bold yellow", q["start"], q["end"])
        if q["item"]:
            rich_text.stylize("yellow", q["item"]["start"], q["item"]["end"])
    return rich_text


def _print_lists(out, record: dict) -> None:
    from rich.markup import escape
    from rich.table import Table

    claim_of = {c["id"]: c for c in record["claims"]}
    if record["quantities"]:
        table = Table(title="figures", title_justify="left")
        for col in ("offsets", "figure", "value", "unit", "item", "period", "who", "modality"):
            table.add_column(col)
        for q in record["quantities"]:
            claim = claim_of.get(q["claim_id"]) or {}
            value = _number(q["value"]) if q["value"] is not None else f"{_number(q['low'])}–{_number(q['high'])}"
            unit = q["currency"] or q["unit"]
            if q["bound"]:
                value = f"{q['bound'].replace('_', ' ')} {value}"
            period = q["period"] or ""
            if q["annualised"] is not None and q["period"] not in (None, "year"):
                period += f" (= {_number(q['annualised'])}/year)"
            table.add_row(f"{q['start']}-{q['end']}", escape(q["text"]), value, unit,
                          escape(q["item"]["text"]) if q["item"] else "", period,
                          escape(claim.get("asserted_by") or ""), (claim.get("modality") or "").replace("_", " "))
        out.print()
        out.print(table)
    if record["statements"]:
        table = Table(title="statements", title_justify="left")
        for col in ("offsets", "kind", "speaker", "as written", "content"):
            table.add_column(col)
        for s in record["statements"]:
            first = s["content"][0] if s["content"] else None
            table.add_row(f"{first['start']}-{s['content'][-1]['end']}" if first else "", s["kind"],
                          escape(s["speaker"] or "?"), escape(s["source"]["text"]) if s["source"] else "",
                          escape(" … ".join(c["text"] for c in s["content"])))
        out.print()
        out.print(table)


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@json_option
def stats(db: str, as_json: bool) -> None:
    """Counts of documents, copies, outlets and dates in the archive."""
    with _open(db) as archive:
        s = archive.stats()
    if as_json:
        print_json(s)
        return
    out = stdout_console()
    out.print(f"[bold]{s['path']}[/] (schema v{s['schema_version']})")
    out.print(f"documents  {s['documents']}  ({s['words']} words)")
    out.print(f"copies     {s['copies']}  ({s['exact_copies']} exact, {s['near_copies']} near; "
              f"{s['syndicated_documents']} documents seen in more than one place (syndicated))")
    if s["first_published"]:
        out.print(f"published  {s['first_published'][:10]} … {s['last_published'][:10]}")
    out.print(f"extracted  {s['quantities']} figures, {s['statements']} statements, {s['claims']} claims")
    out.print(f"compared   {s['stories']} stories ({s['stories_several_outlets']} covered by several outlets), "
              f"{s['figures']} figures across documents ({s['disputed_figures']} disputed)")
    if s["outlets"]:
        out.print("outlets    " + ", ".join(f"{k} ({v})" for k, v in list(s["outlets"].items())[:15]))
    if s["last_run"] and s["last_run"]["counts"]:
        c = s["last_run"]["counts"]
        out.print(f"last run   {s['last_run']['started_at']}: " + ", ".join(f"{k} {v}" for k, v in c.items()))
