"""`summarizer eval`: score the pipeline against gold briefs, check gold files, compare runs.

    summarizer eval --articles DIR --gold DIR [backend flags | --replay DIR] [--json OUT] [--report OUT.html]
    summarizer eval check-gold DIR --articles DIR
    summarizer eval compare A.json B.json [--tolerance 0.02]

Mounted by `summarizer.cli` with `app.add_typer(eval_app, name="eval")`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..evaluation.compare import DEFAULT_TOLERANCE, compare_metrics, load_report, regressions
from ..evaluation.gold import check_gold_dir, load_gold_set
from ..evaluation.html import render_html
from ..evaluation.metrics import METRIC_KEYS
from ..evaluation.report import EvalResult, build_report, evaluate
from ..extract.pipeline import Outcome, Summarizer
from .manifest import manifest_path
from .options import (
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
    with_generation_options,
)
from .support import error_line, guard, run_manifest, say_resumed, stderr, write_output

__all__ = ["eval_app"]

stdout = Console(highlight=False, soft_wrap=True)

eval_app = typer.Typer(
    name="eval",
    help=(
        "Score briefs against hand-labelled gold briefs (format: GOLD_FORMAT.md).\n\n"
        "Examples:\n\n"
        "  summarizer eval --articles evals/articles --gold evals/gold --replay evals/recordings\n\n"
        "  summarizer eval --articles my/articles --gold my/gold --json run.json --report run.html\n\n"
        "  summarizer eval check-gold evals/gold --articles evals/articles\n\n"
        "  summarizer eval compare evals/baseline.json run.json"
    ),
    add_completion=False,
    pretty_exceptions_enable=False,
)

_SHORT = {
    "actors_f1": "act",
    "sources_f1": "src",
    "affiliation_accuracy": "aff",
    "quote_grounding": "qgr",
    "quote_attribution": "qat",
    "stance_recall": "str",
    "stance_accuracy": "sta",
    "claim_recall": "clm",
    "schema_validity": "ok",
}


@eval_app.callback(invoke_without_command=True)
@with_generation_options
def run_eval(
    ctx: typer.Context,
    articles: Annotated[Optional[Path], typer.Option("--articles", help="Folder of the articles the gold files label.")] = None,
    gold: Annotated[Optional[Path], typer.Option("--gold", help="Folder of gold briefs (*.yaml).")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the JSON report here.")] = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write the HTML report here.")] = None,
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    model_path: ModelPathOpt = None,
    strategy: StrategyOpt = None,
    replay: ReplayOpt = None,
    record: RecordOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    concurrency: ConcurrencyOpt = None,
    max_chars: MaxCharsOpt = None,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    manifest: ManifestOpt = None,
    config: ConfigOpt = None,
    generation: dict[str, Any] | None = None,
) -> None:
    """Brief every gold-labelled article with the pipeline, score it, print the table; exit 1 if an article failed."""
    if ctx.invoked_subcommand:
        return
    if articles is None or gold is None:
        error_line("summarizer eval needs --articles DIR and --gold DIR (see --help)")
        raise typer.Exit(2)
    with guard():
        settings = settings_from_flags(
            backend=backend, model=model, base_url=base_url, model_path=model_path, strategy=strategy,
            replay=replay, record=record, cache_dir=cache_dir, no_cache=no_cache, concurrency=concurrency,
            max_chars=max_chars, rpm=rpm, tpm=tpm, config=config,
            **(generation or {}),
        )
        items = load_gold_set(gold, articles, max_chars=settings.max_chars)
        with Summarizer(settings) as summarizer, run_manifest(manifest_path(json_out, manifest)) as record:

            def done(outcome: Outcome) -> None:
                record(outcome)
                _progress(outcome)

            result = evaluate(items, summarizer, on_done=done)
        say_resumed(result.outcomes)
        data = build_report(result, gold=gold, articles_dir=articles, backend=summarizer.backend.kind)
        _write_outputs(data, result, json_out, report)
    _print_tables(data)
    failed = result.failed
    for outcome in failed:
        error_line(f"{outcome.article.id}: {outcome.error}")
    if failed:
        raise typer.Exit(1)


def _progress(outcome: Outcome) -> None:
    state = "ok" if outcome.ok else "failed"
    stderr.print(f"{outcome.article.id}: {state} in {outcome.seconds:.1f}s", markup=False)


def _write_outputs(data: dict[str, Any], result: EvalResult, json_out: Path | None, html_out: Path | None) -> None:
    if json_out:
        _write(json_out, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    if html_out:
        texts = {item.article.id: item.article.text for item in result.items}
        _write(html_out, render_html(data, texts))


def _write(path: Path, text: str) -> None:
    write_output(text, path)
    stderr.print(f"wrote {path}", markup=False)


def _fmt(value: Any, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _print_tables(data: dict[str, Any]) -> None:
    metrics = Table(title="Metrics (micro-averaged over the gold set)")
    metrics.add_column("metric")
    metrics.add_column("score", justify="right")
    for key in METRIC_KEYS:
        metrics.add_row(key, _fmt(data["metrics"].get(key)))
    stdout.print(metrics)
    scores = Table(title="Per article", box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True)
    scores.add_column("article", no_wrap=True)
    for label in _SHORT.values():
        scores.add_column(label, justify="right", no_wrap=True)
    cost = Table(title="Cost per article", box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True)
    for column in ("article", "tok in", "tok out", "tries", "calls", "cached", "sec"):
        cost.add_column(column, justify="left" if column == "article" else "right", no_wrap=True)
    for article in data["articles"]:
        run = article.get("run") or {}
        name = escape(article["article"]) if article["ok"] else f"[red]{escape(article['article'])} ✗[/]"
        scores.add_row(name, *(_fmt(article["metrics"].get(key), 2) for key in _SHORT))
        keys = ("prompt_tokens", "completion_tokens", "attempts", "calls", "cached_calls")
        cost.add_row(name, *(str(run.get(k, 0)) for k in keys), f"{run.get('seconds', 0.0):.1f}")
    stdout.print(scores)
    stdout.print(" ".join(f"{label}={key}" for key, label in _SHORT.items()), style="dim")
    stdout.print(cost)


@eval_app.command("check-gold")
def check_gold_command(
    gold: Annotated[Path, typer.Argument(help="Folder of gold briefs (*.yaml).")],
    articles: Annotated[Path, typer.Option("--articles", help="Folder of the articles they label.")],
) -> None:
    """Check gold files: keys, quotes and evidence verbatim in the article, holders are actors, claims' `by` known."""
    with guard():
        count, problems = check_gold_dir(gold, articles)
    for problem in problems:
        error_line(problem)
    if problems:
        stderr.print(f"{len(problems)} problem(s) in {count} gold file(s)")
        raise typer.Exit(1)
    stdout.print(f"ok: {count} gold file(s) fit their articles", markup=False)


@eval_app.command("compare")
def compare_command(
    before: Annotated[Path, typer.Argument(help="Earlier report (or evals/baseline.json).")],
    after: Annotated[Path, typer.Argument(help="Later report.")],
    tolerance: Annotated[
        float, typer.Option("--tolerance", min=0.0, help="Drop allowed before a metric counts as a regression.")
    ] = DEFAULT_TOLERANCE,
) -> None:
    """Print metric deltas between two eval reports; exit 1 if any metric regressed."""
    with guard():
        a, b = load_report(before), load_report(after)
    deltas = compare_metrics(a["metrics"], b["metrics"], tolerance=tolerance)
    table = Table(title=escape(f"{before} -> {after} (tolerance {tolerance:g})"))
    for column in ("metric", "before", "after", "delta", "status"):
        table.add_column(column, justify="left" if column in ("metric", "status") else "right")
    colours = {"regression": "red", "lost": "red", "improved": "green"}
    for d in deltas:
        change = "–" if d.change is None else f"{d.change:+.3f}"
        status = f"[{colours[d.status]}]{d.status}[/]" if d.status in colours else d.status
        table.add_row(d.key, _fmt(d.before), _fmt(d.after), change, status)
    stdout.print(table)
    worse = regressions(deltas)
    if worse:
        names = ", ".join(d.key for d in worse)
        stderr.print(f"[red]regression:[/] {len(worse)} metric(s) fell by more than {tolerance:g}: {names}")
        raise typer.Exit(1)
