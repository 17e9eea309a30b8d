"""Markdown articles: the text a reader sees, with the title and metadata a Markdown file gives.

A Markdown file (`.md`) is read through its CommonMark parse (markdown-it-py),
never as raw text, so its markup is no part of the article: `# ` before a
heading, `*` or `_` around emphasis, `> ` before a quotation, `- ` or `1. `
before a list item and a link's target are dropped, the words kept. Each block
(heading, paragraph, list item, paragraph of a block quotation) becomes one
paragraph of the article text, parted by a blank line as in a text article;
code blocks and raw HTML blocks are no prose and are left out. A block
quotation's paragraph that opens with no quotation mark is set in quotation
marks, as a web page's `<blockquote>` is (`webpages.mark_quotations`): it is
someone's words; a credit after a dash at its end ('– Halden Centre') stays
outside the marks, as the byline that attributes them.

Metadata:

- YAML front matter (a first line `---`, the block closed by `---` or `...`, as
  Jekyll, Hugo and Pandoc write it): `title`, `date`, `author` (or the first of
  `authors`), `url` (or `link`), the outlet as `outlet`, `publisher` or `source`;
- else the title is a heading of level one that opens the file.
"""

from __future__ import annotations

import datetime
import re

from .errors import InputError
from .webpages import PageText, inline_credit

__all__ = ["markdown_text"]

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_QUOTE_OPENERS = "“\"‘'«„"


def markdown_text(source: str, where: str) -> PageText:
    """The article text and metadata of Markdown `source` (see the module docstring), as a web page's are given
    (`webpages.PageText`, `how` 'markdown'); InputError (one line, naming `where`) when it holds no text.

    Front matter that is no YAML mapping is read as no metadata and left out of the text. The text's character
    offsets are those of the returned text, not of `source` (as a web page's are those of its extracted text)."""
    from markdown_it import MarkdownIt

    meta: dict[str, object] = {}
    front = _FRONT_MATTER.match(source)
    if front is not None:
        meta = _front_matter(front.group(1))
        source = source[front.end() :]
    tokens = MarkdownIt("commonmark").parse(source)
    blocks: list[str] = []
    first_heading: str | None = None
    quoted = 0  # depth of block quotation (code and HTML blocks hold no inline words, so they are left out)
    for n, token in enumerate(tokens):
        if token.type == "blockquote_open":
            quoted += 1
        elif token.type == "blockquote_close":
            quoted -= 1
        elif token.type == "inline":
            words = _inline_text(token)
            if not words:
                continue
            heading = tokens[n - 1].type == "heading_open" if n else False
            if heading and not blocks and tokens[n - 1].tag == "h1":
                first_heading = words
            if quoted and not heading and words[:1] not in _QUOTE_OPENERS:
                said, credit = inline_credit(words)  # '> ... neither navy can end. – Halden Centre': the credit
                words = f"“{said}” – {credit}" if credit else f"“{words}”"  # stays outside the quotation marks
            blocks.append(words)
    text = "\n\n".join(blocks)
    if not text.strip():
        raise InputError(f"{where}: a Markdown file with no text")
    return PageText(
        text=text,
        title=_text(meta.get("title")) or first_heading,
        url=_text(meta.get("url")) or _text(meta.get("link")),
        date=_date(meta.get("date")),
        how="markdown",
        author=_text(meta.get("author")) or _first_text(meta.get("authors")),
        outlet=_text(meta.get("outlet")) or _text(meta.get("publisher")) or _text(meta.get("source")),
    )


def _front_matter(block: str) -> dict[str, object]:
    import yaml

    try:
        found = yaml.safe_load(block)
    except yaml.YAMLError:
        return {}
    return {str(k).lower(): v for k, v in found.items()} if isinstance(found, dict) else {}


def _inline_text(token: object) -> str:
    """The words of an inline token: text and code spans, a line break as a space; images, markup and link
    targets left out."""
    parts = []
    for child in getattr(token, "children", None) or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def _text(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _first_text(value: object) -> str | None:
    return _text(value[0]) if isinstance(value, list) and value else _text(value)


def _date(value: object) -> str | None:
    """An ISO 8601 date of a front matter's `date` (YAML reads '2025-03-12' as a date), or its text."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return _text(value)
