"""Where the versioned artifacts (prompt templates, JSON Schemas) live.

In a built wheel they ship inside the package (`summarizer/_data/`); in a
checkout they are the top-level `prompts/` and `schemas/` folders.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["data_dir"]

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_dir(kind: str) -> Path:
    """The folder holding `kind` ('prompts' or 'schemas')."""
    for candidate in (_PACKAGE / "_data" / kind, _PACKAGE.parent / kind):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"summarizer data folder '{kind}' is missing from this installation")


def package_templates() -> Path:
    """Output (not prompt) templates: Markdown and HTML renderings."""
    return _PACKAGE / "templates"
