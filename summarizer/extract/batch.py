"""Batch rounds: run the real strategy against the cache, and put every question it cannot answer yet into a batch.

A round runs each article's strategy with a `DeferringBackend` in place of the
`openai` backend (same kind and model, so the same cache keys). Answered
questions come from the cache; a question the cache does not hold is noted
instead of asked. Independent questions are asked together by the strategies
(`strategies.together`), so one round holds all of them; a question that
needs an earlier answer waits for the next round. When every brief is done,
an optional finale (the memo's own questions) runs the same way.

    run = BatchRun(settings, articles)
    plan = run.plan()                 # what is complete, what the next round asks
    lines = run.request_lines(plan)   # batch input lines (custom_id = cache key)
    report = run.store(plan, results) # validated answers into the cache

A call whose batch answers failed `max_reasks + 1` times is not asked again:
its article fails as a live call would. Status numbers come from `plan()`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Iterator, Literal, Protocol, Sequence

from ..articles import Article
from ..config import DEFAULT_OPENAI_MODEL, Settings
from ..errors import ConfigError, RunError, SummarizerError
from ..llm.batch import (
    Deferred,
    DeferringBackend,
    ResultLine,
    batch_mode,
    parse_answer,
    request_body,
    request_line,
)
from ..llm.batch_ledger import JOB_SETTINGS, BatchLedger
from ..llm.recording import Recorder
from ..llm.request import Request
from .pipeline import Summarizer, run_sync

__all__ = ["ArticleState", "BatchRun", "Call", "Finale", "Plan", "StoreReport", "rounds_left"]

State = Literal["complete", "waiting", "failed"]


class Finale(Protocol):
    """Questions asked after every brief is done (the memo's), through the same Summarizer."""

    name: str
    rounds: tuple[tuple[str, ...], ...]

    async def run(self) -> Any: ...


FinaleFactory = Callable[[Summarizer, Sequence[Article], "str | None"], Finale]


def rounds_left(rounds: Sequence[Sequence[str]], asked: Iterable[str]) -> int:
    """How many rounds at most remain, this one included, when the questions `asked` (response-model
    names) are pending: the rounds from the earliest of them on (all of them for an unknown question)."""
    names = set(asked)
    found = [i for i, stage in enumerate(rounds) if names & set(stage)]
    return len(rounds) - min(found) if found else len(rounds)


@dataclass
class Call:
    """One question of the next round; `articles` are the ids that wait for it (the same text asked twice is one call)."""

    key: str
    request: Request
    articles: list[str] = field(default_factory=list)
    tries: int = 0  # batch answers of it that failed so far


@dataclass
class ArticleState:
    id: str
    state: State
    calls: int = 0
    rounds_left: int = 0
    error: str | None = None


@dataclass
class Plan:
    """Where a batch run stands: every article's state, the next round's calls, how many rounds remain at most."""

    articles: list[ArticleState]
    calls: list[Call]
    finale: Literal["none", "waiting", "asking", "complete", "failed"] = "none"
    finale_error: str | None = None
    rounds_left: int = 0
    given_up: list[str] = field(default_factory=list)  # calls whose batch answers failed past max_reasks

    def count(self, state: State) -> int:
        return sum(1 for a in self.articles if a.state == state)

    @property
    def reasks(self) -> int:
        return sum(1 for c in self.calls if c.tries)

    @property
    def done(self) -> bool:
        return not self.calls and self.finale in ("none", "complete", "failed")


@dataclass
class StoreReport:
    """What `store` did with the lines of a results file."""

    stored: dict[str, int] = field(default_factory=dict)  # article id -> answers stored
    failed: list[tuple[list[str], str, int, bool]] = field(default_factory=list)  # articles, why, tries, given up
    already: int = 0  # answers the cache already held
    stale: list[str] = field(default_factory=list)  # custom_ids this run no longer asks


class BatchRun:
    """The batch rounds of one set of articles under one set of settings (backend `openai`, model, mode, strategy)."""

    def __init__(
        self,
        settings: Settings,
        articles: Sequence[Article],
        *,
        focus: str | None = None,
        finale: FinaleFactory | None = None,
    ) -> None:
        if not settings.use_cache:
            raise ConfigError("batch runs keep every answer in the cache: drop --no-cache")
        if settings.replay_dir:
            raise ConfigError("batch runs and --replay do not mix: a replay answers from recordings")
        self.settings = settings.with_(backend="openai", model=settings.model or DEFAULT_OPENAI_MODEL)
        self.mode = batch_mode(self.settings.mode)  # how the lines ask for structure; the key keeps the configured mode
        self.backend = DeferringBackend(
            model=self.settings.model or DEFAULT_OPENAI_MODEL, mode=self.settings.mode, base_url=self.settings.base_url
        )
        self.summarizer = Summarizer(replace(self.settings, record_dir=None), backend=self.backend)
        assert self.summarizer.cache is not None
        self.ledger = BatchLedger(self.summarizer.cache.directory)
        self.backend.refuse = self._refusal
        self.articles = list(articles)
        self.focus = focus
        self.finale = finale(self.summarizer, self.articles, focus) if finale else None

    @property
    def model(self) -> str:
        return self.backend.model

    def job_record(self, paths: Sequence[str]) -> dict[str, Any]:
        """What `collect` needs to ask this run's questions again: inputs, focus, memo, question settings."""
        settings = {name: getattr(self.settings, name) for name in JOB_SETTINGS}
        return {"paths": list(paths), "focus": self.focus, "finale": self.finale.name if self.finale else None, "settings": settings}

    # -- planning ---------------------------------------------------------------------

    def plan(self, *, on_article: Callable[[ArticleState], Any] | None = None) -> Plan:
        """Run every strategy (and the finale once every brief is done) against the cache; nothing is asked.
        `on_article` is called as each article's state is known (progress)."""
        return run_sync(lambda: self._plan(on_article))

    async def _plan(self, on_article: Callable[[ArticleState], Any] | None) -> Plan:
        calls: dict[str, Call] = {}
        self.backend.asked.clear()
        self.backend.refused.clear()
        states = []
        for article in self.articles:
            states.append(await self._article(article, calls))
            if on_article:
                on_article(states[-1])
        plan = Plan(states, [])
        finale_rounds = len(self.finale.rounds) if self.finale else 0
        for state in states:
            state.rounds_left = state.rounds_left + finale_rounds if state.state == "waiting" else 0
        if self.finale is not None:
            if any(s.state == "waiting" for s in states):
                plan.finale = "waiting"
            else:
                plan.finale, plan.finale_error, asked = await self._finale(calls)
                plan.rounds_left = rounds_left(self.finale.rounds, asked) if asked else 0
        plan.calls = list(calls.values())
        plan.given_up = list(dict.fromkeys(self.backend.refused))
        plan.rounds_left = max([plan.rounds_left, *(s.rounds_left for s in states)])
        return plan

    async def _article(self, article: Article, calls: dict[str, Call]) -> ArticleState:
        start = len(self.backend.asked)
        try:
            await self.summarizer.abrief(article, focus=self.focus)
            state = ArticleState(article.id, "complete")
        except Deferred:
            state = ArticleState(article.id, "waiting")
        except SummarizerError as e:
            state = ArticleState(article.id, "failed", error=str(e))
        except Exception as e:  # noqa: BLE001 - one article's bug must not stop the round
            state = ArticleState(article.id, "failed", error=f"unexpected {type(e).__name__}: {e}")
        await _drain()
        asked = self.backend.asked[start:]
        if state.state == "waiting":
            self._add(calls, asked, article.id)
            state.calls = len({self.summarizer.cache_key(r) for r in asked})
            state.rounds_left = rounds_left(self.summarizer.strategy.rounds, (r.response_model.__name__ for r in asked))
        return state

    async def _finale(self, calls: dict[str, Call]) -> tuple[Any, str | None, list[str]]:
        assert self.finale is not None
        start = len(self.backend.asked)
        try:
            await self.finale.run()
            outcome: tuple[str, str | None] = ("complete", None)
        except Deferred:
            outcome = ("asking", None)
        except SummarizerError as e:
            outcome = ("failed", str(e))
        await _drain()
        asked = self.backend.asked[start:]
        if outcome[0] == "asking":
            for request in asked:
                self._add(calls, [request], request.article_id)
        return outcome[0], outcome[1], [r.response_model.__name__ for r in asked]

    def _add(self, calls: dict[str, Call], asked: Iterable[Request], article_id: str) -> None:
        for request in asked:
            key = self.summarizer.cache_key(request)
            call = calls.setdefault(key, Call(key, request, tries=self.ledger.tries(key)))
            if article_id not in call.articles:
                call.articles.append(article_id)

    def _refusal(self, request: Request) -> str | None:
        """Why a call is not put into another batch: its batch answers failed more often than re-asks allow."""
        key = self.summarizer.cache_key(request)
        entry = self.ledger.call(key)
        tries = int(entry.get("tries") or 0) if entry else 0
        if tries <= self.settings.max_reasks:
            return None
        return f"{request.prompt_name}: {tries} batch answers failed, no re-ask left (max_reasks {self.settings.max_reasks}); last: {entry['error']}"  # type: ignore[index]

    # -- requests -----------------------------------------------------------------------

    def request_lines(self, plan: Plan) -> Iterator[dict[str, Any]]:
        """Batch input lines for the plan's calls; a call whose last answer was invalid is re-asked as instructor would."""
        for call in plan.calls:
            entry = self.ledger.call(call.key) or {}
            body = request_body(call.request, model=self.model, mode=self.mode, previous=entry.get("response"))
            yield request_line(call.key, body)

    def mark_prepared(self, plan: Plan, job_id: str) -> None:
        self.ledger.mark_prepared(((c.key, c.articles[0], c.request.prompt_name) for c in plan.calls), job_id)

    # -- answers --------------------------------------------------------------------------

    def store(self, plan: Plan, lines: Iterable[ResultLine], *, record_dir: str | None = None) -> StoreReport:
        """Validate each answer for its question (as the live path does) and cache it under its key.

        A failed or invalid line is counted in the ledger and comes back in the next round
        (re-ask), at most `max_reasks` times; lines this plan does not ask are `stale` or `already` cached.
        """
        assert self.summarizer.cache is not None
        cache, report = self.summarizer.cache, StoreReport()
        recorder = Recorder(record_dir) if record_dir else None
        pending = {c.key: c for c in plan.calls}
        for line in lines:
            call = pending.pop(line.custom_id, None)
            if call is None:
                self._not_pending(line, report)
                continue
            try:
                if not line.ok:
                    raise RunError(line.error or "no answer")
                completion = parse_answer(call.request, line.body or {}, model=self.model, mode=self.mode)
            except RunError as e:
                invalid = line.body if line.ok else None
                tries = self.ledger.failed(call.key, _reason(e), invalid)
                report.failed.append((call.articles, f"{call.request.prompt_name}: {_reason(e)}", tries, tries > self.settings.max_reasks))
                continue
            cache.put(call.key, completion)
            self.ledger.answered(call.key)
            if recorder:
                recorder.write(call.request, backend=self.backend.identity(), completion=completion)
            for article in call.articles:
                report.stored[article] = report.stored.get(article, 0) + 1
        return report

    def _not_pending(self, line: ResultLine, report: StoreReport) -> None:
        assert self.summarizer.cache is not None
        if line.custom_id and line.custom_id in self.summarizer.cache:
            report.already += 1
        else:
            report.stale.append(line.custom_id or line.where)

    def close(self) -> None:
        self.ledger.close()
        self.summarizer.close()

    def __enter__(self) -> "BatchRun":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _reason(error: RunError) -> str:
    return error.args[0] if error.args else str(error)


async def _drain() -> None:
    """Let every question started alongside the one that was deferred finish too (a plain `asyncio.gather`
    returns at its first error and leaves the others running)."""
    current = asyncio.current_task()
    while True:
        others = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
        if not others:
            return
        await asyncio.wait(others)
