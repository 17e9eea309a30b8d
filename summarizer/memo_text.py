"""Deterministic reading of article text for memos: dated events, loaded terms, a name's context.

All of it works on the article's own text, so every result is a span a reader can check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

__all__ = ["DateMention", "LoadedTerm", "LEXICON", "sentences", "find_dates", "find_loaded_terms", "mention_context", "quoted_regions"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<iso>(?P<year>(?:1[89]|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d))\b"),
    re.compile(rf"\b{_DAY} (?:of )?{_MONTH},? {_YEAR}\b"),
    re.compile(rf"\b{_MONTH} {_DAY},? {_YEAR}\b"),
    re.compile(rf"\b{_MONTH},? (?:of )?{_YEAR}\b"),
    re.compile(rf"(?<![\d,.$€£-]){_YEAR}(?!\d|,\d|\s*(?:km|kilometers|kilometres|troops|soldiers|people|dollars|million|billion|%))\b"),
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n")
_ABBREVIATIONS = frozenset("mr mrs ms dr st gen sen rep jr sr prof vs etc gov lt col capt inc corp co".split())


@dataclass(frozen=True)
class DateMention:
    date: str
    sort_key: str
    start: int
    end: int


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence or line, stripped of surrounding space."""
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0) != "\n" and not _ends_sentence(text, match):
            continue
        yield from _trimmed(text, start, match.end())
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    word = re.search(r"(\S*)$", text[: match.start()]).group(1).lstrip("(\"“'")  # type: ignore[union-attr]
    if word.lower() in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):
        return False
    following = text[match.end() : match.end() + 3].lstrip()
    return not following or not following[0].islower()


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _sort_key(match: re.Match[str]) -> str:
    groups = match.groupdict()
    year = groups["year"]
    month = groups.get("month")
    if not month:
        return year
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    day = groups.get("day")
    return f"{year}-{number:02d}-{int(day):02d}" if day else f"{year}-{number:02d}"


def find_dates(text: str) -> list[DateMention]:
    """Dates with a year, most specific first where they overlap (`3 March 2022` over `2022`)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if not match.groupdict().get("month") and not _looks_like_year(text, start, end):
                continue
            taken.append((start, end))
            found.append(DateMention(match.group(0), _sort_key(match), start, end))
    return sorted(found, key=lambda d: d.start)


def _looks_like_year(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start].lower()
    return bool(re.search(r"(?:\bin|\bsince|\bby|\buntil|\bfrom|\bof|\band|\bto|\bbetween|\bearly|\blate|\bmid-?|\bthe|\bafter|\bbefore|\bduring|\bin early|\bin late|,)\s*$", before)) or text[end : end + 1] in (",", ".", ")", " ")


# --------------------------------------------------------------------------- a name in context


def mention_context(text: str, name: str) -> tuple[int, int] | None:
    """Span of the sentence that first uses `name` (or, failing that, its last word), with the sentence before it."""
    words = name.split()
    for probe in dict.fromkeys([" ".join(words), words[-1] if words else ""]):
        match = re.search(rf"(?<!\w){re.escape(probe)}(?!\w)", text) if probe else None
        if match:
            spans = list(sentences(text))
            n = next((k for k, (s, e) in enumerate(spans) if s <= match.start() < e), None)
            return (spans[max(0, n - 1)][0], spans[n][1]) if n is not None else match.span()
    return None


# --------------------------------------------------------------------------- framing

# term pattern -> tone. Words a neutral report would not use about an actor.
LEXICON: dict[str, str] = {
    r"dictator(?:s|ship|ships|ial)?": "negative",
    r"regimes?(?! change)": "negative",
    r"repressive|repression": "negative",
    r"tyrann?(?:y|ical|ies)|tyrants?": "negative",
    r"despot(?:s|ic|ism)?": "negative",
    r"autocra(?:t|ts|tic|cy|cies)": "negative",
    r"authoritarian(?:ism)?": "negative",
    r"strongman|strongmen": "negative",
    r"thugs?|thuggish": "negative",
    r"puppets?": "negative",
    r"propaganda": "negative",
    r"narco[- ]?(?:state|regime|dictatorship|government)s?": "negative",
    r"illegitimate": "negative",
    r"usurp(?:er|ers|ed|ation)": "negative",
    r"juntas?": "negative",
    r"rogue": "negative",
    r"brutal(?:ity|ly)?": "negative",
    r"oppressive|oppression": "negative",
    r"totalitarian(?:ism)?": "negative",
    r"warmongers?|warmongering": "negative",
    r"aggressors?": "negative",
    r"blitzkrieg": "negative",
    r"desperate(?:ly)?": "negative",
    r"blackmail": "negative",
    r"axis of \w+": "negative",
    r"heroic(?:ally)?": "positive",
    r"courageous(?:ly)?": "positive",
    r"glorious": "positive",
    r"visionary": "positive",
    r"liberators?": "positive",
    r"freedom fighters?": "positive",
}
_LOADED = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<t{i}>{p})" for i, p in enumerate(LEXICON)) + r")(?![\w-])", re.I)
_TONES = list(LEXICON.values())
_QUOTED = re.compile(r"“[^”\n]{1,1500}”|\"[^\"\n]{1,1500}\"|«[^»\n]{1,1500}»")
_NEAR = 80


@dataclass(frozen=True)
class LoadedTerm:
    term: str
    tone: str
    start: int
    end: int
    sentence: tuple[int, int]
    quoted: bool
    actor: str | None


def quoted_regions(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def find_loaded_terms(text: str, mentions: Callable[[int, int], list[tuple[int, int, str]]]) -> list[LoadedTerm]:
    """Loaded terms in `text`, each with the nearest actor mention in its sentence.

    `mentions(start, end)` returns (start, end, entity) for actor names found in text[start:end].
    """
    quotes = quoted_regions(text)
    spans = list(sentences(text))
    out = []
    for match in _LOADED.finditer(text):
        start, end = match.span()
        tone = _TONES[int(next(k for k, v in match.groupdict().items() if v)[1:])]
        sentence = next(((s, e) for s, e in spans if s <= start < e), (start, end))
        near = mentions(max(sentence[0], start - _NEAR), min(sentence[1], end + _NEAR))
        actor = min(near, key=lambda m: _distance(m, start, end))[2] if near else None
        quoted = any(s <= start and end <= e for s, e in quotes)
        out.append(LoadedTerm(match.group(0), tone, start, end, sentence, quoted, actor))
    return out


def _distance(mention: tuple[int, int, str], start: int, end: int) -> int:
    m_start, m_end, _ = mention
    return max(0, m_start - end, start - m_end)
