"""summarizer: structured, verifiable briefs and briefing memos from articles.

    >>> import summarizer
    >>> brief = summarizer.brief(open("article.txt").read())          # embedded model
    >>> brief = summarizer.brief(text, base_url="http://127.0.0.1:8000/v1", model="qwen2.5")
    >>> [q.text for s in brief.sources for q in s.quotes]              # every quote is a real span

Options are the fields of `summarizer.Settings` (backend, model, base_url,
api_key, strategy, cache_dir, use_cache, record_dir, replay_dir, ...);
environment variables and the config file fill in what is not given.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from .articles import Article, LoadFailure, article_from_text, load_articles, load_path
from .config import Settings, resolve_settings
from .errors import (
    BackendError,
    ConfigError,
    ContextLengthError,
    InputError,
    MissingDependencyError,
    ReplayMissError,
    RunError,
    SummarizerError,
    ValidationFailedError,
)
from .extract.pipeline import Outcome, Summarizer
from .llm.backends import Backend, FakeBackend
from .memos.build import amemo, memo
from .memos.schema import Memo
from .schema import Brief

try:
    __version__ = version("summarizer")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0.0.0+checkout"

__all__ = [
    "Article",
    "Backend",
    "BackendError",
    "Brief",
    "ConfigError",
    "ContextLengthError",
    "FakeBackend",
    "InputError",
    "LoadFailure",
    "Memo",
    "MissingDependencyError",
    "Outcome",
    "ReplayMissError",
    "RunError",
    "Settings",
    "Summarizer",
    "SummarizerError",
    "ValidationFailedError",
    "__version__",
    "abrief",
    "amemo",
    "article_from_text",
    "brief",
    "load_articles",
    "load_path",
    "memo",
    "resolve_settings",
]


def _summarizer(options: dict[str, Any]) -> Summarizer:
    backend = options.pop("backend", None)
    if isinstance(backend, Backend):
        return Summarizer(resolve_settings(options), backend=backend)
    if backend is not None:
        options["backend"] = backend
    return Summarizer(resolve_settings(options))


def brief(text_or_article: str | Article, *, focus: str | None = None, **options: Any) -> Brief:
    """Brief one article. `options` are Settings fields, or `backend=` a Backend instance."""
    with _summarizer(dict(options)) as s:
        return s.brief(text_or_article, focus=focus)


async def abrief(text_or_article: str | Article, *, focus: str | None = None, **options: Any) -> Brief:
    """Async `brief`."""
    s = _summarizer(dict(options))
    try:
        return await s.abrief(text_or_article, focus=focus)
    finally:
        await s.backend.aclose()
        s.close()
