"""The `summarizer` command line: thin commands over the library, one module per command."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .. import __version__

__all__ = ["app", "main"]

app = typer.Typer(
    name="summarizer",
    help=(
        "Structured, verifiable briefs and briefing memos from news articles.\n\n"
        "Examples:\n\n"
        "  summarizer brief article.txt\n\n"
        "  summarizer brief articles/ --format json -o briefs.jsonl\n\n"
        "  summarizer brief a.html --base-url http://127.0.0.1:8000/v1 --model qwen2.5-7b\n\n"
        "  summarizer memo articles/ -o memo.html\n\n"
        "  summarizer eval --set evals --recorded\n\n"
        "  summarizer batch prepare articles/ -o requests.jsonl --model gpt-4o-mini"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarizer {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """Structured, verifiable briefs and briefing memos from news articles."""


def _register_commands() -> None:
    from .batch import batch_app
    from .brief import brief_command
    from .cache import cache_app
    from .eval import eval_app
    from .memo import memo_command
    from .schemas import schemas_command

    app.command("brief")(brief_command)
    app.command("memo")(memo_command)
    app.add_typer(eval_app, name="eval")
    app.add_typer(cache_app, name="cache")
    app.add_typer(batch_app, name="batch")
    app.command("schemas", hidden=True)(schemas_command)


_register_commands()


def main() -> None:
    app()
