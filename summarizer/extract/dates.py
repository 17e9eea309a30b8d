"""Dates and datelines in article text, as spans: read once here for briefs and memos alike.

`find_dates` finds dates with a year (ISO, `3 March 2022`, `March 3, 2022`,
`March 2022`, a bare year where the context says it is one); `dateline_at`
reads the dateline that opens a news story (`RIVERTON, March 12, 2024 — `,
AP style); `dateline` also reads a date printed under a headline or in a
masthead line, and `article_date` dates an article by it. The memo's timeline adds dates without a year (`memos.text`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from typing import Literal

from ..articles import masthead_line

__all__ = [
    "DateMention",
    "CLOCK",
    "YearFrom",
    "article_date",
    "body_start",
    "dateline",
    "dateline_at",
    "datelines",
    "dateline_span",
    "find_dates",
    "leading_date_end",
]

YearFrom = Literal["stated", "article_date", "same_sentence", "preceding_sentence", "not_stated"]

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


_AGENCY = re.compile(r"\s*(?:\([^)]{1,40}\)|/[^/]{1,40}/)\s*$")  # WASHINGTON (AP); NEW YORK, May 1, 2025 /PRNewswire/
_DATELINE_DASH = re.compile(r"\s(?:—|–|--|-)\s|--\([^)]{1,40}\)--")  # press wires: 'SAN JOSE, Calif.--(BUSINESS WIRE)--'
_DATELINE_COLON = re.compile(r"([^\W\d_][^\n:]{1,40}):\s")


def datelines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph's opening dateline (`OSLO, June 18, 2024 — `, `dateline_at`): where the story
    was filed, not an actor (the recogniser tags a place in capitals as an organisation); and of each paragraph that
    is an outlet's name and the date (`Saltby Gazette · 9 March 2026`, `_outlet_date_line`): the masthead, whose
    name the recogniser tags a person ('Gazette') or a body, and no actor of the story either."""
    out = []
    start = 0
    for paragraph in text.split("\n"):
        found = (dateline_at(text, start) or _outlet_date_line(text, start)) if paragraph.strip() else None
        if found is not None:
            out.append((start, found[0]))
        start += len(paragraph) + 1
    return out


def dateline_at(text: str, begin: int = 0) -> tuple[int, DateMention | None] | None:
    """The dateline that opens `text` at character `begin`, if one does: a place, maybe a date, a dash, as in
    `RIVERTON, March 12, 2024 — `, `WASHINGTON (AP) -- `, `Porto Alegre, June 3 – ` or a press release's
    `SAN JOSE, Calif.--(BUSINESS WIRE)--` and `NEW YORK, May 1, 2025 /PRNewswire/ -- `, a place in capitals
    before a colon (`MUMBAI: `, `NEW DELHI, Dec 2: `), or a place or an outlet and the date ending a line of its
    own (`LODRAVA, March 14`, `The Northern Ledger, 15 March`, at most MAX_DATELINE_LINE characters). Returns the character
    just after the dash and the date with its year (None when the dateline gives no year).

    The place is in capitals (AP style), or in title case when a date follows it: words in title case before a
    dash with no date are as often a name in the sentence itself (`Linda Okafor — the mayor — said`).
    """
    dash = _DATELINE_DASH.search(text, begin, begin + 80)
    line_end = text.find("\n", begin)
    line_end = len(text) if line_end == -1 else line_end
    alone = False
    if dash is not None and "\n" not in text[begin : dash.start()]:
        head, after = text[begin : dash.start()], dash.end()
    elif (colon := _DATELINE_COLON.match(text, begin)) is not None and colon.group(1).split(",")[0].isupper():
        head, after = colon.group(1), colon.end()  # 'MUMBAI: ', 'NEW DELHI: ' (South Asian papers): capitals only
    elif 0 < line_end - begin <= MAX_DATELINE_LINE:
        head, after, alone = text[begin:line_end].rstrip(" .,"), line_end, True  # 'LODRAVA, March 14' on a line of its own
    else:
        return None
    dated = [d for d in find_dates(head) if "-" in d.sort_key[5:]]  # a day, a month and a year
    yearless = [m.span() for pattern in _YEARLESS_PATTERNS[:2] for m in pattern.finditer(head)]
    spans = sorted([(d.start, d.end) for d in dated] + yearless)
    if alone and not (spans and spans[-1][1] == len(head)):
        return None  # a line of its own is a dateline only when it ends with its date
    place, last = "", 0
    for start, end in spans:
        place, last = place + head[last : max(last, start)], max(last, end)
    place = (place + head[last:]).strip()
    if len(dated) > 1 or not _dateline_place(place, bool(spans)):
        return None
    date = replace(dated[0], start=begin + dated[0].start, end=begin + dated[0].end) if dated else None
    return after, date


MAX_DATELINE_LINE = 60
"""Most characters of a dateline on a line of its own ('LODRAVA, March 14', 'The Northern Ledger, 15 March')."""


def _dateline_place(place: str, dated: bool) -> bool:
    """`RIVERTON`, `BRASÍLIA, Brazil`, `WASHINGTON (AP)`; `Riverton` only before a date; a place with its region
    or country in title case, `Evansville, Indiana, United States` (Wikinews) or `Porto Alegre, Brazil`, with or
    without one (one title-case name before a dash is as often the sentence's subject: `Linda Okafor — the
    mayor — said`; two or three comma-separated ones, each all in title case, are a place's parts)."""
    parts = [p.strip() for p in _AGENCY.sub("", place).strip(" ,").split(",")]
    if not parts[0] or len(parts) > 3 or any(len(p.split()) > 3 or not p for p in parts):
        return False
    capitals = parts[0] == parts[0].upper() and any(c.isalpha() for c in parts[0])
    titled = all(w[:1].isupper() for p in parts for w in p.split())
    return titled and (capitals or dated or len(parts) >= 2)


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


def leading_date_end(text: str) -> int | None:
    """Where a date that opens `text` ends (characters), with or without its year ('March 3, 2025', '16 July',
    'Dec. 2'); None when `text` does not open with one. A dateline's date left at a sentence's start when the
    splitter cut its place off ('HALBRIDGE,' | '16 July — The council voted ...')."""
    dates = find_dates(text[:40])
    if dates and dates[0].start == 0:
        return dates[0].end
    for pattern in _YEARLESS_PATTERNS[:2]:
        match = pattern.match(text)
        if match:
            return match.end()
    return None


def body_start(text: str, title: str | None) -> int:
    """Where the article's body starts, in characters: after its title when the text opens with it (within
    200 characters: a page may put a label or a date before it), else 0."""
    return text.find(title) + len(title) if title and title in text[: len(title) + 200] else 0


def dateline(text: str, title: str | None = None) -> tuple[int, int, DateMention] | None:
    """The dateline that opens a news story's first paragraph (`dateline_at`), a line that is only the date
    (`5 March 2025` under the byline) or the date of a masthead line with a byline (`By X | Posted March 5,
    2026`), and dates it: its [start, end) in characters, dash included, and its date,
    which must have a year.

    Looked for at the start of the first three paragraphs after the title; None when there is none.
    """
    found = _dateline(text, title, dated=True)
    return (found[0], found[1], found[2]) if found is not None and found[2] is not None else None


def dateline_span(text: str, title: str | None = None) -> tuple[int, int] | None:
    """The [start, end) in characters of the dateline that opens the story (as `dateline`), with a year or without
    one (`KELSFORD, March 3 (Northern Wire Service) - `: wire datelines seldom give the year). Its date is the
    article's own, never an event of the story."""
    found = _dateline(text, title, dated=False)
    return (found[0], found[1]) if found is not None else None


_CREDITED = re.compile(r"\(([A-Z][^()\n]{1,40})\)|/([A-Z][A-Za-z ]{1,30})/")
"""A name in brackets or between slashes in a dateline: the wire or outlet that filed the story ('(Reuters)', '(AP)',
'--(BUSINESS WIRE)--', '/PRNewswire/')."""


def dateline_outlet(text: str, title: str | None = None) -> str | None:
    """The wire service or outlet a story's dateline credits (`LONDON, March 3 (Meridian Press) - `: 'Meridian
    Press'; `WASHINGTON (AP) -- `: 'AP'; `SAN JOSE, Calif.--(BUSINESS WIRE)--`; `/PRNewswire/`): the name in
    brackets or between slashes in the dateline that opens the story (`dateline_span`), when it holds no date and
    at most five words. The agency credit is the style of AP, Reuters and the press-release wires. None when the
    story opens with no dateline or its dateline credits no one."""
    found = dateline_span(text, title)
    if found is None:
        return None
    for match in _CREDITED.finditer(text, found[0], found[1]):
        name = (match.group(1) or match.group(2)).strip()
        if len(name.split()) <= 5 and not find_dates(name) and not re.search(r"\d", name):
            return name
    return None


def dateline_day(text: str, title: str | None = None) -> tuple[int, int] | None:
    """(month, day) of a dateline that gives a day and a month but no year ('LONDON, 3 March (Reuters) - ', 'KELSFORD,
    March 3 (Northern Wire Service) - ': Reuters' and the PA's datelines never carry the year); None when the story
    opens with no dateline, or with one that gives its year (`dateline`) or no day."""
    found = _dateline(text, title, dated=False)
    if found is None or found[2] is not None:
        return None
    head = text[found[0] : found[1]]
    for pattern in _YEARLESS_PATTERNS[:2]:
        match = pattern.search(head)
        if match:
            return _MONTHS[match.group("month").lower().rstrip(".")], int(match.group("day"))
    return None


def _dateline(text: str, title: str | None, dated: bool) -> tuple[int, int, DateMention | None] | None:
    start = body_start(text, title)
    first = len(text) - len(text.lstrip())
    if start > first and (above := _masthead_date(text, first)) is not None:
        return first, above[0], above[1]  # 'Radio Don Valley | By Sam Okafor | Posted 12 May 2026' above the headline
    for match in list(re.finditer(r"(?:^|\n)[ \t]*(\S)", text[start : start + 600]))[:3]:
        begin = start + match.start(1)
        found = dateline_at(text, begin) or _date_line(text, begin) or _masthead_date(text, begin) or _byline_date(text, begin)
        found = found or _outlet_date_line(text, begin)
        if found is not None and (found[1] is not None or not dated):
            return begin, found[0], found[1]
    return None


def _masthead_date(text: str, begin: int) -> tuple[int, DateMention] | None:
    """The one full date of a masthead line, whose fields ' | ' or ' • ' part and one of which is a byline ('By
    Sarah Kimball, Columbus Ledger staff writer | COLUMBUS, March 4, 2026', 'WCLX News 8 | By Jenna Morales |
    Posted March 5, 2026, 6:15 p.m.'): (the end of the line, the date)."""
    end, line = _line_at(text, begin)
    if not masthead_line(line):
        return None
    found = _full_dates(line)
    if len(found) != 1:
        return None
    return end, _placed(found[0], begin)


def _date_line(text: str, begin: int) -> tuple[int, DateMention] | None:
    """A line that is only a full date (`5 March 2025`, `March 5, 2025`), after the day of the week if it names one
    (`Tuesday 3 June 2025`; the names are the standard library's `calendar`, in English), as a page prints the
    article's date under its headline or byline: (the end of the line, the date)."""
    end, line = _line_at(text, begin)
    line = line.rstrip()
    weekday = _WEEKDAY.match(line)
    skip = weekday.end() if weekday else 0
    found = _full_dates(line[skip:])
    if len(found) != 1 or found[0].start != 0 or line[skip + found[0].end :].strip(" ,.|"):
        return None
    return end, _placed(found[0], begin + skip)


_OUTLET_BEFORE_DATE = re.compile(
    r"^[*_]*((?:[A-Z][\w.&'’-]*|\([A-Z]{2,6}\)|of|the|and|on)(?:\s+(?:[A-Z][\w.&'’-]*|\([A-Z]{2,6}\)|of|the|and|on)){0,6})\s*[—–|,·•-]\s*$"
)
"""A publication's name before the date on its own line: up to six words, each capitalised or a function word,
and its initials in brackets ('Tri-County Courier — ', 'The Ridgeport Ledger | ', 'Saltby Gazette · ', 'Karelund
Press Agency (KPA) - ': a dash, bar, comma, middle dot or bullet between the fields, as mastheads part them),
after any Markdown emphasis marks."""
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s[A-Z]{2,4})?", re.I)
"""A time of day ('19:11', '9.30am', '14:05 BST'), as a live blog's entry opens and a wire's date line ends."""
_AFTER_THE_DATE = re.compile(
    r"[\s.,;|·•—–-]*(?:(?:%s)[\s.*_]*|(?:[A-Z][a-z]+\s+)?[Bb]y\s+[A-Z][^\n]{0,60}?)?[\s.*_]*$" % CLOCK.pattern, re.I
)
"""What may follow the date on an outlet's date line: nothing, a time of day (' - 16:05') or a byline ('. Interview
by Pavel Drummond.'), as wires and magazines print them."""


def _outlet_date_line(text: str, begin: int) -> tuple[int, DateMention] | None:
    """A line of at most 80 characters that is an outlet's name, a dash, bar, comma, middle dot or bullet and one
    full date, then nothing but a time or a byline (`_AFTER_THE_DATE`) ('*Tri-County Courier — December 11,
    2025*', 'The Ridgeport Ledger | March 4, 2026', 'Saltby Gazette · 9 March 2026', 'Karelund Press Agency (KPA)
    - 15 May 2025 - 16:05', '*The Karelund Review, 19 May 2025. Interview by Pavel Drummond.*'), as a page prints
    its masthead under the headline: (the end of the line, the date)."""
    end, line = _line_at(text, begin)
    line = line.rstrip()
    if len(line) > 80:
        return None  # before reading dates: `datelines` asks this of every paragraph of every article
    found = _full_dates(line)
    if len(found) != 1 or not _AFTER_THE_DATE.fullmatch(line[found[0].end :]):
        return None
    if not _OUTLET_BEFORE_DATE.match(line[: found[0].start]):
        return None
    return end, _placed(found[0], begin)


_BYLINE_OPENING = re.compile(r"(?:[A-Z][a-z]+\s+)?[Bb]y\s+[A-Z]")
"""A byline's opening: 'By Sarah Kimball', 'Analysis by Ayşe Kaplan-Moreau', 'Reporting by ...'."""
_BYLINE_MAX = 120  # characters: a byline with a name, a desk and a date


def _byline_date(text: str, begin: int) -> tuple[int, DateMention] | None:
    """The full date that ends a byline line ('Analysis by Ayşe Kaplan-Moreau, 12 March 2025', 'By Sam Okafor,
    Political Editor, March 5, 2026'), as articles print their date beside the author's name: (the end of the
    line, the date)."""
    end, line = _line_at(text, begin)
    line = line.rstrip()
    if len(line) > _BYLINE_MAX or not _BYLINE_OPENING.match(line):
        return None
    found = _full_dates(line)
    if len(found) != 1 or line[found[0].end :].strip(" ,.|*_"):
        return None
    return end, _placed(found[0], begin)


def _line_at(text: str, begin: int) -> tuple[int, str]:
    """(where the line that starts at character `begin` ends, the line)."""
    end = text.find("\n", begin)
    end = len(text) if end == -1 else end
    return end, text[begin:end]


def _full_dates(line: str) -> list[DateMention]:
    """The dates of `line` that name a day, a month and a year, with offsets in `line`."""
    return [d for d in find_dates(line) if "-" in d.sort_key[5:]]


def _placed(found: DateMention, offset: int) -> DateMention:
    """`found`, read in a line that starts at character `offset`, with offsets in the whole text."""
    return replace(found, start=offset + found.start, end=offset + found.end)


_WEEKDAY = re.compile(r"(?:%s)\.?,?\s+" % "|".join([*calendar.day_name, *calendar.day_abbr]), re.IGNORECASE)
"""A day of the week before a date on its line ('Tuesday 3 June 2025', 'Tue, June 3, 2025')."""


def article_date(text: str, title: str | None = None, published: str | None = None) -> str | None:
    """The article's own date: `published` as its source gave it (a page's metadata, a JSON record's field),
    else the date of its dateline, a date line under its headline, its masthead line or a byline that ends with a
    date (`dateline`) as ISO 8601
    (`2025-03-13`; `2025-03` when the line names no day); None when neither dates it."""
    if published and published.strip():
        return published.strip()
    found = dateline(text, title)
    return found[2].sort_key if found else None
