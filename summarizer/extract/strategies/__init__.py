"""Extraction strategies: how the questions about one article are put to a model.

A strategy is an async function `run(article, ask, focus) -> BriefDraft`, where
`ask(prompt_name, response_model, **variables)` asks one cached, recorded,
retried question. `single` asks for the whole brief in one call (strong
models); `stepwise` asks a small model focused, constrained questions.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Protocol

from pydantic import BaseModel

from ...articles import Article
from ...errors import ConfigError
from ...schema import BriefDraft

if TYPE_CHECKING:
    from ..analysis import Analyzer
    from ..chunking import Window

__all__ = ["Ask", "Strategy", "get_strategy", "default_strategy", "together"]

Ask = Callable[..., Awaitable[BaseModel]]


class Strategy(Protocol):
    """`rounds` names the response models of the questions that can be asked together, in the order
    later questions need earlier answers: a batch run needs at most `len(rounds)` rounds."""

    name: str
    rounds: tuple[tuple[str, ...], ...]

    async def run(self, article: Article, ask: Ask, focus: str | None) -> BriefDraft: ...


async def together(*questions: Awaitable[Any]) -> list[Any]:
    """Ask questions that do not depend on each other at once, in order of the answers.

    Every question finishes (answered, failed, or put into a batch) before the
    first error is raised, so none is left running and a batch round holds them all.
    """
    answers = await asyncio.gather(*questions, return_exceptions=True)
    for answer in answers:
        if isinstance(answer, BaseException):
            raise answer
    return list(answers)


def default_strategy(backend_kind: str) -> str:
    """The strategy `auto` means for a backend (measured on the seed gold set)."""
    return "stepwise" if backend_kind == "local" else "single"


def get_strategy(
    name: str, *, view_chars: int | None = None, window: "Window | None" = None, analyzer: "Analyzer | None" = None
) -> Strategy:
    """The named strategy; `view_chars` caps how much of an article the stepwise model reads (0: all of it);
    `window` is the model's context window, which the single strategy splits long articles to fit; `analyzer`
    gives stepwise the article's analysis (cached; default: the default pipeline, no cache)."""
    if name == "single":
        from .single import SingleCall

        return SingleCall(window)
    if name == "stepwise":
        try:
            from .stepwise import Stepwise
        except ImportError as e:
            raise ConfigError("the stepwise strategy is not available in this build") from e
        if view_chars is None:
            return Stepwise(analyzer=analyzer)
        return Stepwise(view_chars=view_chars or None, analyzer=analyzer)
    raise ConfigError(f"unknown strategy '{name}'")


