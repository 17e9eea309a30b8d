"""Find quoted passages by their quotation marks, in code, as exact spans of the article.

Every common style is read: “…” "…" ‘…’ '…' „…“ ‚…‘ «…» »…« ‹…› 「…」 『…』. A
passage is found where it stands; its span is never looked up again by its
words, so the same words earlier in the article (a headline, the lede) cannot
move it. Marks pair by family: inside a quotation, marks of another family
(a quote inside the quote) are part of it and the outer quote is kept whole;
a mark of the same family that opens nests, so `"He said "no" to me"` is one
quote. An apostrophe inside a word (`don’t`, `people's`) never closes a
quote. A quote left open at a paragraph's end continues when the next
paragraph re-opens it (the convention for a quote over several paragraphs);
each paragraph's part is its own `Quote`, linked to the part before it by
`continues`.

News text is also messy, so two old rules stay for double marks: a closing
mark with no opening one quotes from the paragraph's start, and a double
quote left open runs to the paragraph's end. A mark between two non-spaces
(`Russia.”Russia has`) toggles.

Scripts without spaces between words (Chinese, Japanese) are counted in
characters: two or more are a quote; elsewhere a quote has two or more words.
A quoted title (`"The Internet Explorer 6 Countdown"`, every word capitalised,
no sentence punctuation) is a name, not anyone's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes", "inside_quotes"]

MIN_WORDS = 2
MIN_CJK_CHARS = 2
MIN_ORPHAN_WORDS = 4

_CLOSERS = {  # opening mark -> the marks that close it
    "“": "”",
    "„": "“”",
    "”": "”",
    '"': '"',
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "‘": "’'",
    "‚": "‘’",
    "'": "'’",
}
_FAMILY = {mark: "double" for mark in "“”„\"«»"} | {mark: "single" for mark in "‘’‚'‹›"} | {"「": "cjk", "」": "cjk", "『": "cjk2", "』": "cjk2"}
_MARKS = frozenset(_FAMILY)
_ALWAYS_OPEN = frozenset("„‚「『")
_ALWAYS_CLOSE = frozenset("」』")
_APOSTROPHES = frozenset("’'")
_OPEN_BEFORE = frozenset(" \t([{–—-/:;")
_CLOSE_AFTER = frozenset(" \t.,;:!?)]}–—-/…")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"\w+")
_STRIP = " \t,;:–—-"


@dataclass(frozen=True)
class Quote:
    """A quoted passage: `article[start:end] == text`, without its marks.

    `opened`/`closed` say whether a mark opened and closed it in this paragraph;
    `continues` is the index (in `find_quotes`' list) of the paragraph part it continues.
    """

    text: str
    start: int
    end: int
    opened: bool = True
    closed: bool = True
    continues: int | None = None


def find_quotes(text: str, *, min_words: int = MIN_WORDS) -> list[Quote]:
    """Every quoted passage of the article in order, each an exact span (see the module docstring), of at least
    `min_words` words (one finds the one-word quotations too: `partial_quotes` keeps those someone said)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    found = [_paragraph(line) for line in lines]
    quotes: list[Quote] = []
    left_open: str | None = None  # the family a quote left open at the previous paragraph's end
    for k, (line, items) in enumerate(zip(lines, found)):
        if not line.strip():
            continue
        for n, item in enumerate(items):
            if not item.closed and not (_may_stay_open(line, item) or _reopened(lines, k, item.family)):
                continue
            s, e = _trim(line, item.start, item.end)
            if e <= s or not _long_enough(line[s:e], min_words) or _is_title(line[s:e]):
                continue
            continues = len(quotes) - 1 if n == 0 and quotes and _opens_line(line, item) and item.family == left_open else None
            quotes.append(Quote(line[s:e], offsets[k] + s, offsets[k] + e, item.opened, item.closed, continues))
        left_open = items[-1].family if items and not items[-1].closed else None
    return quotes


def inside_quotes(quotes: list[Quote], start: int, end: int) -> bool:
    """Whether the span [start, end) lies inside one of `quotes`."""
    return any(q.start <= start and end <= q.end for q in quotes)


@dataclass(frozen=True)
class _Found:
    start: int  # after the opening mark
    end: int  # at the closing mark
    opened: bool
    closed: bool
    family: str


def _opens_line(line: str, item: _Found) -> bool:
    return item.opened and line[: item.start - 1].strip() == ""


def _reopened(lines: list[str], k: int, family: str) -> bool:
    """Whether the next paragraph opens with a mark of `family`: the quote goes on over paragraphs."""
    for line in lines[k + 1 :]:
        if line.strip():
            first = line.lstrip()[0]
            return _FAMILY.get(first) == family and _role(line.lstrip(), 0) == "open"
    return False


def _paragraph(para: str) -> list[_Found]:
    """Each quotation in one paragraph, marks excluded, in order."""
    found: list[_Found] = []
    opener: str | None = None
    open_at = depth = last_end = 0
    for i, ch in enumerate(para):
        if ch not in _MARKS:
            continue
        if opener is None:
            role = _role(para, i)
            if role == "open" or role == "close" and _misplaced_opener(para, i, last_end):
                opener, open_at, depth = ch, i + 1, 0
            elif role == "close" and _FAMILY[ch] == "double" and _words(para[last_end:i]) >= MIN_ORPHAN_WORDS:
                found.append(_Found(last_end, i, False, True, "double"))  # a closing mark with no opening one
                last_end = i + 1
            continue
        if _FAMILY[ch] != _FAMILY[opener]:
            continue  # a quote inside the quote
        if ch in _CLOSERS[opener] and _closes(para, i, opener):
            if depth:
                depth -= 1
                continue
            found.append(_Found(open_at, i, True, True, _FAMILY[opener]))
            opener, last_end = None, i + 1
        elif ch == opener and _role(para, i) == "open":
            depth += 1
    if opener is not None:
        found.append(_Found(open_at, len(para), True, False, _FAMILY[opener]))
    return found


def _misplaced_opener(para: str, i: int, last_end: int) -> bool:
    """'Wilkins said," [Warhol] liked the way ... looked".': a straight double mark set against the word before it
    opens a quotation when no quotation could end there (too few words since the last one for a closing mark
    whose opening one is missing), what follows starts a sentence (not '... ," she said'), and the next mark
    closes plainly."""
    if para[i] != '"' or _words(para[last_end:i]) >= MIN_ORPHAN_WORDS:
        return False
    rest = para[i + 1 :].lstrip()
    if not rest or rest[0].islower() or not para[i + 1 : i + 2].isspace():
        return False
    j = para.find('"', i + 1)
    return j > 0 and _closes_plain(para, j)


def _may_stay_open(para: str, item: _Found) -> bool:
    """A quote open at its paragraph's end is kept for double marks (news convention) or after a colon."""
    if item.family == "double":
        return _words(para[item.start :]) >= MIN_ORPHAN_WORDS
    return para[: item.start - 1].rstrip().endswith(":")


def _role(para: str, i: int) -> str:
    """'open', 'close' or 'none' for the mark at `i` when no quotation is open."""
    ch = para[i]
    if ch in _ALWAYS_OPEN:
        return "open"
    if ch in _ALWAYS_CLOSE:
        return "close"
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    if ch in _APOSTROPHES and (before.isalnum() or after.isdigit() or not (after.isalnum() or after in _MARKS)):
        return "none"  # an apostrophe (don’t, the workers’, ’90s) or a stray mark
    opens = before in _OPEN_BEFORE or before in _MARKS
    closes = after in _CLOSE_AFTER or after in _MARKS
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if ch in "»›" and not (opens and closes):
        return "none"
    if ch in "“«‹‘" or (not opens and not closes and _FAMILY[ch] == "double"):
        return "open"  # a directed opening glyph, or a mark between two words (toggles)
    return "none"


def _closes(para: str, i: int, opener: str) -> bool:
    """Whether the mark at `i` closes the quotation `opener` opened."""
    ch = para[i]
    if ch in _ALWAYS_CLOSE or ch in "»›«‹" and _FAMILY[opener] == _FAMILY[ch]:
        return True
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    if ch in _APOSTROPHES:
        if before.isalnum() and after.isalnum():
            return False  # don’t, people's
        if before in " \t":
            return False
        if before == "s" and after == " " and re.match(r" [a-z]", para[i + 1 : i + 3]) and _later_closer(para, i, opener):
            return False  # the workers’ rights: a plural possessive, when a real closer follows
        return True
    if before in " \t" and after not in _CLOSE_AFTER and after not in _MARKS:
        return False  # it opens something
    return True


def _later_closer(para: str, i: int, opener: str) -> bool:
    return any(para[j] in _CLOSERS[opener] and _closes_plain(para, j) for j in range(i + 1, len(para)))


def _closes_plain(para: str, j: int) -> bool:
    before = para[j - 1] if j > 0 else " "
    after = para[j + 1] if j + 1 < len(para) else " "
    return not before.isspace() and not (before.isalnum() and after.isalnum()) and (after in _CLOSE_AFTER or after in _MARKS)


def _trim(para: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the punctuation around a quotation, and without a double mark at its end unless the
    mark closes a quotation inside it ('Shareholders love the words "cost discipline",' she said)."""
    while start < end and para[start] in _STRIP:
        start += 1
    while end > start and (para[end - 1] in _STRIP or _FAMILY.get(para[end - 1]) == "double" and not _closes_inner(para, start, end - 1)):
        end -= 1
    return start, end


def _closes_inner(para: str, start: int, i: int) -> bool:
    """Whether the double mark at `i` closes a quotation that opened inside [start, i): the double marks before it
    in the span are odd in number (a straight one or a '“')."""
    before = [ch for ch in para[start:i] if ch in _MARKS and _FAMILY[ch] == "double"]
    return len(before) % 2 == 1 and para[i] in "”\""


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _long_enough(text: str, min_words: int = MIN_WORDS) -> bool:
    if _CJK.search(text):
        return len(_CJK.findall(text)) >= MIN_CJK_CHARS
    return _words(text) >= min_words


def _is_title(text: str) -> bool:
    """'The Internet Explorer 6 Countdown': a name in quotation marks, not speech."""
    words = text.split()
    if len(words) < 2 or text.rstrip()[-1:] in ".!?,;:" or _CJK.search(text):
        return False
    small = {"of", "the", "a", "an", "and", "or", "for", "in", "on", "to", "at", "by", "with", "de", "la", "le"}
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words) and words[0][:1].isupper()
