"""Deterministic reading of article text for memos: dated events, loaded terms, a name's context.

All of it works on the article's own text, so every result is a span a reader can check.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date as Date
from datetime import timedelta
from typing import TYPE_CHECKING, Callable

from ..extract.dates import (
    _MONTHS,
    _YEARLESS_PATTERNS,
    DateMention,
    YearFrom,
    body_start,
    dateline,
    dateline_at,
    dateline_span,
    find_dates,
)
from ..extract.sentences import headline_span
from ..extract.sentences import spans as sentences
from ..extract.speakers import SPEECH_VERBS
from .language import doc

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "body_start",
    "dateline",
    "dateline_at",
    "dateline_span",
    "DateMention",
    "LoadedTerm",
    "LEXICON",
    "sentences",
    "find_dates",
    "find_timeline_dates",
    "find_loaded_terms",
    "mention_context",
    "published_date",
    "quoted_regions",
    "safe_date",
]


_OTHER_YEAR_AFTER_DAYS = 270  # a yearless date this far from the article's date is taken to be in the adjacent year
_TENSE_TOLERANCE_DAYS = 31  # a page's date may be its first version's: a past event a month after it is no contradiction
_RELATIVE_YEAR = re.compile(r"\s+(?:of\s+)?(last|this|next)\s+year\b", re.IGNORECASE)
"""A year named relative to the article's date right after a month ('March last year', 'in May of next year')."""
_RANGE_TO_YEAR = re.compile(r"\s*(?:-|–|—|to|and|through|until|till)\s*(?:[0-3]?\d(?:st|nd|rd|th)?,?\s*)?")


def find_timeline_dates(text: str, published: str | None = None) -> list[DateMention]:
    """`find_dates`, plus dates written without a year (`March 5`, `5 March`, `in March`), each given a year.

    The year of a range's end (`March 3 to March 5, 2019`) is stated; otherwise
    the year comes from the article's own date (`published`: of the years around
    it, the one that puts the date nearest to it), else from a year stated in
    the same sentence, else from one stated in the sentence just before; else
    the mention keeps no year (`--MM-DD`, year_from `not_stated`). A year
    further back is not borrowed: articles jump between years. A date a duration is counted from (`the deepest
    cut since quotas began in 2003`) is left out: it is not when the sentence's event happened, and no yearless
    date borrows its year; so is a yearless month of what happens every year (`_habitual`: `In January, on Route
    9, it can be an hour and a half`, `every March`). A date that stamps an editor's note (`_stamps_a_note`:
    `Correction, 15 October 2025: An earlier version ...`) is when the note was written, no event of the story; so
    is the date that ends an embedded post's credit (`_stamps_a_post`: `“...” — Name (@handle) March 3, 2026`);
    and so is the date of what should or could have happened and did not (`_realised`: `The chairman should have
    acted in November`).
    """
    every = find_dates(text)
    stamps = [m for m in every if _stamps_a_note(text, m) or _stamps_a_post(text, m)]
    dated = [m for m in _without_starting_points(text, every) if m not in stamps]
    yearless = [found for found in _find_yearless(text, every) if not _habitual(text, found[0])]  # not the month of
    # a starting point's own date ('since January 2023' is no yearless 'January')
    yearless = [f for f in yearless if not _stamps_a_note(text, f[0]) and not any(m.start <= f[0].start < m.end for m in stamps)]
    anchor = published_date(published)
    weekdays = _weekdays(text, anchor, [(m.start, m.end) for m in every + [f[0] for f in yearless]]) if isinstance(anchor, Date) else []
    if not yearless and not weekdays:
        return _realised(text, dated)
    bounds = list(sentences(text))
    placed = [_place(m, text, dated, bounds, anchor) for m in yearless]
    return _realised(text, sorted(dated + placed + weekdays, key=lambda d: d.start))


_MODAL_PERFECT = re.compile(r"\b(?:should|would|could|might|must|ought to)(?:n[’']t| not)?\s+have\b", re.I)


def _realised(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` without the dates of what did not happen: a date whose clause's verb is a modal's perfect ('The
    chairman should have acted in November', 'it could have been signed in 2019'), which tells of what was due or
    possible then and was not done (the modal perfect's counterfactual reading, Quirk et al. 1985, A
    Comprehensive Grammar of the English Language, 4.60), no event of the story. Parses the text (spaCy,
    `_span_of`) only when it holds a modal before 'have'."""
    if not mentions or not _MODAL_PERFECT.search(text):
        return mentions
    kept = []
    for mention in mentions:
        span = _span_of(text, mention)
        verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None) if span is not None else None
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] if verb is not None else []
        modal = any(c.tag_ == "MD" and c.lower_ not in ("will", "shall", "'ll", "can", "may") for c in auxiliaries)
        if not (modal and any(c.lemma_ == "have" for c in auxiliaries) and verb.tag_ == "VBN"):
            kept.append(mention)
    return kept


_WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}


_NO_ONE_DAY = frozenset({"every", "each", "a", "an", "any"})
"""Determiners before a day of the week that make it no one day: 'every Friday', 'a lost Saturday for us'."""


def _weekdays(text: str, anchor: Date, taken: list[tuple[int, int]]) -> list[DateMention]:
    """Days of the week the parse tags a date or time ('voted 5-4 late Tuesday', 'signed it on Thursday
    afternoon'), each dated by the article's date `anchor`, as news writes them for the week around it (the
    AP Stylebook's rule for days within a week): the last such day on or before it for what happened or with
    'last' ('The council voted on Tuesday', in an article of Wednesday 11 March: 10 March), the next on or after
    it for what will happen (`_tense`: 'will vote on Tuesday') or with 'next', and the nearer of the two when the
    clause's tense says neither ('I intend to sign the ordinance on Thursday', said on a Wednesday). Not a day
    inside a dated mention ('Tuesday 3 June 2025'), a habitual or any one ('every Tuesday', 'on Tuesdays', 'a lost Saturday for us') or one that
    names a thing ('Black Friday', 'Super Tuesday': no date or time entity), nor one that modifies a noun ('lost their
    Friday day centre', 'the Sunday market': a kind of thing, though the tagger tags the day a date). A mention keeps its words
    ('Tuesday') and takes the full date as its sort key, the year from the article's date."""
    found = []
    for token in doc(text):
        number = _WEEKDAYS.get(token.lower_)
        if number is None or token.ent_type_ not in ("DATE", "TIME") or token.tag_ == "NNPS" or token.text.endswith("s"):
            continue
        if any(s <= token.idx < e for s, e in taken) or any(c.lower_ in _NO_ONE_DAY for c in token.children):
            continue
        if token.dep_ == "compound" and token.head.i > token.i and any(c.dep_ == "det" and c.lower_ in _NO_ONE_DAY for c in token.head.children):
            continue  # 'at 11 o'clock on a Friday night': the determiner of the time the day modifies makes it any one
        if _modifies_a_thing(token):
            continue  # 'their Friday day centre', 'the Sunday market': a day modifying a noun names a kind of thing
        relative = next((c.lower_ for c in token.children if c.lower_ in ("last", "next", "this") and c.i < token.i), "")
        start = token.idx if not relative else min(c.idx for c in token.children if c.lower_ == relative)
        mention = DateMention(text[start : token.idx + len(token)], "", start, token.idx + len(token), "article_date")
        back = (anchor.weekday() - number) % 7 or (7 if relative == "last" else 0)
        forward = (number - anchor.weekday()) % 7 or (7 if relative == "next" else 0)
        tense = "" if relative else _tense(text, mention)
        ahead = relative == "next" or tense == "future" or not relative and not tense and forward < back
        day = anchor + timedelta(days=forward) if ahead else anchor - timedelta(days=back)
        found.append(replace(mention, sort_key=day.isoformat()))
    return found


def _modifies_a_thing(day: "Token") -> bool:
    """Whether a day of the week modifies a noun that is no date or time, through any nouns between ('Friday' of
    'their Friday day centre', of 'the Sunday market'; not of 'on Friday morning', a time)."""
    if day.dep_ not in ("compound", "nmod", "amod") or day.head.i < day.i:
        return False
    head = day.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.pos_ == "NOUN" and head.ent_type_ not in ("DATE", "TIME")


_NOTE_STAMP = re.compile(r"[ \t]*[A-Z][\w'’]*(?: [\w'’]+){0,2},[ \t]*$")


def _stamps_a_note(text: str, mention: DateMention) -> bool:
    """Whether the date stands between a line's opening label and a colon ('Correction, 15 October 2025:', 'Update,
    March 3:', "Editor's note, 4 May 2024:"): one to three words, the first capitalised, and a comma before it; a
    date alone before a colon ('March 3: Parliament votes') is an event's."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return bool(_NOTE_STAMP.fullmatch(text, line_start, mention.start)) and text[mention.end : mention.end + 2].lstrip(" ").startswith(":")


_POST_CREDIT = re.compile(r"[”\"’»][ \t]*[–—-][ \t]*[^\n“”\"«»]{1,120}$")
"""A quotation's closing mark, a dash and a credit with no quotation mark in it, up to the date: the line an embedded
social-media post ends with ('“...” — Katarzyna Nowak MEP (@KNowakMEP) March 3, 2026', Twitter's embed markup)."""


def _stamps_a_post(text: str, mention: DateMention) -> bool:
    """Whether the date ends the credit of an embedded post or quotation ('“...” – Name (@handle) March 3, 2026'):
    when it was posted, a stamp of the quotation, not an event the timeline should tell in the credit's words."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    after = text[mention.end : len(text) if line_end == -1 else line_end]
    return bool(_POST_CREDIT.search(text, line_start, mention.start)) and not after.strip(" .")


def _without_starting_points(text: str, dated: list[DateMention]) -> list[DateMention]:
    """`dated` without the dates a duration is counted from: a date the parse puts under `since`, as its object
    (`since 2003`) or inside the clause it introduces (`since the fishery was first managed by quota in 2003`),
    or that opens a range under `between` (`between 2021 and 2025`); without the dates of what a figure is
    compared with (`_compared_with`: `down from 340 in 2015`); and without the bounds of a class of things
    (`_bounds_a_class`: `apartments built before 2010`). Parses the text (spaCy, `_span_of`) only when it
    has a dated mention and one of those words."""
    if not dated or not re.search(r"\b(?:since|from|than|compared|between|before|after)\b", text, re.I):
        return dated
    kept = []
    for mention in dated:
        span = _span_of(text, mention)
        if span is None or not (_counted_from(span.root) or _compared_with(span.root) or _bounds_a_class(span.root)):
            kept.append(mention)
    return kept


def _bounds_a_class(token: "Token") -> bool:
    """Whether `token` dates the bound of a class of things, not an event: the object of 'before' or 'after' in a
    participle that modifies a noun, a reduced relative clause (`most apartments built before 2010`, `cars made
    after 2015`). When the things were built is what sorts them; nothing happened on that date."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("before", "after"):
        return False
    verb = prep.head
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")


_CHANGE_WORDS = frozenset({"down", "up", "higher", "lower", "more", "fewer", "less", "rise", "fall", "increase", "decrease"})


def _compared_with(token: "Token") -> bool:
    """Whether `token` dates the point a figure is compared with, not the sentence's event: under a `from` that
    a word of change governs (`212 babies last year, down from 340 in 2015`, `rose from 4% in 2020`), under a
    `than` (`fewer than in 2019`), or under `compared with` / `compared to` (`compared with 2019`)."""
    for ancestor in token.ancestors:
        word = ancestor.lower_
        if word == "from" and ancestor.dep_ == "prep" and (ancestor.head.lower_ in _CHANGE_WORDS or ancestor.head.lemma_.lower() in _CHANGE_WORDS):
            return True
        if word == "than" or word in ("with", "to") and ancestor.head.lower_ in ("compared", "comparison"):
            return True
    return False


def _counted_from(token: "Token") -> bool:
    """Whether `token` is under a `since` of its sentence: a preposition it hangs from (`since 2003`), or the
    marker of a clause it is in (`since the fishery was first managed by quota in 2003`); or it opens a range
    under `between` whose end the sentence gives (`rose 31 percent between 2021 and 2025`: the rise is told once,
    at its end, not once a year)."""
    if token.dep_ == "pobj" and token.head.lower_ == "between" and any(c.dep_ == "conj" for c in token.children):
        return True
    for ancestor in token.ancestors:
        if ancestor.lower_ == "since" and ancestor.dep_ == "prep":
            return True
        if any(c.lower_ == "since" and c.dep_ == "mark" for c in ancestor.children):
            return True
    return False


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
    within = lambda span: [d for d in dated if span[0] <= d.start < span[1] and not _names_a_thing(text, d)]  # noqa: E731
    same, before = within(sentence), within(previous)
    range_end = next((d for d in same if d.start >= mention.end and _RANGE_TO_YEAR.fullmatch(text, mention.end, d.start)), None)
    if range_end:
        return int(range_end.sort_key[:4]), "stated"
    relative = _RELATIVE_YEAR.match(text, mention.end)
    if anchor is not None and relative:  # 'since March last year' in an article of October 2025: March 2024
        year = anchor.year if isinstance(anchor, Date) else anchor
        return year + {"last": -1, "this": 0, "next": 1}[relative.group(1).lower()], "article_date"
    if anchor is not None:
        return _year_near(anchor, month, day, _tense(text, mention) if isinstance(anchor, Date) else ""), "article_date"
    if same:
        return int(min(same, key=lambda d: abs(d.start - mention.start)).sort_key[:4]), "same_sentence"
    if before:
        return int(before[-1].sort_key[:4]), "preceding_sentence"
    return None, "not_stated"


def published_date(published: str | None) -> Date | int | None:
    """The article's date: a full date when one can be read, else its year, else None."""
    if not published:
        return None
    iso = re.search(r"((?:1[89]|20)\d{2})-([01]\d)-([0-3]\d)", published)
    if iso:
        return safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    for mention in find_dates(published):
        parts = [int(p) for p in mention.sort_key.split("-")]
        if len(parts) == 3:
            return safe_date(*parts)
    year = re.search(r"(?<!\d)((?:1[89]|20)\d{2})(?!\d)", published)
    return int(year.group(1)) if year else None


def safe_date(year: int, month: int, day: int) -> Date | int:
    """The date of `year`, `month` and `day`, or the year alone where the day does not exist ('29 February' in a
    year that has none)."""
    try:
        return Date(year, month, day)
    except ValueError:
        return year


def _span_of(text: str, mention: DateMention) -> "Span | None":
    """The tokens of `text`'s parse (spaCy, cached by `language.doc`: every date of an article reads the one parse)
    that a date mention covers, or None."""
    return doc(text).char_span(mention.start, mention.end, alignment_mode="expand")


def _names_a_thing(text: str, mention: DateMention) -> bool:
    """Whether a year modifies a noun after it ('a 2019 technical framework', 'the 2024 analysis'): it tells which
    thing, not when the sentence's event happened, so a yearless date beside it does not take its year."""
    span = _span_of(text, mention)
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "nummod", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i


def _habitual(text: str, mention: DateMention) -> bool:
    """Whether a yearless date tells of what happens every year, not of one event: a month with 'every' or 'each'
    (`every March`), or one whose clause's verb takes the modal 'can' of what is possible or usual (`In January,
    ... it can be an hour and a half`), read from the parse (spaCy's dependencies)."""
    span = _span_of(text, mention)
    if span is None:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("every", "each") for t in span for c in t.children):
        return True
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children)


def _tense(text: str, mention: DateMention) -> str:
    """'future' when the clause a date is in tells what will happen (an auxiliary 'will' or 'shall': 'the
    appeal will be heard in March'; a present tense with 'next': 'the council next meets in March'), 'past' when
    it tells what happened (a verb in the past tense, or 'has' with a participle: 'the council voted in March'; a
    past participle reducing a relative clause, 'results published on Tuesday';
    or the date dates a noun whose relative clause is past, `_dates_a_past_thing`; or the date is one a duration
    is counted from, `_counted_from`: 'the fourth walkout since October'),
    but not in a condition ('would scrap the charge if it won control in May': the modal of its main clause says
    it is ahead) unless the condition is a past one (`_counterfactual_past`: 'If this bill had been law in
    February'), 'future' too for a timetabled present with a day of the week (`_scheduled`: 'takes effect
    Monday'), else ''. Read from the parse (spaCy's tags and dependencies) of the verb the date hangs from."""
    span = _span_of(text, mention)
    if span is None:
        return ""
    if _counted_from(span.root):
        return "past"  # 'the fourth walkout since October': a duration runs from a date behind the article
    if _dates_a_past_thing(span.root):
        return "past"  # 'The delay follows an editorial in the Hunter Herald on Saturday that accused ...'
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return ""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & {"will", "shall", "'ll"}:
        return "future"
    if _counterfactual_past(verb, auxiliaries):
        return "past"  # 'If this bill had been law in February, I would have had one tool fewer'
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        # a condition's past tense tells of no past event ('would scrap the charge if it won control in May'):
        # what the main clause's modal says of it ('would', 'will', 'could') is ahead, anything else unknown
        consequence = {c.lower_ for c in verb.head.children if c.dep_ == "aux"} if verb.dep_ == "advcl" else set()
        return "future" if consequence & {"will", "shall", "'ll", "would", "could", "might"} else ""
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ == "next" for c in verb.children):
        return "future"
    if auxiliaries & {"would", "could", "might", "may"} and verb.tag_ == "VB":
        return "future"  # 'If approved, the charge would take effect in January', 'said the line would open in May':
        # the future of a condition or of reported speech, ahead of the article; what could or may happen on a day
        # is ahead too ('a further 40 to 60 millimetres could fall on Tuesday')
    if _put_off_until(verb, span.root):
        return "future"
    if _scheduled(verb, auxiliaries, span.root):
        return "future"
    if verb.tag_ == "VBD" and not auxiliaries or verb.tag_ == "VBN" and auxiliaries & {"has", "have", "had", "was", "were"}:
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxiliaries and span.root.head.lower_ != "for":
        return "past"  # 'results published on Tuesday': a reduced relative clause of a passive, done (not 'a vote
        # scheduled for Tuesday', the day it is set for)
    return ""


def _dates_a_past_thing(token: "Token") -> bool:
    """Whether a date is the object of a preposition that modifies a noun whose own relative clause is in the past
    tense ('follows an editorial in the Hunter Herald on Saturday that accused the government ...'): the date is
    the noun's, and the clause that tells of it is past, whatever the tense of the verb above ('follows')."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in prep.head.children)


_MODALS = frozenset({"would", "could", "might", "should", "must", "'d"})


def _counterfactual_past(verb: "Token", auxiliaries: set[str]) -> bool:
    """Whether a verb tells of what did not happen in the past, the third conditional: a past perfect under 'if'
    or 'unless' ('If this bill had been law in February'), or a modal with 'have' and a past participle ('we would
    have acted in February', 'it could have opened in May'). Its date is behind the article, though the
    condition's main clause has 'would' (Quirk et al. 1985, A Comprehensive Grammar of the English Language,
    14.23-25, hypothetical conditions)."""
    if verb.tag_ != "VBN":
        return False
    conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)
    return conditional and "had" in auxiliaries or bool(auxiliaries & _MODALS) and "have" in auxiliaries


def _scheduled(verb: "Token", auxiliaries: set[str], date: "Token") -> bool:
    """Whether a present tense with a day of the week tells of what is timetabled ahead ('The new policy takes
    effect Monday', 'the council meets Tuesday'): the simple present of a scheduled event (Quirk et al. 1985,
    4.42), outside a headline, whose historic present tells of the past ('Board votes Wednesday to suspend
    exemptions'), and not a verb of saying ('says Tuesday'), whose present is the reporting's own."""
    if verb.tag_ not in ("VBZ", "VBP") or auxiliaries or date.lower_ not in _WEEKDAYS:
        return False
    text = date.doc.text
    line_start = text.rfind("\n", 0, date.idx) + 1
    headline = headline_span(text)
    in_headline = headline is not None and headline[0] <= line_start < headline[1]
    return not in_headline and verb.lemma_.lower() not in SPEECH_VERBS


_PUTTING_OFF = frozenset("postpone delay defer adjourn suspend".split())


def _put_off_until(verb: "Token", date: "Token") -> bool:
    """'The council has postponed its decision until January', 'pushed back the vote to March', 'put off the
    hearing till May': what is put off goes ahead of the act, whatever the act's tense, so the date it is put
    off to is ahead of the article (a verb of putting off, `_PUTTING_OFF` or 'push back' and 'put off', with
    'until', 'till' or 'to' before the date)."""
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off")]  # the parser's either
    putting_off = verb.lemma_.lower() in _PUTTING_OFF or verb.lemma_.lower() in ("push", "put") and bool(particles)
    attached = date.head.head.i in (verb.i, *(p.i for p in particles))  # 'pushed back to March': 'to' hangs on 'back'
    return putting_off and date.dep_ == "pobj" and date.head.lower_ in ("until", "till", "to") and attached


def _year_near(anchor: Date | int, month: int, day: int | None, tense: str = "") -> int:
    """The article's year; the year before or after when the date would otherwise lie 9 months or more from the article's.

    (`December 28` in an article of 10 January is last December.) A date the clause's tense puts ahead of the
    article (`_tense`: 'The council next meets in March', in an article of November) is the next such date; one
    it puts behind (`voted in March`, in an article of January) the last, unless it lies within
    `_TENSE_TOLERANCE_DAYS` after the article's date (a page's date may be that of its first version).
    """
    if isinstance(anchor, int):
        return anchor
    distance = lambda year: (Date(year, month, min(day or 15, 28)) - anchor).days  # noqa: E731
    if abs(distance(anchor.year)) < _OTHER_YEAR_AFTER_DAYS:
        year = anchor.year
    else:
        year = min((anchor.year - 1, anchor.year + 1), key=lambda y: abs(distance(y)))
    if tense == "future" and distance(year) < 0:  # the next such date: 'will' never tells of the past
        return year + 1
    if tense == "past" and distance(year) > _TENSE_TOLERANCE_DAYS:  # the last one
        return year - 1
    return year


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
_QUOTED = re.compile(
    r"“[^”\n]{1,1500}”|\"[^\"\n]{1,1500}\"|«[^»\n]{1,1500}»"
    r"|‘(?:[^’\n]|’(?=\w)){1,1500}’(?!\w)|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){1,1500}'(?!\w)"
)
"""A quotation in double marks or guillemets, or in single marks as British papers write them ('conservative'),
where an apostrophe inside a word ('they've', 'Lodrava's') closes nothing."""
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
