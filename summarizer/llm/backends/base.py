"""The one backend interface: a request in, a validated object plus usage out."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar
from urllib.parse import urlsplit

from ..request import Completion, Request

__all__ = ["Backend", "endpoint_of", "quiet_instructor_logs"]

# instructor logs every failed attempt at ERROR; with no logging configured Python would print
# those to stderr. Our errors say it once, so its records go only where the application routes them.
_QUIET = logging.NullHandler()


def quiet_instructor_logs() -> None:
    """Give instructor's loggers a do-nothing handler (once), so they never reach stderr by default."""
    logger = logging.getLogger("instructor")
    if _QUIET not in logger.handlers:
        logger.addHandler(_QUIET)


class Backend:
    """Subclasses implement `complete`; `acomplete` defaults to a worker thread.

    `kind` names the backend in keys, usage and errors; `model` names the model.
    `max_concurrency` bounds how many requests may run at once (1 = serialised).
    `context_tokens` is the model's context window in tokens, None when not known.
    """

    kind: ClassVar[str] = "base"
    model: str = ""
    max_concurrency: int = 8
    context_tokens: int | None = None  # the model's context window in tokens, when known

    def identity(self) -> dict[str, Any]:
        """Who answers, as the cache key sees it: backend kind, model, endpoint and structured-output mode.

        The endpoint is `scheme://host:port/path` (`endpoint_of`), never a key, user name or query;
        None for a model in this process. The mode is how structure is asked for (None: not applicable).
        """
        return {"backend": self.kind, "model": self.model, "endpoint": None, "mode": None}

    def complete(self, request: Request) -> Completion:  # pragma: no cover - interface
        raise NotImplementedError

    async def acomplete(self, request: Request) -> Completion:
        return await asyncio.to_thread(self.complete, request)

    def close(self) -> None:
        """Release clients or models; the default holds nothing."""

    async def aclose(self) -> None:
        """Release what is bound to the running event loop (async connections); called before it ends."""


_DEFAULT_PORTS = {"http": 80, "https": 443}


def endpoint_of(base_url: str) -> str:
    """`scheme://host:port/path` of a base URL: lower-case scheme and host, the port spelled out,
    no trailing slash, and nothing that may carry a secret (user, password, query, fragment).

        endpoint_of("HTTPS://user:sk@API.Example.com/v1/?key=x") == "https://api.example.com:443/v1"
    """
    parts = urlsplit(base_url.strip())
    scheme = (parts.scheme or "http").lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme)
    except ValueError:  # a port that is not a number: keep the host alone
        port = None
    path = parts.path.rstrip("/")
    return f"{scheme}://{host}{f':{port}' if port else ''}{path}"
