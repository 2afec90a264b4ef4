"""The command line: a thin Typer wrapper over importable functions.

Errors become one-line messages on stderr and non-zero exit codes here, and only here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from newsgraph.model import RawDocument
from newsgraph.options import Options
from newsgraph.pipeline import Failure, extract_batch
from newsgraph.read import ReadFailure, read_inputs

app = typer.Typer(help="News articles → sourced, dated, coded political events.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@app.callback()
def _root() -> None:
    """News articles → sourced, dated, coded political events."""


class Format(StrEnum):
    json = "json"
    table = "table"


def _valid_date(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (wins over metadata).",
                                                  callback=_valid_date)] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json (JSON Lines) or table.")] = Format.json,
) -> None:
    """Extract actors, quotes, times and PLOVER events from news articles."""
    options = Options(published=published)
    failures = 0
    read_failures: list[ReadFailure] = []

    def docs() -> Iterator[RawDocument]:
        for item in read_inputs(paths):
            if isinstance(item, ReadFailure):
                read_failures.append(item)
                err.print(f"error: {item.message}")
                continue
            yield item

    out = Console(highlight=False) if fmt is Format.table else None
    for result in extract_batch(docs(), options):
        if isinstance(result, Failure):
            failures += 1
            err.print(f"error: {result.message}", markup=False)
            continue
        if out is not None:
            from newsgraph.render import print_record_table

            print_record_table(result, out)
        else:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
    if failures or read_failures:
        raise typer.Exit(code=2)


def _register_optional() -> None:
    """Attach command groups that live beside their code (eval, corpus store)."""
    import importlib

    for module, attr in (("newsgraph.eval.cli", "register"), ("newsgraph.store.cli", "register")):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        getattr(mod, attr)(app)


_register_optional()


def main() -> None:
    app()
