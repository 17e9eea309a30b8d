"""Locate model-given passages in the article and turn them into exact spans.

Matching is tolerant of quote-mark styles (corner brackets 「」『』 too), dashes,
whitespace, case, full-width letters and digits, and ellipses (``...`` or ``…``
stand for omitted text), never of changed words: a quote is either found
verbatim (after normalisation) or it is not shown. Evidence, which is not
presented as anyone's words, may also be aligned fuzzily to the closest
passage; the span then carries the article's text.

Scripts written without spaces between words (Chinese, Japanese, Korean with its
attached particles, Thai, Lao, Khmer, Burmese) have no word boundary to look
for: a name in them is matched as written, and a name in a spaced script next to
them (`Appleは`, `据Reuters报道`) ends where that script ends. They are never
transliterated either, since that makes different characters equal (李 and 里
are both "li").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

from ..schema import (
    Actor,
    Brief,
    BriefDraft,
    Claim,
    PositionChange,
    Source,
    Span,
    Stance,
    Unverified,
    Usage,
)

__all__ = ["NormalizedText", "locate", "occurs", "ground", "transliterate", "weight", "with_its_marks"]

_CHAR_MAP = {
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},  # full-width ASCII forms: Ａ１！ -> A1!
    **dict.fromkeys("‘’‚‛′`´『』‹›", "'"),
    **dict.fromkeys("“”„‟″«»「」〝〞", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...",
}
_EDGE = " \"'.,;:!?-。、・【】《》〈〉"
# Scripts written without spaces between words (Unicode blocks): Thai, Lao, Myanmar, Khmer, Hangul
# (particles attach to words), Hiragana, Katakana, CJK ideographs and their extensions.
_UNSPACED_CHARS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
_UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]")
_UNSPACED_RUN = re.compile(f"[{_UNSPACED_CHARS}]+")
UNSPACED_WEIGHT = 3  # a character of an unspaced script carries about as much as three Latin letters (a word is 1-2 of them)
_ELLIPSIS = re.compile(r"\s*(?:\.\s*){3,}\s*|\s*\[\s*\.\.\.\s*\]\s*")
MIN_SEGMENT = 4
FUZZY_EVIDENCE_MIN_SCORE = 90.0
FUZZY_EVIDENCE_MIN_CHARS = 20


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text with a map from each normalised char to its original index."""

    text: str
    index: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> "NormalizedText":
        return _of_fast(original) or cls._of_by_char(original)

    @classmethod
    def _of_by_char(cls, original: str) -> "NormalizedText":
        out: list[str] = []
        index: list[int] = []
        previous_space = True
        for i, ch in enumerate(original):
            if ch.isspace():
                if not previous_space:
                    out.append(" ")
                    index.append(i)
                previous_space = True
                continue
            previous_space = False
            for piece in _CHAR_MAP.get(ch, ch).lower():
                out.append(piece)
                index.append(i)
        return cls("".join(out), tuple(index))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) for normalised [start, end)."""
        return self.index[start], self.index[end - 1] + 1


_ONE_TO_ONE = {ch: rep for ch, rep in _CHAR_MAP.items() if len(rep) == 1}
_BY_CHAR_ONLY = frozenset("…Σ")  # maps to several characters; lowers differently by context
_SPACE_RUNS = re.compile("  +")  # a literal prefix: the regex engine skips ahead fast


def _of_fast(original: str) -> NormalizedText | None:
    """`NormalizedText.of` in a few whole-string steps; None where only the per-character path is exact.

    Every character maps to one here, so only runs of whitespace shift positions.
    """
    chars = set(original)
    if chars & _BY_CHAR_ONLY:
        return None
    text = original
    for ch in chars:
        if ch in _ONE_TO_ONE:
            text = text.replace(ch, _ONE_TO_ONE[ch])
        elif ch != " " and ch.isspace():
            text = text.replace(ch, " ")
    text = text.lower()
    if len(text) != len(original):  # a character lowers to several ('İ')
        return None
    pieces: list[str] = []
    index: list[int] = []
    position = len(text) - len(text.lstrip(" "))  # leading spaces go
    for run in _SPACE_RUNS.finditer(text, position):
        start, end = run.span()  # a run inside the text becomes one space
        pieces.append(text[position : start + 1])
        index.extend(range(position, start + 1))
        position = end
    pieces.append(text[position:])
    index.extend(range(position, len(text)))
    return NormalizedText("".join(pieces), tuple(index))


@lru_cache(maxsize=64)
def _normalized(article_text: str) -> NormalizedText:
    return NormalizedText.of(article_text)


def _needle(text: str) -> str:
    return NormalizedText.of(text).text.strip(_EDGE)


def _segments(needle: str) -> list[str]:
    return [s.strip(_EDGE) for s in _ELLIPSIS.split(needle) if s.strip(_EDGE)]


def locate(article_text: str, passage: str, *, fuzzy: bool = False) -> Span | None:
    """Find `passage` in the article; return the exact span or None."""
    hay = _normalized(article_text)
    needle = _needle(passage)
    if not needle:
        return None
    found = _locate_segments(hay.text, _segments(needle))
    if found is None and fuzzy:
        found = _locate_fuzzy(hay.text, needle)
    if found is None:
        return None
    start, end = hay.original_span(*found)
    return Span(text=article_text[start:end], start=start, end=end)


def _locate_segments(hay: str, segments: list[str]) -> tuple[int, int] | None:
    if not segments or (len(segments) > 1 and min(map(weight, segments)) < MIN_SEGMENT):
        return None
    cursor = hay.find(segments[0])
    while cursor != -1:
        first = cursor
        end = cursor + len(segments[0])
        for segment in segments[1:]:
            position = hay.find(segment, end)
            if position == -1:
                return None
            end = position + len(segment)
        return first, end
    return None


def _locate_fuzzy(hay: str, needle: str) -> tuple[int, int] | None:
    if weight(needle) < FUZZY_EVIDENCE_MIN_CHARS:
        return None
    alignment = fuzz.partial_ratio_alignment(needle, hay, score_cutoff=FUZZY_EVIDENCE_MIN_SCORE)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    start, end = _tightened(needle, hay, alignment.dest_start, alignment.dest_end)
    while start > 0 and _same_word(hay[start - 1], hay[start]):
        start -= 1
    while end < len(hay) and _same_word(hay[end - 1], hay[end]):
        end += 1
    return start, end


def _tightened(needle: str, hay: str, start: int, end: int) -> tuple[int, int]:
    """The aligned window less punctuation at its edges and less edge characters of an unspaced script that
    do not help it match (the window is as long as the needle, so a needle missing a character takes in one
    more of its neighbours; in a spaced script the word-boundary extension after this settles the edges)."""
    def score(s: int, e: int) -> float:
        return fuzz.ratio(needle, hay[s:e])

    while end - start > 1 and hay[start] in _EDGE:
        start += 1
    while end - start > 1 and hay[end - 1] in _EDGE:
        end -= 1
    while end - start > 1 and _UNSPACED.match(hay[end - 1]) and score(start, end - 1) >= score(start, end):
        end -= 1
    while end - start > 1 and _UNSPACED.match(hay[start]) and score(start + 1, end) >= score(start, end):
        start += 1
    return start, end


def _same_word(a: str, b: str) -> bool:
    """Two neighbouring characters of one word: letters or digits of a script written with spaces.
    (In an unspaced script every character is a letter, and the word has no visible end to extend to.)"""
    return a.isalnum() and b.isalnum() and not _UNSPACED.match(a) and not _UNSPACED.match(b)


def weight(text: str) -> int:
    """Length in Latin-letter equivalents: a character of an unspaced script counts UNSPACED_WEIGHT."""
    return len(text) + (UNSPACED_WEIGHT - 1) * len(_UNSPACED.findall(text))


def _fold(text: str) -> str:
    return transliterate(_needle(text))


def transliterate(text: str) -> str:
    """ASCII for scripts written with spaces (accents, ß, ø, Cyrillic: unidecode); unspaced scripts as written."""
    if not _UNSPACED.search(text):
        return unidecode(text)
    pieces, position = [], 0
    for run in _UNSPACED_RUN.finditer(text):
        pieces += [unidecode(text[position : run.start()]), run.group()]
        position = run.end()
    pieces.append(unidecode(text[position:]))
    return "".join(pieces)


def in_article_scripts(answer: str, article_text: str) -> str:
    """`answer` up to its first letter of a writing system `article_text` has none of ('... Derrynacool
    Residents'联盟': a small multilingual model slipping into Chinese mid-phrase), without the punctuation and spaces
    before it; all of `answer` when every letter's script is the article's. A script is the first word of a letter's
    Unicode name ('LATIN', 'CYRILLIC', 'CJK')."""
    scripts = {script_of(c) for c in set(article_text) if c.isalpha()}
    for i, c in enumerate(answer):
        if c.isalpha() and script_of(c) not in scripts:
            return answer[:i].rstrip(" ,;:-–(")
    return answer


def script_of(letter: str) -> str:
    """The writing system of a letter: the first word of its Unicode name ('LATIN', 'CYRILLIC', 'CJK'); '' when this
    Python's Unicode database names it not."""
    try:
        return unicodedata.name(letter).split()[0]
    except ValueError:  # a letter with no name in this Python's Unicode database
        return ""


def occurs(article_text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in the article as whole words (case, accents, quotes folded).

    A word boundary is required only between letters or digits of scripts written with spaces:
    `Apple` occurs in `Appleは`, `山田` in `山田太郎は`, `Li` not in `Lin`.
    """
    folded = _fold(phrase)
    if not folded:
        return False
    pattern = r"(?<![a-z0-9])" + re.escape(folded) + r"(?![a-z0-9])"
    return re.search(pattern, _fold_article(article_text)) is not None


@lru_cache(maxsize=64)
def _fold_article(article_text: str) -> str:
    return transliterate(_normalized(article_text).text)


# --------------------------------------------------------------------------- brief


class _Grounder:
    def __init__(self, article_text: str) -> None:
        self.text = article_text
        self.unverified: list[Unverified] = []

    def span(self, passage: str, kind: str, item: str, *, fuzzy: bool) -> Span | None:
        if not passage.strip():
            return None
        span = locate(self.text, passage, fuzzy=fuzzy)
        if span is None:
            self.unverified.append(Unverified(kind=kind, text=passage, item=item))  # type: ignore[arg-type]
            return None
        return with_its_marks(self.text, span)

    def aliases(self, names: list[str], actor: str) -> list[str]:
        kept: list[str] = []
        for alias in names:
            alias = alias.strip()
            if not alias or alias in kept or alias == actor:
                continue
            if occurs(self.text, alias):
                kept.append(alias)
            else:
                self.unverified.append(Unverified(kind="alias", text=alias, item=f"actor '{actor}'"))
        return kept


_OPENING = {"“": "”", "‘": "’", "«": "»", "„": "“"}


def with_its_marks(article_text: str, span: Span) -> Span:
    """`span` widened by the one quotation mark that closes a quotation it opens, when that mark is the next
    character ('had been "vain and foolish' -> '... foolish"', where the sentence splitter ended the sentence
    before the closing mark), or by the one that opens a quotation it closes, when that mark is the character
    before: evidence shown between quotation marks of its own then reads as the article writes it. Straight double
    marks count by parity; curly and angled ones by pair. The span is returned unchanged otherwise. Offsets are
    characters of `article_text`."""
    start, end, inside = span.start, span.end, span.text
    after = article_text[end : end + 1]
    before = article_text[start - 1 : start] if start > 0 else ""
    if inside.count('"') % 2 == 1:
        if after == '"':
            end += 1
        elif before == '"':
            start -= 1
    else:
        for opening, closing in _OPENING.items():
            if inside.count(opening) > inside.count(closing) and after == closing:
                end += 1
                break
            if inside.count(closing) > inside.count(opening) and before == opening and closing != "“":
                start -= 1
                break
    if (start, end) == (span.start, span.end):
        return span
    return Span(text=article_text[start:end], start=start, end=end)


def ground(
    draft: BriefDraft,
    article_text: str,
    *,
    article_id: str,
    title: str | None,
    usage: Usage,
    published: str | None = None,
    url: str | None = None,
    author: str | None = None,
    outlet: str | None = None,
) -> Brief:
    """Turn a model's draft into a Brief whose every quote and evidence is a real span; `published`, `url`,
    `author` and `outlet` are the article's own (`extract.dates.article_date`), carried over as they are."""
    g = _Grounder(article_text)
    actors = [
        Actor(name=a.name.strip(), aliases=g.aliases(a.aliases, a.name.strip()), kind=a.kind, role=a.role.strip())
        for a in draft.actors
        if a.name.strip()
    ]
    stances = [
        Stance(
            holder=s.holder.strip(),
            target=s.target.strip(),
            label=s.label,
            evidence=g.span(s.evidence, "evidence", f"stance '{s.holder} -> {s.target}'", fuzzy=True),
            basis=s.basis or "judged",
        )
        for s in draft.stances
    ]
    sources = []
    for s in draft.sources:
        item = f"source '{s.name}'"
        spans = getattr(s, "spans", None)
        found = spans if spans is not None and len(spans) == len(s.quotes) else [None] * len(s.quotes)
        quotes = [span for q, at in zip(s.quotes, found) if (span := _found_or_located(g, q, at, item))]
        sources.append(
            Source(
                name=s.name.strip(),
                type=s.type,
                affiliation=s.affiliation.strip(),
                role=s.role.strip(),
                anonymous=bool(getattr(s, "anonymous", False)),
                named=getattr(s, "named", None),
                quotes=_unique_spans(quotes),
                statements=[t.strip() for t in s.statements if t.strip()],
            )
        )
    claims = [
        Claim(
            text=c.text.strip(),
            by=c.by.strip() or "author",
            evidence=g.span(c.evidence, "evidence", f"claim '{c.text[:40]}'", fuzzy=True),
        )
        for c in draft.claims
        if c.text.strip()
    ]
    unattributed = [
        Span(text=article_text[a:b], start=a, end=b)
        for a, b in getattr(draft, "unattributed", ())
        if 0 <= a < b <= len(article_text)
    ]
    changes = [
        PositionChange(holder=holder, evidence=Span(text=article_text[a:b], start=a, end=b))
        for holder, a, b in getattr(draft, "changes", ())
        if 0 <= a < b <= len(article_text)
    ]
    return Brief(
        article_id=article_id,
        title=title,
        published=published,
        url=url,
        author=author,
        outlet=outlet,
        main_issue=draft.main_issue,
        summary=draft.summary,
        actors=actors,
        stances=stances,
        sources=sources,
        claims=claims,
        unattributed_quotes=unattributed,
        position_changes=changes,
        usage=usage,
        unverified=g.unverified,
        text=article_text,
    )


def _found_or_located(g: _Grounder, quote: str, at: tuple[int, int] | None, item: str) -> Span | None:
    """The span where code found a quote, when it holds the quote's text; else the quote is located by its words."""
    if at is not None and 0 <= at[0] < at[1] <= len(g.text) and g.text[at[0] : at[1]] == quote:
        return Span(text=quote, start=at[0], end=at[1])
    return g.span(quote, "quote", item, fuzzy=False)


def _unique_spans(spans: list[Span]) -> list[Span]:
    seen: set[tuple[int, int]] = set()
    out = []
    for span in spans:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            out.append(span)
    return out
