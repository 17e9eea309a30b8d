"""Client-side rate limits: token buckets on a fake clock, and through the pipeline."""

from __future__ import annotations

import asyncio
import time

import pytest

from summarizer.articles import article_from_text
from summarizer.config import Settings, resolve_settings
from summarizer.errors import ConfigError
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.backends import FakeBackend
from summarizer.llm.ratelimit import RateLimiter


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


def limiter(**limits: float) -> tuple[RateLimiter, FakeTime]:
    t = FakeTime()
    return RateLimiter(**limits, clock=t.clock, sleep=t.sleep), t


def test_requests_per_minute_are_spread_evenly():
    rl, t = limiter(rpm=60)

    async def go() -> list[float]:
        stamps = []
        for _ in range(5):
            await rl.acquire()
            stamps.append(t.now)
        return stamps

    assert asyncio.run(go()) == pytest.approx([0, 1, 2, 3, 4])


def test_tokens_per_minute_wait_for_the_bucket_and_debt_is_paid():
    rl, t = limiter(tpm=6000)  # 100 tokens a second, bucket of 100

    async def go() -> None:
        await rl.acquire(50)
        await rl.acquire(50)
        assert t.now == 0
        await rl.acquire(50)
        assert t.now == pytest.approx(0.5)
        rl.settle(tokens=200)  # the call used more than it reserved
        await rl.acquire(10)
        assert t.now == pytest.approx(0.5 + 2.1)

    asyncio.run(go())


def test_a_call_bigger_than_the_bucket_still_runs_and_later_ones_wait():
    rl, t = limiter(tpm=6000)

    async def go() -> None:
        await rl.acquire(500)
        assert t.now == 0
        await rl.acquire(10)
        assert t.now == pytest.approx(4.1)

    asyncio.run(go())


def test_no_limits_means_no_waiting():
    rl, t = limiter()
    assert not rl.active
    asyncio.run(rl.acquire(10**9))
    assert t.now == 0


def test_waiters_are_served_in_order_across_tasks():
    rl, t = limiter(rpm=60)
    order: list[int] = []

    async def worker(n: int) -> None:
        await rl.acquire()
        order.append(n)

    async def go() -> None:
        await asyncio.gather(*(worker(n) for n in range(4)))

    asyncio.run(go())
    assert order == [0, 1, 2, 3]
    assert t.now == pytest.approx(3)


def test_settings_flags_and_environment():
    assert resolve_settings({}, env={"SUMMARIZER_RPM": "120", "SUMMARIZER_TPM": "9000"}).rpm == 120
    assert resolve_settings({"tpm": 50}, env={"SUMMARIZER_TPM": "9000"}).tpm == 50
    with pytest.raises(ConfigError, match="rpm must be positive"):
        Settings(rpm=-1).validate()


def test_pipeline_honours_rpm_across_concurrent_workers():
    articles = [article_from_text(f"Article number {i} says something.", id=f"a{i}") for i in range(12)]
    settings = Settings(backend="fake", use_cache=False, concurrency=8, rpm=600)  # 10 a second, burst 10
    with Summarizer(settings, backend=FakeBackend()) as summarizer:
        started = time.perf_counter()
        outcomes = summarizer.brief_many(articles)
        elapsed = time.perf_counter() - started
    assert all(o.ok for o in outcomes)
    assert elapsed >= 0.15  # the two calls past the burst waited for the bucket
