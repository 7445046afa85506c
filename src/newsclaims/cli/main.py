"""The ``newsclaims`` command: a thin layer over the Python API.

Exit codes: 0 success; 1 at least one input failed (the rest were processed); 2 usage error;
3 the NLP model is missing; 4 the archive could not be opened or written; 130 interrupted.
"""

from __future__ import annotations

import sys

import click

from .common import CONTEXT_SETTINGS, run_guarded


class LazyGroup(click.Group):
    """Imports a command's module only when that command runs, so --help stays instant."""

    commands_map = {
        "ingest": ("newsclaims.cli.ingest", "ingest"),
        "search": ("newsclaims.cli.browse", "search"),
        "docs": ("newsclaims.cli.browse", "docs"),
        "show": ("newsclaims.cli.browse", "show"),
        "stats": ("newsclaims.cli.browse", "stats"),
        "extract": ("newsclaims.cli.claims", "extract"),
        "claims": ("newsclaims.cli.claims", "claims"),
        "export": ("newsclaims.cli.claims", "export"),
        "figures": ("newsclaims.cli.figures", "figures"),
        "figure": ("newsclaims.cli.figures", "figure"),
        "stories": ("newsclaims.cli.figures", "stories"),
        "entity": ("newsclaims.cli.figures", "entity"),
        "report": ("newsclaims.cli.report", "report"),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands_map)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = self.commands_map.get(name)
        if target is None:
            return None
        import importlib

        module = importlib.import_module(target[0])
        return getattr(module, target[1])


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="newsclaims")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """newsclaims: turn news coverage into a sourced record of who claimed what.

    Ingest saved pages, text, feeds, web archives (WARC) or URLs into a local,
    de-duplicated, searchable archive (SQLite; --db PATH or $NEWSCLAIMS_DB, default
    ./newsclaims.db). Every figure and every quoted or reported statement is extracted
    with its speaker and exact character offsets; list them with `claims`, read them
    highlighted in their article with `show`, export them with `export`.

    \b
    Examples:
      newsclaims ingest ~/saved-pages feeds/defence.xml
      newsclaims search '"artillery shells" ministry'
      newsclaims docs --outlet "Northwire" --since 2026-01-01
      newsclaims claims --item shell --figures-only
      newsclaims stories
      newsclaims figures --disputed
      newsclaims report --format html -o brief.html
      newsclaims show 12
      newsclaims export --format jsonl -o claims.jsonl
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def main(argv: list[str] | None = None) -> None:
    sys.exit(run_guarded(cli, argv))


if __name__ == "__main__":  # pragma: no cover
    main()
