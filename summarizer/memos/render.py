"""Memo renderings: Markdown, one self-contained HTML file, and JSON.

In HTML every passage the memo shows (quote, stance evidence, dated event,
loaded term) links to `#a-<label>-<start>-<end>`, an element wrapping that span
of the article text embedded at the end of the page; CSS `:target` and a few
lines of inline script highlight it. No external asset is loaded.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Iterator

from markupsafe import Markup, escape
from pydantic import BaseModel

from ..errors import ConfigError
from ..render import template_environment
from .schema import Memo, Passage, Quote, TimelineEvent, day_without_number

__all__ = [
    "FORMATS",
    "format_for_path",
    "passage_id",
    "passages",
    "render_memo",
    "memo_markdown",
    "memo_html",
    "memo_json",
    "year_note",
]

FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}
STANCE_SIGNS = {"supports": "+", "opposes": "−", "mixed": "±", "neutral": "="}


def format_for_path(path: str | Path | None) -> str:
    """'md', 'html' or 'json' from an output file name; Markdown when there is none."""
    if path is None:
        return "md"
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ConfigError(f"cannot tell the memo format from '{Path(path).name}': use .md, .html or .json")
    return FORMATS[suffix]


def render_memo(memo: Memo, fmt: str = "md") -> str:
    renderers = {"md": memo_markdown, "html": memo_html, "json": memo_json}
    if fmt not in renderers:
        raise ConfigError(f"unknown memo format '{fmt}' (choose md, html or json)")
    return renderers[fmt](memo)


def memo_json(memo: Memo) -> str:
    return memo.model_dump_json(indent=2) + "\n"


def memo_markdown(memo: Memo) -> str:
    """Readable as plain text and rendered."""
    return re.sub(r"\n{3,}", "\n\n", _render("memo.md.j2", memo)).strip() + "\n"


def memo_html(memo: Memo) -> str:
    """One self-contained page with the article texts embedded."""
    return _render("memo.html.j2", memo, article_html=_articles_html(memo))


def _render(template: str, memo: Memo, **extra: object) -> str:
    env = template_environment()
    labels = {a.id: a.label for a in memo.articles}
    return env.get_template(template).render(
        memo=memo,
        label=lambda article_id: labels.get(article_id, article_id),
        labels=lambda ids: ", ".join(labels.get(i, i) for i in ids),
        anchor=lambda p: passage_id(labels.get(p.article, p.article), p.start, p.end),
        sign=STANCE_SIGNS,
        cell_for=lambda row, article_id: next((c for c in row.cells if c.article == article_id), None),
        matrix_articles=[a for a in memo.articles if any(c.article == a.id for r in memo.stances for c in r.cells)],
        default_rows=[r for r in memo.stances if r.default_view],
        other_rows=[r for r in memo.stances if not r.default_view],
        framing_rows=_framing_rows(memo),
        by_holder=_by_holder,
        year_note=year_note,
        **extra,
    ).strip() + "\n"


YEAR_NOTES = {
    "article_date": "{year}, from the article's date",
    "same_sentence": "{year}, from the same sentence",
    "preceding_sentence": "{year}, from the sentence before",
    "not_stated": "year not stated",
}


def year_note(event: TimelineEvent) -> str:
    """' (2022, from the article's date)' where the year is not part of the date as written; '' where it is; the
    whole date for a day the article names by no number ('Tuesday (2026-03-10, from the article's date)')."""
    note = YEAR_NOTES.get(event.year_from)
    whole = day_without_number(event.date, event.sort_key)
    return f" ({note.format(year=event.sort_key if whole else event.sort_key[:4])})" if note else ""


def passage_id(label: str, start: int, end: int) -> str:
    return f"a-{label}-{start}-{end}"


def _by_holder(positions: list) -> list[tuple[str, list[str], bool]]:
    """(holder, articles, judged): judged when every one of the holder's positions is the model's reading."""
    grouped: dict[str, list[str]] = {}
    stated: dict[str, bool] = {}
    for p in positions:
        grouped.setdefault(p.holder, [])
        stated[p.holder] = stated.get(p.holder, False) or p.basis == "stated"
        if p.article not in grouped[p.holder]:
            grouped[p.holder].append(p.article)
    return [(holder, ids, not stated[holder]) for holder, ids in grouped.items()]


def _framing_rows(memo: Memo) -> list[dict[str, object]]:
    """Loaded terms and scare quotes grouped by article, term (a loaded term in lower case), actor and voice, with a count."""
    groups: dict[tuple[str, str, str | None, str, str], list] = defaultdict(list)
    for f in memo.framing:
        term = f.term if f.kind == "scare_quote" else f.term.lower()
        groups[(f.article, term, f.actor, f.voice, f.kind)].append(f)
    return [
        {"article": k[0], "term": k[1], "actor": k[2], "voice": k[3], "kind": k[4], "tone": v[0].tone, "count": len(v), "first": v[0]}
        for k, v in groups.items()
    ]


# --------------------------------------------------------------------------- article texts


def _spans(memo: Memo) -> dict[str, set[tuple[int, int]]]:
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for item in passages(memo):
        if item.end > item.start:
            spans[item.article].add((item.start, item.end))
    return spans


def passages(value: object) -> Iterator[Passage | Quote]:
    """Every passage and quote anywhere inside a memo (or any part of one)."""
    if isinstance(value, (Passage, Quote)):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from passages(item)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from passages(getattr(value, name))


def _articles_html(memo: Memo) -> dict[str, Markup]:
    spans = _spans(memo)
    out = {}
    for article in memo.articles:
        if article.text is not None:
            out[article.id] = marked_text(article.text, article.label, spans.get(article.id, set()))
    return out


def marked_text(text: str, label: str, spans: set[tuple[int, int]]) -> Markup:
    """The text as HTML, each span wrapped in <mark id=...>; crossing spans are split into parts.

    A span that crosses another is closed and reopened around it; its first part
    carries the id, later parts `data-of` the same id (the script highlights all).
    """
    starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for start, end in spans:
        starts[start].append((start, end))
    bounds = sorted({p for s in spans for p in s} | {0, len(text)})
    out: list[str] = []
    stack: list[tuple[int, int]] = []
    opened: set[tuple[int, int]] = set()
    for n, pos in enumerate(bounds):
        if n:
            out.append(str(escape(text[bounds[n - 1] : pos])))
        reopen = []
        while any(end <= pos for _, end in stack):
            span = stack.pop()
            out.append("</mark>")
            if span[1] > pos:
                reopen.append(span)
        for span in sorted(reopen + starts.get(pos, []), key=lambda s: -s[1]):
            if span[1] <= pos:
                continue
            ident = passage_id(label, *span)
            attr = f'data-of="{ident}"' if span in opened else f'id="{ident}"'
            out.append(f'<mark class="passage" {attr}>')
            opened.add(span)
            stack.append(span)
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))
