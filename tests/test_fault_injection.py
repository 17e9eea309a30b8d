"""Faults injected by a real OpenAI-protocol server on 127.0.0.1, through the real client and pipeline.

For each fault: bounded retries, then success or a clean per-article failure;
no other article is lost; the cache holds exactly one valid entry per briefed
article and nothing for a failed one; every test is bounded in time.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from openai_server import Fault, OpenAIServer

from summarizer.articles import Article, article_from_text
from summarizer.config import Settings
from summarizer.errors import BackendError, ValidationFailedError
from summarizer.extract.pipeline import Outcome, Summarizer
from summarizer.llm.backends.openai_compat import OpenAIBackend
from summarizer.llm.cache import CallCache
from summarizer.llm.request import Request
from summarizer.llm.retry import RetryPolicy
from summarizer.schema import BriefDraft

pytestmark = pytest.mark.timeout(60)

QUICK_RETRY = RetryPolicy(max_attempts=3, max_seconds=10, initial_wait=0.05, max_wait=0.2)


def articles(n: int = 3) -> list[Article]:
    return [
        article_from_text(
            f"Harbour Plan {i}\n\nMayor Jane Porter said \"the harbour plan number {i} will go ahead\" on Monday. "
            f"Critics from the Dock Union opposed plan {i}.",
            id=f"a{i}",
        )
        for i in range(n)
    ]


def summarizer(server: OpenAIServer, cache_dir: Path, *, concurrency: int = 1, timeout: float = 2.0,
               retry: RetryPolicy = QUICK_RETRY, max_reasks: int = 1) -> Summarizer:
    backend = OpenAIBackend(model="test-model", base_url=server.url, mode="json_schema", timeout=timeout,
                            retry=retry, max_reasks=max_reasks, max_concurrency=concurrency)
    settings = Settings(backend="openai", base_url=server.url, model="test-model", cache_dir=str(cache_dir),
                        concurrency=concurrency)
    return Summarizer(settings, backend=backend)


def run(server: OpenAIServer, cache_dir: Path, batch: list[Article], **options) -> list[Outcome]:
    with summarizer(server, cache_dir, **options) as s:
        return s.brief_many(batch)


def assert_cache_consistent(cache_dir: Path, outcomes: list[Outcome]) -> None:
    """Exactly one valid entry per briefed article; none for failed ones."""
    with CallCache(cache_dir) as cache:
        keys = [k for k in cache._cache.iterkeys() if not str(k).startswith("__")]
        assert len(keys) == sum(o.ok for o in outcomes)
        probe = Request((), BriefDraft, None, "", "", "", "", "")  # type: ignore[arg-type]
        for key in keys:
            assert cache.get(key, probe) is not None, "corrupt cache entry"


# (faults for the first article's requests, does it end briefed, the error type if not, requests it takes)
CASES = {
    "429 with Retry-After": ([Fault("429", retry_after=0.3)], True, None, 2),
    "burst of 500/503": (["500", "503"], True, None, 3),
    "burst past the attempt bound": (["500", "503", "500"], False, BackendError, 3),
    "slower than the timeout": ([Fault("slow", delay=3)], True, None, 2),
    "dropped connection": (["drop"], True, None, 2),
    "truncated JSON": (["truncated"], True, None, 2),
    "finish_reason length": (["length"], False, ValidationFailedError, 1),
    "schema-invalid output": (["invalid"], True, None, 2),
    "schema-invalid every time": (["invalid", "invalid"], False, ValidationFailedError, 2),
    "empty content": (["empty"], True, None, 2),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_fault_is_retried_or_fails_cleanly_and_loses_nothing(case, openai_server, cache_dir):
    faults, briefed, error_type, requests = CASES[case]
    openai_server.script(*faults)
    batch = articles()
    started = time.monotonic()
    outcomes = run(openai_server, cache_dir, batch, timeout=1.0)
    assert time.monotonic() - started < 20
    first, rest = outcomes[0], outcomes[1:]
    assert [o.article.id for o in outcomes] == [a.id for a in batch]
    assert all(o.ok for o in rest), [str(o.error) for o in rest]
    assert first.ok is briefed, str(first.error)
    if briefed:
        assert first.brief.usage.attempts == requests
    else:
        assert isinstance(first.error, error_type)
        assert first.error.article == "a0" and first.error.attempts == requests
        assert "\n" not in str(first.error)
    assert len(openai_server.completions) == requests + len(rest)
    assert_cache_consistent(cache_dir, outcomes)


def test_retry_after_is_waited_for(openai_server, cache_dir):
    openai_server.script(Fault("429", retry_after=0.5))
    run(openai_server, cache_dir, articles(1))
    first, second = openai_server.completions
    assert second.at - first.at >= 0.45


def test_one_429_pauses_every_worker(openai_server, cache_dir):
    """After a 429 with Retry-After, no worker sends anything until the pause is over."""
    openai_server.script(Fault("429", retry_after=1), *[Fault("slow", delay=0.2)] * 20)
    outcomes = run(openai_server, cache_dir, articles(8), concurrency=4)
    assert all(o.ok for o in outcomes)
    received = openai_server.completions
    limited = next(r for r in received if r.fault == "429")
    later = [r for r in received if r.at > limited.at + 0.05]
    assert len(later) >= 5  # the retry and the four articles that had not started
    assert min(r.at for r in later) >= limited.at + 0.95


def test_failed_article_is_recomputed_and_briefed_ones_are_not(openai_server, cache_dir):
    openai_server.script("invalid", "invalid")
    first = run(openai_server, cache_dir, articles())
    assert [o.ok for o in first] == [False, True, True]
    openai_server.reset()
    second = run(openai_server, cache_dir, articles())
    assert all(o.ok for o in second)
    assert len(openai_server.completions) == 1  # only the article that failed
    assert_cache_consistent(cache_dir, second)


def test_mixed_faults_under_concurrency_every_article_accounted_for(openai_server, cache_dir):
    openai_server.script(
        Fault("429", retry_after=0.2), "500", "drop", "truncated", "empty", "503", "invalid", "ok", "500",
        Fault("slow", delay=3), "ok", "length",
    )
    batch = articles(12)
    outcomes = run(openai_server, cache_dir, batch, concurrency=6, timeout=1.0)
    assert sorted(o.article.id for o in outcomes) == sorted(a.id for a in batch)
    for o in outcomes:
        assert o.ok or str(o.error).startswith(("request failed", "output")), str(o.error)
    assert sum(o.ok for o in outcomes) >= 10
    assert_cache_consistent(cache_dir, outcomes)
