"""Deterministic reading of article text for memos: dated events, loaded terms, a name's context.

All of it works on the article's own text, so every result is a span a reader can check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date as Date
from typing import Callable

from ..extract.sentences import spans as sentences
from .schema import YearFrom

__all__ = [
    "dateline",
    "DateMention",
    "LoadedTerm",
    "LEXICON",
    "sentences",
    "find_dates",
    "find_timeline_dates",
    "find_loaded_terms",
    "mention_context",
    "quoted_regions",
]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_FULL_MONTH = rf"(?P<month>{_MONTH_NAMES})"
_SHORT_MONTH = rf"(?P<month>{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_MONTH = _SHORT_MONTH + r"\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<iso>(?P<year>(?:1[89]|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d))\b"),
    re.compile(rf"\b{_DAY} (?:of )?{_MONTH},? {_YEAR}\b"),
    re.compile(rf"\b{_MONTH} {_DAY},? {_YEAR}\b"),
    re.compile(rf"\b{_MONTH},? (?:of )?{_YEAR}\b"),
    re.compile(rf"(?<![\d,.$€£-]){_YEAR}(?!\d|,\d|\s*(?:km|kilometers|kilometres|troops|soldiers|people|dollars|million|billion|%))\b"),
)


@dataclass(frozen=True)
class DateMention:
    """A date in the text; `sort_key` is YYYY[-MM[-DD]], or --MM[-DD] when no year could be given."""

    date: str
    sort_key: str
    start: int
    end: int
    year_from: YearFrom = "stated"


def _sort_key(match: re.Match[str]) -> str:
    groups = match.groupdict()
    year = groups["year"]
    month = groups.get("month")
    if not month:
        return year
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    day = groups.get("day")
    return f"{year}-{number:02d}-{int(day):02d}" if day else f"{year}-{number:02d}"


_AGENCY = re.compile(r"\s*\([^)]{1,40}\)\s*$")  # WASHINGTON (AP)
_DATELINE_DASH = re.compile(r"\s(?:—|–|--|-)\s")


def dateline_at(text: str, begin: int = 0) -> tuple[int, DateMention | None] | None:
    """The dateline that opens `text` at character `begin`, if one does: a place, maybe a date, a dash, as in
    `RIVERTON, March 12, 2024 — `, `WASHINGTON (AP) -- ` or `Porto Alegre, June 3 – `. Returns the character
    just after the dash and the date with its year (None when the dateline gives no year).

    The place is in capitals (AP style), or in title case when a date follows it: words in title case before a
    dash with no date are as often a name in the sentence itself (`Linda Okafor — the mayor — said`).
    """
    dash = _DATELINE_DASH.search(text, begin, begin + 80)
    if dash is None or "\n" in text[begin : dash.start()]:
        return None
    head = text[begin : dash.start()]
    dated = [d for d in find_dates(head) if "-" in d.sort_key[5:]]  # a day, a month and a year
    yearless = [m.span() for pattern in _YEARLESS_PATTERNS[:2] for m in pattern.finditer(head)]
    spans = sorted([(d.start, d.end) for d in dated] + yearless)
    place, last = "", 0
    for start, end in spans:
        place, last = place + head[last : max(last, start)], max(last, end)
    place = (place + head[last:]).strip()
    if len(dated) > 1 or not _dateline_place(place, bool(spans)):
        return None
    date = replace(dated[0], start=begin + dated[0].start, end=begin + dated[0].end) if dated else None
    return dash.end(), date


def _dateline_place(place: str, dated: bool) -> bool:
    """`RIVERTON`, `BRASÍLIA, Brazil`, `WASHINGTON (AP)`; `Riverton` or `Porto Alegre, Brazil` only before a date."""
    parts = [p.strip() for p in _AGENCY.sub("", place).strip(" ,").split(",")]
    if not parts[0] or len(parts) > 3 or any(len(p.split()) > 3 or not p for p in parts):
        return False
    capitals = parts[0] == parts[0].upper() and any(c.isalpha() for c in parts[0])
    titled = all(w[:1].isupper() for p in parts for w in p.split())
    return titled and (capitals or dated)


def dateline(text: str, title: str | None = None) -> tuple[int, int, DateMention] | None:
    """The dateline that opens a news story's first paragraph (`dateline_at`) and dates it: its [start, end) in
    characters, dash included, and its date, which must have a year.

    Looked for at the start of the first three paragraphs after the title; None when there is none.
    """
    start = text.find(title) + len(title) if title and title in text[: len(title) + 200] else 0
    for match in list(re.finditer(r"(?:^|\n)[ \t]*(\S)", text[start : start + 600]))[:3]:
        begin = start + match.start(1)
        found = dateline_at(text, begin)
        if found is not None and found[1] is not None:
            return begin, found[0], found[1]
    return None


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


# --------------------------------------------------------------------------- dates without a year

_YEARLESS_PATTERNS = (
    re.compile(rf"\b{_DAY} (?:of )?{_SHORT_MONTH}\b"),
    re.compile(rf"\b{_SHORT_MONTH}\.? {_DAY}\b(?![.,]?\d|\s*(?:million|billion|thousand|hundred|percent|per cent|%|people|troops|soldiers|km|miles|dollars))"),
    re.compile(rf"\b(?i:in|since|until|by|from|during|early|late|mid-?)\s+(?:early |late |mid-)?{_FULL_MONTH}\b"),
)
_OTHER_YEAR_AFTER_DAYS = 270  # a yearless date this far from the article's date is taken to be in the adjacent year
_RANGE_TO_YEAR = re.compile(r"\s*(?:-|–|—|to|and|through|until|till)\s*(?:[0-3]?\d(?:st|nd|rd|th)?,?\s*)?")


def find_timeline_dates(text: str, published: str | None = None) -> list[DateMention]:
    """`find_dates`, plus dates written without a year (`March 5`, `5 March`, `in March`), each given a year.

    The year of a range's end (`March 3 to March 5, 2019`) is stated; otherwise
    the year comes from the article's own date (`published`: of the years around
    it, the one that puts the date nearest to it), else from a year stated in
    the same sentence, else from one stated in the sentence just before; else
    the mention keeps no year (`--MM-DD`, year_from `not_stated`). A year
    further back is not borrowed: articles jump between years.
    """
    dated = find_dates(text)
    yearless = _find_yearless(text, dated)
    if not yearless:
        return dated
    bounds = list(sentences(text))
    anchor = _published(published)
    placed = [_place(m, text, dated, bounds, anchor) for m in yearless]
    return sorted(dated + placed, key=lambda d: d.start)


def _find_yearless(text: str, dated: list[DateMention]) -> list[tuple[DateMention, int, int | None]]:
    """(mention without a sort key, month, day) for each yearless date not inside a dated one."""
    taken = [(d.start, d.end) for d in dated]
    found = []
    for pattern in _YEARLESS_PATTERNS:
        for match in pattern.finditer(text):
            day = match.groupdict().get("day")
            start, end = (match.start() if day else match.start("month")), match.end()
            if any(s < end and start < e for s, e in taken) or (day and not 1 <= int(day) <= 31):
                continue
            taken.append((start, end))
            month = _MONTHS[match.group("month").lower().rstrip(".")]
            found.append((DateMention(text[start:end], "", start, end, "not_stated"), month, int(day) if day else None))
    return found


def _place(
    found: tuple[DateMention, int, int | None],
    text: str,
    dated: list[DateMention],
    bounds: list[tuple[int, int]],
    anchor: Date | int | None,
) -> DateMention:
    mention, month, day = found
    year, source = _year_for(mention, month, day, text, dated, bounds, anchor)
    tail = f"-{month:02d}" + (f"-{day:02d}" if day else "")
    return replace(mention, sort_key=(str(year) if year else "-") + tail, year_from=source)


def _year_for(
    mention: DateMention,
    month: int,
    day: int | None,
    text: str,
    dated: list[DateMention],
    bounds: list[tuple[int, int]],
    anchor: Date | int | None,
) -> tuple[int | None, YearFrom]:
    n = next((k for k, (s, e) in enumerate(bounds) if s <= mention.start < e), None)
    sentence = bounds[n] if n is not None else (mention.start, mention.end)
    previous = bounds[n - 1] if n else (0, 0)
    within = lambda span: [d for d in dated if span[0] <= d.start < span[1]]  # noqa: E731
    same, before = within(sentence), within(previous)
    range_end = next((d for d in same if d.start >= mention.end and _RANGE_TO_YEAR.fullmatch(text, mention.end, d.start)), None)
    if range_end:
        return int(range_end.sort_key[:4]), "stated"
    if anchor is not None:
        return _year_near(anchor, month, day), "article_date"
    if same:
        return int(min(same, key=lambda d: abs(d.start - mention.start)).sort_key[:4]), "same_sentence"
    if before:
        return int(before[-1].sort_key[:4]), "preceding_sentence"
    return None, "not_stated"


def _published(published: str | None) -> Date | int | None:
    """The article's date: a full date when one can be read, else its year, else None."""
    if not published:
        return None
    iso = re.search(r"((?:1[89]|20)\d{2})-([01]\d)-([0-3]\d)", published)
    if iso:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    for mention in find_dates(published):
        parts = [int(p) for p in mention.sort_key.split("-")]
        if len(parts) == 3:
            return _safe_date(*parts)
    year = re.search(r"(?<!\d)((?:1[89]|20)\d{2})(?!\d)", published)
    return int(year.group(1)) if year else None


def _safe_date(year: int, month: int, day: int) -> Date | int:
    try:
        return Date(year, month, day)
    except ValueError:
        return year


def _year_near(anchor: Date | int, month: int, day: int | None) -> int:
    """The article's year; the year before or after when the date would otherwise lie 9 months or more from the article's.

    (`December 28` in an article of 10 January is last December.)
    """
    if isinstance(anchor, int):
        return anchor
    distance = lambda year: (Date(year, month, min(day or 15, 28)) - anchor).days  # noqa: E731
    if abs(distance(anchor.year)) < _OTHER_YEAR_AFTER_DAYS:
        return anchor.year
    return min((anchor.year - 1, anchor.year + 1), key=lambda y: abs(distance(y)))


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
