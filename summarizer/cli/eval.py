"""`summarizer eval`: score the pipeline against gold briefs, check gold files, compare runs.

    summarizer eval --set DIR [--set DIR ...] [--recorded | backend flags | --replay DIR] [--json OUT] [--report OUT.html]
    summarizer eval --gold DIR [--gold DIR ...] --articles DIR [--articles DIR ...] [...]
    summarizer eval check-gold DIR [--articles DIR]
    summarizer eval compare A.json B.json [--tolerance 0.02]
    summarizer eval memo GOLD.yaml --articles DIR [...]    (cli.eval_memo)

A set folder holds articles/, gold/ and optionally recordings/ (evaluation/sets.py).

Mounted by `summarizer.cli` with `app.add_typer(eval_app, name="eval")`.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..config import Settings
from ..evaluation.compare import DEFAULT_TOLERANCE, Comparison, compare_reports, load_report, regressions
from ..evaluation.gold import PARTS, GoldError, check_gold_files, describe_labels, load_gold_set
from ..evaluation.html import render_html
from ..evaluation.metrics import METRIC_KEYS
from ..evaluation.report import EvalResult, build_sets_report, evaluate
from ..evaluation.sets import is_set_folder, recordings_of, resolve_sets, set_at
from ..extract.pipeline import Outcome, Summarizer
from .eval_memo import eval_memo_command
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
    NlpOpt,
    settings_from_flags,
    with_generation_options,
)
from .support import error_line, guard, run_manifest, say_resumed, stderr, write_output

__all__ = ["eval_app"]

stdout = Console(highlight=False, soft_wrap=True)

eval_app = typer.Typer(
    name="eval",
    help=(
        "Score briefs against hand-labelled gold briefs (format: docs/gold-format.md).\n\n"
        "A gold set is a folder with articles/ and gold/ (and recordings/ to replay), or a pair "
        "--gold DIR --articles DIR. Every metric comes with a 95% bootstrap interval over articles.\n\n"
        "Examples:\n\n"
        "  summarizer eval --set evals --recorded\n\n"
        "  summarizer eval --set evals/dev --set evals/dev-test --json run.json --report run.html\n\n"
        "  summarizer eval --gold my/gold --articles my/articles\n\n"
        "  summarizer eval --gold a/gold --articles a/articles --gold b/gold --articles b/articles\n\n"
        "  summarizer eval check-gold evals/dev\n\n"
        "  summarizer eval compare before.json after.json"
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
    "stance_precision": "stp",
    "claim_recall": "clm",
    "schema_validity": "ok",
}


@eval_app.callback(invoke_without_command=True)
@with_generation_options
def run_eval(
    ctx: typer.Context,
    sets: Annotated[
        Optional[list[Path]],
        typer.Option("--set", help="A gold set folder (articles/, gold/, optional recordings/), or a folder of such sets. Repeatable."),
    ] = None,
    gold: Annotated[Optional[list[Path]], typer.Option("--gold", help="Folder of gold briefs (*.yaml). Repeatable.")] = None,
    articles: Annotated[
        Optional[list[Path]],
        typer.Option("--articles", help="Folder of the articles the gold files label: one for every --gold, or one per --gold in order."),
    ] = None,
    recorded: Annotated[
        bool, typer.Option("--recorded", help="Replay each set folder's own recordings/ (no model runs).", rich_help_panel="Cache, recordings, limits")
    ] = False,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the JSON report here.")] = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write the HTML report here.")] = None,
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    model_path: ModelPathOpt = None,
    strategy: StrategyOpt = None,
    nlp: NlpOpt = None,
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
    """Brief every gold-labelled article of every set, score it, print metrics with intervals; exit 1 if an article failed."""
    if ctx.invoked_subcommand:
        return
    with guard():
        gold_sets = resolve_sets(sets or [], gold or [], articles or [])
        if recorded and (replay or record):
            raise GoldError("--recorded replays each set's recordings/; it cannot go with --replay or --record")
        settings = settings_from_flags(
            backend=backend, model=model, base_url=base_url, model_path=model_path, strategy=strategy, nlp=nlp,
            replay=replay, record=record, cache_dir=cache_dir, no_cache=no_cache, concurrency=concurrency,
            max_chars=max_chars, rpm=rpm, tpm=tpm, config=config,
            **(generation or {}),
        )
        loaded = [(s, load_gold_set(s.gold_dir, s.articles_dir, max_chars=settings.max_chars)) for s in gold_sets]
        per_set = {s.name: settings.with_(replay_dir=str(recordings_of(s))) if recorded else settings for s in gold_sets}
        results: list[tuple[str, EvalResult]] = []
        with _summarizers() as summarizer_for, run_manifest(manifest_path(json_out, manifest)) as record_outcome:

            def done(outcome: Outcome) -> None:
                record_outcome(outcome)
                _progress(outcome)

            for gold_set, items in loaded:
                summarizer = summarizer_for(per_set[gold_set.name])
                results.append((gold_set.name, evaluate(items, summarizer, on_done=done)))
        say_resumed([o for _, r in results for o in r.outcomes])
        labels = [{"gold": s.gold_dir, "articles_dir": s.articles_dir} for s in gold_sets]
        one = gold_sets[0] if len(gold_sets) == 1 else None
        data = build_sets_report(
            results, set_labels=labels, backend=summarizer.backend.kind,
            gold=one.gold_dir if one else None, articles_dir=one.articles_dir if one else None,
        )
        _write_outputs(data, results, json_out, report)
    _print_tables(data)
    failed = [o for _, r in results for o in r.failed]
    for outcome in failed:
        error_line(f"{outcome.article.id}: {outcome.error}")
    if failed:
        raise typer.Exit(1)


@contextlib.contextmanager
def _summarizers() -> Iterator[Any]:
    """One Summarizer per distinct Settings (sets that share settings share the loaded model), closed at the end."""
    made: dict[Settings, Summarizer] = {}
    with contextlib.ExitStack() as stack:

        def summarizer_for(settings: Settings) -> Summarizer:
            if settings not in made:
                made[settings] = stack.enter_context(Summarizer(settings))
            return made[settings]

        yield summarizer_for


def _progress(outcome: Outcome) -> None:
    state = "ok" if outcome.ok else "failed"
    stderr.print(f"{outcome.article.id}: {state} in {outcome.seconds:.1f}s", markup=False)


def _write_outputs(
    data: dict[str, Any], results: list[tuple[str, EvalResult]], json_out: Path | None, html_out: Path | None
) -> None:
    if json_out:
        write_output(json.dumps(data, indent=2, ensure_ascii=False) + "\n", json_out)  # which says 'wrote PATH' once
    if html_out:
        texts = {(name, item.article.id): item.article.text for name, result in results for item in result.items}
        write_output(render_html(data, texts), html_out)


def _fmt(value: Any, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _interval(interval: Any) -> str:
    return "" if not interval else f"{interval[0]:.3f}–{interval[1]:.3f}"


def _print_tables(data: dict[str, Any]) -> None:
    sets = data.get("sets") or []
    several = len(sets) > 1
    stdout.print(_metrics_table(data, sets if several else []))
    stdout.print(_coverage_lines(data, sets if several else []), style="dim")
    scores = Table(title="Per article", box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True)
    scores.add_column("article", overflow="fold", ratio=1, min_width=20)  # a long id folds; the numbers never shrink to "…"
    if several:
        scores.add_column("set", no_wrap=True)
    partial = any(set(a.get("labels", PARTS)) < set(PARTS) for a in data["articles"])
    if partial:
        scores.add_column("labels", no_wrap=True)
    for label in _SHORT.values():
        scores.add_column(label, justify="right", no_wrap=True, min_width=4)
    cost = Table(title="Cost per article", box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True)
    for column in ("article", "tok in", "tok out", "tries", "calls", "cached", "sec"):
        if column == "article":
            cost.add_column(column, overflow="fold", ratio=1)
        else:
            cost.add_column(column, justify="right", no_wrap=True, min_width=len(column))
    for article in data["articles"]:
        run = article.get("run") or {}
        name = escape(article["article"]) if article["ok"] else f"[red]{escape(article['article'])} ✗[/]"
        where = [escape(str(article.get("set", "")))] if several else []
        metrics = (_fmt(article["metrics"].get(key), 2) for key in _SHORT)
        labels = [_labels(article.get("labels", []))] if partial else []
        scores.add_row(name, *where, *labels, *metrics)
        keys = ("prompt_tokens", "completion_tokens", "attempts", "calls", "cached_calls")
        cost.add_row(name, *(str(run.get(k, 0)) for k in keys), f"{run.get('seconds', 0.0):.1f}")
    stdout.print(scores)
    legend = " ".join(f"{label}={key}" for key, label in _SHORT.items())
    if partial:
        legend += "; labels: what the gold file labels (" + " ".join(f"{v}={k}" for k, v in _PART_SHORT.items()) + "); –: null, nothing labelled to score"
    stdout.print(legend, style="dim")
    stdout.print(cost)


_PART_SHORT = {"main_issue": "iss", "actors": "act", "sources": "src", "affiliations": "aff", "stances": "stn", "claims": "clm"}


def _labels(labels: list[str]) -> str:
    return "all" if set(labels) >= set(PARTS) else " ".join(_PART_SHORT[p] for p in labels) or "none"


def _metrics_table(data: dict[str, Any], sets: list[dict[str, Any]]) -> Table:
    """Metric rows; one column per set and one for all (each 'score low–high'), or score and interval for one set."""
    bootstrap = data.get("bootstrap") or {}
    title = f"Metrics (micro-averaged; {bootstrap.get('confidence', 0.95):.0%} bootstrap interval over articles)"
    table = Table(title=title)
    table.add_column("metric")
    if not sets:
        table.add_column("score", justify="right")
        table.add_column("interval", justify="right")
        for key in METRIC_KEYS:
            table.add_row(key, _fmt(data["metrics"].get(key)), _interval((data.get("intervals") or {}).get(key)))
        return table
    scopes = [*sets, {"name": "all sets", **data}]
    for scope in scopes:
        table.add_column(escape(f"{scope['name']} ({len(_articles_of(data, scope))})"), justify="right")
    for key in METRIC_KEYS:
        cells = [f"{_fmt(s['metrics'].get(key))} {_interval((s.get('intervals') or {}).get(key))}".strip() for s in scopes]
        table.add_row(key, *cells)
    return table


def _articles_of(data: dict[str, Any], scope: dict[str, Any]) -> list[Any]:
    return data["articles"] if scope["name"] == "all sets" else [a for a in data["articles"] if a.get("set") == scope["name"]]


def _coverage_lines(data: dict[str, Any], sets: list[dict[str, Any]]) -> str:
    """`gold labels (files): actors 5/5, ...` per set, or once for a single set."""
    scopes = [*sets, {"name": "all sets", "coverage": data.get("coverage")}] if sets else [{"name": "", "coverage": data.get("coverage")}]
    lines = []
    for scope in scopes:
        c = scope.get("coverage") or {}
        parts = ", ".join(f"{p} {c.get(p, 0)}/{c.get('files', 0)}" for p in PARTS)
        lines.append(f"gold labels{' in ' + scope['name'] if scope['name'] else ''} (files): {parts}")
    return escape("\n".join(lines))


@eval_app.command("check-gold")
def check_gold_command(
    gold: Annotated[Path, typer.Argument(help="Folder of gold briefs (*.yaml), or a gold set folder (articles/ and gold/).")],
    articles: Annotated[
        Optional[Path], typer.Option("--articles", help="Folder of the articles they label (not needed for a set folder).")
    ] = None,
) -> None:
    """Check gold files (keys, quotes and evidence verbatim, holders are actors, claims' `by` known) and say what each labels."""
    with guard():
        if articles is None:
            if not is_set_folder(gold):
                raise GoldError(f"{gold}: not a gold set folder (no gold/ inside); give --articles DIR with a gold folder")
            gold_set = set_at(gold)
            gold, articles = gold_set.gold_dir, gold_set.articles_dir
        checks = check_gold_files(gold, articles)
    problems = [p for check in checks for p in check.problems]
    for check in checks:
        if check.gold is not None:
            stdout.print(escape(f"{check.path.name}: {describe_labels(check.gold)}"))
    for problem in problems:
        error_line(problem)
    if problems:
        unread = sum(1 for check in checks if check.gold is None)
        later = f"; quotes and evidence of the {unread} file(s) that did not load are checked once they do" if unread else ""
        stderr.print(f"{len(problems)} problem(s) in {len(checks)} gold file(s){later}")
        raise typer.Exit(1)
    stdout.print(f"ok: {len(checks)} gold file(s) fit their articles", markup=False)


@eval_app.command("compare")
def compare_command(
    before: Annotated[Path, typer.Argument(help="Earlier report (or evals/baseline.json).")],
    after: Annotated[Path, typer.Argument(help="Later report.")],
    tolerance: Annotated[
        float, typer.Option("--tolerance", min=0.0, help="Drop allowed before a metric counts as a regression.")
    ] = DEFAULT_TOLERANCE,
) -> None:
    """Print metric deltas between two eval reports and whether each is outside the noise; exit 1 if a metric regressed.

    Noise: a paired bootstrap over the articles both reports scored (the 95% interval of the
    difference excludes 0), else the before value against the after report's interval.
    A regression is a fall of more than the tolerance over all sets; per-set tables inform.
    """
    with guard():
        a, b = load_report(before), load_report(after)
    comparison = compare_reports(a, b, tolerance=tolerance)
    stdout.print(_comparison_table(comparison, f"{before} -> {after} (tolerance {tolerance:g})"))
    stdout.print("noise: outside = the change is larger than the articles' sampling noise; within = it may be chance", style="dim")
    stdout.print(escape(f"noise: {comparison.method}"), style="dim")
    for scope in comparison.sets:
        stdout.print(_comparison_table(scope, f"gold set {scope.name}"))
        stdout.print(escape(f"noise: {scope.method}"), style="dim")
    worse = regressions(comparison.deltas)
    if worse:
        names = ", ".join(d.key + (" (outside the noise)" if d.noise == "outside" else "") for d in worse)
        stderr.print(f"[red]regression:[/] {len(worse)} metric(s) fell by more than {tolerance:g}: {escape(names)}")
        raise typer.Exit(1)


def _comparison_table(comparison: Comparison, title: str) -> Table:
    table = Table(title=escape(title), box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, collapse_padding=True)
    for column in ("metric", "before", "after", "delta", "delta 95% CI", "noise", "status"):
        table.add_column(column, justify="left" if column in ("metric", "noise", "status") else "right", no_wrap=True)
    colours = {"regression": "red", "lost": "red", "improved": "green"}
    for d in comparison.deltas:
        change = "–" if d.change is None else f"{d.change:+.3f}"
        interval = "" if d.interval is None else f"{d.interval[0]:+.3f}…{d.interval[1]:+.3f}"
        noise = d.noise or "–"
        status = f"[{colours[d.status]}]{d.status}[/]" if d.status in colours else d.status
        table.add_row(d.key, _fmt(d.before), _fmt(d.after), change, interval, noise, status)
    return table


eval_app.command("memo")(eval_memo_command)
