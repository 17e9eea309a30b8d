"""The pipeline with the fake backend: strategy, usage, grounding, batches and failure isolation."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from summarizer.articles import article_from_text
from summarizer.config import Settings
from summarizer.errors import BackendError, ConfigError, RunError, ValidationFailedError
from summarizer.extract.pipeline import Outcome, Summarizer, UsageMeter, run_sync
from summarizer.llm.backends import Backend, Completion, FakeBackend, Request, TokenUsage
from summarizer.llm.backends.fake import minimal_output
from summarizer.schema import BriefDraft

TEXT = (
    "Port strike spreads\n\nDock workers in three cities joined the strike on Monday. "
    "“We are not going back until the contract is signed,” said union leader Maria Lopez."
)
ARTICLE = article_from_text(TEXT, id="strike")
DRAFT = {
    "main_issue": "A port strike spreads",
    "summary": "Dock workers joined the strike. The union wants a contract.",
    "actors": [{"name": "Maria Lopez", "aliases": ["Lopez", "Ms Nobody"], "kind": "person", "role": "union leader"}],
    "sources": [{"name": "Maria Lopez", "type": "organization",
                 "quotes": ["We are not going back until the contract is signed", "We will win"]}],
    "claims": [{"text": "The strike spread", "evidence": "Dock workers in three cities joined the strike"}],
}


def summarizer(backend: Backend, **settings) -> Summarizer:
    return Summarizer(Settings(use_cache=False, **settings), backend=backend)


def test_brief_is_grounded_and_carries_usage() -> None:
    backend = FakeBackend([DRAFT])
    with summarizer(backend) as s:
        brief = s.brief(ARTICLE)
    assert brief.article_id == "strike" and brief.title == "Port strike spreads"
    assert [q.text for q in brief.sources[0].quotes] == ["We are not going back until the contract is signed"]
    assert brief.actors[0].aliases == ["Lopez"]
    assert {(u.kind, u.text) for u in brief.unverified} == {("quote", "We will win"), ("alias", "Ms Nobody")}
    usage = brief.usage
    assert (usage.backend, usage.model, usage.strategy, usage.calls, usage.attempts) == ("fake", "fake-model", "single", 1, 1)
    assert usage.prompt_version.startswith("brief@") and usage.prompt_tokens > 0 and usage.seconds >= 0


def test_a_wire_story_s_outlet_is_the_one_its_dateline_credits() -> None:
    from summarizer.extract.dates import dateline_outlet

    wire = article_from_text(
        "Port strike spreads\n\nLONDON, March 3 (Meridian Press) - Dock workers in three cities joined the strike on "
        "Monday. “We are not going back until the contract is signed,” said union leader Maria Lopez.",
        id="wire",
    )
    with summarizer(FakeBackend([DRAFT])) as s:
        assert s.brief(wire).outlet == "Meridian Press"
        assert s.brief(ARTICLE).outlet is None  # no dateline, no outlet
    assert dateline_outlet("Senate passes bill\n\nWASHINGTON (AP) -- The Senate voted on Tuesday.") == "AP"
    assert dateline_outlet("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp today announced a recall.") == "BUSINESS WIRE"
    assert dateline_outlet("NEW YORK, May 1, 2025 /PRNewswire/ -- Acme announced a recall.") == "PRNewswire"
    assert dateline_outlet("LONDON, 3 March 2025 - The council voted (by nine votes to two) to close it.") is None


def test_auto_strategy_is_single_for_remote_backends() -> None:
    assert summarizer(FakeBackend()).strategy.name == "single"
    with pytest.raises(ConfigError, match="unknown strategy"):
        summarizer(FakeBackend(), strategy="nonsense")


def test_the_fake_backend_answers_every_stepwise_question_with_a_valid_answer() -> None:
    backend = FakeBackend()
    with summarizer(backend, strategy="stepwise") as s:
        brief = s.brief(ARTICLE)
    asked = {r.response_model.__name__ for r in backend.requests}
    assert "Gist" in asked and brief.main_issue == "article" and brief.usage.strategy == "stepwise"
    assert [q.text for q in brief.sources[0].quotes] == ["We are not going back until the contract is signed"]


def test_raw_text_and_focus_reach_the_prompt() -> None:
    backend = FakeBackend()
    with summarizer(backend) as s:
        brief = s.brief(TEXT, focus="the union's demands")
    assert brief.article_id.startswith("text-")
    assert "Pay particular attention to: the union's demands" in backend.requests[0].messages[1]["content"]


def test_settings_focus_is_the_default_focus() -> None:
    backend = FakeBackend()
    with summarizer(backend, focus="wages") as s:
        s.brief(ARTICLE)
    assert "Pay particular attention to: wages" in backend.requests[0].messages[1]["content"]


def test_request_identity_and_generation_settings() -> None:
    backend = FakeBackend()
    with summarizer(backend, temperature=0.3, max_tokens=512, seed=9) as s:
        s.brief(ARTICLE)
    [request] = backend.requests
    assert request.response_model is BriefDraft
    assert (request.article_id, request.article_hash) == ("strike", ARTICLE.content_hash)
    assert request.settings.key() == {"temperature": 0.3, "max_tokens": 512, "seed": 9}


def test_text_over_the_size_limit_is_refused() -> None:
    with summarizer(FakeBackend(), max_chars=10) as s, pytest.raises(ConfigError, match="over the limit of 10"):
        s.brief(TEXT)


def test_errors_propagate_from_brief() -> None:
    error = ValidationFailedError("bad output", article="strike", backend="fake", attempts=3, last_output="{}")
    with summarizer(FakeBackend([error])) as s, pytest.raises(ValidationFailedError) as info:
        s.brief(ARTICLE)
    assert info.value is error


def articles(n: int):
    return [article_from_text(f"Story number {i}. Something happened on day {i}.", id=f"a{i}") for i in range(n)]


def test_batch_keeps_order_and_isolates_failures() -> None:
    batch = articles(4)
    backend = FakeBackend(responder=lambda r: _fail_for(r, "a1") or _fail_for(r, "a2", RuntimeError("bug")) or minimal_output(r))
    done: list[Outcome] = []
    with summarizer(backend, concurrency=2) as s:
        outcomes = s.brief_many(batch, on_done=done.append)
    assert [o.article.id for o in outcomes] == ["a0", "a1", "a2", "a3"]
    assert [o.ok for o in outcomes] == [True, False, False, True]
    assert isinstance(outcomes[1].error, BackendError)
    unexpected = outcomes[2].error
    assert isinstance(unexpected, RunError) and "unexpected RuntimeError: bug" in str(unexpected)
    assert unexpected.article == "a2"
    assert sorted(o.article.id for o in done) == ["a0", "a1", "a2", "a3"]
    assert all(o.seconds >= 0 for o in outcomes)


def _fail_for(request: Request, article_id: str, error: Exception | None = None):
    if request.article_id == article_id:
        raise error or BackendError("endpoint down", article=article_id, backend="fake", attempts=5)
    return None


class SlowBackend(Backend):
    kind = "fake"
    model = "slow"

    def __init__(self, max_concurrency: int = 8) -> None:
        self.max_concurrency = max_concurrency
        self.active = 0
        self.peak = 0
        self.lock = threading.Lock()

    async def acomplete(self, request: Request) -> Completion:
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        await asyncio.sleep(0.05)
        with self.lock:
            self.active -= 1
        draft = BriefDraft(main_issue="x", summary="One. Two.")
        return Completion(draft, TokenUsage(1, 1, 1), draft.model_dump_json())


@pytest.mark.parametrize(("concurrency", "backend_limit", "peak"), [(3, 8, 3), (8, 2, 2), (1, 8, 1)])
def test_concurrency_is_bounded(concurrency: int, backend_limit: int, peak: int) -> None:
    backend = SlowBackend(backend_limit)
    with summarizer(backend, concurrency=concurrency) as s:
        outcomes = s.brief_many(articles(9))
    assert all(o.ok for o in outcomes)
    assert backend.peak == peak


def test_batch_runs_concurrently() -> None:
    started = time.monotonic()
    with summarizer(SlowBackend(), concurrency=8) as s:
        s.brief_many(articles(8))
    assert time.monotonic() - started < 0.3, "8 calls of 50 ms at concurrency 8"


def test_run_sync_works_inside_a_running_loop() -> None:
    async def caller() -> str:
        with summarizer(FakeBackend()) as s:
            return s.brief(ARTICLE).article_id

    assert asyncio.run(caller()) == "strike"
    with pytest.raises(ValueError, match="boom"):
        asyncio.run(_raise_inside_loop())


async def _raise_inside_loop() -> None:
    async def boom() -> None:
        raise ValueError("boom")

    run_sync(boom)


def test_abrief_in_the_callers_loop() -> None:
    async def main():
        with summarizer(FakeBackend()) as s:
            return await asyncio.gather(s.abrief(ARTICLE), s.abrief(TEXT))

    first, second = asyncio.run(main())
    assert first.article_id == "strike" and second.article_id.startswith("text-")


def test_usage_meter_counts_cached_calls_apart() -> None:
    meter = UsageMeter()
    completion = Completion(BriefDraft(main_issue="x", summary="A. B."), TokenUsage(10, 5, 2))
    meter.add(completion, cached=False, prompt="brief", version="1")
    meter.add(completion, cached=True, prompt="brief", version="1")
    usage = meter.usage(backend="b", model="m", strategy="single", seconds=1.23456)
    assert (usage.prompt_tokens, usage.completion_tokens, usage.attempts) == (10, 5, 2)
    assert (usage.calls, usage.cached_calls, usage.seconds, usage.prompt_version) == (2, 1, 1.235, "brief@1")


def test_close_saves_cache_stats(cache_dir) -> None:
    from summarizer.llm.cache import CallCache

    with Summarizer(Settings(), backend=FakeBackend()) as s:
        s.brief(ARTICLE)
        s.brief(ARTICLE)
    stats = CallCache(cache_dir).stats()
    assert (stats.entries, stats.last_hits, stats.last_misses) == (1, 1, 1)
