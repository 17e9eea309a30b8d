"""Client-side rate limits: requests per minute and tokens per minute (async token buckets).

A call reserves one request and its estimated tokens before it is sent, and
settles afterwards with what it really used (extra attempts, completion
tokens); the difference is taken from the bucket, which may go into debt, so
later calls wait for it. Each bucket refills evenly and holds at most one
second's worth, so a limit is never exceeded in a burst. A call bigger than
that waits for a full bucket and then runs. Waiters are served in order.
"""

from __future__ import annotations

import asyncio
import time
from typing import Awaitable, Callable

__all__ = ["Bucket", "RateLimiter", "estimate_tokens"]

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


def estimate_tokens(text_chars: int) -> int:
    """Rough tokens for English text: about four characters per token."""
    return max(1, text_chars // 4)


class Bucket:
    """`per_minute` units, refilled continuously, capacity one second's worth (at least 1)."""

    def __init__(self, per_minute: float, clock: Clock = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate)
        self.clock = clock
        self.level = self.capacity
        self.stamp = clock()

    def _refill(self) -> None:
        now = self.clock()
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait_for(self, amount: float) -> float:
        """Seconds until `amount` (capped at capacity) is available; 0 when it is now."""
        self._refill()
        missing = min(amount, self.capacity) - self.level
        return max(0.0, missing / self.rate)

    def take(self, amount: float) -> None:
        self._refill()
        self.level = min(self.capacity, self.level - amount)


class RateLimiter:
    """Bounds requests and tokens per minute across every worker of one event loop or more."""

    def __init__(
        self,
        rpm: float | None = None,
        tpm: float | None = None,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.requests = Bucket(rpm, clock) if rpm else None
        self.tokens = Bucket(tpm, clock) if tpm else None
        self.sleep = sleep
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def active(self) -> bool:
        return bool(self.requests or self.tokens)

    async def acquire(self, tokens: int = 0) -> None:
        """Wait until one request with about `tokens` tokens may go, then reserve them."""
        if not self.active:
            return
        async with self._loop_lock():
            while (delay := self._delay(tokens)) > 0:
                await self.sleep(delay)
            self._take(1, tokens)

    def settle(self, *, requests: int = 0, tokens: int = 0) -> None:
        """Charge what a call used beyond its reservation (may be negative for tokens)."""
        self._take(requests, tokens)

    def _delay(self, tokens: int) -> float:
        waits = [self.requests.wait_for(1) if self.requests else 0.0]
        if self.tokens and tokens:
            waits.append(self.tokens.wait_for(tokens))
        return max(waits)

    def _take(self, requests: int, tokens: int) -> None:
        if self.requests and requests:
            self.requests.take(requests)
        if self.tokens and tokens:
            self.tokens.take(tokens)

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:  # run_sync may start a new loop per call
            self._lock, self._loop = asyncio.Lock(), loop
        return self._lock
