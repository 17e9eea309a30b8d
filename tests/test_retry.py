"""Bounded transport retries: Retry-After parsing, backoff, attempt and time bounds."""

from __future__ import annotations

import asyncio
import email.utils
import time

import pytest
from tenacity import RetryCallState

from summarizer.llm.retry import RetryPolicy, _Wait, async_retrying, retry_after_seconds, retrying


class Transient(Exception):
    def __init__(self, retry_after: float | None = None) -> None:
        super().__init__("transient")
        self.retry_after = retry_after


class Permanent(Exception):
    pass


def is_transient(error: BaseException) -> bool:
    return isinstance(error, Transient)


def hint(error: BaseException) -> float | None:
    return getattr(error, "retry_after", None)


FAST = RetryPolicy(max_attempts=4, max_seconds=5, initial_wait=0.01, max_wait=0.02)


# --------------------------------------------------------------------------- Retry-After


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({}, None),
        (None, None),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # in the past
    ],
)
def test_retry_after_seconds(headers, seconds) -> None:
    assert retry_after_seconds(headers) == seconds


def test_retry_after_http_date_in_the_future() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= retry_after_seconds({"retry-after": when}) <= 31


def test_retry_after_of_an_odd_object_is_no_hint() -> None:
    assert retry_after_seconds(object()) is None


# --------------------------------------------------------------------------- waits


def state_after(error: BaseException, attempt: int = 1) -> RetryCallState:
    state = RetryCallState(retry_object=None, fn=None, args=(), kwargs={})  # type: ignore[arg-type]
    state.attempt_number = attempt
    state.set_exception((type(error), error, None))
    return state


def test_wait_uses_the_hint_capped_at_the_time_budget() -> None:
    wait = _Wait(RetryPolicy(max_seconds=10), hint)
    assert wait(state_after(Transient(retry_after=3))) == 3
    assert wait(state_after(Transient(retry_after=3600))) == 10


def test_wait_without_hint_backs_off_exponentially_with_jitter() -> None:
    wait = _Wait(RetryPolicy(initial_wait=1, max_wait=30), hint)
    first = [wait(state_after(Transient(), 1)) for _ in range(50)]
    third = [wait(state_after(Transient(), 3)) for _ in range(50)]
    assert all(1 <= w <= 2 for w in first)
    assert all(4 <= w <= 5 for w in third)
    assert len(set(first)) > 1, "jittered"
    assert wait(state_after(Transient(), 20)) <= 30


# --------------------------------------------------------------------------- loops


def run(policy: RetryPolicy, outcomes: list) -> tuple[object, int]:
    calls = 0
    for attempt in retrying(policy, is_transient, hint):
        with attempt:
            calls += 1
            item = outcomes.pop(0)
            if isinstance(item, BaseException):
                raise item
            return item, calls
    raise AssertionError("unreachable")


def test_transient_errors_are_retried_until_success() -> None:
    assert run(FAST, [Transient(), Transient(), "ok"]) == ("ok", 3)


def test_attempts_are_bounded_and_the_last_error_is_raised() -> None:
    errors = [Transient() for _ in range(10)]
    with pytest.raises(Transient):
        run(FAST, errors)
    assert len(errors) == 10 - FAST.max_attempts


def test_permanent_errors_are_not_retried() -> None:
    outcomes = [Permanent(), "ok"]
    with pytest.raises(Permanent):
        run(FAST, outcomes)
    assert outcomes == ["ok"]


def test_total_time_is_bounded() -> None:
    policy = RetryPolicy(max_attempts=100, max_seconds=0.5, initial_wait=0.2, max_wait=0.2)
    started = time.monotonic()
    with pytest.raises(Transient):
        run(policy, [Transient() for _ in range(100)])
    assert time.monotonic() - started < 1.5


def test_retry_after_hint_is_waited() -> None:
    started = time.monotonic()
    assert run(FAST, [Transient(retry_after=0.4), "ok"]) == ("ok", 2)
    assert time.monotonic() - started >= 0.4


def test_async_loop_retries_and_honours_the_hint() -> None:
    async def main() -> int:
        calls = 0
        async for attempt in async_retrying(FAST, is_transient, hint):
            with attempt:
                calls += 1
                if calls < 3:
                    raise Transient(retry_after=0.1)
        return calls

    started = time.monotonic()
    assert asyncio.run(main()) == 3
    assert time.monotonic() - started >= 0.2


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0.5, "0.5 s"), (45.3, "45 s"), (600, "10 minutes"), (3599.9, "1 hour"), (3600, "1 hour"), (5400, "1.5 hours"), (172800, "2 days")],
)
def test_a_wait_is_said_in_the_unit_a_person_reads(seconds: float, text: str) -> None:
    from summarizer.llm.retry import duration

    assert duration(seconds) == text


def test_a_wait_beyond_the_budget_says_both_numbers() -> None:
    from summarizer.llm.retry import describe_wait, retry_after_header

    header = retry_after_header({"retry-after": "3600"})
    assert describe_wait(3600, header, 180) == (
        "the server asked to wait 1 hour (Retry-After: 3600), more than the 180 s budget of one call (--max-seconds)"
    )
    assert describe_wait(2, retry_after_header({"retry-after-ms": "2000"}), 180) == "the server asked to wait 2 s (retry-after-ms: 2000)"
