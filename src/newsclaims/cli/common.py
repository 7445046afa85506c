"""Shared CLI plumbing: options every command takes, output helpers, error mapping."""

from __future__ import annotations

import json
import sys
from typing import Any, Callable

import click

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_STORAGE = 4
EXIT_INTERRUPTED = 130


def db_option(fn: Callable) -> Callable:
    return click.option(
        "--db",
        "db",
        envvar="NEWSCLAIMS_DB",
        default="newsclaims.db",
        show_default=True,
        metavar="PATH",
        help="Archive file (env: NEWSCLAIMS_DB).",
    )(fn)


def json_option(fn: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(fn)


def debug_enabled() -> bool:
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if ctx.obj and ctx.obj.get("debug"):
            return True
        ctx = ctx.parent
    return "--debug" in sys.argv


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def stdout_console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def atomic_write(path: str, write: Callable[[Any], Any], what: str = "the file") -> Any:
    """Call ``write(fh)`` on a temporary file beside ``path``, then rename it into place:
    an interrupted run never leaves half a file. Returns what ``write`` returned."""
    import os
    import tempfile

    from ..errors import NewsclaimsError

    folder = os.path.dirname(os.path.abspath(path))
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=folder, delete=False,
                                         suffix=".part") as fh:
            try:
                result = write(fh)
            except BaseException:
                os.unlink(fh.name)
                raise
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(fh.name, 0o666 & ~umask)  # a normal file, not the temporary file's 0600
        os.replace(fh.name, path)
    except OSError as exc:
        raise NewsclaimsError(f"{path}: cannot write {what} ({exc.strerror or exc})") from exc
    return result


def run_guarded(command: click.Command, argv: list[str] | None) -> int:
    """Run the click command; turn errors into one-line messages and exit codes."""
    from ..errors import NewsclaimsError, StorageError

    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        code = command.main(args=argv, prog_name="newsclaims", standalone_mode=False)
        # without standalone mode click returns the code of a ``click.exceptions.Exit``
        return code if isinstance(code, int) else 0
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        click.echo(
            "interrupted: batches already committed are kept; run the same command again to resume",
            err=True,
        )
        return EXIT_INTERRUPTED
    except StorageError as exc:
        if debug:
            raise
        click.echo(f"error: {exc}", err=True)
        return EXIT_STORAGE
    except NewsclaimsError as exc:
        if debug:
            raise
        click.echo(f"error: {exc}", err=True)
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - the last line of defence for a CLI
        if debug:
            raise
        click.echo(
            f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True
        )
        return 1
