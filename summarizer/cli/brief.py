"""`summarizer brief`: one brief per article (registered by `summarizer.cli`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Callable, Optional, Sequence

import typer

from ..articles import Article, LoadFailure, load_articles
from ..config import Settings
from ..errors import ConfigError
from ..extract.pipeline import Outcome, Summarizer
from ..render import brief_markdown
from .manifest import manifest_path
from .options import (
    PATHS_HELP,
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
    NlpOpt,
    TpmOpt,
    settings_from_flags,
    with_generation_options,
)
from .support import error_line, guard, in_folder, progress, run_manifest, say_resumed, write_output

__all__ = ["brief_articles", "brief_command", "report_failures"]


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


def _format_for_path(output: Path | None) -> str:
    """'json' for an output file named .json (one JSON array of briefs), .jsonl or .ndjson (JSON Lines: one brief
    per line), else 'md': the
    name a user gives the file says what they expect in it (a new user's `-o briefs.json` had held Markdown)."""
    return "json" if output is not None and output.suffix.lower() in (".json", ".jsonl", ".ndjson") else "md"


@with_generation_options
def brief_command(
    paths: Annotated[list[str], typer.Argument(help=PATHS_HELP)],
    format: Annotated[
        Optional[str], typer.Option("--format", "-f", help="json or md; default: json for an --output ending .json (one JSON array), .jsonl or .ndjson (one object per line, as on stdout), else md.")
    ] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout; a folder gets briefs.jsonl or briefs.md.")] = None,
    focus: Annotated[Optional[str], typer.Option("--focus", help="A question or topic to pay attention to.")] = None,
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    model_path: ModelPathOpt = None,
    strategy: StrategyOpt = None,
    nlp: NlpOpt = None,
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
    generation: dict[str, Any] | None = None,
) -> None:
    """Brief each article: main issue, actors, stances, sources with verified quotes, claims.

    Examples:

      summarizer brief article.txt

      summarizer brief seeds/ --format json -o briefs.jsonl

      cat article.txt | summarizer brief - --base-url http://127.0.0.1:8080/v1
    """
    with guard():
        output = in_folder(output, lambda f: "briefs.jsonl" if f.lower() == "json" else f"briefs.{f.lower()}", format)
        format = format.lower() if format is not None else _format_for_path(output)
        if format not in ("json", "md"):
            raise ConfigError(f"--format must be json or md, not '{format}'")
        settings = settings_from_flags(
            backend=backend, model=model, base_url=base_url, model_path=model_path, strategy=strategy, nlp=nlp,
            cache_dir=cache_dir, no_cache=no_cache, record=record, replay=replay,
            concurrency=concurrency, max_chars=max_chars, rpm=rpm, tpm=tpm, config=config,
            **(generation or {}),
        )
        articles, load_failures = load_articles(paths, max_chars=settings.max_chars)
        manifest = manifest_path(output, manifest)
        outcomes = brief_articles(settings, articles, focus=focus, manifest=manifest, load_failures=load_failures)
        briefs = [o.brief for o in outcomes if o.brief is not None]
        if format == "json" and output is not None and output.suffix.lower() == ".json":
            text = "[\n" + ",\n".join(b.model_dump_json() for b in briefs) + "\n]\n"  # one JSON document, as a .json
            # file is expected to hold (two new users' json.load had failed on JSON Lines)
        elif format == "json":
            text = "".join(b.model_dump_json() + "\n" for b in briefs)
        else:
            text = "\n\n".join(brief_markdown(b) for b in briefs)
        if briefs:
            write_output(text, output)  # no file at all when every article failed
        if report_failures(load_failures, outcomes):
            raise typer.Exit(1)
