"""Stepwise extraction for a small local model: code does what code can, the model answers short questions.

Code finds every quoted passage and proposes its speaker (`summarizer.quotes`),
finds who is cited as reporting or saying something, reads titles and
affiliations around names, folds "the Kremlin" into "Russia"
(`summarizer.entities`) and proposes which pairs of actors may hold a stance.
The model is asked only:

1. `step_actors`   the names of the actors, at most 10;
2. `step_gist`     the main issue in one line (claims are the article's salient sentences, trimmed
                   by code: `summarizer.claims`; the summary is the main issue and the first claims);
3. `step_speakers` the speaker of each quote code could not settle, and a missing
                   affiliation, each chosen from a list of candidates (only when needed);
4. `step_stance`   whether a holder treats a target as ally, adversary or neither, one question
                   per proposed pair (`summarizer.stances` proposes them from stance words, quotes
                   and co-mentions), so that no label is copied from the one before it; a pair
                   whose sentence has a stance word takes that word's label and is not asked.

Every prompt starts with the same system line and the fenced article, so the
model reads the article once and each question pays only for its own tail and
its short answer. An article longer than `CHUNK_CHARS` is read in overlapping
chunks for questions 1 and 2 and their answers are merged; questions 3 and 4
carry the quote or sentence they are about and are asked after the last chunk,
which llama.cpp still holds in its KV cache. Quotes, speakers and sources are
found by code over the whole text, whatever its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ...articles import Article
from ...llm.prompting import fence
from ...schema import ActorDraft, BriefDraft, ClaimDraft, SourceDraft, StanceDraft, count_sentences
from ..chunking import CHUNK_CHARS, CHUNK_OVERLAP, chunks, head
from ..claims import key_claims
from ..entities import (
    COUNTRIES,
    canonical_country,
    country_aliases,
    country_forms,
    country_of_demonym,
    guess_kind,
    is_media,
    norm,
)
from ..grounding import occurs
from ..quotes import Attribution, attribute, find_quotes, reported_sources
from ..sentences import spans
from ..stances import ActorForms, QuoteBy, propose
from . import Ask, together
from .stepwise_schema import STANCE_OF_ANSWER, ActorNames, Gist, StanceAnswer, choice_model

__all__ = ["CHUNK_CHARS", "CHUNK_OVERLAP", "Stepwise", "chunks", "head", "person_names"]

VIEW_CHARS = 3000  # measured: the two longest seeds went from 109 s to 59 s and 108 s to 42 s, no metric lower
MAX_STATED_STANCES = 10  # labelled by their stance word: no question asked
MAX_STANCE_QUESTIONS = 6  # about 2 s each on two cores
MAX_CLAIMS = 8
MIN_COUNTRY_MENTIONS = 2
UNKNOWN = "unknown"
NONE = "none"

_EXPERT = re.compile(
    r"analyst|expert|professor|researcher|specialist|director|fellow|economist|strategist|scholar|"
    r"institute|center|centre|university|think[- ]tank|society",
    re.I,
)
_OFFICIAL = re.compile(
    r"president|minister|secretary|spokes|ambassador|chancellor|official|government|senator|representative|"
    r"governor|mayor|diplomat|envoy|prime|parliament|congress|kremlin|white house|administration|ministry|"
    r"NATO|United Nations|\bUN\b|\bEU\b",
    re.I,
)
_TITLE_WORD = re.compile(
    r"^(?:former|then|acting|deputy|vice|prime|foreign|defen[cs]e|interior|finance|minister|president|secretary|"
    r"general|spokes(?:man|woman|person)|ambassador|chancellor|senator|representative|governor|mayor|chief|head|"
    r"director|executive|analyst|envoy|leader|official|dictator|[A-Z][\w.]*)$"
)


# --------------------------------------------------------------------------- working state


@dataclass
class _Actor:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    role: str = ""

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class _Source:
    name: str
    quotes: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    affiliation: str = ""
    role: str = ""
    type: str = "other"


class Stepwise:
    """`view_chars` caps how much of the article the model reads (its head, cut at a paragraph end).

    Reading is the main cost on a CPU (about 25-40 prompt tokens per second on two
    cores), so a cap bounds the time per article; code still reads all of it for
    quotes, speakers, sources, stance pairs and salient sentences. None reads it all.
    """

    name = "stepwise"
    # which questions can be asked together (batch rounds): names and gist, then speakers, affiliations, stances
    rounds = (("ActorNames", "Gist"), ("SpeakerChoice",), ("AffiliationChoice",), ("StanceAnswer",))

    def __init__(self, view_chars: int | None = VIEW_CHARS) -> None:
        self.view_chars = view_chars

    async def run(self, article: Article, ask: Ask, focus: str | None) -> BriefDraft:
        text = article.text
        seen = head(text, self.view_chars) if self.view_chars else text
        views = [{"marker": fence(view), "text": view, "title": article.title} for view in chunks(seen)]
        answers = await together(
            *(ask("step_actors", ActorNames, **view) for view in views),
            *(ask("step_gist", Gist, focus=focus, **view) for view in views),
        )
        names, gists = answers[: len(views)], answers[len(views) :]
        attributions = attribute(text, find_quotes(text))
        actors = _actors(text, [n for answer in names for n in answer.actors], attributions)
        common = views[-1]  # later questions quote their own context; the last chunk is still in the KV cache
        sources = await _sources(text, attributions, actors, ask, common)
        for source in sources:
            if guess_kind(source.name) == "person" and source.quotes and _find(actors, source.name) is None:
                actor = _Actor(source.name, "person", role=source.role)
                actor.aliases = _aliases(text, actor)
                actors.append(actor)
        stances = await _stances(text, actors, sources, ask, common)
        return _draft(text, gists, actors, sources, stances, focus)


# --------------------------------------------------------------------------- actors


def _actors(text: str, model_names: list[str], attributions: list[Attribution]) -> list[_Actor]:
    actors: list[_Actor] = []
    speakers = [a.named for a in attributions if a.named]
    candidates = [*_split_names(model_names), *speakers, *_frequent_countries(text)]
    candidates += [n for n in person_names(text) if _recurring_person(text, n)]
    for raw in candidates:
        name = _clean_actor_name(text, raw)
        if not name or is_media(name) or not _looks_like_name(name) or not _in_article(text, name):
            continue
        kind = guess_kind(name)
        if kind == "country":
            name = canonical_country(name) or name
        existing = _find(actors, name)
        if existing is None:
            actors.append(_Actor(name, kind))
        elif _fuller(name, existing.name):
            existing.aliases.append(existing.name)
            existing.name = name
    for actor in actors:
        actor.aliases = _aliases(text, actor)
        actor.role = actor.role or _title_before(text, actor.name)
    return actors


_TITLES = frozenset(
    "President Vice Prime Minister Deputy Foreign Defense Defence Secretary General Chancellor Ambassador Senator "
    "Representative Former former Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms King Queen Pope Spokesman spokesman Governor Mayor "
    "Leader leader Chief Director Minister. Dictator dictator Commander Gen. Sen. Rep. Prof. Professor".split()
)
_PERSON_TAIL = re.compile(r"\s+(?:administration|government|regime|officials?|team)$", re.I)


_GENERIC_LAST = frozenset(
    "War Crisis Sea Ocean Law Studies Republic Treaty East West North South Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October November December "
    "Insight Takeaway Tip Questions Trends Development Operations World".split()
)


def _looks_like_name(name: str) -> bool:
    """'Russia's military assistance' is a phrase, not an actor's name."""
    if re.search(r"[’']s\b", name):
        return False
    lower = [w for w in name.split() if w[:1].islower() and w not in ("of", "the", "for", "and", "de", "del", "da", "al")]
    return len(lower) <= 1


def _recurring_person(text: str, name: str) -> bool:
    """A full personal name whose surname comes back in the article: someone the story is about."""
    words = name.split()
    if words[0] in ("New",) or words[-1] in _GENERIC_LAST or any(country_of_demonym(w) for w in words):
        return False
    if re.search(rf"\b{re.escape(words[-1].lower())}\b", text):  # 'War' in 'the war': a common noun
        return False
    return len(re.findall(rf"\b{re.escape(words[-1])}\b", text)) >= 2


def _split_names(names: list[str]) -> list[str]:
    """'Bill Clinton, George Bush' and 'Maduro & Putin' are two names each."""
    out = []
    for name in names:
        out.extend(part for part in re.split(r"\s*(?:,|&|\band\b)\s*", name) if part.strip())
    return out


def _clean_actor_name(text: str, raw: str) -> str:
    """Drop titles ('Venezuela President Maduro' -> 'Nicolás Maduro') and generic tails."""
    name = " ".join(raw.split()).strip(" .,'\"“”")
    name = re.sub(r"^(?:the|The)\s+", "", name)
    if canonical_country(name):
        return name
    name = _PERSON_TAIL.sub("", name)
    words = name.split()
    while len(words) > 1 and (words[0] in _TITLES or country_of_demonym(words[0])):
        words = words[1:]
    name = " ".join(words)
    if len(words) == 1 and guess_kind(name) == "person":
        return _fullest(text, name)
    return name


def _fullest(text: str, surname: str) -> str:
    """'Maduro' -> 'Nicolás Maduro' when the article names the person in full."""
    forms = re.findall(rf"\b([A-ZÀ-Þ][\wÀ-ÿ’'-]+)[ \t]+{re.escape(surname)}\b", text)  # not across a line break
    forms = [f for f in forms if f not in _TITLES and not country_of_demonym(f) and f not in ("The", "A", "By")]
    if not forms:
        return surname
    first = max(dict.fromkeys(forms), key=forms.count)  # ties: the first seen, never set order
    return f"{first} {surname}"


_OPENERS = frozenset("The A An In As On At By Simply Both Two Three Last Next Early Late North South East West".split())


def person_names(text: str) -> list[str]:
    """Two- or three-word personal names written in running text (not headings like 'Key Takeaway:')."""
    found: dict[str, None] = {}
    for line in text.split("\n"):
        words = line.split()
        if len(words) < 8 or sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
            continue  # a heading: 'Maduro Asks Russia for Aid Amid US Bombing Threat'
        for m in re.finditer(r"(?<![\w’'])([A-ZÀ-Þ][a-zà-ÿ’'-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ’'-]+){1,2})(?![\w:])", line):
            words = m.group(1).split()
            while words and (words[0] in _TITLES or country_of_demonym(words[0]) or words[0] in _OPENERS):
                words = words[1:]
            name = re.sub(r"(?:’s|'s)$", "", " ".join(words))
            if len(words) >= 2 and guess_kind(name) == "person" and not any(canonical_country(w) for w in words):
                found.setdefault(name, None)
    return list(found)


def _in_article(text: str, name: str) -> bool:
    if occurs(text, name):
        return True
    country = canonical_country(name)
    return bool(country) and any(occurs(text, form) for form in country_forms(country))


def _frequent_countries(text: str) -> list[str]:
    counts = {c: sum(len(re.findall(rf"\b{re.escape(f)}\b", text, re.I)) for f in country_forms(c)) for c in COUNTRIES}
    return [c for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= MIN_COUNTRY_MENTIONS]


def _find(actors: list[_Actor], name: str) -> _Actor | None:
    key = norm(name)
    country = canonical_country(name)
    for actor in actors:
        if country and actor.kind == "country" and actor.name == country:
            return actor
        forms = {norm(f) for f in actor.forms()}
        if key in forms:
            return actor
        if actor.kind == "person" and guess_kind(name) == "person" and _same_person(key, norm(actor.name)):
            return actor
    return None


def _same_person(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short[-1] == long_[-1] and (len(short) == 1 or short[0] == long_[0]) or fuzz.ratio(a, b) >= 90


def _fuller(new: str, old: str) -> bool:
    return len(new.split()) > len(old.split()) and guess_kind(new) == "person"


def _aliases(text: str, actor: _Actor) -> list[str]:
    forms: list[str] = []
    if actor.kind == "person":
        words = actor.name.split()
        if len(words) > 1:
            forms.append(words[-1])
    elif actor.kind == "country":
        forms.extend(country_aliases(actor.name))
    forms.extend(a for a in actor.aliases if a != actor.name)
    seen: dict[str, None] = {}
    for form in forms:
        if form != actor.name and occurs(text, form):
            seen.setdefault(form, None)
    return list(seen)


def _title_before(text: str, name: str) -> str:
    """'Russian Deputy Prime Minister' from '... Russian Deputy Prime Minister Yuri Borisov ...'."""
    if guess_kind(name) != "person":
        return ""
    for m in re.finditer(re.escape(name), text):
        words = text[max(0, m.start() - 80) : m.start()].rsplit("\n", 1)[-1].replace(",", " ").split()
        title: list[str] = []
        for word in reversed(words):
            if not _TITLE_WORD.match(word) or word in ("The", "the", "A", "In", "As"):
                break
            title.insert(0, word)
        if title and any(w[:1].islower() or w in ("President", "Minister", "Secretary") for w in title):
            return " ".join(title[-5:])
    return ""


# --------------------------------------------------------------------------- sources


async def _sources(
    text: str, attributions: list[Attribution], actors: list[_Actor], ask: Ask, common: dict[str, Any]
) -> list[_Source]:
    reported = reported_sources(text)
    known = _known_names(actors, attributions, reported)
    known += [n for n in person_names(text) if _resolve(n, known) is None]
    unresolved: dict[str, Attribution] = {}
    for a in attributions:
        if a.follows is not None or (a.pronoun and not a.named):
            a.named = None  # settled below, after the passages they depend on
            continue
        speaker = _resolve(_clean_actor_name(text, a.named), known) if a.named else _appositive(text, a.cue, known)
        if speaker is None and a.named and guess_kind(a.named) != "person":
            speaker = a.named
        if speaker is None:
            unresolved[f"q{len(unresolved) + 1}"] = a
        else:
            a.named = speaker
    if unresolved:
        options = tuple(dict.fromkeys([*known, UNKNOWN]))
        answers = await _choose(ask, common, "SpeakerChoice", {k: (_speaker_question(a), options) for k, a in unresolved.items()})
        for key, a in unresolved.items():
            choice = answers.get(key)
            a.named = choice if choice and choice != UNKNOWN else None
    previous: str | None = None
    for a in attributions:
        if a.follows is not None:
            a.named = attributions[a.follows].named
        elif a.pronoun and not a.named:
            a.named = previous
        previous = a.named or previous
    sources = _group_sources(text, attributions, reported, actors)
    await _fill_affiliations(text, sources, attributions, actors, ask, common)
    return sources


def _known_names(actors: list[_Actor], attributions: list[Attribution], reported: dict[str, list[str]]) -> list[str]:
    names = [a.name for a in actors if a.kind in ("person", "organization")]
    for raw in [*(a.named for a in attributions if a.named), *reported]:
        name = _clean_actor_name("", raw) if raw and guess_kind(raw) == "person" else raw
        if name and _resolve(name, names) is None:
            names.append(canonical_country(name) if guess_kind(name) == "country" and name in ("US", "U.S.") else name)
    return list(dict.fromkeys(names))


def _resolve(name: str, known: list[str]) -> str | None:
    key = norm(name)
    for candidate in known:
        ck = norm(candidate)
        if key == ck or (guess_kind(name) == "person" and _same_person(key, ck)):
            return candidate
    return None


_ROLE_NOUN = re.compile(
    r"\b(?:former\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:Secretary|President|Minister|Chancellor|General|Director|Spokes\w+)|"
    r"(?:executive\s+)?director|spokes\w+|minister|secretary|ambassador|parliamentarian|senator|analyst|expert|"
    r"specialist|chief|head|leader|president|official)\b"
)


def _appositive(text: str, cue: str, known: list[str]) -> str | None:
    """'said the Secretary General of NATO' -> Jens Stoltenberg, when the text has 'the Secretary General, Jens Stoltenberg'."""
    m = re.search(r"\b(?:the|a)\s+(.{3,60})$", re.sub(r"\s+(?:said|says|warns|warned|added|stated|told)\b.*$", "", cue))
    role = _ROLE_NOUN.search(m.group(1)) if m else None
    if role is None:
        return None
    for title in (m.group(1)[: role.end()].strip(), role.group(0)):  # 'Venezuelan president', then 'president'
        found = _titled(text, re.escape(title), known)
        if len(found) == 1:
            return found[0]
    return None


def _titled(text: str, title: str, known: list[str]) -> list[str]:
    return [
        name
        for name in known
        if guess_kind(name) == "person"
        and re.search(
            rf"{title}(?:\s+of\s+[\w ]{{2,40}}?)?,?\s+{re.escape(name)}|{re.escape(name)},\s+(?:\w+\s+){{0,2}}{title}",
            text,
            re.I,
        )
    ]


def _speaker_question(a: Attribution) -> str:
    quote = a.quotes[0].text
    quote = quote if len(quote) <= 90 else quote[:87] + "..."
    hint = f' (the article says: "{a.cue[:80]}")' if a.cue else ""
    return f'who is the speaker of "{quote}"{hint}?'


async def _choose(ask: Ask, common: dict[str, Any], model_name: str, questions: dict[str, tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    model = choice_model(model_name, {k: options for k, (_, options) in questions.items()})
    items = [{"key": k, "question": q} for k, (q, _) in questions.items()]
    shared = {options for _, options in questions.values()}
    if len(shared) == 1:
        items.append({"key": "options", "question": ", ".join(next(iter(shared)))})
    else:
        items = [{"key": k, "question": f"{q} Options: {', '.join(o)}"} for k, (q, o) in questions.items()]
    answer = await ask("step_speakers", model, items=items, **common)
    return {k: v for k, v in answer.model_dump().items()}


def _group_sources(
    text: str, attributions: list[Attribution], reported: dict[str, list[str]], actors: list[_Actor]
) -> list[_Source]:
    sources: dict[str, _Source] = {}
    for a in attributions:
        if a.named:
            source = sources.setdefault(a.named, _Source(a.named))
            source.quotes.extend(q.text for q in a.quotes)
            if a.details and not source.affiliation:
                source.role, source.affiliation = a.details[0], a.details[-1] if len(a.details) > 1 else ""
    names = list(sources)
    for name, sentences in reported.items():
        resolved = _resolve(name, names) or _resolve(name, [x.name for x in actors]) or name
        if guess_kind(resolved) == "group" or not _plausible_source(text, resolved, actors):
            continue
        source = sources.setdefault(resolved, _Source(resolved))
        source.statements.extend(s for s in sentences[:2] if s not in source.statements)
        names.append(resolved)
    merged: dict[str, _Source] = {}
    for source in sources.values():
        key = canonical_country(source.name) if source.name in ("US", "U.S.") else source.name
        target = merged.setdefault(key or source.name, _Source(key or source.name))
        target.quotes.extend(q for q in source.quotes if q not in target.quotes)
        target.statements.extend(s for s in source.statements if s not in target.statements)
        target.affiliation = target.affiliation or source.affiliation
        target.role = target.role or source.role
    return list(merged.values())


def _plausible_source(text: str, name: str, actors: list[_Actor]) -> bool:
    """A single word cited once is more often a sentence opener ("Recent reports") than a source."""
    if len(name.split()) > 1 or is_media(name) or re.fullmatch(r"[A-Z][A-Z0-9.&-]{1,7}", name):
        return True
    if any(norm(name) in {norm(f) for f in a.forms()} for a in actors):
        return True
    return len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2


async def _fill_affiliations(
    text: str, sources: list[_Source], attributions: list[Attribution], actors: list[_Actor], ask: Ask, common: dict[str, Any]
) -> None:
    roles = {a.name: a.role for a in actors}
    cues = {a.named: a.cue for a in attributions if a.named}
    missing: dict[str, _Source] = {}
    for source in sources:
        source.role = source.role or roles.get(source.name, "") or _title_before(text, source.name)
        if is_media(source.name):
            source.type, source.affiliation = "media", ""
            continue
        source.affiliation = source.affiliation or _affiliation_from(source, cues.get(source.name, ""), text)
        if not source.affiliation and guess_kind(source.name) == "person":
            missing[f"a{len(missing) + 1}"] = source
        source.type = _source_type(source)
    if missing:
        options = tuple(dict.fromkeys([a.name for a in actors if a.kind in ("country", "organization")] + [NONE]))
        questions = {k: (f"which country or organisation does {s.name} speak for or belong to?", options) for k, s in missing.items()}
        answers = await _choose(ask, common, "AffiliationChoice", questions)
        for key, source in missing.items():
            choice = answers.get(key, NONE)
            source.affiliation = "" if choice == NONE else choice
            source.type = _source_type(source)


def _affiliation_from(source: _Source, cue: str, text: str) -> str:
    country = canonical_country(source.name)
    if country and country != source.name:
        return country
    for phrase in (source.role, cue):
        m = re.search(r"\bof (?:the )?([A-Z][\w.&-]*(?: (?:[A-Z][\w.&-]*|for|of|and|the|a))*)", phrase or "")
        if m:
            return m.group(1).strip()
        first = (phrase or "").split()[:1]
        if first and first[0][:1].isupper():
            found = country_of_demonym(first[0])
            if found:
                return found
    m = re.search(re.escape(source.name) + r",\s+(?:the\s+)?[a-z][\w\s-]{2,40}? of (?:the )?([A-Z][\w]*(?: (?:[A-Z][\w]*|for|of|and|a))*)", text)
    return m.group(1).strip() if m else ""


def _source_type(source: _Source) -> str:
    described = f"{source.role} {source.affiliation}"
    if is_media(source.name):
        return "media"
    if _EXPERT.search(described):
        return "expert"
    if _OFFICIAL.search(f"{described} {source.name}") or canonical_country(source.affiliation or "-"):
        return "official"
    if guess_kind(source.name) == "organization":
        return "organization"
    return "other"


# --------------------------------------------------------------------------- stances


async def _stances(
    text: str, actors: list[_Actor], sources: list[_Source], ask: Ask, common: dict[str, Any]
) -> list[StanceDraft]:
    """A pair whose sentence states the stance in so many words takes the stance word's label; the model is
    asked about the others (quotes, co-mentions), one question per pair so that no label is copied from the
    one before it."""
    forms = [ActorForms(a.name, tuple(a.forms()), a.kind) for a in actors]
    quotes = [
        QuoteBy(s.name, q, _sentence_around(text, q), canonical_country(s.affiliation) or s.affiliation)
        for s in sources
        if _find(actors, s.name)
        for q in s.quotes
    ]
    by_name = {a.name: a for a in actors}
    proposals = [
        p
        for p in propose(text, forms, quotes, limit=MAX_STATED_STANCES + MAX_STANCE_QUESTIONS)
        if p.target not in by_name or not _same_side(by_name[p.holder], by_name[p.target])
    ]
    stated = [p for p in proposals if p.via == "cue" and p.polarity][:MAX_STATED_STANCES]
    asked = [p for p in proposals if not (p.via == "cue" and p.polarity)][:MAX_STANCE_QUESTIONS]
    answers = await together(
        *(
            ask("step_stance", StanceAnswer, holder=p.holder, target=p.target, passage=_around(p.sentence, [p.holder, p.target], 160), **common)
            for p in asked
        )
    )
    judged = {id(p): STANCE_OF_ANSWER.get(a.answer) for p, a in zip(asked, answers)}
    stances = []
    for p in stated + asked:
        holder = p.holder  # always an actor: a phrase is never proposed as a holder
        if p in stated:
            label = "mixed" if p.mixed else "supports" if p.polarity > 0 else "opposes"  # said in so many words
        else:
            label = judged[id(p)]
        if label:  # 'neither' means the passage shows no stance: nothing is claimed
            basis = "stated" if p in stated else "judged"
            stances.append(StanceDraft(holder=holder, target=p.target, label=label, evidence=p.sentence, basis=basis))
    return stances


def _sentence_around(text: str, passage: str) -> str:
    """The sentence(s) of `text` that hold `passage`, with the words that attribute it."""
    at = text.find(passage)
    if at == -1:
        return passage
    around = [(a, b) for a, b in spans(text) if a < at + len(passage) and at < b]
    return text[around[0][0] : around[-1][1]] if around else passage


def _around(sentence: str, names: list[str], limit: int) -> str:
    """At most `limit` characters of `sentence`, kept around the first name it mentions."""
    if len(sentence) <= limit:
        return sentence
    found = [i for n in names if (i := sentence.find(n.split()[-1])) != -1]
    start = max(0, min(found, default=0) - limit // 3)
    start = sentence.rfind(" ", 0, start) + 1 if start else 0
    piece = sentence[start : start + limit].rsplit(" ", 1)[0]
    return ("..." if start else "") + piece + "..."


def _same_side(a: _Actor, b: _Actor) -> bool:
    """A person and the country their title names ('Russian President' Putin, Russia) are one side."""
    for person, country in ((a, b), (b, a)):
        if person.kind == "person" and country.kind == "country":
            words = person.role.replace("-", " ").split()
            if any(country_of_demonym(w) == country.name for w in words):
                return True
    return False


# --------------------------------------------------------------------------- the draft


def _draft(
    text: str, gists: list[Any], actors: list[_Actor], sources: list[_Source], stances: list[StanceDraft], focus: str | None
) -> BriefDraft:
    main_issue = " ".join(gists[0].main_issue.split()).rstrip(",;:- ")
    claims = key_claims(text, [a.forms() for a in actors], MAX_CLAIMS, focus)
    return BriefDraft(
        main_issue=main_issue,
        summary=_summary([c.text for c in claims], main_issue),
        actors=[ActorDraft(name=a.name, aliases=a.aliases, kind=a.kind, role=a.role) for a in actors],  # type: ignore[arg-type]
        stances=stances,
        sources=[
            SourceDraft(name=s.name, type=s.type, affiliation=s.affiliation, role=s.role, quotes=s.quotes, statements=s.statements)  # type: ignore[arg-type]
            for s in sources
        ],
        claims=[ClaimDraft(text=c.text, evidence=c.evidence) for c in claims],
    )


def _sentence(text: str) -> str:
    text = " ".join(text.split()).strip().rstrip(",;:- ")
    return text if text.endswith((".", "!", "?")) else text + "."


def _summary(claims: list[str], main_issue: str) -> str:
    """The main issue, then the article's first claims: two to four sentences."""
    picked = [_sentence(main_issue)]
    for claim in claims:
        if count_sentences(" ".join([*picked, claim])) > 4:
            break
        picked.append(claim)
        if len(picked) == 3:
            break
    return " ".join(picked)
