"""The `summarizer` command line: thin commands over the library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Callable, Optional, Sequence

import typer

from . import __version__
from .articles import Article, LoadFailure, load_articles
from .cli_options import (
    BackendOpt,
    BaseUrlOpt,
    CacheDirOpt,
    ConcurrencyOpt,
    ConfigOpt,
    ManifestOpt,
    MaxCharsOpt,
    ModelOpt,
    ModelPathOpt,
    NoCacheOpt,
    RecordOpt,
    ReplayOpt,
    RpmOpt,
    StrategyOpt,
    TpmOpt,
    settings_from_flags,
)
from .cli_support import error_line, guard, progress, run_manifest, say_resumed, stderr, write_output
from .config import Settings
from .errors import ConfigError
from .manifest import manifest_path
from .pipeline import Outcome, Summarizer
from .render import brief_markdown

__all__ = ["app", "main", "brief_articles", "guard", "stderr"]

app = typer.Typer(
    name="summarizer",
    help=(
        "Structured, verifiable briefs and briefing memos from news articles.\n\n"
        "Examples:\n\n"
        "  summarizer brief article.txt\n\n"
        "  summarizer brief articles/ --format json -o briefs.jsonl\n\n"
        "  summarizer brief a.html --base-url http://127.0.0.1:8000/v1 --model qwen2.5-7b\n\n"
        "  summarizer memo articles/ -o memo.html\n\n"
        "  summarizer eval --articles evals/articles --gold evals/gold --replay evals/recordings"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
cache_app = typer.Typer(help="Inspect or clear the model-call cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


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


def report_failures(load_failures: list[LoadFailure], outcomes: list[Outcome]) -> int:
    """One line per failure on stderr; returns how many there were."""
    for failure in load_failures:
        error_line(f"{failure.source}: {failure.reason}")
    failed = [o for o in outcomes if not o.ok]
    for outcome in failed:
        error_line(f"{outcome.article.id}: {outcome.error}")
    return len(load_failures) + len(failed)


def brief_articles(
    settings: Settings,
    articles: list[Article],
    *,
    focus: str | None = None,
    manifest: Path | None = None,
    load_failures: Sequence[LoadFailure] = (),
) -> list[Outcome]:
    """Brief all articles (progress bar on stderr for more than one), writing the run manifest."""
    with run_manifest(manifest, load_failures) as record:
        outcomes = _brief_all(settings, articles, focus, record) if articles else []
    say_resumed(outcomes)
    return outcomes


def _brief_all(
    settings: Settings, articles: list[Article], focus: str | None, record: Callable[[Outcome], None]
) -> list[Outcome]:
    with Summarizer(settings) as summarizer, progress(len(articles)) as advance:

        def done(outcome: Outcome) -> None:
            record(outcome)
            advance(outcome)

        return summarizer.brief_many(articles, focus=focus, on_done=done)


@app.command()
def brief(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt .html .json .jsonl), folders, or - for stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="json (one object per line) or md.")] = "md",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    focus: Annotated[Optional[str], typer.Option("--focus", help="A question or topic to pay attention to.")] = None,
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    model_path: ModelPathOpt = None,
    strategy: StrategyOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    record: RecordOpt = None,
    replay: ReplayOpt = None,
    concurrency: ConcurrencyOpt = None,
    max_chars: MaxCharsOpt = None,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    manifest: ManifestOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Brief each article: main issue, actors, stances, sources with verified quotes, claims.

    Examples:

      summarizer brief article.txt

      summarizer brief seeds/ --format json -o briefs.jsonl

      cat article.txt | summarizer brief - --base-url http://127.0.0.1:8080/v1
    """
    with guard():
        if format not in ("json", "md"):
            raise ConfigError(f"--format must be json or md, not '{format}'")
        settings = settings_from_flags(
            backend=backend, model=model, base_url=base_url, model_path=model_path, strategy=strategy,
            cache_dir=cache_dir, no_cache=no_cache, record=record, replay=replay,
            concurrency=concurrency, max_chars=max_chars, rpm=rpm, tpm=tpm, config=config,
        )
        articles, load_failures = load_articles(paths, max_chars=settings.max_chars)
        manifest = manifest_path(output, manifest)
        outcomes = brief_articles(settings, articles, focus=focus, manifest=manifest, load_failures=load_failures)
        briefs = [o.brief for o in outcomes if o.brief is not None]
        if format == "json":
            text = "".join(b.model_dump_json() + "\n" for b in briefs)
        else:
            text = "\n\n".join(brief_markdown(b) for b in briefs)
        if briefs or output is not None:
            write_output(text, output)
        if report_failures(load_failures, outcomes):
            raise typer.Exit(1)


@cache_app.command("stats")
def cache_stats(cache_dir: CacheDirOpt = None) -> None:
    """Entries, size on disk, and hits and misses of the last run."""
    from .cache import CallCache

    with guard(), CallCache(cache_dir) as cache:
        s = cache.stats()
        typer.echo(f"directory: {s.directory}")
        typer.echo(f"entries:   {s.entries}")
        typer.echo(f"size:      {s.size_bytes / 1024:.1f} KiB")
        typer.echo(f"last run:  {s.last_hits} hits, {s.last_misses} misses")


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDirOpt = None) -> None:
    """Delete every cached model call."""
    from .cache import CallCache

    with guard(), CallCache(cache_dir) as cache:
        removed = cache.clear()
        typer.echo(f"removed {removed} entries from {cache.directory}")


@app.command(hidden=True)
def schemas(check: Annotated[bool, typer.Option("--check", help="Only report drift.")] = False) -> None:
    """Regenerate schemas/*.json from the Pydantic models (developer command)."""
    from .schema_files import stale_schemas, write_schemas

    if check:
        stale = stale_schemas()
        if stale:
            stderr.print(f"stale: {', '.join(stale)} (run: summarizer schemas)")
            raise typer.Exit(1)
        typer.echo("schemas are up to date")
        return
    for path in write_schemas():
        typer.echo(f"wrote {path}")


def _register_commands() -> None:
    from .cli_eval import eval_app
    from .cli_memo import memo_command

    app.command("memo")(memo_command)
    app.add_typer(eval_app, name="eval")


_register_commands()


def main() -> None:
    app()
