"""Human-readable renderings of briefs (Markdown)."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from .resources import package_templates
from .schema import Brief

__all__ = ["brief_markdown", "template_environment"]


def _oneline(text: str) -> str:
    return " ".join(str(text).split())


def _cell(text: str) -> str:
    return _oneline(text).replace("|", "\\|")


@lru_cache(maxsize=None)
def template_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(package_templates())),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html", "html.j2"]),
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["oneline"] = _oneline
    env.filters["cell"] = _cell
    return env


def brief_markdown(brief: Brief) -> str:
    """A one-page Markdown brief."""
    return template_environment().get_template("brief.md.j2").render(brief=brief).strip() + "\n"
