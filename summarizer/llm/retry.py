"""Bounded transport retries: exponential backoff with jitter, Retry-After honoured."""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass
from typing import Any, Callable

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential,
    wait_random,
)

__all__ = ["RetryPolicy", "retry_after_seconds", "retrying", "async_retrying"]


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    max_seconds: float = 180.0
    initial_wait: float = 1.0
    max_wait: float = 30.0


def retry_after_seconds(headers: Any) -> float | None:
    """Seconds from `retry-after-ms` or `Retry-After` (seconds or an HTTP date)."""
    if headers is None:
        return None
    try:
        ms = headers.get("retry-after-ms")
        if ms is not None:
            return max(0.0, float(ms) / 1000)
        value = headers.get("retry-after")
    except Exception:  # noqa: BLE001 - any mapping-like object
        return None
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError):  # neither seconds nor an HTTP date: no hint
        return None
    return max(0.0, parsed.timestamp() - time.time()) if parsed else None


class _Wait:
    """Retry-After when the error carries one, else exponential backoff with jitter."""

    def __init__(self, policy: RetryPolicy, retry_after: Callable[[BaseException], float | None]) -> None:
        self.backoff = wait_exponential(multiplier=policy.initial_wait, max=policy.max_wait) + wait_random(0, policy.initial_wait)
        self.retry_after = retry_after
        self.cap = policy.max_seconds
        self.max_wait = policy.max_wait

    def __call__(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        hinted = self.retry_after(error) if error is not None else None
        return min(hinted, self.cap) if hinted is not None else min(self.backoff(state), self.max_wait)


def _kwargs(
    policy: RetryPolicy,
    is_transient: Callable[[BaseException], bool],
    retry_after: Callable[[BaseException], float | None],
) -> dict[str, Any]:
    return {
        "stop": stop_after_attempt(policy.max_attempts) | stop_before_delay(policy.max_seconds),
        "wait": _Wait(policy, retry_after),
        "retry": retry_if_exception(is_transient),
        "reraise": True,
    }


def retrying(policy: RetryPolicy, is_transient, retry_after) -> Retrying:
    return Retrying(**_kwargs(policy, is_transient, retry_after))


def async_retrying(policy: RetryPolicy, is_transient, retry_after) -> AsyncRetrying:
    return AsyncRetrying(**_kwargs(policy, is_transient, retry_after))
