"""Human-readable renderings of briefs (Markdown)."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from .resources import package_templates
from .schema import Brief

__all__ = ["brief_markdown", "stance_verb", "summary_after_issue", "template_environment"]


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
    env.globals["stance_verb"] = stance_verb
    return env


_STANCE_VERBS = {
    "supports": ("supports", "support"),
    "opposes": ("opposes", "oppose"),
    "neutral": ("is neutral on", "are neutral on"),
    "mixed": ("is mixed on", "are mixed on"),
}
"""How a stance label reads between its holder and target, for one holder and for a group (a plural noun)."""


def stance_verb(label: str, plural: bool = False) -> str:
    """The words a stance label reads as in a sentence: 'Okafor supports the ban', 'Residents oppose the ban', 'The
    council is neutral on the ban' (`plural`: the holder is a group of people, named by a plural noun)."""
    single, many = _STANCE_VERBS.get(label, (label, label))
    return many if plural else single


def brief_markdown(brief: Brief) -> str:
    """A one-page Markdown brief: the main issue, then what the summary adds to it, then the tables and lists."""
    return template_environment().get_template("brief.md.j2").render(brief=brief, rest=summary_after_issue(brief)).strip() + "\n"


def summary_after_issue(brief: Brief) -> str:
    """The summary without its opening main issue: a summary stands alone (a memo's table shows it without the
    issue), so it opens with the issue, which a page that shows the issue above it would say twice. The whole
    summary when it opens otherwise; '' when it is the issue and nothing more."""
    issue, summary = _oneline(brief.main_issue).rstrip("."), _oneline(brief.summary)
    if issue and summary.casefold().startswith(issue.casefold()):
        return summary[len(issue) :].lstrip(".!? ")
    return summary
