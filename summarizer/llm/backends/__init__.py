"""Backends behind one interface; provider SDKs are imported lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..request import Completion, GenerationSettings, Request, TokenUsage
from .base import Backend, endpoint_of
from .fake import FakeBackend

if TYPE_CHECKING:
    from ...config import Settings

__all__ = ["Backend", "endpoint_of", "Completion", "FakeBackend", "GenerationSettings", "Request", "TokenUsage", "make_backend"]


def make_backend(settings: "Settings") -> Backend:
    """Build the backend the settings ask for."""
    from ...config import DEFAULT_OPENAI_MODEL
    from ..retry import RetryPolicy

    kind = settings.backend_kind
    if kind == "replay":
        from .replay import ReplayBackend

        return ReplayBackend(
            settings.replay_dir or ".",
            model=settings.model,
            endpoint=endpoint_of(settings.base_url) if settings.base_url else None,
            mode=None if settings.mode == "auto" else settings.mode,
        )
    if kind == "fake":
        return FakeBackend(model=settings.model or "fake-model")
    if kind == "openai":
        from .openai_compat import OpenAIBackend

        return OpenAIBackend(
            model=settings.model or DEFAULT_OPENAI_MODEL,
            base_url=settings.base_url,
            api_key=settings.api_key,
            mode=settings.mode,
            timeout=settings.timeout,
            retry=RetryPolicy(max_attempts=settings.max_attempts, max_seconds=settings.max_seconds),
            max_reasks=settings.max_reasks,
            max_concurrency=settings.concurrency,
            context_tokens=settings.context_tokens,
        )
    if kind == "local":
        from .local import LocalBackend

        return LocalBackend.from_settings(settings)
    from ...errors import ConfigError

    raise ConfigError(f"unknown backend '{kind}'")
