"""`summarizer eval memo`: build the memo of a memo gold's articles and score it (format: evals/MEMO_GOLD.md).

    summarizer eval memo evals/memo-gold/seeds.yaml --articles evals/articles --replay evals/recordings
    summarizer eval memo GOLD.yaml --articles DIR [backend flags] [--json OUT] [--memo OUT.md]

Registered on the `eval` command group by `cli.eval`; exits 1 when an article
failed or a target of the memo issue is missed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..evaluation.memo_gold import (
    MEMO_METRICS,
    MEMO_TARGETS,
    load_memo_gold_set,
    score_memo,
)
from .options import (
    BackendOpt,
    BaseUrlOpt,
    CacheDirOpt,
    ConfigOpt,
    ModelOpt,
    ModelPathOpt,
    NoCacheOpt,
    RecordOpt,
    ReplayOpt,
    StrategyOpt,
    settings_from_flags,
)
from .support import error_line, guard, stderr, write_output

__all__ = ["eval_memo_command"]

stdout = Console(highlight=False, soft_wrap=True)


def eval_memo_command(
    gold: Annotated[Path, typer.Argument(help="A memo gold file (YAML, format: evals/MEMO_GOLD.md).")],
    articles: Annotated[Path, typer.Option("--articles", help="Folder of the articles the memo gold names.")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the scores and every miss here (JSON).")] = None,
    memo_out: Annotated[Optional[Path], typer.Option("--memo", help="Also write the memo (.md, .html or .json).")] = None,
    backend: BackendOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    model_path: ModelPathOpt = None,
    strategy: StrategyOpt = None,
    replay: ReplayOpt = None,
    record: RecordOpt = None,
    cache_dir: CacheDirOpt = None,
    no_cache: NoCacheOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Build the memo of a memo gold's articles, score it, print the scores and misses; exit 1 on a missed target."""
    with guard():
        from ..extract.pipeline import Summarizer, run_sync
        from ..memos.build import make_memo
        from ..memos.render import format_for_path, render_memo

        gold_set = load_memo_gold_set(gold, articles)
        fmt = format_for_path(memo_out) if memo_out else None
        settings = settings_from_flags(
            backend=backend, model=model, base_url=base_url, model_path=model_path, strategy=strategy,
            replay=replay, record=record, cache_dir=cache_dir, no_cache=no_cache, config=config,
        )  # fmt: skip
        with Summarizer(settings) as summarizer:
            memo = run_sync(lambda: make_memo(summarizer, gold_set.articles, phrase_bottom_line=True))  # the phrasing is measured
        score = score_memo(memo, gold_set)
        if memo_out and fmt:
            write_output(render_memo(memo, fmt), memo_out)
        if json_out:
            report = {"gold": str(gold), "name": gold_set.gold.name, "metrics": score.metrics, "targets": _targets(), **score.details}
            write_output(json.dumps(report, indent=2, ensure_ascii=False) + "\n", json_out)
    _print(gold_set.gold.name, score)
    for failed in memo.method.failed:
        error_line(f"{failed.article}: {failed.reason}")
    missed = [k for k, ok in score.meets_targets().items() if not ok]
    if missed:
        stderr.print(f"[red]missed:[/] {', '.join(missed)}")
    if memo.method.failed or missed:
        raise typer.Exit(1)


def _targets() -> dict[str, str]:
    return {key: f"{direction} {bound:g}" for key, (direction, bound) in MEMO_TARGETS.items()}


def _print(name: str, score: Any) -> None:
    table = Table(title=escape(f"Memo scores: {name}"))
    for column in ("metric", "score", "target"):
        table.add_column(column, justify="right" if column != "metric" else "left")
    targets = _targets()
    for key in MEMO_METRICS:
        value = score.metrics.get(key)
        shown = "–" if value is None else (str(value) if key == "wrong_merges" else f"{value:.3f}")
        table.add_row(key, shown, targets.get(key, ""))
    stdout.print(table)
    details = score.details
    for fact in details["facts"]:
        if not fact["carried"]:
            stdout.print(f"fact not carried: {fact['id']}: {fact['fact']}", markup=False)
    for sentence in details["sentences"]:
        for problem in sentence["problems"]:
            stdout.print(f"sentence {problem}: {sentence['text']}", markup=False)
    for row in details["rows"]:
        if not row["right"]:
            stdout.print(f"row not in the gold: {row['holder']} {row['label']} {row['target']} ({', '.join(row['articles'])})", markup=False)
    for stance in details["stances"]:
        if not stance["shown"]:
            stdout.print(f"stance not shown: {stance['holder']} {stance['label']} {stance['target']}", markup=False)
    for merge in details["wrong_merges"]:
        stdout.print(f"wrong merge: {' / '.join(merge['names'])} in {merge['entity']}", markup=False)
