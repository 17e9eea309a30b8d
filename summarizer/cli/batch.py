"""`summarizer batch prepare|status|collect|submit|fetch`: briefs and memos through batch engines.

    summarizer batch prepare articles/ -o requests.jsonl --model gpt-4o-mini     # round 1
    summarizer batch submit requests.jsonl                                        # OpenAI Batch API
    summarizer batch fetch batch_abc -o results.jsonl                             # when it is done
    summarizer batch collect results.jsonl --errors results.errors.jsonl
    summarizer batch status articles/ --model gpt-4o-mini                         # where things stand
    summarizer brief articles/ --backend openai --model gpt-4o-mini               # from the cache, no calls

or, on a GPU machine, `vllm run-batch -i requests.jsonl -o results.jsonl --model M`
in place of submit and fetch. Commands are thin: the rounds are `extract.batch`,
the files `llm.batch`, the Batch API `llm.batch_api`.
"""

from __future__ import annotations

import json
import time
from dataclasses import fields, replace
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..articles import SUFFIXES, Article, load_articles
from ..config import Settings
from ..errors import ConfigError, InputError
from ..llm.backends.base import endpoint_of
from .options import (
    BackendOpt,
    BaseUrlOpt,
    CacheDirOpt,
    ConfigOpt,
    MaxCharsOpt,
    ModelOpt,
    StrategyOpt,
    settings_from_flags,
    with_generation_options,
)
from .support import error_line, guard, progress, stderr

__all__ = ["batch_app"]

batch_app = typer.Typer(
    help="Run briefs and memos through a batch engine (OpenAI Batch API, vllm run-batch) in rounds, feeding the cache.",
    no_args_is_help=True,
)

NOT_FINISHED = 3  # exit code of `fetch` while the batch is still running

PathsArg = Annotated[list[str], typer.Argument(help=f"Files ({' '.join(SUFFIXES)}) or folders; the same, in the same order, at every step.")]
MemoOpt = Annotated[bool, typer.Option("--memo", help="Also ask the memo's questions (tie-breaks, bottom line) once every brief is done.")]
FocusOpt = Annotated[Optional[str], typer.Option("--focus", help="The focus given to `brief`/`memo` later (it is part of the questions).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the status as one JSON object.")]


# --------------------------------------------------------------------------- prepare / status


@batch_app.command("prepare")
@with_generation_options
def prepare_command(
    paths: PathsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="The batch input file to write (JSON lines).")],
    memo: MemoOpt = False,
    focus: FocusOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    backend: BackendOpt = None,
    strategy: StrategyOpt = None,
    cache_dir: CacheDirOpt = None,
    max_chars: MaxCharsOpt = None,
    config: ConfigOpt = None,
    generation: dict[str, Any] | None = None,
) -> None:
    """Write one request line per model call the next round needs and the cache does not hold.

    A file holds at most 50,000 lines and 200 MB (the Batch API's limits); more go to
    OUT-1.jsonl, OUT-2.jsonl, ... No key, base URL or header is written.

    Examples:

      summarizer batch prepare evals/articles -o requests.jsonl --model gpt-4o-mini

      summarizer batch prepare evals/articles -o requests.jsonl --strategy stepwise --memo
    """
    with guard():
        settings, articles, sources, unreadable = _inputs(paths, model, base_url, backend, strategy, generation, cache_dir, max_chars, config)
        from ..extract.batch import BatchRun
        from ..llm.batch import write_request_files

        with BatchRun(settings, articles, focus=focus, finale=_finale(memo)) as run:
            plan = _plan(run)
            if not plan.calls:
                _say_status(plan, len(articles))
                stderr.print("nothing to ask: no request file written")
                if unreadable or plan.count("failed"):
                    raise typer.Exit(1)
                return
            files = write_request_files(run.request_lines(plan), output)
            job = run.ledger.save_job(run.job_record(sources))
            run.mark_prepared(plan, job)
        stderr.print(
            f"round: {len(plan.calls)} call{_s(plan.calls)} ({plan.reasks} re-ask{_s(plan.reasks)}) "
            f"-> {', '.join(str(f) for f in files)}"
        )
        _say_status(plan, len(articles))
        first = files[0]
        stderr.print(f"next: summarizer batch submit {' '.join(str(f) for f in files)}")
        stderr.print(f"   or: vllm run-batch -i {first} -o results.jsonl --model {run.model}")
        same = f" --base-url {endpoint_of(base_url)}" if base_url else ""  # on the terminal only; no user, password or query
        stderr.print(f"then: summarizer batch collect results.jsonl{same} (with --errors FILE for a Batch API error file)")
        if unreadable or plan.count("failed"):
            raise typer.Exit(1)  # the others' requests are written; the failures are named above


@batch_app.command("status")
@with_generation_options
def status_command(
    paths: PathsArg,
    memo: MemoOpt = False,
    focus: FocusOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    backend: BackendOpt = None,
    strategy: StrategyOpt = None,
    cache_dir: CacheDirOpt = None,
    max_chars: MaxCharsOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
    generation: dict[str, Any] | None = None,
) -> None:
    """How many articles are complete, how many calls the next round has, how many rounds remain at most.

    Give the same inputs and settings as to `prepare`.
    """
    with guard():
        settings, articles, _, _ = _inputs(paths, model, base_url, backend, strategy, generation, cache_dir, max_chars, config)
        from ..extract.batch import BatchRun

        with BatchRun(settings, articles, focus=focus, finale=_finale(memo)) as run:
            plan = _plan(run)
            batches = run.ledger.batches()
        if as_json:
            typer.echo(json.dumps(_status_record(plan, len(articles), batches), ensure_ascii=False))
            return
        _say_status(plan, len(articles), out=True)
        for batch in batches[-5:]:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(batch["submitted"]))
            typer.echo(f"submitted: {batch['id']} ({batch['requests']}, {batch['lines']} request{_s(batch['lines'])}, {when})")


def _inputs(
    paths: list[str], model: str | None, base_url: str | None, backend: str | None, strategy: str | None,
    generation: dict[str, Any] | None, cache_dir: Path | None, max_chars: int | None, config: Path | None,
) -> tuple[Settings, list[Article], list[str], int]:  # fmt: skip
    if backend not in (None, "openai"):
        raise ConfigError(f"batch lines are for the openai backend (OpenAI or any compatible server), not '{backend}'")
    if any(p == "-" for p in paths):
        raise ConfigError("batch runs read their inputs again at every step: give files or folders, not stdin")
    settings = settings_from_flags(
        backend="openai", model=model, base_url=base_url, strategy=strategy, cache_dir=cache_dir,
        max_chars=max_chars, config=config, **(generation or {}),
    )  # fmt: skip
    articles, failures = load_articles(paths, max_chars=settings.max_chars)
    for failure in failures:
        error_line(f"{failure.source}: {failure.reason}")
    if not articles:
        raise InputError("no article could be read")
    return settings, articles, [str(Path(p).resolve()) for p in paths], len(failures)


def _finale(memo: bool) -> Any:
    if not memo:
        return None
    from ..memos.batch import memo_finale

    return memo_finale


def _plan(run: Any) -> Any:
    with progress(len(run.articles), "planning") as advance:
        return run.plan(on_article=advance)


def _say_status(plan: Any, total: int, *, out: bool = False) -> None:
    say = typer.echo if out else stderr.print
    say(
        f"articles: {plan.count('complete')} of {total} complete, {plan.count('waiting')} waiting for answers, "
        f"{plan.count('failed')} failed"
    )
    if plan.finale != "none":
        say(f"memo: {_FINALE[plan.finale]}" + (f" ({plan.finale_error})" if plan.finale_error else ""))
    say(f"next round: {len(plan.calls)} call{_s(plan.calls)}" + (f" ({plan.reasks} re-ask{_s(plan.reasks)})" if plan.reasks else ""))
    say(f"rounds left: at most {plan.rounds_left}" + (", including the one now asked" if plan.rounds_left else ""))
    for article in plan.articles:
        if article.state == "failed":
            error_line(f"{article.id}: {article.error}")
    if plan.done and plan.count("failed"):
        say("done, but for the failed articles above: every other answer is in the cache")
    elif plan.done:
        say("done: every answer is in the cache; `summarizer brief` / `memo` / `eval` with the same inputs and settings (--backend openai) make no model call")


_FINALE = {
    "waiting": "waits for the briefs",
    "asking": "asking its questions (tie-breaks, then the bottom line)",
    "complete": "complete",
    "failed": "failed",
    "none": "",
}


def _status_record(plan: Any, total: int, batches: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "articles": total,
        "complete": plan.count("complete"),
        "waiting": plan.count("waiting"),
        "failed": plan.count("failed"),
        "next_round_calls": len(plan.calls),
        "reasks": plan.reasks,
        "rounds_left": plan.rounds_left,
        "memo": plan.finale,
        "done": plan.done,
        "failures": {a.id: a.error for a in plan.articles if a.state == "failed"},
        "given_up": plan.given_up,
        "batches": batches,
    }


def _s(items: Any) -> str:
    n = items if isinstance(items, int) else len(items)
    return "" if n == 1 else "s"


# --------------------------------------------------------------------------- collect


@batch_app.command("collect")
def collect_command(
    results: Annotated[list[Path], typer.Argument(help="Batch output file(s): OpenAI Batch API or vllm run-batch.")],
    errors: Annotated[Optional[Path], typer.Option("--errors", help="The Batch API's error file (failed requests).")] = None,
    record: Annotated[Optional[Path], typer.Option("--record", help="Also write each stored answer as a recording into this folder.")] = None,
    base_url: BaseUrlOpt = None,
    cache_dir: CacheDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Validate each answer against its question's schema (as a live call is) and store it in the cache.

    Failed and invalid lines are reported per article and come back in the next
    `prepare` (as instructor's re-ask), at most max_reasks times. Exits 1 when a line failed.

    Example:

      summarizer batch collect results.jsonl --errors results.errors.jsonl
    """
    with guard():
        from ..llm.batch import read_results

        base = settings_from_flags(base_url=base_url, cache_dir=cache_dir, config=config)
        if errors is not None and not errors.exists():
            stderr.print(f"{errors}: no such error file (a batch whose every request succeeded has none); reading the results only")
            errors = None
        lines = [line for path in [*results, *([errors] if errors else [])] for line in read_results(path)]
        if not lines:
            raise InputError(f"no result line in {', '.join(str(p) for p in results)}")
        problems = _collect(base, lines, str(record) if record else None)
        if problems:
            raise typer.Exit(1)


def _collect(base: Settings, lines: list[Any], record_dir: str | None) -> int:
    """Store the lines of every job they belong to; returns how many lines failed or were not ours."""
    from ..llm.batch_ledger import BatchLedger
    from ..llm.cache import CallCache

    with CallCache(base.cache_dir) as cache:
        directory = cache.directory
    with BatchLedger(directory) as ledger:
        jobs: dict[str, list[Any]] = {}
        unknown = []
        for line in lines:
            entry = ledger.call(line.custom_id) if line.custom_id else None
            if entry is None or not entry.get("job"):
                unknown.append(line)
            else:
                jobs.setdefault(entry["job"], []).append(line)
        records = {job: ledger.job(job) for job in jobs}
    for line in unknown:
        error_line(f"{line.where}: custom_id {line.custom_id or '(none)'} was not prepared with this cache ({directory}); skipped")
    problems = len(unknown)
    for job, job_lines in jobs.items():
        problems += _collect_job(base, records[job], job_lines, record_dir)
    return problems


def _collect_job(base: Settings, job: dict[str, Any] | None, lines: list[Any], record_dir: str | None) -> int:
    from ..extract.batch import BatchRun

    if job is None:
        error_line(f"{len(lines)} lines belong to a batch job this cache no longer knows; skipped")
        return len(lines)
    known = {f.name for f in fields(Settings)}
    settings = replace(base, **{k: v for k, v in job["settings"].items() if k in known}, backend="openai")
    articles, failures = load_articles(job["paths"], max_chars=settings.max_chars)
    for failure in failures:
        error_line(f"{failure.source}: {failure.reason}")
    with BatchRun(settings, articles, focus=job.get("focus"), finale=_finale(job.get("finale") == "memo")) as run:
        report = run.store(_plan(run), lines, record_dir=record_dir)
        after = _plan(run)
    for articles_of, why, tries, given_up in report.failed:
        retry = "no re-ask left: it fails" if given_up else f"asked again in the next round (re-ask {tries} of {settings.max_reasks})"
        error_line(f"{', '.join(articles_of)}: {why}; {retry}")
    for custom_id in report.stale:
        error_line(
            f"custom_id {custom_id}: not a question of the current round; skipped (give collect the --base-url that "
            "prepare was given: the server is part of every answer's cache key; or the inputs changed since prepare)"
        )
    stored = sum(report.stored.values())
    stderr.print(
        f"stored {stored} answer{_s(stored)} for {len(report.stored)} article{_s(len(report.stored))}; "
        f"{len(report.failed)} failed; {report.already} already in the cache"
    )
    _say_status(after, len(articles))
    if after.calls:
        stderr.print("next: summarizer batch prepare (same inputs and settings) for the next round")
    return len(report.failed) + len(report.stale)


# --------------------------------------------------------------------------- submit / fetch


@batch_app.command("submit")
def submit_command(
    requests: Annotated[list[Path], typer.Argument(help="Batch input file(s) written by `prepare`.")],
    base_url: BaseUrlOpt = None,
    cache_dir: CacheDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Upload each requests file (purpose "batch") and create a chat-completions batch, 24h window.

    Uses OPENAI_API_KEY and OPENAI_BASE_URL / --base-url (any server with /v1/files and /v1/batches).
    """
    with guard():
        from ..llm.batch_api import batch_client, describe, submit
        from ..llm.batch_ledger import BatchLedger
        from ..llm.cache import CallCache

        settings = settings_from_flags(base_url=base_url, cache_dir=cache_dir, config=config)
        for path in requests:
            if not path.is_file():
                raise InputError(f"{path}: no such file")
        client = batch_client(api_key=settings.api_key, base_url=settings.base_url, timeout=settings.timeout, max_attempts=settings.max_attempts)
        with CallCache(settings.cache_dir) as cache:
            directory = cache.directory
        with BatchLedger(directory) as ledger:
            for path in requests:
                lines = sum(1 for line in path.read_bytes().splitlines() if line.strip())
                batch = submit(client, path, metadata={"created_by": "summarizer batch", "requests_file": path.name})
                ledger.remember_batch(batch.id, path.name, lines)
                typer.echo(batch.id)
                stderr.print(f"submitted {path} ({lines} request{_s(lines)}): {describe(batch)}")
                stderr.print(f"next: summarizer batch fetch {batch.id} -o results.jsonl")


@batch_app.command("fetch")
def fetch_command(
    batch_id: Annotated[str, typer.Argument(help="The id `submit` printed.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the answers (the batch's output file).")],
    errors: Annotated[
        Optional[Path], typer.Option("--errors", help="Where to write failed requests (the error file). Default: OUT with .errors before its suffix.")
    ] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Poll until the batch is finished.")] = False,
    poll: Annotated[float, typer.Option("--poll", min=1, help="Seconds between polls with --wait.")] = 30.0,
    max_wait: Annotated[float, typer.Option("--max-wait", min=1, help="Give up waiting after this many seconds.")] = 25 * 3600.0,
    base_url: BaseUrlOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Download a finished batch's output and error files. Exits 3 while it is still running.

    An expired or cancelled batch gives the answers it finished; its other
    requests are in the error file and come back in the next `prepare`.
    """
    with guard():
        from ..llm.batch_api import DONE, batch_client, describe, download, retrieve

        settings = settings_from_flags(base_url=base_url, config=config)
        client = batch_client(api_key=settings.api_key, base_url=settings.base_url, timeout=settings.timeout, max_attempts=settings.max_attempts)
        batch = retrieve(client, batch_id)
        deadline = time.monotonic() + max_wait
        while wait and batch.status not in DONE and time.monotonic() + poll < deadline:
            stderr.print(describe(batch))
            time.sleep(poll)
            batch = retrieve(client, batch_id)
        if batch.status not in DONE:
            stderr.print(f"{describe(batch)}; not finished, nothing written: fetch again later (or use --wait)")
            raise typer.Exit(NOT_FINISHED)
        if batch.status == "failed":
            raise InputError(f"the batch failed: {describe(batch)}")
        errors = errors or output.with_name(f"{output.stem}.errors{output.suffix or '.jsonl'}")
        written = []
        if batch.output_file_id:
            n = download(client, batch.output_file_id, output)
            written.append(f"{output} ({n} answer{_s(n)})")
        if batch.error_file_id:
            n = download(client, batch.error_file_id, errors)
            written.append(f"{errors} ({n} failed request{_s(n)})")
        stderr.print(f"{describe(batch)}; wrote {' and '.join(written) or 'nothing (no output file)'}")
        if written:
            extra = f" --errors {errors}" if batch.error_file_id and batch.output_file_id else ""
            stderr.print(f"next: summarizer batch collect {output if batch.output_file_id else errors}{extra}")
