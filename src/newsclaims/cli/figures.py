"""``figures`` and ``figure``: the same measure across sources, with disagreements flagged."""

from __future__ import annotations

import click

from .browse import _open
from .common import CONTEXT_SETTINGS, db_option, json_option, print_json, stdout_console


def _num(v) -> str:
    if v is None:
        return "?"
    if v == float("inf"):
        return "∞"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--disputed", is_flag=True, help="Only figures whose sources disagree.")
@click.option("--measure", help="Only figures of this measure (substring: shell, inflation, budget...).")
@click.option("--min-documents", type=click.IntRange(min=1), default=2, show_default=True,
              help="Only figures reported in at least this many documents.")
@json_option
def figures(db: str, disputed: bool, measure: str | None, min_documents: int, as_json: bool) -> None:
    """List figures: the same measure (item or indicator, unit, per-year rate or level)
    reported across documents. Disputed figures come first.

    `newsclaims figure ID` shows one figure's timeline, every value traced to its sentence.
    """
    with _open(db) as archive:
        rows = archive.figures(disputed=disputed, measure=measure, min_documents=min_documents)
    if as_json:
        print_json(rows)
        return
    out = stdout_console()
    if not rows:
        out.print("no figures" + (" with disagreements" if disputed else ""))
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table()
    for col, kw in (("id", {"justify": "right"}), ("figure", {"ratio": 1}), ("claims", {"justify": "right"}),
                    ("documents", {"justify": "right"}), ("from", {}), ("to", {}), ("", {})):
        table.add_column(col, **kw)
    for f in rows:
        table.add_row(str(f["id"]), escape(f["label"]), str(f["claims"]), str(f["documents"]),
                      (f["first_published"] or "")[:10], (f["last_published"] or "")[:10],
                      "[bold red]disputed[/]" if f["disputed"] else "")
    out.print(table)


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("figure_id", type=int, metavar="FIGURE_ID")
@db_option
@json_option
def figure(figure_id: int, db: str, as_json: bool) -> None:
    """One figure's timeline: each value (annualised when a rate), who claimed it, where,
    when and how firmly, with the sentence it comes from; disagreements, repetitions of
    the same value (first appearance first) and changes by the same source."""
    with _open(db) as archive:
        f = archive.figure(figure_id)
    if as_json:
        print_json(f)
        return
    from rich.markup import escape
    from rich.table import Table

    out = stdout_console()
    flag = " [bold red]disputed[/]" if f["disputed"] else ""
    out.print(f"[bold]{escape(f['label'])}[/]{flag}  ({f['claims']} claims in {f['documents']} documents)")
    table = Table(show_lines=True)
    for col in ("date", "outlet", "value", "per year" if f["rate"] else "level", "who", "modality", "doc", "sentence"):
        table.add_column(col)
    for e in f["entries"]:
        lo, hi = (e["interval"] or [None, None])
        span = _num(lo) if lo == hi else f"{_num(lo)}–{_num(hi)}"
        style = "red" if e["disputed"] else ""
        copies = f" (+{e['copies'] - 1} copies)" if e["copies"] > 1 else ""
        table.add_row((e["published"] or "")[:10], escape((e["outlet"] or "") + copies), escape(e["text"]),
                      f"[{style}]{span}[/]" if style else span, escape(e["asserted_by"] or "?"),
                      (e["modality"] or "").replace("_", " "), f"{e['doc_id']}:{e['sentence']['start']}",
                      escape(e["sentence"]["text"]))
    out.print(table)
    by_id = {e["quantity_id"]: e for e in f["entries"]}

    def who(qid: int) -> str:
        e = by_id[qid]
        return f"{e['text']} ({e['outlet'] or '?'}, {(e['published'] or '')[:10]})"

    for a, b in f["disagreements"]:
        out.print(f"[red]disagree[/] {escape(who(a))}  vs  {escape(who(b))}")
    for group in f["repetitions"]:
        first = by_id[group[0]]
        out.print(f"[cyan]repeated[/] {escape(first['text'])}: first in {escape(first['outlet'] or '?')} "
                  f"on {(first['published'] or '?')[:10]}, then {len(group) - 1} more report(s)"
                  + (f", {first['copies'] - 1} syndicated copies" if first["copies"] > 1 else ""))
    for a, b in f["changes"]:
        out.print(f"[yellow]changed[/] {escape(who(a))} -> {escape(who(b))}")


@click.command(context_settings=CONTEXT_SETTINGS)
@db_option
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Stories still reported on or after this date.")
@click.option("--query", help="Only stories with a document matching this full-text search.")
@click.option("--min-documents", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None)
@json_option
def stories(db: str, since, query: str | None, min_documents: int, limit: int | None, as_json: bool) -> None:
    """List stories (documents reporting the same event), most outlets first, with every
    outlet that carried them (syndicated copies included).

    Documents ingested with --no-stories are first put into their stories."""
    with _open(db) as archive:
        archive.link_stories()
        rows = archive.stories(since=since.strftime("%Y-%m-%d") if since else None, query=query,
                               min_documents=min_documents)
    rows = rows[:limit] if limit else rows
    if as_json:
        print_json(rows)
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=True)
    for col, kw in (("story", {"justify": "right"}), ("first", {}), ("last", {}), ("outlets", {"ratio": 1}),
                    ("docs", {"justify": "right"}), ("title", {"ratio": 2})):
        table.add_column(col, **kw)
    for s in rows:
        table.add_row(str(s["id"]), (s["first_published"] or "")[:10], (s["last_published"] or "")[:10],
                      escape(", ".join(s["outlets"])), ", ".join(str(d["id"]) for d in s["documents"]),
                      escape(s["title"] or ""))
    stdout_console().print(table)


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("name")
@db_option
@json_option
def entity(name: str, db: str, as_json: bool) -> None:
    """A person or organisation over time: what they said, the figures they put forward,
    and the outlets quoting them. NAME matches part of a name ("Vendrik")."""
    with _open(db) as archive:
        p = archive.entity(name)
    if as_json:
        print_json(p)
        return
    from rich.markup import escape
    from rich.table import Table

    out = stdout_console()
    title = ", ".join(p["speaker_names"] or [e["name"] for e in p["entities"][:3]])
    out.print(f"[bold]{escape(title)}[/]  {p['first_seen'] or ''} … {p['last_seen'] or ''}")
    if p["outlets"]:
        out.print("quoted by: " + escape(", ".join(f"{k} ({v})" for k, v in p["outlets"].items())))
    if p["figures"]:
        table = Table(title="figures put forward", title_justify="left")
        for col in ("date", "outlet", "figures", "modality", "doc"):
            table.add_column(col)
        for f in p["figures"]:
            table.add_row((f["published"] or "")[:10], escape(f["outlet"] or ""),
                          escape("; ".join(q["text"] + (f" [{q['item']}]" if q["item"] else "")
                                           for q in f["quantities"])),
                          f["modality"].replace("_", " "), f"{f['doc_id']}:{f['sentence']['start']}")
        out.print(table)
    if p["statements"]:
        table = Table(title="statements", title_justify="left")
        for col in ("date", "outlet", "kind", "content", "doc"):
            table.add_column(col)
        for s in p["statements"]:
            table.add_row((s["published"] or "")[:10], escape(s["outlet"] or ""), s["kind"],
                          escape(" … ".join(c["text"] for c in s["content"])), f"{s['doc_id']}:{s['sentence_start']}")
        out.print(table)
