"""Briefing memos across articles: briefs -> resolved entities -> one checkable memo.

    >>> import summarizer
    >>> memo = summarizer.memo([article_1, article_2], focus="Russia's support for Maduro")
    >>> [s.text for s in memo.bottom_line]                 # each sentence cites article ids
    >>> memo.stances[0].cells[0].evidence                  # a span of one article's text

Everything in a memo is derived from the briefs and the article texts by
code: the stance matrix (screened and ranked, `memos.matrix`), who said what
(`memos.speakers`), agreement and contradiction, the timeline (dates found by
patterns) and framing (a lexicon of loaded terms, and scare quotes). The
bottom line is built from the memo's checkable facts (`memos.facts`): a model
may phrase its sentences, and code checks each one against the facts it
states and fills in its own sentences where the model's fail
(`memos.bottom_line`). A bare surname that could be any of several people is
put to the model as a constrained question (see `memos.questions`), and so is whether two articles' wordings of
their contested issue name one thing (`memos.issues`).
"""

from __future__ import annotations

import re
from datetime import date as Date
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Callable, Iterable, Sequence

from rapidfuzz import fuzz

from ..articles import Article, LoadFailure, article_from_text
from ..config import Settings, resolve_settings
from ..extract.actors import credit_paragraphs
from ..extract.pipeline import Outcome, Summarizer, run_sync
from ..llm.backends import Backend
from ..llm.pricing import PRICES_PER_MILLION, estimate_cost, usage_cost
from ..schema import Brief, Usage
from . import matrix
from .bottom_line import BottomLine, compose
from .context import Context
from .facts import collect_facts
from .figures import disputed_figures
from .language import doc, quoted_spans, word_count
from ..extract.cutoff import Cut
from ..extract.dates import article_date, dateline_day, dateline_outlet, datelines
from ..extract.speakers import DESCRIBING, SPEECH_VERBS, describes, turn_label_end
from .issues import IssueLink, apart_in_kind, link_issues
from .questions import PHRASING_NOT_ASKED, article_labels, ask_bottom_line, settle_ambiguities
from .rebuttals import rebuttals
from .resolve import Resolution, resolve_entities
from .schema import (
    ArticleEntry,
    BottomLineDraft,
    Contradiction,
    DroppedItem,
    Fact,
    FailedArticle,
    FramingTerm,
    Memo,
    Method,
    Passage,
    QuoteMove,
    Statement,
    TimelineEvent,
    TopicMerge,
    day_without_number,
)
from .speakers import SCARE_QUOTE_MAX_WORDS, SpeakerSection, speakers
from .text import dateline_span, find_loaded_terms, find_timeline_dates, published_date, quoted_regions, safe_date, sentences

__all__ = ["PRICES_PER_MILLION", "amemo", "build_memo", "estimate_cost", "make_memo", "memo", "memo_facts"]

DEMONYMS = {
    "Venezuelan": "Venezuela", "Russian": "Russia", "Chinese": "China", "American": "United States",
    "Iranian": "Iran", "Cuban": "Cuba", "Colombian": "Colombia", "Ukrainian": "Ukraine", "Soviet": "Soviet Union",
    "British": "United Kingdom", "European": "European Union",
}  # fmt: skip
_NEGATION = re.compile(r"\b(?:not|no|never|denied|denies|deny|false|rejects?|rejected|without|nor|none)\b|n't\b", re.I)


# --------------------------------------------------------------------------- building


def _entries(outcomes: Sequence[Outcome], load_failures: Sequence[LoadFailure], include_text: bool) -> list[ArticleEntry]:
    labels = article_labels(outcomes)
    entries = []
    for o in outcomes:
        a = o.article
        entries.append(
            ArticleEntry(
                id=a.id,
                label=labels[a.id],
                status="ok" if o.ok else "failed",
                title=a.title or (o.brief.title if o.brief else None),
                url=a.url,
                source=a.source,
                outlet=a.outlet or dateline_outlet(a.text, a.title),
                published=(published := article_date(a.text, a.title, a.published)),
                published_from="article" if published else None,
                summary=_one_sentence(o.brief) if o.brief else "",
                error=None if o.ok else str(o.error),
                text=a.text if include_text else None,
            )
        )
    _years_of_the_story(entries, outcomes)
    for n, failure in enumerate(load_failures, len(outcomes) + 1):
        entries.append(ArticleEntry(id=failure.source, label=f"A{n}", status="failed", source=failure.source, error=failure.reason))
    return entries


MAX_STORY_DAYS = 90
"""Farthest, in days, a yearless dateline's date may lie from the nearest dated article told with it for the year of
that article to be taken: the articles of one memo tell one story, days or weeks apart."""


def _years_of_the_story(entries: list[ArticleEntry], outcomes: Sequence[Outcome]) -> None:
    """Dates each entry whose dateline gives a day and a month but no year (`dates.dateline_day`: 'LONDON, 3 March
    (Reuters) - ', as Reuters and the PA write them) by the year that puts that day nearest to a dated article of
    the memo, when it lies within MAX_STORY_DAYS of it (`published_from` 'other_articles'); the timeline then places
    its 'on Tuesday' as it does the others'. An entry stays undated when no other article is dated near it."""
    dated = [found for e in entries if e.published_from == "article" and isinstance(found := published_date(e.published), Date)]
    if not dated:
        return
    for entry, outcome in zip(entries, outcomes):
        if entry.published:
            continue
        day = dateline_day(outcome.article.text, outcome.article.title)
        if day is None:
            continue
        years = sorted({d.year + k for d in dated for k in (-1, 0, 1)})
        candidates = [c for year in years if isinstance(c := safe_date(year, *day), Date)]  # no '29 February' in some
        best = min(candidates, key=lambda c: min(abs((c - d).days) for d in dated), default=None)
        if best is not None and min(abs((best - d).days) for d in dated) <= MAX_STORY_DAYS:
            entry.published, entry.published_from = best.isoformat(), "other_articles"


def _one_sentence(brief: Brief) -> str:
    issue = brief.main_issue.strip()
    return issue if issue.endswith((".", "!", "?")) else issue + "."


def _context(
    outcomes: Sequence[Outcome],
    load_failures: Sequence[LoadFailure],
    include_text: bool,
    resolution: Resolution | None,
    issue_links: Sequence[IssueLink] = (),
) -> Context:
    briefs = [o.brief for o in outcomes if o.brief is not None]
    return Context(
        entries=_entries(outcomes, load_failures, include_text),
        briefs=briefs,
        texts={o.article.id: o.article.text for o in outcomes},
        resolution=resolution or resolve_entities(briefs),
        issue_links=list(issue_links),
    )


@dataclass
class _Sections:
    """The parts of a memo code derives from the briefs, before the bottom line."""

    kept: list[matrix.Observation]
    stances_dropped: list[DroppedItem]
    rows: list
    speakers: SpeakerSection
    facts: list[Fact]
    topic_merges: list[TopicMerge]


def _sections(ctx: Context) -> _Sections:
    section = speakers(ctx)
    kept, stances_dropped = matrix.screen(ctx, matrix.observations(ctx), section.moves)
    kept, topic_merges = matrix.same_topics(ctx, kept, apart=apart_in_kind)
    kept, overruled = matrix.overruled(ctx, kept)
    stances_dropped += overruled
    rows = matrix.rows(ctx, kept)
    return _Sections(kept, stances_dropped, rows, section, collect_facts(ctx, kept, rows, section.speakers), topic_merges)


def memo_facts(outcomes: Sequence[Outcome], resolution: Resolution | None = None, issue_links: Sequence[IssueLink] = ()) -> list[Fact]:
    """The checkable facts of a memo of `outcomes` (what its bottom line may say), strongest first."""
    return _sections(_context(outcomes, (), False, resolution, issue_links)).facts


def build_memo(
    outcomes: Sequence[Outcome],
    *,
    title: str | None = None,
    focus: str | None = None,
    load_failures: Sequence[LoadFailure] = (),
    bottom_line: BottomLineDraft | None = None,
    bottom_line_note: str = "",
    bottom_line_cuts: Sequence[Cut] = (),
    extra_usage: Sequence[Usage] = (),
    resolution: Resolution | None = None,
    include_text: bool = True,
    issue_links: Sequence[IssueLink] = (),
    unlinked: Sequence[DroppedItem] = (),
    duplicates: Sequence[DroppedItem] = (),
) -> Memo:
    """Assemble a memo from brief outcomes and, optionally, the model's phrasing of the bottom line (checked here).

    `bottom_line_cuts` are the phrasing's strings that the pipeline found cut off
    and trimmed (`summarizer.extract.cutoff`): a sentence trimmed back to a whole
    sentence is kept, one that no longer is a sentence is dropped; both are listed. `issue_links` are the model's
    links between wordings of one contested issue (`memos.issues.link_issues`), `unlinked` the pairs it gave no
    answer about (listed under dropped), `duplicates` the articles left out as copies of another
    (`distinct_articles`, listed under dropped too).
    """
    ctx = _context(outcomes, load_failures, include_text, resolution, issue_links)
    dropped: list[DroppedItem] = [
        DroppedItem(article=b.article_id, kind=u.kind, text=u.text, item=u.item, reason=u.reason)
        for b in ctx.briefs
        for u in b.unverified
    ]
    dropped += [*unlinked, *duplicates]
    parts = _sections(ctx)
    line = compose(ctx, parts.facts, bottom_line, dropped, bottom_line_cuts)
    note = bottom_line_note or (_why_code(bottom_line, line, dropped) if line.source == "code" else "")
    standing = matrix.standing(parts.kept)
    contradictions: list[Contradiction] = matrix.contradictions(ctx, standing, _speaker_keys(ctx)) + _disputes(ctx) + disputed_figures(ctx) + rebuttals(ctx)
    return Memo(
        title=title or _default_title(focus, sum(e.status != "failed" for e in ctx.entries)),
        focus=focus,
        articles=ctx.entries,
        bottom_line=line.sentences,
        facts=parts.facts,
        entities=ctx.resolution.entities,
        merges=ctx.resolution.merges,
        kept_apart=ctx.resolution.kept_apart,
        topic_merges=parts.topic_merges,
        stances=parts.rows,
        speakers=parts.speakers.speakers,
        agreements=matrix.agreements(standing, ctx.serves),
        contradictions=contradictions,
        timeline=_timeline(ctx),
        framing=_framing(ctx, parts.speakers.scare_quotes, parts.speakers.moves),
        method=_method(ctx, extra_usage, line, note, dropped + parts.stances_dropped, parts.speakers, outcomes, load_failures),
    )


def _why_code(draft: BottomLineDraft | None, line: BottomLine, dropped: list[DroppedItem]) -> str:
    if draft is None:
        return "no model phrasing was asked for" if line.sentences else ""
    if not draft.sentences:
        return "the model wrote no sentence"
    weaker = sum(d.reason == "states weaker facts than the five shown" for d in dropped if d.kind == "sentence")
    failed = len(draft.sentences) - weaker
    if weaker:
        return f"{failed} of the model's {len(draft.sentences)} sentences failed the checks, the others stated weaker facts"
    return "none of the model's sentences passed the checks"


def _default_title(focus: str | None, n: int) -> str:
    return f"Briefing memo: {focus}" if focus else f"Briefing memo on {n} article{'s' if n != 1 else ''}"


def _speaker_keys(ctx: Context) -> set[str]:
    return {ctx.name(s.name, b.article_id)[1] for b in ctx.briefs for s in b.sources}


# -- claims in dispute ----------------------------------------------------------------------


def _claim_ids(ctx: Context) -> dict[str, tuple[str, str, str]]:
    """'A1.2' -> (article id, claim text, by)."""
    return {
        f"{ctx.label(b.article_id)}.{n}": (b.article_id, c.text, c.by)
        for b in ctx.briefs
        for n, c in enumerate(b.claims, 1)
    }


def _disputes(ctx: Context) -> list[Contradiction]:
    """Claims of different articles that say the same thing, one of them negated."""
    claims = _claim_ids(ctx)
    out = []
    for a, b in combinations(claims, 2):
        if claims[a][0] != claims[b][0] and _negated_pair(claims[a][1], claims[b][1]):
            out.append(_dispute(ctx, claims, a, b))
    return out


def _dispute(ctx: Context, claims: dict[str, tuple[str, str, str]], a: str, b: str) -> Contradiction:
    (article_a, text_a, by_a), (article_b, text_b, by_b) = claims[a], claims[b]
    return Contradiction(
        kind="disputed_claim",
        summary=f"{ctx.label(article_a)} and {ctx.label(article_b)} disagree",
        claims=[Statement(article=article_a, text=f"{text_a} ({by_a})"), Statement(article=article_b, text=f"{text_b} ({by_b})")],
        found_by="rules",
    )


def _negated_pair(a: str, b: str) -> bool:
    """Two near-identical claims of which exactly one is negated: their words, negations left out, match as sets
    (rapidfuzz `token_set_ratio` >= 85) and as wholes (`token_sort_ratio` >= 70), so a short claim whose few words
    the other holds ('The union rejects that view' against 'The union called the walkout after talks broke down')
    is no match: the set ratio alone scores a subset 100."""
    if bool(_NEGATION.search(a)) == bool(_NEGATION.search(b)):
        return False
    a, b = _NEGATION.sub(" ", a.lower()), _NEGATION.sub(" ", b.lower())
    return fuzz.token_set_ratio(a, b) >= 85 and fuzz.token_sort_ratio(a, b) >= 70


# -- timeline and framing -----------------------------------------------------------------------


def _timeline(ctx: Context) -> list[TimelineEvent]:
    """One event per sentence and year with dates (a sentence may tell of last November and of next March); dates
    without a year get one where the article gives it (see memos.text).

    A dateline's date is the article's own (its `published`), not an event of the story (the story's dateline,
    and any paragraph's: `dates.datelines`), nor is a date in a byline or credit line
    (`extract.actors.credit_paragraphs`: 'WCLX News 8 | By Jenna Morales | Posted March 5, 2026'), nor a question's
    (it asserts nothing). An interview's turn label ('Q: ') is no part of a row's passage.
    """
    published = {e.id: e.published for e in ctx.entries}
    titles = {e.id: e.title for e in ctx.entries}
    events = []
    for brief in ctx.briefs:
        text = ctx.texts[brief.article_id]
        by_sentence: dict[tuple[int, int], list] = defaultdict(list)
        bounds = list(sentences(text))
        line = dateline_span(text, titles.get(brief.article_id))
        credits = credit_paragraphs(doc(text))  # a byline's or masthead's date is the article's, no event of the story
        credits += datelines(text)  # so is each paragraph's dateline ('ARNHOLT, May 15 (KPA) - ' under a wire's date line)
        for mention in find_timeline_dates(text, published.get(brief.article_id)):
            if line and line[0] <= mention.start < line[1] or any(s <= mention.start < e for s, e in credits):
                continue
            sentence = next(((s, e) for s, e in bounds if s <= mention.start < e), (mention.start, mention.end))
            by_sentence[sentence].append(mention)
        for (start, end), found in by_sentence.items():
            start, end = _whole_quotation(text, turn_label_end(text, start), end, bounds)  # no interview's 'Q: ' label
            if text[start:end].rstrip("”’\"' ").endswith("?"):
                continue  # a question tells of no event ('Q: Will you strike again on Monday?')
            by_year: dict[str, list] = defaultdict(list)  # 'unveiled in November ... a march on 7 March': two years,
            for mention in found:  # two events of one sentence, each row under its own year
                by_year[mention.sort_key[:4] if mention.year_from != "not_stated" else "-"].append(mention)
            for mentions in by_year.values():
                first = min(mentions, key=lambda m: (m.year_from == "not_stated", m.sort_key))
                events.append(
                    TimelineEvent(
                        date=_dates_of_a_row(mentions),
                        sort_key=first.sort_key,
                        year_from=first.year_from,
                        passage=Passage(article=brief.article_id, text=text[start:end], start=start, end=end),
                    )
                )
    return _one_row_per_event(sorted(events, key=lambda e: (e.year_from == "not_stated", e.sort_key, e.passage.article, e.passage.start)))


SAME_EVENT_SHARE = 0.8
"""Share of the content words (nouns, proper nouns, verbs, numbers) of the shorter of two passages of one date
that the longer must hold for the two to tell one event."""


def _one_row_per_event(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """`events` with a row of one date that another article tells in mostly the same words ('Morgan Reyes has until
    March 28 to make a firm offer or walk away.' beside 'Under British takeover rules, Morgan Reyes has until March
    28 to make a firm offer or walk away.') kept once, under the earlier row, as `also`; a day an article gives no
    year is the same day another gives one (`_same_day`), the row with the year kept. Rows of one article stay
    apart: an article tells an event once."""
    kept: list[TimelineEvent] = []
    for event in events:
        words = _event_words(event.passage.text)
        same = next(
            (
                k
                for k in kept
                if _same_day(k, event)
                and k.passage.article != event.passage.article
                and all(p.article != event.passage.article for p in k.also)
                and _mostly_shared(words, _event_words(k.passage.text))
            ),
            None,
        )
        if same is None:
            kept.append(event)
        else:
            same.also.append(event.passage)
    return kept


_MONTH_DAY = re.compile(r"(\d\d-\d\d)$")


def _same_day(one: TimelineEvent, other: TimelineEvent) -> bool:
    """Whether two rows are of one day: one date, or one month and day where either article gives no year ('Shareholders
    vote on November 14' beside a wire's 'will vote ... on November 14', its year from its date)."""
    if one.sort_key == other.sort_key:
        return True
    if "not_stated" not in (one.year_from, other.year_from):
        return False
    a, b = _MONTH_DAY.search(one.sort_key), _MONTH_DAY.search(other.sort_key)
    return a is not None and b is not None and a.group(1) == b.group(1)


def _event_words(text: str) -> set[str]:
    return {t.lemma_.casefold() for t in doc(text) if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM") and not t.is_stop}


def _mostly_shared(one: set[str], other: set[str]) -> bool:
    shorter, longer = sorted((one, other), key=len)
    return bool(shorter) and len(shorter & longer) >= SAME_EVENT_SHARE * len(shorter)


def _dates_of_a_row(mentions: list) -> str:
    """The dates of one timeline row as the article writes them, parted by semicolons ('19 February; 7 March'), and
    a day of the week among others with the date it was read as ('Wednesday (2026-03-11); June 30'): alone, a row's
    day shows its date through the year note (`render.year_note`); beside a date with numbers, 'Wednesday, June 30'
    read as one date."""
    if len(mentions) == 1:
        return mentions[0].date
    return "; ".join(f"{m.date} ({m.sort_key})" if day_without_number(m.date, m.sort_key) else m.date for m in mentions)


def _whole_quotation(text: str, start: int, end: int, bounds: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence [start, end) widened to the whole of each quotation (`language.quoted_spans`, within its
    paragraph) it holds only a part of: back to the opening mark of one it closes ('At this rate they will be dry by
    mid-August," Nyambura said.' after '"The canals are low.'), on to the end of the sentence (of `bounds`) where one
    it opens closes; the article's own text, with no quotation mark unpaired."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    for a, b in quoted_spans(text[first : len(text) if last < 0 else last]):
        a, b = a + first, b + first
        if a < start < b:
            start = a
        if a < end < b:
            end = next((e for s, e in bounds if s < b <= e), b)
    return start, end


def _framing(ctx: Context, scare_quotes: list[Passage], moves: Sequence[QuoteMove]) -> list[FramingTerm]:
    """Loaded terms, and scare quotes: the passages of one or two words an article sets in quotation marks. A
    scare quote a brief gave to a source (`moves`) is that source's words, in their voice ('quoted'); any other
    is the author's, with the actor named nearest it. A short quote a brief gave to a source that Who said what
    keeps as theirs (a verb in it, 'said the company "strongly disagrees"', or the first part of an interrupted
    quotation) is no framing, nor is a word the text talks about as a word ('the word "prohibit"',
    `_word_mentioned`), nor a thing's name that an article gives after a word of naming ('a mask known as "The
    Watcher"', `_names_given`), wherever a memo's articles write it."""
    said_by = {(m.passage.article, m.passage.start, m.passage.end): m.given_to for m in moves if m.kind == "scare_quote"}
    theirs = {(b.article_id, q.start, q.end) for b in ctx.briefs for s in b.sources for q in s.quotes} - set(said_by)
    titles = {name for b in ctx.briefs for name in _names_given(ctx.texts[b.article_id])}  # one name, every article
    out = []
    for brief in ctx.briefs:
        aid = brief.article_id
        text = ctx.texts[aid]
        finder = _mention_finder(ctx, aid, text)
        bounds = list(sentences(text))

        def sentence_of(start: int, end: int) -> Passage:
            s, e = next(((s, e) for s, e in bounds if s <= start < e), (start, end))
            s = turn_label_end(text, s) if turn_label_end(text, s) <= start else s  # no interview's 'Q: ' label
            return Passage(article=aid, text=text[s:e], start=s, end=e)

        for term in find_loaded_terms(text, finder):
            voice = "quoted" if term.quoted else "author"
            out.append(FramingTerm(article=aid, term=term.term, tone=term.tone, actor=term.actor, voice=voice, passage=sentence_of(*term.sentence)))  # type: ignore[arg-type]
        marks = "“”\"«»‘’'"
        shown = {(p.start, p.end) for p in scare_quotes if p.article == aid and text[p.start - 1 : p.start] in marks and text[p.end : p.end + 1] in marks}
        regions = [(s + 1, e - 1) for s, e in quoted_regions(text) if word_count(text[s + 1 : e - 1]) <= SCARE_QUOTE_MAX_WORDS]
        for start, end in sorted(set(regions) | shown):
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in regions):
                continue
            if any(a == aid and start <= s < e <= end + 1 for a, s, e in theirs):
                continue  # a brief's quote of its speaker that was not moved as a scare quote: their words, shown as theirs
            if _word_mentioned(text, start):
                continue  # 'held that the word "prohibit" in section 14 ...': a word talked about, no framing of anything
            if text[start:end].strip(" .,;:") in titles:
                continue  # 'a mask known as "The Watcher"': a work's or a thing's name, wherever it is written
            sentence = sentence_of(start, end)
            speaker = said_by.get((aid, start, end))
            if speaker is not None:
                actor, voice = speaker, "quoted"
            else:
                near = finder(sentence.start, sentence.end)
                caller = _caller(text, start, end, near)
                if caller is not None:
                    actor, voice = caller, "quoted"  # 'Whitaker called that figure "fantasy"': her word
                else:
                    actor, voice = (min(near, key=lambda m: abs(m[0] - start))[2] if near else None), "author"
            term = text[start:end].rstrip(".,;:")  # '"historic landslide."': the sentence's stop, set inside the marks
            out.append(FramingTerm(article=aid, term=term, kind="scare_quote", actor=actor, voice=voice, passage=sentence))
    return out


_MENTIONING = frozenset({"word", "term", "phrase", "expression"})
"""Nouns that introduce a word as talked about ('the word "prohibit"', 'the term "affordable"'): the quotation
marks mention the word (the use-mention distinction), they do not distance the writer from it."""


_NAMING = re.compile(r"\b(?:known as|called|named|titled|entitled|dubbed|nicknamed)\s*$", re.I)
"""Words that give a thing its name right before it ('a mask known as', 'a bronze called', 'a painting titled')."""


def _names_given(text: str) -> set[str]:
    """The quotations an article gives as a thing's name: in title case (every word of four letters or more
    capitalised) and right after a word of naming (`_NAMING`: 'a mask known as "The Watcher"', 'the bronze called
    "Queen of Ekora"'). A work's title is no author's framing of it, in that article or another that names the
    same thing."""
    found = set()
    for s, e in quoted_regions(text):
        words = text[s + 1 : e - 1].strip(" .,;:")
        long_words = [w for w in words.split() if len(w) >= 4]
        if words and long_words and all(w[:1].isupper() for w in long_words) and _NAMING.search(text[max(0, s - 20) : s]):
            found.add(words)
    return found


def _word_mentioned(text: str, start: int) -> bool:
    """Whether the quotation that opens just before character `start` follows a noun that introduces a word as a
    word (`_MENTIONING`, by its lemma in the article's parse: 'the word', 'the terms')."""
    end = len(text[:start].rstrip("“”\"‘’'«» ").rstrip())
    span = doc(text).char_span(end - 1, end, alignment_mode="expand") if end else None  # the article's cached parse
    return span is not None and span[-1].lemma_.lower() in _MENTIONING


def _caller(text: str, start: int, end: int, near: list[tuple[int, int, str]]) -> str | None:
    """The actor who calls something by the scare quote at [start, end): the named subject of a verb of calling
    (`extract.speakers.DESCRIBING`) whose object predicate or 'as' phrase holds it ('Councillor Joanne Whitaker
    called that figure "fantasy"', 'X described the plan as "reckless"'; of a participle, the subject of the clause
    it hangs from: 'X urged the university to reconsider, calling the decision "shortsighted"'), or the named
    subject of a speech verb whose reported clause holds it ('Energy Minister Claire Donnelly told Parliament that
    Gannet Bank was "critical"': a partial quotation of what she said), one of `near` (start, end, actor) in
    characters; None otherwise."""
    span = doc(text).char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for verb in span.root.ancestors:
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "ccomp" and c.left_edge.i <= span.root.i <= c.right_edge.i for c in verb.children):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # 'Energy Minister Claire Donnelly told
            if subject is None:  # Parliament that Gannet Bank was "critical"': a word quoted in reported speech is the
                return None  # reporting verb's subject's, a partial quotation
            return next((actor for s, e, actor in near if s <= subject.idx < e), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        after_object = obj is not None and obj.i < span.start and span.root.i in {t.i for t in obj.subtree}
        if verb.lemma_.lower() not in DESCRIBING or not (describes(verb) or after_object):
            return None  # 'calling the decision "shortsighted"', the parser hanging the word on the noun it describes
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # 'X urged ..., calling the decision
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "shortsighted"': X's word
        if subject is None:
            return None
        return next((actor for s, e, actor in near if s <= subject.idx < e), None)
    return None


def _mention_finder(ctx: Context, article: str, text: str) -> Callable[[int, int], list[tuple[int, int, str]]]:
    names: dict[str, str] = {}
    for entity in ctx.resolution.entities:
        if article in entity.articles:
            for surface in entity.names:
                if surface[:1].isupper() and len(surface) > 2:
                    names.setdefault(surface, entity.name)
    for demonym, country in DEMONYMS.items():
        entity = ctx.resolution.lookup(country, article)
        if entity and article in entity.articles:
            names.setdefault(demonym, entity.name)
    if not names:
        return lambda start, end: []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?!\w)")
    found = [(m.start(), m.end(), names[m.group(0)]) for m in pattern.finditer(text)]
    return lambda start, end: [m for m in found if start <= m[0] and m[1] <= end]


# -- method footer ---------------------------------------------------------------------------------


def _method(
    ctx: Context,
    extra_usage: Sequence[Usage],
    line: BottomLine,
    note: str,
    dropped: list[DroppedItem],
    section: SpeakerSection,
    outcomes: Sequence[Outcome],
    load_failures: Sequence[LoadFailure],
) -> Method:
    """The footer: models, prompts, usage and cost, how the bottom line was written, what was dropped or moved."""
    usages = [b.usage for b in ctx.briefs] + list(extra_usage)
    costs = [usage_cost(u) for u in usages]
    versions = [v for u in usages for v in u.prompt_version.split(",")]
    failed = [FailedArticle(article=o.article.id, reason=str(o.error)) for o in outcomes if not o.ok]
    failed += [FailedArticle(article=f.source, reason=f.reason) for f in load_failures]
    return Method(
        backends=_distinct(u.backend for u in usages),
        models=_distinct(u.model for u in usages),
        strategies=_distinct(u.strategy for u in usages),
        prompt_versions=_distinct(versions),
        prompt_tokens=sum(u.prompt_tokens for u in usages),
        completion_tokens=sum(u.completion_tokens for u in usages),
        calls=sum(u.calls for u in usages),
        cached_calls=sum(u.cached_calls for u in usages),
        batch_calls=sum(u.batch_calls for u in usages),
        batch_prompt_tokens=sum(u.batch_prompt_tokens for u in usages),
        batch_completion_tokens=sum(u.batch_completion_tokens for u in usages),
        estimated_cost_usd=None if any(c is None for c in costs) else round(sum(c or 0.0 for c in costs), 6),
        seconds=round(sum(u.seconds for u in usages), 3),
        bottom_line=line.source,  # type: ignore[arg-type]
        bottom_line_note=note,
        bottom_line_filled=line.filled,
        dropped=dropped,
        quote_moves=section.moves,
        failed=failed,
    )


def _distinct(items: Iterable[str]) -> list[str]:
    return sorted({i for i in items if i})


# --------------------------------------------------------------------------- running


async def make_memo(
    summarizer: Summarizer,
    articles: Sequence[Article],
    *,
    title: str | None = None,
    focus: str | None = None,
    load_failures: Sequence[LoadFailure] = (),
    on_done: Callable[[Outcome], None] | None = None,
    include_text: bool = True,
    phrase_bottom_line: bool | None = None,
) -> Memo:
    """Brief every article with `summarizer`, settle ambiguous names, ask for the bottom line, and build the memo.

    `phrase_bottom_line=False` asks the model nothing for the bottom line: code writes it from the same facts
    (on the embedded model the phrasing is one call of about 50 s on two cores, and most of its sentences fail
    the checks; see docs/output.md, the memo's bottom line). `None` (the default, the CLI's `--bottom-line auto`)
    asks any backend but the embedded model; `True` asks every backend."""
    if phrase_bottom_line is None:
        phrase_bottom_line = summarizer.backend.kind != "local"
    articles, duplicates = distinct_articles(articles)
    outcomes = await summarizer.abrief_many(articles, focus=focus, on_done=on_done)
    briefs = [o.brief for o in outcomes if o.brief is not None]
    resolution = resolve_entities(briefs)
    decisions, tiebreak_usage = await settle_ambiguities(summarizer, outcomes, resolution)
    if decisions:
        resolution = resolve_entities(briefs, decisions=decisions)
    issue_links, unlinked, link_usage = await link_issues(summarizer, outcomes, _context(outcomes, (), False, resolution))
    facts = memo_facts(outcomes, resolution, issue_links)
    if phrase_bottom_line:
        draft, note, usage, cuts = await ask_bottom_line(summarizer, outcomes, facts, focus)
    else:
        draft, note, usage, cuts = None, PHRASING_NOT_ASKED, [], []
    return build_memo(
        outcomes,
        title=title,
        focus=focus,
        load_failures=load_failures,
        bottom_line=draft,
        bottom_line_note=note,
        bottom_line_cuts=cuts,
        extra_usage=tiebreak_usage + link_usage + usage,
        resolution=resolution,
        include_text=include_text,
        issue_links=issue_links,
        unlinked=unlinked,
        duplicates=duplicates,
    )


def distinct_articles(articles: Sequence[Article]) -> tuple[list[Article], list[DroppedItem]]:
    """`articles` without those whose text is the same as an earlier one's (`Article.content_hash`: the same
    file given twice, or one wire story copied by two outlets word for word), and a dropped item for each left out:
    a memo counts what articles report, and a copy is no second report."""
    seen: dict[str, Article] = {}
    kept, dropped = [], []
    for article in articles:
        first = seen.setdefault(article.content_hash, article)
        if first is article:
            kept.append(article)
        else:
            reason = f"the same text as {first.id}: told once"
            dropped.append(DroppedItem(article=article.id, kind="article", text=article.title or article.id, item=article.id, reason=reason))
    return kept, dropped


# --------------------------------------------------------------------------- library entry


def _as_articles(articles: Iterable[Article | str]) -> list[Article]:
    return [a if isinstance(a, Article) else article_from_text(a) for a in articles]


def _summarizer(options: dict[str, Any]) -> Summarizer:
    backend = options.pop("backend", None)
    settings = options.pop("settings", None)
    if isinstance(backend, Backend):
        return Summarizer(settings or resolve_settings(options), backend=backend)
    if backend is not None:
        options["backend"] = backend
    return Summarizer(settings if isinstance(settings, Settings) else resolve_settings(options))


async def amemo(
    articles: Iterable[Article | str],
    *,
    title: str | None = None,
    focus: str | None = None,
    phrase_bottom_line: bool | None = None,
    **options: Any,
) -> Memo:
    """Async `memo`."""
    summarizer = _summarizer(dict(options))
    try:
        return await make_memo(summarizer, _as_articles(articles), title=title, focus=focus, phrase_bottom_line=phrase_bottom_line)
    finally:
        summarizer.close()


def memo(
    articles: Iterable[Article | str],
    *,
    title: str | None = None,
    focus: str | None = None,
    phrase_bottom_line: bool | None = None,
    **options: Any,
) -> Memo:
    """A briefing memo across articles (Article objects or raw texts).

    `options` are Settings fields (backend, model, base_url, replay_dir, ...), or
    `backend=` a Backend instance, or `settings=` a Settings object. Articles
    that fail appear in `memo.articles` as failed and in `memo.method.failed`;
    `memo.ok` is False then. `phrase_bottom_line=False` has code write the bottom
    line without asking the model, `True` has the model phrase it, and `None` (the
    default, as the CLI's `--bottom-line auto`) asks any backend but the embedded
    model (`make_memo`).
    """
    items = _as_articles(articles)
    return run_sync(lambda: amemo(items, title=title, focus=focus, phrase_bottom_line=phrase_bottom_line, **options))
