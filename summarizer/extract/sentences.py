"""Sentence boundaries from the language pipeline's parse (`nlp`), as character offsets.

Offsets are kept (`spans`), so anything built on a sentence can still point at
its characters in the article. A line break always ends a sentence.
"""

from __future__ import annotations

from functools import lru_cache

from .nlp import parse

__all__ = ["HEADLINE_WORDS", "SENTENCE_ENDS", "headline_span", "looks_like_heading", "sentences", "spans"]

SENTENCE_ENDS = (".", "!", "?", "”", '"', "’")
"""How a sentence ends (closing quotation marks after its stop included)."""


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, stripped of surrounding whitespace."""
    return list(_spans(text))


def sentences(text: str, min_words: int = 1) -> list[str]:
    """The sentences of `text` with at least `min_words` words."""
    return [text[start:end] for start, end in spans(text) if len(text[start:end].split()) >= min_words]


HEADLINE_WORDS = 25
"""Most words of a headline: a first line longer than this is a paragraph."""


def headline_span(text: str, *, alone: bool = False) -> tuple[int, int] | None:
    """(start, end) in characters of the article's headline: its first line, when more text follows it (or, with
    `alone`, even when none does), the line is short (at most `HEADLINE_WORDS` words) and it does not end as a
    sentence does; None otherwise."""
    body = text.lstrip()
    start = len(text) - len(body)
    line = body.split("\n", 1)[0].rstrip()
    if not alone and "\n" not in body or not line or line.endswith((".", "!", "?", ":")) or len(line.split()) > HEADLINE_WORDS:
        return None
    return start, start + len(line)


def looks_like_heading(text: str, ends: tuple[str, ...] = SENTENCE_ENDS) -> bool:
    """Whether `text` reads as a heading, not a sentence: it does not end as a sentence does (`ends`) and at
    least 60% of its words are capitalised ('China’s Role: Economic Leverage and Quiet Support')."""
    words = text.split()
    return not text.rstrip().endswith(ends) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


@lru_cache(maxsize=256)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for sentence in parse(text).sents:
        start, end = sentence.start_char, sentence.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return tuple(out)
