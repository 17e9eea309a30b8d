"""`summarizer memo`: one briefing memo across articles (registered by `summarizer.cli`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..errors import InputError
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
    TpmOpt,
    NlpOpt,
    settings_from_flags,
    with_generation_options,
)
from .support import error_line, guard, in_folder, progress, run_manifest, say_resumed, warning_line, write_output

if TYPE_CHECKING:
    from ..config import Settings
    from ..memos.schema import Memo

__all__ = ["memo_command"]


@with_generation_options
def memo_command(
    paths: Annotated[list[str], typer.Argument(help=PATHS_HELP)],
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="OUT.md, OUT.html or OUT.json (format from the extension); a folder gets memo.md (or memo.FORMAT). Default: Markdown to stdout.")
    ] = None,
    format: Annotated[
        Optional[str], typer.Option("--format", "-f", help="md, html or json; default: from the --output extension, else md.")
    ] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the memo.")] = None,
    focus: Annotated[Optional[str], typer.Option("--focus", help="A question or topic the memo should attend to.")] = None,
    bottom_line: Annotated[
        str,
        typer.Option(
            "--bottom-line",
            help="model: the model phrases the bottom line from code's facts, and code checks each sentence; "
            "code: code writes it, with no model call; auto (default): code on the embedded model, whose "
            "phrasing costs one to three minutes on two cores and rarely passes the checks (a warning says how many "
            "of its sentences were dropped), the model on any other backend.",
        ),
    ] = "auto",
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
    """A briefing memo across articles: bottom line, stance matrix, who said what, contradictions, timeline, framing.

    Exits 1 when an article failed (the memo is still written, listing it as failed).

    Examples:

      summarizer memo evals/articles/

      summarizer memo a.txt b.html -o memo.html --focus "Russia's support for Maduro"

      summarizer memo articles/ -o memo.json --replay evals/recordings

      summarizer memo articles/ --format json > memo.json

      summarizer memo articles/ --bottom-line model     # the model phrases the bottom line, also the embedded one
    """
    with guard():
        from ..memos.bottom_line import failed_sentences
        from ..memos.questions import PHRASING_FAILED, PHRASING_UNUSABLE
        from ..memos.render import FORMATS, format_for_path, render_memo

        if bottom_line not in ("auto", "model", "code"):
            raise InputError(f"--bottom-line must be 'auto', 'model' or 'code', not {bottom_line!r}")
        output = in_folder(output, lambda f: f"memo.{f.lower().lstrip('.')}", format)
        fmt = format_for_path(output) if format is None else format.lower().lstrip(".")
        if fmt not in FORMATS.values():
            raise InputError(f"--format must be md, html or json, not {format!r}")
        settings = settings_from_flags(
            backend=backend, model=model, base_url=base_url, model_path=model_path, strategy=strategy, nlp=nlp,
            cache_dir=cache_dir, no_cache=no_cache, record=record, replay=replay,
            concurrency=concurrency, max_chars=max_chars, rpm=rpm, tpm=tpm, config=config,
            **(generation or {}),
        )  # fmt: skip
        from .manifest import manifest_path

        memo = _build(settings, paths, title=title, focus=focus, manifest=manifest_path(output, manifest), phrase=bottom_line)
        write_output(render_memo(memo, fmt), output)
        note = memo.method.bottom_line_note
        if note.startswith((PHRASING_FAILED, PHRASING_UNUSABLE)):
            warning_line(f"bottom line: {note}; code wrote every sentence of it")
        elif failed := failed_sentences(memo):  # also when none passed and code wrote the whole bottom line
            wrote = "every sentence of it" if memo.method.bottom_line == "code" else len(memo.method.bottom_line_filled)
            warning_line(f"bottom line: {failed} of the model's sentences failed the checks and were dropped (listed under Method); code wrote {wrote}")
        for failed in memo.method.failed:
            error_line(f"{failed.article}: {failed.reason}")
        if memo.method.failed:
            raise typer.Exit(1)


def _build(
    settings: "Settings", paths: list[str], *, title: str | None, focus: str | None, manifest: Path | None, phrase: str = "auto"
) -> "Memo":
    from ..articles import load_articles
    from ..extract.pipeline import Summarizer, run_sync
    from ..memos.build import distinct_articles, make_memo

    articles, load_failures = load_articles(paths, max_chars=settings.max_chars)
    if not articles:  # every input failed: a failed run, exit 1 as `brief` exits (2 is for a setting to fix)
        reasons = "; ".join(str(f) for f in load_failures) or "no input"
        error_line(f"no article could be read ({reasons})")
        raise typer.Exit(1)
    outcomes: list = []

    def done(outcome: object) -> None:
        outcomes.append(outcome)
        record(outcome)
        advance(outcome)

    with Summarizer(settings) as summarizer, progress(len(distinct_articles(articles)[0])) as advance, run_manifest(manifest, load_failures) as record:
        phrased = {"model": True, "code": False}.get(phrase)  # auto: None, make_memo's default
        memo = run_sync(
            lambda: make_memo(
                summarizer, articles, title=title, focus=focus, load_failures=load_failures, on_done=done, phrase_bottom_line=phrased
            )
        )
    say_resumed(outcomes)
    return memo
