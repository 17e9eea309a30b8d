"""Find quoted passages and propose their speakers, in code.

News text is messy: curly and straight marks are mixed, marks point the wrong
way (`Russia.”Russia has...`), a closing mark may have no opening one (the
quote then starts at the paragraph), and a quote left open at the end of a
paragraph runs to its end (the multi-paragraph convention). `find_quotes`
pairs marks by their context, falls back to a simple open/close state where
the context is ambiguous, and returns exact spans of the article split into
sentences. `attribute` reads the words around each quote for a speaker:
"..., said X", "X told", "according to X", "– Dr. Name, Title, Org.",
"he added" (the previous speaker). What it cannot settle is left for the
model to choose from candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "Attribution",
    "Quote",
    "attribute",
    "find_quotes",
    "names_in",
    "reported_sources",
    "NAME",
]

_MARKS = "\"“”„«»"
_OPENERS = "“„«"
_CLOSERS = "”»"
_OPEN_BEFORE = " \t([{–—-/:;"
_CLOSE_AFTER = " \t.,;:!?)]}–—-"
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-ZÀ-ÖØ-Þ])")
MIN_WORDS = 2
MIN_ORPHAN_WORDS = 4

_UP = "A-ZÀ-ÖØ-ÞĀĆČĐĒŁŃŒŘŚŠŽ"
_WORD = rf"(?:[{_UP}](?:\.[{_UP}])+\.?|(?:Dr|Mr|Mrs|Ms|Jr|Sr|St|Gen|Col|Sen|Rep|Gov|Prof)\.|[{_UP}][\w’'\-]*)"
_PARTICLE = r"(?:de|del|da|dos|van|von|der|bin|al|la|le)"
NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD})*"
_SPEECH = (
    r"said|says|say|added|adds|stressed|stresses|warned|warns|told|tells|declared|declares|stated|states|"
    r"noted|notes|explained|explains|insisted|insists|wrote|writes|argued|argues|continued|concluded|"
    r"asserted|claimed|claims|emphasized|emphasised|remarked|affirmed|assured|assures|replied|indicated|"
    r"indicates|considered|considers|celebrated|ratified|announced|announces|recalled|recalls|"
    r"maintains|maintained|points out|pointed out|reported|reports|denied|denies|acknowledged|"
    r"described|describes|urged|urges|predicted|admitted|confirmed|observed|commented|suggested|believes|"
    r"reaffirmed|reiterated|expressed|promised|vowed|pledged|repeated|highlighted|underlined|insisted"
)
_PRONOUN = r"(?:he|she|they|it)"
_DESCRIPTOR = (
    r"(?:the|a|an)\s+(?:(?:[a-z][\w’'\-]*|[A-Z][a-z]+(?:an|ian|ese|ish))\s+){0,4}[a-z][\w’'\-]*"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*)?"
)
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Prof|Sir|Gen|Col|Sen|Rep)\.?"

_AFTER_VERB_FIRST = re.compile(
    rf"^[\s,.]*(?:{_SPEECH})\s+(?P<who>(?:the|a|an)\s+[^,.;“\"]{{2,60}}?"
    rf"(?=\s+(?:at|in|on|after|during|when|following|before|to|while|and|who)\b|[,.;]|$)|(?:{_TITLE}\s+)?{NAME}|{_PRONOUN}\b)"
)
_AFTER_SUBJECT_FIRST = re.compile(
    rf"^[\s,.]*(?P<who>{_PRONOUN}|{_DESCRIPTOR}|(?:{_TITLE}\s+)?{NAME})\s+(?:also\s+|then\s+|later\s+)?(?:{_SPEECH})\b"
)
_AFTER_DASH = re.compile(rf"^\s*[–—-]\s*(?P<who>(?:{_TITLE}\s+)?{NAME})(?P<rest>(?:,\s*[^,.\n]+){{0,3}})")
_ACCORDING = re.compile(rf"\baccording to\s+(?:{_DESCRIPTOR}\s)?(?P<who>{NAME})")
_BEFORE_SAID = re.compile(
    rf"(?P<who>\b{_PRONOUN}|\b{_DESCRIPTOR}|(?:{_TITLE}\s+)?{NAME})(?:,[^,]{{1,60}},)?\s+(?:also\s+)?(?:{_SPEECH})\b[^“\"]{{0,200}}$"
)
_POSSESSIVE = re.compile(
    rf"(?P<who>(?:{_TITLE}\s+)?{NAME})(?:’s|'s)\s+(?:insistence|statement|remarks|words|warning|comments|call|claim|"
    rf"assertion|appeal|message|letter|speech|demand|promise|pledge|argument|view)\b[^“\"]{{0,120}}$"
)


@dataclass(frozen=True)
class Quote:
    """An exact passage of the article: `text == article[start:end]`."""

    text: str
    start: int
    end: int
    passage: int  # index of the quoted passage it was split from


@dataclass
class Attribution:
    """What the words around a quoted passage say about its speaker."""

    passage: int
    quotes: list[Quote]
    cue: str = ""  # the attributing words, e.g. "said the Secretary General of NATO"
    named: str | None = None  # a proper name found in the cue
    pronoun: bool = False
    follows: int | None = None  # the passage it continues in the same sentence, when it has no cue of its own
    details: list[str] = field(default_factory=list)  # ", Title, Org" after a dash attribution


# --------------------------------------------------------------------------- finding quotes


def find_quotes(text: str) -> list[Quote]:
    """Every quoted passage of two words or more, split into sentences, as exact spans."""
    quotes: list[Quote] = []
    for n, (start, end) in enumerate(_passages(text)):
        quotes.extend(Quote(text[s:e], s, e, n) for s, e in _sentences(text, start, end))
    return quotes


def _passages(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend((offset + s, offset + e) for s, e in _paragraph_passages(line))
        offset += len(line) + 1
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _paragraph_passages(para: str) -> list[tuple[int, int, ]]:
    found: list[tuple[int, int]] = []
    open_at: int | None = None
    last_end = 0
    for i, ch in enumerate(para):
        if ch not in _MARKS:
            continue
        role = _role(para, i)
        if role == "either":
            role = "close" if open_at is not None else "open"
        if role == "open":
            if open_at is not None:
                found.append((open_at, i))
            open_at = i + 1
        elif open_at is not None:
            found.append((open_at, i))
            open_at = None
        else:
            orphan = (last_end, i)
            if _words(para[orphan[0] : orphan[1]]) >= MIN_ORPHAN_WORDS:
                found.append(orphan)
        last_end = i + 1
    if open_at is not None and _words(para[open_at:]) >= MIN_ORPHAN_WORDS:
        found.append((open_at, len(para)))
    return [(s, e) for s, e in found if _words(para[s:e]) >= MIN_WORDS]


def _role(para: str, i: int) -> str:
    before = para[i - 1] if i > 0 else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    opens = before in _OPEN_BEFORE or before in _MARKS
    closes = after in _CLOSE_AFTER or after in _MARKS
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    ch = para[i]
    if opens and closes:  # a mark between spaces: trust the glyph if it has a direction
        return "open" if ch in _OPENERS else "close" if ch in _CLOSERS else "either"
    return "either"


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    strip = " \t,;:–—-" + _MARKS
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    passage = text[start:end]
    cuts = [0] + [m.end() for m in _SENTENCE_SPLIT.finditer(passage)] + [len(passage)]
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        s, e = _trim(text, start + a, start + b)
        if e > s and _words(text[s:e]) >= MIN_WORDS:
            spans.append((s, e))
    return spans


# --------------------------------------------------------------------------- speakers


def attribute(text: str, quotes: list[Quote]) -> list[Attribution]:
    """One attribution per quoted passage, with pronouns resolved to the previous speaker."""
    by_passage: dict[int, list[Quote]] = {}
    for q in quotes:
        by_passage.setdefault(q.passage, []).append(q)
    out: list[Attribution] = []
    previous: str | None = None
    for n, group in sorted(by_passage.items()):
        a = _attribution(text, n, group)
        if out and not a.named and not a.pronoun and _same_sentence(text, out[-1].quotes[-1].end, group[0].start):
            a.follows, a.named, a.cue = len(out) - 1, out[-1].named, out[-1].cue
        if a.pronoun and previous and not a.named:
            a.named = previous
        if a.named:
            previous = a.named
        out.append(a)
    _continue_open_paragraphs(text, out)
    return out


def _attribution(text: str, n: int, group: list[Quote]) -> Attribution:
    start, end = group[0].start, group[-1].end
    after = _after(text, end)
    before = _before(text, start)
    a = Attribution(passage=n, quotes=group)
    for pattern in (_AFTER_DASH, _AFTER_VERB_FIRST, _AFTER_SUBJECT_FIRST):
        m = pattern.match(after)
        if m:
            _settle(a, m.group("who"), after[: m.end()].strip(" ,.”\""))
            if pattern is _AFTER_DASH:
                a.details = [d.strip() for d in m.group("rest").split(",") if d.strip()]
            return a
    m = _BEFORE_SAID.search(before) or _POSSESSIVE.search(before) or _ACCORDING.search(before) or _ACCORDING.search(after)
    if m:
        _settle(a, m.group("who"), m.group(0).strip())
        return a
    subject = _sentence_subject(before)
    if subject:
        _settle(a, subject, before.strip())
    else:
        a.cue = before.strip()[-120:]
    return a


def _settle(a: Attribution, who: str, cue: str) -> None:
    who = re.sub(r"^(?:The|A|An)\s+(?=[A-ZÀ-Þ])", "", who.strip())
    a.cue = cue[:160]
    if re.fullmatch(_PRONOUN, who, flags=re.I):
        a.pronoun = True
    elif re.match(rf"(?:{_TITLE}\s+)?[{_UP}]", who) and not re.match(r"(?:The|A|An)\s", who):
        a.named = re.sub(rf"^{_TITLE}\s+", "", who).strip()


def _after(text: str, end: int) -> str:
    rest = text[end : end + 200]
    rest = rest.lstrip("".join(_MARKS) + " ,")
    line = rest.split("\n", 1)[0]
    return re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0] if not line.lstrip().startswith(("–", "—", "-")) else line


def _before(text: str, start: int) -> str:
    head = text[max(0, start - 300) : start]
    line = head.rsplit("\n", 1)[-1]
    pieces = re.split(r"(?:(?<=[.!?])|(?<=[.!?][”\"]))\s+(?=[A-Z“\"])", line)
    return pieces[-1].rstrip("".join(_MARKS) + " ")


def _sentence_subject(before: str) -> str | None:
    """The name a sentence opens with, e.g. 'Borisov, at that time, considered Venezuela'."""
    clause = re.sub(r"^(?:For (?:his|her|their) part|Meanwhile|However|Also|In turn),?\s*", "", before.strip())
    m = re.match(rf"(?:The\s+)?(?P<who>(?:{_TITLE}\s+)?{NAME})(?:’s|'s)?\b", clause)
    if not m or m.group("who").split()[0] in _NOT_NAMES:
        return None
    rest = clause[m.end() :]
    if not re.search(rf"\b(?:{_SPEECH})\b|\b(?:that|:)", rest + " :"):
        return None
    return m.group("who")


def _same_sentence(text: str, end: int, start: int) -> bool:
    between = text[end:start]
    return "\n" not in between and not re.search(r"[.!?][”\"]?\s+[A-Z]", between.strip("”\" "))


def _continue_open_paragraphs(text: str, attributions: list[Attribution]) -> None:
    """A quote left open at a paragraph's end belongs to whoever speaks in the next passage."""
    for a, nxt in zip(attributions, attributions[1:]):
        if a.named or a.pronoun is False and a.cue:
            continue
        if _ends_paragraph(text, a.quotes[-1].end) and nxt.named:
            a.named, a.cue = nxt.named, a.cue or nxt.cue


def _ends_paragraph(text: str, end: int) -> bool:
    return text[end:].lstrip(" ,.”\"").startswith("\n") or end >= len(text.rstrip())


# --------------------------------------------------------------------------- reported speech

_REPORTED = [
    re.compile(rf"\b[Aa]ccording to\s+(?:{_DESCRIPTOR}\s)?(?P<who>{NAME})"),
    re.compile(rf"\b[Aa]s reported(?: by)?\s+(?:{_DESCRIPTOR}\s)?(?P<who>{NAME})"),
    re.compile(rf"\bciting\s+(?:the\s+)?(?P<who>{NAME})"),
    re.compile(rf"(?:^|[.!?]\s+|,\s+)(?:The\s+)?(?P<who>{NAME})(?:’s|'s)?\s+(?:has\s+|had\s+|have\s+)?(?:publicly\s+)?(?:{_SPEECH})\b"),
    re.compile(rf"\b(?:the\s+)?(?P<who>{NAME})\s+(?:told journalists|wrote that|reported that|says that|said that)"),
]


def reported_sources(text: str) -> dict[str, list[str]]:
    """Names cited as reporting or saying something, with the sentence that cites them."""
    found: dict[str, list[str]] = {}
    for pattern in _REPORTED:
        for m in pattern.finditer(text):
            who = _clean_name(m.group("who"))
            if who:
                found.setdefault(who, []).append(_sentence_around(text, m.start("who")))
    return found


_NOT_NAMES = frozenset(
    "The A An As In On At But And For While When It This That These Those During After Before Since Although "
    "Under With From To By Despite Indeed Especially Both Until Recent Recently Several Many Some Other Most "
    "Meanwhile However Also Then Now Here There If Even Still Yet Such Each Every All No Not Our Their His Her".split()
)


def _clean_name(name: str) -> str | None:
    glued = re.search(r"[a-z][A-Z][a-z]", name)  # "The New York TimesThis weekend": text glued by extraction
    if glued:
        name = name[: glued.start() + 1]
    name = re.sub(rf"^(?:{_TITLE}\s+)", "", name.strip(" .,’'"))
    name = re.sub(r"(?:’s|'s)$", "", name)
    words = name.split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    name = " ".join(words)
    if not name or re.fullmatch(r"(?:He|She|They|We|I|You|It)", name):
        return None
    return name


def _sentence_around(text: str, index: int) -> str:
    start = max(text.rfind(". ", 0, index), text.rfind("\n", 0, index)) + 1
    stops = [i for i in (text.find(". ", index), text.find("\n", index)) if i != -1]
    end = min(stops) + 1 if stops else len(text)
    return " ".join(text[start:end].split())


def names_in(text: str) -> list[str]:
    """Capitalised name-like phrases in order of first appearance (a cheap candidate list)."""
    seen: dict[str, None] = {}
    for m in re.finditer(NAME, text):
        name = _clean_name(m.group(0))
        if name:
            seen.setdefault(name, None)
    return list(seen)
