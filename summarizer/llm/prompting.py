"""Prompt templates: strict Jinja2 rendering, versions and content hashes.

A prompt is a pair of templates in `prompts/`: `<name>.system.j2` and
`<name>.user.j2`. The system template's first line declares the version,
`{# version: N #}`. The hash of both files goes into every cache key, so an
edited prompt never returns a stale answer.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2

from ..errors import ConfigError
from ..resources import data_dir

__all__ = ["Prompt", "PromptTemplate", "fence", "load_template", "render"]

_VERSION = re.compile(r"\{#-?\s*version:\s*([\w.\-]+)\s*-?#\}")


@dataclass(frozen=True)
class Prompt:
    """A rendered prompt: chat messages plus what identifies their template."""

    name: str
    version: str
    template_hash: str
    messages: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    version: str
    hash: str
    system: jinja2.Template
    user: jinja2.Template

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"

    def render(self, **variables: Any) -> Prompt:
        try:
            messages = (
                {"role": "system", "content": self.system.render(**variables).strip()},
                {"role": "user", "content": self.user.render(**variables).strip()},
            )
        except jinja2.UndefinedError as e:
            raise ConfigError(f"prompt '{self.name}': {e.message}") from e
        return Prompt(self.name, self.version, self.hash, messages)


@lru_cache(maxsize=None)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_dir("prompts"))),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )
    env.globals["fence"] = fence
    return env


@lru_cache(maxsize=None)
def load_template(name: str) -> PromptTemplate:
    """Load `<name>.system.j2` and `<name>.user.j2` with their version and hash."""
    env = _environment()
    try:
        system_source = env.loader.get_source(env, f"{name}.system.j2")[0]  # type: ignore[union-attr]
        user_source = env.loader.get_source(env, f"{name}.user.j2")[0]  # type: ignore[union-attr]
    except jinja2.TemplateNotFound as e:
        raise ConfigError(f"no prompt template named '{name}' (missing {e.name})") from e
    match = _VERSION.search(system_source)
    if not match:
        raise ConfigError(f"prompt '{name}' declares no version ({{# version: N #}})")
    digest = hashlib.sha256((system_source + "\0" + user_source).encode()).hexdigest()
    return PromptTemplate(
        name=name,
        version=match.group(1),
        hash=digest,
        system=env.get_template(f"{name}.system.j2"),
        user=env.get_template(f"{name}.user.j2"),
    )


def render(name: str, **variables: Any) -> Prompt:
    return load_template(name).render(**variables)


def fence(text: str, base: str = "ARTICLE") -> str:
    """A fence marker that does not occur in `text`, so the article cannot close it."""
    marker, n = base, 0
    while f"<<<{marker}" in text or f"{marker}>>>" in text:
        n += 1
        marker = f"{base}_{n}"
    return marker
