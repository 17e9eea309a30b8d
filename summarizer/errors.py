"""The error tree of summarizer.

    SummarizerError                 root: catch this to catch everything we raise
    ├── ConfigError                 the user must change something (flag, env, file)
    │   ├── InputError              an article could not be read or is unusable
    │   └── MissingDependencyError  an optional extra is not installed
    └── RunError                    the model or the transport failed at run time
        ├── BackendError            transport failed after bounded retries
        │   └── ContextLengthError  the prompt does not fit the model's context window
        ├── ValidationFailedError   the model kept giving output that fails the schema
        └── ReplayMissError         no recording answers this request

Each carries what a user needs to act on it: the article, the backend, the number
of attempts and the last raw output (shortened). Messages never contain secrets.
"""

from __future__ import annotations

__all__ = [
    "SummarizerError",
    "ConfigError",
    "InputError",
    "MissingDependencyError",
    "RunError",
    "BackendError",
    "ContextLengthError",
    "ValidationFailedError",
    "ReplayMissError",
    "shorten",
]


def shorten(text: str | None, limit: int = 300) -> str:
    """One-line, bounded rendering of raw model output for error messages."""
    if not text:
        return ""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SummarizerError(Exception):
    """Root of every error summarizer raises on purpose."""


class ConfigError(SummarizerError):
    """Something the user must fix: a flag, an environment variable, a file."""


class InputError(ConfigError):
    """An article could not be read, decoded or is empty."""


class MissingDependencyError(ConfigError):
    """An optional extra is needed for what was asked."""


class RunError(SummarizerError):
    """A model call failed at run time; names the article, backend and attempts."""

    def __init__(
        self,
        message: str,
        *,
        article: str | None = None,
        backend: str | None = None,
        attempts: int | None = None,
        last_output: str | None = None,
    ) -> None:
        self.article = article
        self.backend = backend
        self.attempts = attempts
        self.last_output = last_output
        super().__init__(message)

    def __str__(self) -> str:
        parts = [self.args[0] if self.args else self.__class__.__name__]
        context = []
        if self.article:
            context.append(f"article {self.article}")
        if self.backend:
            context.append(f"backend {self.backend}")
        if self.attempts is not None:
            context.append(f"{self.attempts} attempt{'s' if self.attempts != 1 else ''}")
        if context:
            parts.append(f"({', '.join(context)})")
        if self.last_output:
            parts.append(f"last output: {shorten(self.last_output)}")
        return " ".join(parts)


class BackendError(RunError):
    """The endpoint or model failed (HTTP errors, timeouts, dropped connections)."""


class ContextLengthError(BackendError):
    """A prompt too long for the model's context window; `limit` is the window in tokens when known."""

    def __init__(self, message: str, *, limit: int | None = None, **context: object) -> None:
        self.limit = limit
        super().__init__(message, **context)  # type: ignore[arg-type]


class ValidationFailedError(RunError):
    """The model's output kept failing the schema after the allowed re-asks."""


class ReplayMissError(RunError):
    """Replay mode found no recording for a request."""
