"""Sentence boundaries that survive news prose: `U.S.`, `Mr.`, `Gen.` and initials do not end a sentence.

Offsets are kept (`spans`), so anything built on a sentence can still point at
its characters in the article.
"""

from __future__ import annotations

import re
from typing import Iterator

__all__ = ["ABBREVIATIONS", "sentences", "spans"]

ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen sen rep jr sr prof vs etc gov lt col capt inc corp co approx dept est fig govt "
    "maj sgt adm cmdr pres rev hon univ".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n")


def spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence (or line without an end mark), stripped of surrounding space."""
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0) != "\n" and not _ends_sentence(text, match):
            continue
        yield from _trimmed(text, start, match.end())
        start = match.end()
    yield from _trimmed(text, start, len(text))


def sentences(text: str, min_words: int = 1) -> list[str]:
    """The sentences of `text` with at least `min_words` words."""
    out = []
    for start, end in spans(text):
        sentence = text[start:end]
        if len(sentence.split()) >= min_words:
            out.append(sentence)
    return out


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    word = re.search(r"(\S*)$", text[: match.start()]).group(1).lstrip("(\"“'‘")  # type: ignore[union-attr]
    if word.lower().rstrip(".") in ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):
        return False  # 'Mr.', 'U.S.', 'J.' (an initial)
    following = text[match.end() : match.end() + 3].lstrip()
    return not following or not following[0].islower()


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
