"""Sentence boundaries from the language pipeline's parse (`nlp`), as character offsets.

Offsets are kept (`spans`), so anything built on a sentence can still point at
its characters in the article. A line break always ends a sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .dates import dateline_at
from .nlp import parse

__all__ = ["HEADLINE_WORDS", "QUOTE_MARKS", "SENTENCE_ENDS", "headline_span", "looks_like_heading", "sentences", "spans", "standfirst_span"]

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


STANDFIRST_WORDS = 40
"""Most words of a standfirst: a line after the headline longer than this is the story's first paragraph."""


def standfirst_span(text: str) -> tuple[int, int] | None:
    """(start, end) in characters of the line right after the headline (`headline_span`) when it reads as a
    standfirst, a deck: at most `STANDFIRST_WORDS` words, more text after it, and no end of a sentence ('Operator
    says scheme will bring long-haul routes and 1,400 jobs; residents warn of "misery by the planeload"'). A
    standfirst sums up the story under its headline; its speakers are the body's sources, named there. None
    otherwise."""
    headline = headline_span(text)
    if headline is None:
        return None
    rest = text[headline[1] :]
    body = rest.lstrip("\n ")
    start = len(text) - len(body)
    line = body.split("\n", 1)[0].rstrip()
    if "\n" not in body or not line or line.rstrip("\"'”’").endswith((".", "!", "?", ":")) or len(line.split()) > STANDFIRST_WORDS:
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
    return tuple(_with_datelines(text, _marks_with_their_quotes(text, out)))


QUOTE_MARKS = "“”„\"‘’'«»‹›「」『』"
"""Quotation marks of every style the quote finder reads (double, single, guillemets, CJK corner brackets)."""


def _marks_with_their_quotes(text: str, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences with a quotation mark the parser cut off put back with its quotation: a mark after a space at a
    sentence's end opens the next sentence's quotation ('..., Ferrand said. «' + 'Every year we lose ... .'), and
    a sentence of quotation marks alone ('»') closes the one before, in the same paragraph."""
    fixed: list[tuple[int, int]] = []
    for start, end in out:
        if fixed and all(c in QUOTE_MARKS or c.isspace() for c in text[start:end]) and "\n" not in text[fixed[-1][1] : start]:
            fixed[-1] = (fixed[-1][0], end)
            continue
        if fixed and fixed[-1][1] - fixed[-1][0] > 1 and text[fixed[-1][1] - 1] in QUOTE_MARKS and text[fixed[-1][1] - 2].isspace():
            mark = fixed[-1][1] - 1
            if "\n" not in text[mark:start]:
                before = fixed[-1][0], len(text[: mark].rstrip())
                fixed[-1] = before
                start = mark
        fixed.append((start, end))
    return fixed


def _with_datelines(text: str, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences with a paragraph's opening dateline kept in its first sentence: the parser may end a sentence
    after a one-word place in capitals ('SANTIAGO' | ', Chile — Chile's government ...'); a dateline
    (`dates.dateline_at`) is no sentence of its own."""
    merged: list[tuple[int, int]] = []
    for start, end in out:
        if merged and _dateline_end(text, merged[-1][0]) > merged[-1][1] and start < _dateline_end(text, merged[-1][0]) + 1:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _dateline_end(text: str, start: int) -> int:
    """Where the dateline that opens the paragraph at `start` ends (its dash included), or -1."""
    if start and text[start - 1] != "\n":
        return -1
    found = dateline_at(text, start)
    return found[0] if found else -1


_TURN_LINE = re.compile(r"([^\W\d_][^\W\d_.'’\-]*(?: [^\W\d_][^\W\d_.'’\-]*){0,4}):[ \t]+(?=\S)")
"""A transcript's turn: a speaker's label, one to five words, a colon, then the words ('MAYOR LENA ORTIZ: Good
morning, Kate.', 'BREZOVÁ: Because ...'); `_turns` keeps a label in capitals only."""
_INTERVIEWERS = frozenset("INTERVIEWER PRESENTER HOST ANCHOR MODERATOR".split())


@lru_cache(maxsize=64)
def transcript_labels(text: str) -> tuple[tuple[int, int], ...]:
    """The [start, end) in characters of every turn's label and colon in a transcript (see `transcript_turns`),
    the interviewer's too: a label is no one's name in the text."""
    return tuple((m.start(), m.end()) for m, _ in _turns(text))


@lru_cache(maxsize=64)
def transcript_turns(text: str) -> tuple[tuple["re.Match[str]", int], ...]:
    """Each interviewee's turn in a transcript ('MAYOR LENA ORTIZ: With respect to Marta, ...'), as the match of
    its label (group 1 the label; its end where the words start) and the end of its paragraph in characters:
    paragraphs that open with a label in capitals and a colon (`_TURN_LINE`), in an article where two or more
    labels of three letters or more each open two or more paragraphs (a dialogue; one 'UPDATE:' makes none, and
    an explainer's 'Q:' and 'A:' name no one). The interviewer's turns are left out, as the author's voice: the
    label of the first turn when half or more of its turns ask a question ('KATE BELL: ... Is she wrong?'), or
    one that says what it is ('INTERVIEWER', 'PRESENTER', 'HOST'). Read once per text: each quote asks
    (`speakers.turn_label`)."""
    turns = _turns(text)
    if not turns:
        return ()
    counts = Counter(m.group(1) for m, _ in turns)
    asking = {label for label in counts if label.split()[-1].rstrip(".") in _INTERVIEWERS}
    first = turns[0][0].group(1)
    if sum("?" in text[m.end() : end] for m, end in turns if m.group(1) == first) * 2 >= counts[first]:
        asking.add(first)
    return tuple((m, end) for m, end in turns if m.group(1) not in asking)


@lru_cache(maxsize=64)
def _turns(text: str) -> tuple[tuple["re.Match[str]", int], ...]:
    """Every paragraph opening with a label in capitals and a colon, the interviewer's too, in a dialogue (see
    `transcript_turns`) or an excerpt of one speaker's turns whose label ends a full name the text writes
    ('REILLY:' twice, after 'Mayor Tom Reilly'); () when the text is none."""
    found = []
    start = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        m = _TURN_LINE.match(text, start + lead, start + len(line))
        if m is not None and line.strip() and m.group(1).isupper():  # capitals of any script ('BREZOVÁ:')
            found.append((m, start + len(line.rstrip())))
        start += len(line) + 1
    found = [(m, end) for m, end in found if sum(ch.isalpha() for ch in m.group(1)) >= 3]  # 'Q:' and 'A:' of an
    # explainer's questions and answers are the author's own, and name no one
    counts = Counter(m.group(1) for m, _ in found)
    if sum(1 for n in counts.values() if n >= 2) >= 2:
        return tuple(found)  # a dialogue
    named = {label for label, n in counts.items() if n >= 2 and _full_name_ending(text, label)}  # 'REILLY: ...' twice
    return tuple((m, end) for m, end in found if m.group(1) in named)


def _full_name_ending(text: str, label: str) -> bool:
    """Whether the text writes the label's last word in title case after a capitalised word, as a full name ends
    ('Mayor Tom Reilly' for 'REILLY'): one speaker's excerpt of turns is a transcript when its label names someone."""
    last = label.split()[-1].capitalize()
    return re.search(rf"\b[^\W\d_][^\W\d_]+\.? {re.escape(last)}\b", text) is not None
