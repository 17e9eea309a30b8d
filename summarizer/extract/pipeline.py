"""The brief pipeline: strategy -> cached, recorded model calls -> grounding -> Brief."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Iterable, TypeVar

from pydantic import BaseModel

from ..articles import Article, article_from_text
from ..config import Settings
from ..errors import RunError, SummarizerError
from ..llm.backends import Backend, Completion, GenerationSettings, Request, make_backend
from ..llm.cache import CallCache
from ..llm.prompting import load_template
from ..llm.ratelimit import RateLimiter, estimate_tokens
from ..llm.recording import Recorder
from ..schema import Brief, Unverified, Usage
from .analysis import Analyzer
from .chunking import Window
from .cutoff import Cut, apply_cuts, find_cuts, rules_version
from .dates import article_date, dateline_outlet
from .grounding import ground
from .nlp import load_pipeline
from .strategies import default_strategy, get_strategy

__all__ = ["Summarizer", "Outcome", "UsageMeter", "run_sync"]

T = TypeVar("T")


@dataclass
class UsageMeter:
    """Adds up the calls made for one brief."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0
    calls: int = 0
    cached_calls: int = 0
    batch_calls: int = 0
    batch_prompt_tokens: int = 0
    batch_completion_tokens: int = 0
    prompt_versions: dict[str, str] = field(default_factory=dict)
    cuts: list[tuple[str, Cut]] = field(default_factory=list)  # (prompt name, a string of its answer cut off)

    def add(self, completion: Completion, *, cached: bool, prompt: str, version: str) -> None:
        self.calls += 1
        self.prompt_versions[prompt] = version
        if cached and completion.usage.batch:  # bought from a batch job: its tokens are priced at the batch rate
            self.batch_calls += 1
            self.batch_prompt_tokens += completion.usage.prompt_tokens
            self.batch_completion_tokens += completion.usage.completion_tokens
        if cached:
            self.cached_calls += 1
            return
        self.prompt_tokens += completion.usage.prompt_tokens
        self.completion_tokens += completion.usage.completion_tokens
        self.attempts += completion.usage.attempts

    def usage(self, *, backend: str, model: str, strategy: str, seconds: float) -> Usage:
        versions = ",".join(f"{name}@{v}" for name, v in sorted(self.prompt_versions.items()))
        return Usage(
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            attempts=self.attempts,
            calls=self.calls,
            cached_calls=self.cached_calls,
            batch_calls=self.batch_calls,
            batch_prompt_tokens=self.batch_prompt_tokens,
            batch_completion_tokens=self.batch_completion_tokens,
            seconds=round(seconds, 3),
            backend=backend,
            model=model,
            prompt_version=versions,
            strategy=strategy,
        )

    def unverified(self) -> list[Unverified]:
        """The answers' strings that were cut off, as a brief lists them (`kind="cut"`)."""
        return [Unverified(kind="cut", text=cut.written, item=f"{prompt}: {cut.path}", reason=cut.reason) for prompt, cut in self.cuts]


@dataclass
class Outcome:
    """The result for one article in a batch: a brief, or the error that stopped it."""

    article: Article
    brief: Brief | None = None
    error: SummarizerError | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.brief is not None


class Summarizer:
    """Turns articles into grounded briefs with one configured backend, cache and recorder."""

    def __init__(self, settings: Settings | None = None, *, backend: Backend | None = None) -> None:
        self.settings = (settings or Settings()).validate()
        self.backend = backend or make_backend(self.settings)
        kind = getattr(self.backend, "recorded_backend", self.backend.kind)
        self.generation = GenerationSettings(
            temperature=self.settings.temperature, max_tokens=self.settings.max_tokens, seed=self.settings.seed
        )
        use_cache = self.settings.use_cache and self.backend.kind != "replay"
        self.cache = CallCache(self.settings.cache_dir) if use_cache else None
        strategy = self.settings.strategy
        window = Window(self.settings.context_tokens or self.backend.context_tokens, self.settings.max_tokens)
        self.strategy = get_strategy(
            default_strategy(kind) if strategy == "auto" else strategy,
            view_chars=self.settings.view_chars,
            window=window,
            analyzer=Analyzer(self.settings.nlp, self.cache),
        )
        self.recorder = Recorder(self.settings.record_dir) if self.settings.record_dir else None
        self._limit = max(1, min(self.settings.concurrency, self.backend.max_concurrency))
        self.limiter = RateLimiter(self.settings.rpm, self.settings.tpm)

    # -- one call ---------------------------------------------------------------------

    async def ask(
        self,
        subject: Article,
        meter: UsageMeter,
        prompt_name: str,
        response_model: type[BaseModel],
        variables: dict[str, Any],
    ) -> BaseModel:
        """Ask one cached, recorded, retried question about `subject`; usage and cut-off strings go to `meter`.

        Every string the model wrote that was cut off in mid-phrase comes back
        trimmed to its last complete clause (`summarizer.extract.cutoff`); the
        cut is listed on `meter` for the brief's `unverified` or the memo's footer.
        """
        template = load_template(prompt_name)
        prompt = template.render(**variables)
        request = Request(
            messages=prompt.messages,
            response_model=response_model,
            settings=self.generation,
            prompt_name=template.name,
            prompt_version=template.version,
            prompt_hash=template.hash,
            article_id=subject.id,
            article_hash=subject.content_hash,
        )
        key = self.cache_key(request) if self.cache else ""
        completion = self.cache.get(key, request) if self.cache else None
        cached = completion is not None
        if completion is None:
            completion = await self._call_backend(request)
        if completion.cuts is None or completion.cuts_by != rules_version():  # cuts the rules before found: again
            completion.cuts = [vars(cut) for cut in find_cuts(completion.output, load_pipeline(self.settings.nlp))]
            completion.cuts_by = rules_version()
            if self.cache:
                self.cache.put(key, completion)
        if self.recorder and self.backend.kind != "replay":
            self.recorder.write(request, backend=self.backend.identity(), completion=completion)
        meter.add(completion, cached=cached and self.backend.kind != "replay", prompt=template.name, version=template.version)
        cuts = [Cut(**cut) for cut in completion.cuts]
        meter.cuts.extend((template.name, cut) for cut in cuts)
        return apply_cuts(completion.output, cuts)

    def cache_key(self, request: Request) -> str:
        """The cache key of `request` with this backend: what a batch line's custom_id is."""
        return CallCache.key(self.backend.identity(), request)

    async def _call_backend(self, request: Request) -> Completion:
        """One model call within the rate limits: reserve the prompt's tokens, then settle the real usage."""
        if not self.limiter.active:
            return await self.backend.acomplete(request)
        estimate = estimate_tokens(sum(len(m["content"]) for m in request.messages))
        await self.limiter.acquire(estimate)
        completion = await self.backend.acomplete(request)
        used = completion.usage
        self.limiter.settle(requests=used.attempts - 1, tokens=used.prompt_tokens + used.completion_tokens - estimate)
        return completion

    # -- one article ------------------------------------------------------------------

    async def abrief(self, article: Article | str, *, focus: str | None = None) -> Brief:
        """Brief one article (or raw text)."""
        if isinstance(article, str):
            article = article_from_text(article, max_chars=self.settings.max_chars)
        started = time.perf_counter()
        meter = UsageMeter()

        async def ask(prompt_name: str, response_model: type[BaseModel], **variables: Any) -> BaseModel:
            return await self.ask(article, meter, prompt_name, response_model, variables)

        draft = await self.strategy.run(article, ask, focus if focus is not None else self.settings.focus)
        usage = meter.usage(
            backend=self.backend.kind,
            model=self.backend.model,
            strategy=self.strategy.name,
            seconds=time.perf_counter() - started,
        )
        brief = ground(
            draft,
            article.text,
            article_id=article.id,
            title=article.title,
            usage=usage,
            published=article_date(article.text, article.title, article.published),
            url=article.url,
            author=article.author,
            outlet=article.outlet or dateline_outlet(article.text, article.title),
        )
        brief.unverified.extend(meter.unverified())
        return brief

    def brief(self, article: Article | str, *, focus: str | None = None) -> Brief:
        return run_sync(lambda: self._in_own_loop(self.abrief(article, focus=focus)))

    # -- many articles ----------------------------------------------------------------

    async def abrief_many(
        self,
        articles: Iterable[Article],
        *,
        focus: str | None = None,
        on_done: Callable[[Outcome], None] | None = None,
    ) -> list[Outcome]:
        """Brief every article concurrently (bounded); one failure never stops the others."""
        semaphore = asyncio.Semaphore(self._limit)

        async def one(article: Article) -> Outcome:
            async with semaphore:
                started = time.perf_counter()
                try:
                    outcome = Outcome(article, brief=await self.abrief(article, focus=focus))
                except SummarizerError as e:
                    outcome = Outcome(article, error=e)
                except Exception as e:  # noqa: BLE001 - an unexpected bug must not lose the batch
                    outcome = Outcome(article, error=RunError(f"unexpected {type(e).__name__}: {e}", article=article.id))
                outcome.seconds = time.perf_counter() - started
            if on_done:
                on_done(outcome)
            return outcome

        return list(await asyncio.gather(*(one(a) for a in articles)))

    def brief_many(self, articles: Iterable[Article], **options: Any) -> list[Outcome]:
        return run_sync(lambda: self._in_own_loop(self.abrief_many(articles, **options)))

    async def _in_own_loop(self, work: Awaitable[T]) -> T:
        """Each sync call runs in a fresh event loop: release the backend's loop-bound clients before it closes."""
        try:
            return await work
        finally:
            await self.backend.aclose()

    def close(self) -> None:
        if self.cache:
            self.cache.save_run_stats()
            self.cache.close()
        self.backend.close()

    def __enter__(self) -> "Summarizer":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def run_sync(make: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion, also from inside a running event loop (notebooks)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _run(make)
    result: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            result.append(_run(make))
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(e)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return result[0]


def _run(make: Callable[[], Awaitable[T]]) -> T:
    """`asyncio.run` without its SIGINT handler: installing and removing that handler formats the main task's
    repr each time (about 1.5 ms, most of a warm brief's cost). Ctrl-C raises KeyboardInterrupt out of the loop
    as in synchronous code; every task left is then cancelled and run to its end (its `finally` blocks run,
    finished calls stay cached) before the loop closes, as `asyncio.run` does."""
    loop = asyncio.new_event_loop()
    try:
        asyncio.set_event_loop(loop)
        return loop.run_until_complete(make())  # type: ignore[arg-type]
    finally:
        try:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            asyncio.set_event_loop(None)
            loop.close()
