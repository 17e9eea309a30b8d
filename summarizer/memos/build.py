"""Briefing memos across articles: briefs -> resolved entities -> one checkable memo.

    >>> import summarizer
    >>> memo = summarizer.memo([article_1, article_2], focus="Russia's support for Maduro")
    >>> [s.text for s in memo.bottom_line]                 # each sentence cites article ids
    >>> memo.stances[0].cells[0].evidence                  # a span of one article's text

Everything except the bottom line is derived from the briefs and the article
texts by code: the stance matrix, who said what, agreement and contradiction,
the timeline (dates found by patterns) and framing (a lexicon of loaded terms).
The bottom line is written by the model from the briefs only, one sentence per
role (what happened, who stands where, where sources disagree, what may come
next); citations of articles that were not briefed are dropped, and so are
sentences that repeat an earlier one. When fewer than 3 distinct sentences
remain, code fills up to 3 from the briefs (main issues, summaries, claims),
and when the model fails the whole bottom line is extractive; the method
footer says which. A bare surname that could be any of several people is put
to the model as a constrained question (see `memos.questions`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations, zip_longest
from typing import Any, Callable, Iterable, Sequence

from rapidfuzz import fuzz

from ..articles import Article, LoadFailure, article_from_text
from ..config import Settings, resolve_settings
from ..extract.pipeline import Outcome, Summarizer, run_sync
from ..llm.backends import Backend
from ..schema import Brief, Claim, Span, Usage
from .questions import article_labels, ask_bottom_line, settle_ambiguities
from .resolve import Resolution, name_key, person_key, resolve_entities
from .schema import (
    DRAFT_SENTENCE_MAX,
    Agreement,
    ArticleEntry,
    BottomLineDraft,
    CitedSentence,
    Contradiction,
    DroppedItem,
    FailedArticle,
    FramingTerm,
    Memo,
    Method,
    Passage,
    Position,
    Quote,
    Speaker,
    StanceCell,
    StanceRow,
    Statement,
    TimelineEvent,
)
from .text import find_loaded_terms, find_timeline_dates, sentences

__all__ = ["PRICES_PER_MILLION", "amemo", "build_memo", "estimate_cost", "make_memo", "memo"]

MIN_BOTTOM_LINE = 3
MAX_BOTTOM_LINE = 5

# USD per million (prompt, completion) tokens, for estimates only.
PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4-turbo": (10.00, 30.00),
    "gpt-3.5-turbo": (0.50, 1.50),
    "o3-mini": (1.10, 4.40),
    "o4-mini": (1.10, 4.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
}
FREE_BACKENDS = ("local", "fake", "replay")
DEMONYMS = {
    "Venezuelan": "Venezuela", "Russian": "Russia", "Chinese": "China", "American": "United States",
    "Iranian": "Iran", "Cuban": "Cuba", "Colombian": "Colombia", "Ukrainian": "Ukraine", "Soviet": "Soviet Union",
    "British": "United Kingdom", "European": "European Union",
}  # fmt: skip
_NEGATION = re.compile(r"\b(?:not|no|never|denied|denies|deny|false|rejects?|rejected|without|nor|none)\b|n't\b", re.I)


# --------------------------------------------------------------------------- cost


def estimate_cost(backend: str, model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    """Estimated USD cost; 0 for local, fake and replayed runs; None for an unknown price."""
    if backend in FREE_BACKENDS or (prompt_tokens == 0 and completion_tokens == 0):
        return 0.0
    name = model.rsplit("/", 1)[-1].lower()
    match = max((k for k in PRICES_PER_MILLION if name == k or name.startswith(k + "-")), key=len, default=None)
    if match is None:
        return None
    per_prompt, per_completion = PRICES_PER_MILLION[match]
    return round((prompt_tokens * per_prompt + completion_tokens * per_completion) / 1_000_000, 6)


# --------------------------------------------------------------------------- building


@dataclass
class _Context:
    """What every section needs: the briefed articles, their labels and the entities."""

    entries: list[ArticleEntry]
    briefs: list[Brief]
    texts: dict[str, str]
    resolution: Resolution

    def label(self, article_id: str) -> str:
        return next((e.label for e in self.entries if e.id == article_id), article_id)

    def name(self, surface: str, article: str) -> tuple[str, str, bool]:
        """(display name, grouping key, is an entity) for a name used in an article."""
        entity = self.resolution.lookup(surface, article)
        if entity:
            return entity.name, "e:" + entity.id, True
        clean = " ".join(surface.split())
        return clean, "t:" + (person_key(clean) or name_key(clean) or clean.casefold()), False


def _passage(article: str, span: Span | None) -> Passage | None:
    return Passage(article=article, text=span.text, start=span.start, end=span.end) if span else None


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
                published=a.published,
                summary=_one_sentence(o.brief) if o.brief else "",
                error=None if o.ok else str(o.error),
                text=a.text if include_text else None,
            )
        )
    for n, failure in enumerate(load_failures, len(outcomes) + 1):
        entries.append(ArticleEntry(id=failure.source, label=f"A{n}", status="failed", source=failure.source, error=failure.reason))
    return entries


def _one_sentence(brief: Brief) -> str:
    issue = brief.main_issue.strip()
    return issue if issue.endswith((".", "!", "?")) else issue + "."


def build_memo(
    outcomes: Sequence[Outcome],
    *,
    title: str | None = None,
    focus: str | None = None,
    load_failures: Sequence[LoadFailure] = (),
    bottom_line: BottomLineDraft | None = None,
    bottom_line_note: str = "",
    extra_usage: Sequence[Usage] = (),
    resolution: Resolution | None = None,
    include_text: bool = True,
) -> Memo:
    """Assemble a memo from brief outcomes (and an optional model-written bottom line)."""
    briefs = [o.brief for o in outcomes if o.brief is not None]
    ctx = _Context(
        entries=_entries(outcomes, load_failures, include_text),
        briefs=briefs,
        texts={o.article.id: o.article.text for o in outcomes},
        resolution=resolution or resolve_entities(briefs),
    )
    dropped: list[DroppedItem] = [
        DroppedItem(article=b.article_id, kind=u.kind, text=u.text, item=u.item, reason=u.reason)
        for b in briefs
        for u in b.unverified
    ]
    sentences_, source = _bottom_line(ctx, bottom_line, dropped)
    filled = [s.text for s in sentences_ if s.by == "code"] if source == "model" else []
    positions = _positions(ctx)
    contradictions = _stance_contradictions(ctx, positions) + _disputes(ctx, bottom_line, dropped)
    return Memo(
        title=title or _default_title(focus, len(ctx.entries)),
        focus=focus,
        articles=ctx.entries,
        bottom_line=sentences_,
        entities=ctx.resolution.entities,
        merges=ctx.resolution.merges,
        kept_apart=ctx.resolution.kept_apart,
        stances=_stance_rows(ctx, positions),
        speakers=_speakers(ctx),
        agreements=_agreements(positions),
        contradictions=contradictions,
        timeline=_timeline(ctx),
        framing=_framing(ctx),
        method=_method(ctx, briefs, extra_usage, (source, bottom_line_note, filled), dropped, outcomes, load_failures),
    )


def _default_title(focus: str | None, n: int) -> str:
    return f"Briefing memo: {focus}" if focus else f"Briefing memo on {n} article{'s' if n != 1 else ''}"


# -- bottom line ------------------------------------------------------------------------


REPEAT_SIMILARITY = 90  # rapidfuzz ratio above which a bottom-line sentence repeats an earlier one
# "The briefs do not mention any future developments.": a small model fills an optional field so.
# ("The articles do not say whether troops arrived." is an uncertainty, and kept.)
_NOTHING_SAID = re.compile(
    r"(?:the |these )?(?:briefs?|articles?|sources?|reports?)\b[^.;]*?\b(?:do|does|did)(?: not|n't)\s+"
    r"(?:mention|say|discuss|report|indicate|provide|contain|suggest|address)\s+any(?:thing)?\b",
    re.I,
)


# A small model may switch to Chinese mid-sentence ("Yuri Borisov支持 ...") or copy the stance list it was given.
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_STANCE_WORDS = re.compile(r"\b(?:supports|opposes)\b")


def _bottom_line(ctx: _Context, draft: BottomLineDraft | None, dropped: list[DroppedItem]) -> tuple[list[CitedSentence], str]:
    """The model's distinct, cited sentences, filled up to 3 from the briefs; all extractive when none is left."""
    out = _model_sentences(ctx, draft, dropped)
    source = "model" if out else "extractive"
    candidates = _extractive_candidates(ctx)
    if not out:
        for main_issue in candidates[: min(len(ctx.briefs), MAX_BOTTOM_LINE)]:  # one per brief come first
            _add_distinct(out, main_issue)
    _fill(out, candidates)
    return out, source if out else "none"


def _model_sentences(ctx: _Context, draft: BottomLineDraft | None, dropped: list[DroppedItem]) -> list[CitedSentence]:
    out: list[CitedSentence] = []
    for role, sentence in draft.cited() if draft else []:
        cited = _citations(ctx, sentence.articles, sentence.text, dropped)
        written = " ".join(sentence.text.split())
        text = _uncut(written) if len(sentence.text) >= DRAFT_SENTENCE_MAX - 1 else written
        if not text:
            continue
        if len(text) < len(written):
            cut = written[len(text) :].strip()
            dropped.append(DroppedItem(article="memo", kind="sentence", text=cut, item=f"bottom line ({role})", reason="cut off by the length limit"))
        if _repeats(text, out):
            dropped.append(DroppedItem(article="memo", kind="sentence", text=text, item=f"bottom line ({role})", reason="repeats an earlier sentence"))
        elif _NOTHING_SAID.match(text):
            dropped.append(DroppedItem(article="memo", kind="sentence", text=text, item=f"bottom line ({role})", reason="says only what the briefs do not say"))
        elif _OTHER_SCRIPT.search(text) and not any(_OTHER_SCRIPT.search(b.summary) for b in ctx.briefs):
            dropped.append(DroppedItem(article="memo", kind="sentence", text=text, item=f"bottom line ({role})", reason="drifts into another language"))
        elif len(_STANCE_WORDS.findall(text)) >= 3:
            dropped.append(DroppedItem(article="memo", kind="sentence", text=text, item=f"bottom line ({role})", reason="a list of stances, which the matrix shows"))
        elif cited:
            out.append(CitedSentence(text=text, articles=cited, role=role))
        else:
            dropped.append(DroppedItem(article="memo", kind="sentence", text=text, item=f"bottom line ({role})", reason="cites no briefed article"))
    return out[:MAX_BOTTOM_LINE]


def _uncut(text: str) -> str:
    """`text`, which reached the length limit, without the unfinished sentence the limit cut off (or with '…' when it is the only one)."""
    if text.endswith((".", "!", "?", '"', "”", "’", ")")):
        return text
    ends = [e for _, e in sentences(text)][:-1]
    return text[: ends[-1]] if ends else text.rstrip(" ,;:") + "…"


def _citations(ctx: _Context, refs: list[str], text: str, dropped: list[DroppedItem]) -> list[str]:
    """Ids of the briefed articles `refs` name (labels or ids); the others are listed as dropped."""
    briefed = {b.article_id for b in ctx.briefs}
    by_label = {e.label.casefold(): e.id for e in ctx.entries if e.id in briefed}
    by_id = {i.casefold(): i for i in briefed}
    cited: list[str] = []
    for ref in refs:
        found = by_label.get(ref.strip().strip("[]").casefold()) or by_id.get(ref.strip().casefold())
        if found and found not in cited:
            cited.append(found)
        elif not found:
            dropped.append(DroppedItem(article="memo", kind="citation", text=ref, item=f"bottom line: '{text[:60]}'", reason="cites no briefed article"))
    return cited


def _repeats(text: str, kept: list[CitedSentence]) -> bool:
    """Nearly the same as a kept sentence, or one that restates a kept sentence whole inside itself."""
    return any(fuzz.ratio(text, k.text) >= REPEAT_SIMILARITY or _norm(k.text) in _norm(text) for k in kept)


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .")


def _add_distinct(out: list[CitedSentence], sentence: CitedSentence) -> None:
    if sentence.text and not _repeats(sentence.text, out):
        out.append(sentence)


def _fill(out: list[CitedSentence], candidates: list[CitedSentence]) -> None:
    """Add candidates until there are 3 distinct sentences: first from articles not cited yet, then any."""
    cited = {a for s in out for a in s.articles}
    for pool in ([c for c in candidates if c.articles[0] not in cited], candidates):
        for candidate in pool:
            if len(out) >= MIN_BOTTOM_LINE:
                return
            _add_distinct(out, candidate)


def _extractive_candidates(ctx: _Context) -> list[CitedSentence]:
    """Sentences of the briefs, each citing its article: every main issue, then the summaries' sentences, then the claims."""

    def of(brief: Brief, texts: Iterable[str]) -> list[CitedSentence]:
        return [CitedSentence(text=" ".join(t.split()), articles=[brief.article_id], by="code") for t in texts]

    main_issues = [of(b, [_one_sentence(b)]) for b in ctx.briefs]
    summaries = [of(b, (b.summary[s:e] for s, e in sentences(b.summary))) for b in ctx.briefs]
    claims = [of(b, map(_claim_sentence, b.claims)) for b in ctx.briefs]
    return [c for tier in (main_issues, summaries, claims) for row in zip_longest(*tier) for c in row if c]


def _claim_sentence(claim: Claim) -> str:
    text = claim.text.strip().rstrip(".")
    by = claim.by.strip()
    return f"{text}." if by.casefold() in ("", "author", "the author") else f"{text}, according to {by}."


# -- stances ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Obs:
    holder: str
    holder_key: str
    target: str
    target_key: str
    target_is_entity: bool
    article: str
    label: str
    evidence: Passage | None
    basis: str = "judged"


def _positions(ctx: _Context) -> list[_Obs]:
    out = []
    for brief in ctx.briefs:
        for stance in brief.stances:
            holder, holder_key, _ = ctx.name(stance.holder, brief.article_id)
            target, target_key, is_entity = ctx.name(stance.target, brief.article_id)
            if holder_key == target_key:
                continue
            out.append(_Obs(holder, holder_key, target, target_key, is_entity, brief.article_id, stance.label, _passage(brief.article_id, stance.evidence), stance.basis))
    return out


def _stance_rows(ctx: _Context, positions: list[_Obs]) -> list[StanceRow]:
    rows: dict[tuple[str, str], list[_Obs]] = defaultdict(list)
    for obs in positions:
        rows[(obs.holder_key, obs.target_key)].append(obs)
    order = {e.id: n for n, e in enumerate(ctx.resolution.entities)}

    def rank(key: tuple[str, str]) -> tuple:
        articles = {o.article for o in rows[key]}
        return (-len(articles), order.get(key[0][2:], len(order)), order.get(key[1][2:], len(order)), key)

    out = []
    for key in sorted(rows, key=rank):
        observations = rows[key]
        cells: dict[str, StanceCell] = {}
        for obs in observations:
            cells.setdefault(obs.article, StanceCell(article=obs.article, label=obs.label, evidence=obs.evidence, basis=obs.basis))  # type: ignore[arg-type]
        first = observations[0]
        out.append(StanceRow(holder=first.holder, target=first.target, target_is_entity=first.target_is_entity, cells=list(cells.values())))
    return out


def _position(obs: _Obs) -> Position:
    return Position(holder=obs.holder, article=obs.article, label=obs.label, evidence=obs.evidence)  # type: ignore[arg-type]


def _agreements(positions: list[_Obs]) -> list[Agreement]:
    groups: dict[tuple[str, str], list[_Obs]] = defaultdict(list)
    for obs in positions:
        if obs.label in ("supports", "opposes"):
            groups[(obs.target_key, obs.label)].append(obs)
    out = []
    for (_, label), group in groups.items():
        holders = {o.holder_key for o in group}
        if len(holders) >= 2:
            out.append(Agreement(target=group[0].target, label=label, holders=[_position(o) for o in group]))  # type: ignore[arg-type]
    return sorted(out, key=lambda a: (-len({p.holder for p in a.holders}), a.target))


def _stance_contradictions(ctx: _Context, positions: list[_Obs]) -> list[Contradiction]:
    out = []
    pairs: dict[tuple[str, str], list[_Obs]] = defaultdict(list)
    for obs in positions:
        pairs[(obs.holder_key, obs.target_key)].append(obs)
    for group in pairs.values():
        labels = {o.label for o in group}
        if len(labels) > 1 and len({o.article for o in group}) > 1:
            shown = ", ".join(f"{o.label} ({ctx.label(o.article)})" for o in group)
            out.append(Contradiction(kind="stance_shift", summary=f"{group[0].holder} on {group[0].target}: {shown}", positions=[_position(o) for o in group]))
    speakers = _speaker_keys(ctx)
    by_target: dict[str, list[_Obs]] = defaultdict(list)
    for obs in positions:
        if obs.holder_key in speakers:
            by_target[obs.target_key].append(obs)
    for group in by_target.values():
        pro = [o for o in group if o.label == "supports"]
        con = [o for o in group if o.label == "opposes"]
        if pro and con and {o.holder_key for o in pro}.isdisjoint({o.holder_key for o in con}):
            names = lambda obs: ", ".join(sorted({o.holder for o in obs}))  # noqa: E731
            summary = f"On {group[0].target}: {names(pro)} support(s); {names(con)} oppose(s)"
            out.append(Contradiction(kind="opposed_sources", summary=summary, positions=[_position(o) for o in pro + con]))
    return out


def _speaker_keys(ctx: _Context) -> set[str]:
    return {ctx.name(s.name, b.article_id)[1] for b in ctx.briefs for s in b.sources}


# -- claims in dispute ----------------------------------------------------------------------


def _claim_ids(ctx: _Context) -> dict[str, tuple[str, str, str]]:
    """'A1.2' -> (article id, claim text, by)."""
    return {
        f"{ctx.label(b.article_id)}.{n}": (b.article_id, c.text, c.by)
        for b in ctx.briefs
        for n, c in enumerate(b.claims, 1)
    }


def _disputes(ctx: _Context, draft: BottomLineDraft | None, dropped: list[DroppedItem]) -> list[Contradiction]:
    claims = _claim_ids(ctx)
    folded = {k.casefold(): k for k in claims}
    out, seen = [], set()
    for dispute in draft.disputes if draft else []:
        a, b = folded.get(dispute.claim_a.strip().casefold()), folded.get(dispute.claim_b.strip().casefold())
        if not a or not b or claims[a][0] == claims[b][0]:
            dropped.append(DroppedItem(article="memo", kind="dispute", text=f"{dispute.claim_a} / {dispute.claim_b}", item="disputed claims", reason="not two claims of different briefed articles"))
            continue
        seen.add(frozenset((a, b)))
        out.append(_dispute(ctx, claims, a, b, dispute.note, "model"))
    for a, b in combinations(claims, 2):
        if frozenset((a, b)) not in seen and claims[a][0] != claims[b][0] and _negated_pair(claims[a][1], claims[b][1]):
            out.append(_dispute(ctx, claims, a, b, "", "rules"))
    return out


def _dispute(ctx: _Context, claims: dict[str, tuple[str, str, str]], a: str, b: str, note: str, found_by: str) -> Contradiction:
    (article_a, text_a, by_a), (article_b, text_b, by_b) = claims[a], claims[b]
    summary = note.strip() or f"{ctx.label(article_a)} and {ctx.label(article_b)} disagree"
    return Contradiction(
        kind="disputed_claim",
        summary=summary,
        claims=[Statement(article=article_a, text=f"{text_a} ({by_a})"), Statement(article=article_b, text=f"{text_b} ({by_b})")],
        found_by=found_by,  # type: ignore[arg-type]
    )


def _negated_pair(a: str, b: str) -> bool:
    """Two near-identical claims of which exactly one is negated."""
    from rapidfuzz import fuzz

    if bool(_NEGATION.search(a)) == bool(_NEGATION.search(b)):
        return False
    strip = lambda t: _NEGATION.sub(" ", t.lower())  # noqa: E731
    return fuzz.token_set_ratio(strip(a), strip(b)) >= 85


# -- who said what ----------------------------------------------------------------------------


def _speakers(ctx: _Context) -> list[Speaker]:
    speakers: dict[str, dict[str, Any]] = {}
    for brief in ctx.briefs:
        aid = brief.article_id
        for source in brief.sources:
            name, key, is_entity = ctx.name(source.name, aid)
            s = speakers.setdefault(key, {"name": name, "entity": key[2:] if is_entity else None, "types": [], "affiliations": [], "roles": [], "names": [], "articles": [], "quotes": [], "statements": []})
            _add(s["types"], source.type)
            if source.affiliation:
                _add(s["affiliations"], ctx.name(source.affiliation, aid)[0])
            if source.role:
                _add(s["roles"], source.role)
            _add(s["names"], source.name)
            _add(s["articles"], aid)
            s["quotes"].extend(Quote(article=aid, text=q.text, start=q.start, end=q.end) for q in source.quotes)
            s["statements"].extend(Statement(article=aid, text=t) for t in source.statements)
        for claim in brief.claims:
            if claim.by.strip().casefold() in ("", "author", "the author"):
                continue
            key = ctx.name(claim.by, aid)[1]
            if key in speakers:
                statement = Statement(article=aid, text=claim.text)
                if statement not in speakers[key]["statements"]:
                    speakers[key]["statements"].append(statement)
    out = [Speaker(**s) for s in speakers.values()]
    return sorted(out, key=lambda s: (-len(s.quotes) - len(s.articles), s.name))


def _add(items: list[str], item: str) -> None:
    if item and item not in items:
        items.append(item)


# -- timeline and framing -----------------------------------------------------------------------


def _timeline(ctx: _Context) -> list[TimelineEvent]:
    """One event per sentence with dates; dates without a year get one where the article gives it (see memos.text)."""
    published = {e.id: e.published for e in ctx.entries}
    events = []
    for brief in ctx.briefs:
        text = ctx.texts[brief.article_id]
        by_sentence: dict[tuple[int, int], list] = defaultdict(list)
        bounds = list(sentences(text))
        for mention in find_timeline_dates(text, published.get(brief.article_id)):
            sentence = next(((s, e) for s, e in bounds if s <= mention.start < e), (mention.start, mention.end))
            by_sentence[sentence].append(mention)
        for (start, end), mentions in by_sentence.items():
            first = min(mentions, key=lambda m: (m.year_from == "not_stated", m.sort_key))
            events.append(
                TimelineEvent(
                    date=", ".join(m.date for m in mentions),
                    sort_key=first.sort_key,
                    year_from=first.year_from,
                    passage=Passage(article=brief.article_id, text=text[start:end], start=start, end=end),
                )
            )
    return sorted(events, key=lambda e: (e.year_from == "not_stated", e.sort_key, e.passage.article, e.passage.start))


def _framing(ctx: _Context) -> list[FramingTerm]:
    out = []
    for brief in ctx.briefs:
        aid = brief.article_id
        text = ctx.texts[aid]
        finder = _mention_finder(ctx, aid, text)
        for term in find_loaded_terms(text, finder):
            start, end = term.sentence
            out.append(
                FramingTerm(
                    article=aid,
                    term=term.term,
                    tone=term.tone,  # type: ignore[arg-type]
                    actor=term.actor,
                    voice="quoted" if term.quoted else "author",
                    passage=Passage(article=aid, text=text[start:end], start=start, end=end),
                )
            )
    return out


def _mention_finder(ctx: _Context, article: str, text: str) -> Callable[[int, int], list[tuple[int, int, str]]]:
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
    ctx: _Context,
    briefs: list[Brief],
    extra_usage: Sequence[Usage],
    bottom_line: tuple[str, str, list[str]],
    dropped: list[DroppedItem],
    outcomes: Sequence[Outcome],
    load_failures: Sequence[LoadFailure],
) -> Method:
    """The footer; `bottom_line` is (model | extractive | none, why not the model, sentences filled in by code)."""
    usages = [b.usage for b in briefs] + list(extra_usage)
    costs = [estimate_cost(u.backend, u.model, u.prompt_tokens, u.completion_tokens) for u in usages]
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
        estimated_cost_usd=None if any(c is None for c in costs) else round(sum(c or 0.0 for c in costs), 6),
        seconds=round(sum(u.seconds for u in usages), 3),
        bottom_line=bottom_line[0],  # type: ignore[arg-type]
        bottom_line_note=bottom_line[1],
        bottom_line_filled=bottom_line[2],
        dropped=dropped,
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
) -> Memo:
    """Brief every article with `summarizer`, settle ambiguous names, ask for the bottom line, and build the memo."""
    outcomes = await summarizer.abrief_many(articles, focus=focus, on_done=on_done)
    briefs = [o.brief for o in outcomes if o.brief is not None]
    resolution = resolve_entities(briefs)
    decisions, tiebreak_usage = await settle_ambiguities(summarizer, outcomes, resolution)
    if decisions:
        resolution = resolve_entities(briefs, decisions=decisions)
    draft, note, usage = await ask_bottom_line(summarizer, outcomes, resolution, focus)
    return build_memo(
        outcomes,
        title=title,
        focus=focus,
        load_failures=load_failures,
        bottom_line=draft,
        bottom_line_note=note,
        extra_usage=tiebreak_usage + usage,
        resolution=resolution,
        include_text=include_text,
    )


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
    articles: Iterable[Article | str], *, title: str | None = None, focus: str | None = None, **options: Any
) -> Memo:
    """Async `memo`."""
    summarizer = _summarizer(dict(options))
    try:
        return await make_memo(summarizer, _as_articles(articles), title=title, focus=focus)
    finally:
        summarizer.close()


def memo(articles: Iterable[Article | str], *, title: str | None = None, focus: str | None = None, **options: Any) -> Memo:
    """A briefing memo across articles (Article objects or raw texts).

    `options` are Settings fields (backend, model, base_url, replay_dir, ...), or
    `backend=` a Backend instance, or `settings=` a Settings object. Articles
    that fail appear in `memo.articles` as failed and in `memo.method.failed`;
    `memo.ok` is False then.
    """
    items = _as_articles(articles)
    return run_sync(lambda: amemo(items, title=title, focus=focus, **options))
