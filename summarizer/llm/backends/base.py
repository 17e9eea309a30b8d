"""The one backend interface: a request in, a validated object plus usage out."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from ..request import Completion, Request

__all__ = ["Backend"]


class Backend:
    """Subclasses implement `complete`; `acomplete` defaults to a worker thread.

    `kind` names the backend in keys, usage and errors; `model` names the model.
    `max_concurrency` bounds how many requests may run at once (1 = serialised).
    """

    kind: ClassVar[str] = "base"
    model: str = ""
    max_concurrency: int = 8

    def complete(self, request: Request) -> Completion:  # pragma: no cover - interface
        raise NotImplementedError

    async def acomplete(self, request: Request) -> Completion:
        return await asyncio.to_thread(self.complete, request)

    def close(self) -> None:
        """Release clients or models; the default holds nothing."""

    async def aclose(self) -> None:
        """Release what is bound to the running event loop (async connections); called before it ends."""
