"""Extraction strategies: how the questions about one article are put to a model.

A strategy is an async function `run(article, ask, focus) -> BriefDraft`, where
`ask(prompt_name, response_model, **variables)` asks one cached, recorded,
retried question. `single` asks for the whole brief in one call (strong
models); `stepwise` asks a small model focused, constrained questions.
"""

from __future__ import annotations

from typing import Awaitable, Callable, Protocol

from pydantic import BaseModel

from ...articles import Article
from ...errors import ConfigError
from ...schema import BriefDraft

__all__ = ["Ask", "Strategy", "get_strategy", "default_strategy"]

Ask = Callable[..., Awaitable[BaseModel]]


class Strategy(Protocol):
    name: str

    async def run(self, article: Article, ask: Ask, focus: str | None) -> BriefDraft: ...


def default_strategy(backend_kind: str) -> str:
    """The strategy `auto` means for a backend (measured on the seed gold set)."""
    return "stepwise" if backend_kind == "local" else "single"


def get_strategy(name: str, *, view_chars: int | None = None) -> Strategy:
    """The named strategy; `view_chars` caps how much of an article the stepwise model reads (0: all of it)."""
    if name == "single":
        from .single import SingleCall

        return SingleCall()
    if name == "stepwise":
        try:
            from .stepwise import Stepwise
        except ImportError as e:
            raise ConfigError("the stepwise strategy is not available in this build") from e
        return Stepwise() if view_chars is None else Stepwise(view_chars=view_chars or None)
    raise ConfigError(f"unknown strategy '{name}'")


