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

__all__ = ["RetryPolicy", "describe_wait", "duration", "retry_after_header", "retry_after_seconds", "retrying", "async_retrying"]


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


def retry_after_header(headers: Any) -> str | None:
    """The raw wait header as sent ('Retry-After: 3600', 'retry-after-ms: 1500'), for messages; None if absent."""
    for name in ("retry-after-ms", "retry-after"):
        try:
            value = headers.get(name) if headers is not None else None
        except Exception:  # noqa: BLE001 - any mapping-like object
            return None
        if value is not None:
            return f"{'Retry-After' if name == 'retry-after' else name}: {value}"
    return None


def duration(seconds: float) -> str:
    """A wait in the unit a person reads it in: '45 s', '10 minutes', '1 hour', '2.5 hours', '3 days'."""
    for unit, size, least in (("day", 86400.0, 1.0), ("hour", 3600.0, 1.0), ("minute", 60.0, 2.0)):
        amount = round(seconds / size, 1)
        if amount >= least:
            text = f"{amount:g}"
            return f"{text} {unit}{'' if text == '1' else 's'}"
    return f"{round(seconds) if seconds >= 10 else round(seconds, 1):g} s"


def describe_wait(seconds: float, header: str | None, budget: float) -> str:
    """'the server asked to wait 1 hour (Retry-After: 3600), more than the 180 s budget of one call (--max-seconds)'."""
    asked = f"the server asked to wait {duration(seconds)}" + (f" ({header})" if header else "")
    if seconds < budget:
        return asked
    return f"{asked}, more than the {budget:g} s budget of one call (--max-seconds)"


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
