"""Pydantic models of a briefing memo: the source of truth for `schemas/memo.schema.json`.

A memo is built from the briefs of many articles. Every passage it shows is a
`Passage`: a span of one article's text (`articles[*].text[start:end]`), so a
reader (or a program) can check it. Articles are referred to by their id.

Two layers, as for briefs: `BottomLineDraft` is what the model is asked to fill
in (sentences citing the ids of facts code collected); `Memo` is what users
get, with every sentence checked against its facts and citing exactly the
articles those facts come from.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..extract.dates import YearFrom
from ..schema import ActorKind, SourceType, StanceBasis, StanceLabel, limited

__all__ = [
    "day_without_number",
    "FactSentenceDraft",
    "BottomLineDraft",
    "DRAFT_SENTENCE_WORDS",
    "MIN_BOTTOM_LINE",
    "MAX_BOTTOM_LINE",
    "YearFrom",
    "bottom_line_model",
    "Passage",
    "ArticleEntry",
    "Fact",
    "FactKind",
    "CitedSentence",
    "Entity",
    "Merge",
    "KeptApart",
    "TopicMerge",
    "StanceCell",
    "StanceRow",
    "StanceStrength",
    "Quote",
    "Statement",
    "Speaker",
    "Position",
    "Agreement",
    "Contradiction",
    "FigureMention",
    "TimelineEvent",
    "FramingTerm",
    "DroppedItem",
    "QuoteMove",
    "FailedArticle",
    "Method",
    "Memo",
    "memo_json_schema",
    "write_schema",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- drafts

DRAFT_SENTENCE_WORDS = 30
DraftSentence = limited(DRAFT_SENTENCE_WORDS, min_length=10)
MIN_BOTTOM_LINE = 3
MAX_BOTTOM_LINE = 5


class FactSentenceDraft(_Strict):
    text: DraftSentence = Field(
        description=f"One complete sentence of at most {DRAFT_SENTENCE_WORDS} words that says what its facts say, in plain words."
    )
    facts: list[str] = Field(min_length=1, description="Ids of the facts this sentence states, e.g. ['F1', 'F3'].")


class BottomLineDraft(_Strict):
    """What the model is asked for: the bottom line as sentences, each stating numbered facts it was given."""

    sentences: list[FactSentenceDraft] = Field(
        min_length=1,
        max_length=MAX_BOTTOM_LINE,
        description=f"{MIN_BOTTOM_LINE} to {MAX_BOTTOM_LINE} sentences, most important first, each on different facts.",
    )


@lru_cache(maxsize=64)
def bottom_line_model(fact_ids: tuple[str, ...]) -> type[BottomLineDraft]:
    """`BottomLineDraft` whose sentences can cite only `fact_ids`, for constrained decoding.

    Built once per set of ids, so its schema hash (part of every cache and
    replay key) is stable. At most as many sentences as facts are asked for.
    """
    fact = Literal[fact_ids]  # type: ignore[valid-type]
    sentence = create_model(
        "FactSentenceDraft",
        __base__=FactSentenceDraft,
        facts=(list[fact], _like(FactSentenceDraft, "facts", min_length=1, max_length=min(3, len(fact_ids)))),  # type: ignore[valid-type]
    )
    most = max(1, min(MAX_BOTTOM_LINE, len(fact_ids)))
    least = min(MIN_BOTTOM_LINE, most)
    return create_model(
        "BottomLineDraft",
        __base__=BottomLineDraft,
        sentences=(list[sentence], _like(BottomLineDraft, "sentences", min_length=least, max_length=most)),  # type: ignore[valid-type]
    )


def _like(model: type[BaseModel], name: str, **constraints: Any) -> Any:
    """A field described as `model`'s field `name`, with `constraints`."""
    return Field(description=model.model_fields[name].description, **constraints)


# --------------------------------------------------------------------------- memo


class Passage(_Strict):
    """A span of one article: `article.text[start:end] == text`."""

    article: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ArticleEntry(_Strict):
    id: str
    label: str = Field(description="Short label used in tables and citations: A1, A2, ...")
    status: Literal["ok", "failed"]
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="File (or stream) it was read from.")
    outlet: str | None = Field(default=None, description="The publication, where the input names it.")
    published: str | None = None
    published_from: Literal["article", "other_articles"] | None = Field(
        default=None,
        description="Where `published` comes from: the article (its metadata, dateline or date line), or the other "
        "articles' dates, for a dateline that gives a day and a month but no year ('LONDON, 3 March (Reuters) -').",
    )
    summary: str = Field(default="", description="One sentence: the brief's main issue.")
    error: str | None = None
    text: str | None = Field(default=None, description="The article text every passage points into.")


FactKind = Literal["shared_stance", "contradiction", "source_position", "stated_stance", "lead", "main_issue"]


class Fact(_Strict):
    """A checkable fact of the memo, collected by code from the briefs: what a bottom-line sentence may say."""

    id: str = Field(description="F1, F2, ... in order of strength.")
    kind: FactKind
    text: str = Field(description="The fact as one sentence, written by code.")
    articles: list[str] = Field(description="Ids of the articles whose briefs contain the fact.")
    names: list[str] = Field(default_factory=list, description="Entities (or topic phrases) the fact is about.")
    holder: str | None = Field(default=None, description="Of a shared stance: who holds it.")
    target: str | None = Field(default=None, description="Of a shared stance: toward whom or what, as the fact's sentence names it.")
    basis: StanceBasis | None = Field(default=None, description="Of a shared stance: stated when a stance word or the parse states it in one of its articles.")
    labels: list[StanceLabel] = Field(default_factory=list, description="Stance labels the fact states.")
    numbers: list[float] = Field(default_factory=list, description="Numbers the fact states (e.g. how many articles).")
    quote: Passage | None = Field(default=None, description="The verified quote a source position rests on.")


class CitedSentence(_Strict):
    text: str
    articles: list[str] = Field(description="Ids of exactly the articles whose briefs contain the sentence's facts.")
    facts: list[str] = Field(default_factory=list, description="Ids of the facts the sentence states.")
    by: Literal["model", "code"] = Field(
        default="code", description="'model': phrased by the model and checked against its facts; 'code': written by code."
    )


class Entity(_Strict):
    id: str
    name: str
    kind: ActorKind
    names: list[str] = Field(description="Every surface form the briefs used for it.")
    roles: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)


class Merge(_Strict):
    """Names from different articles resolved to one entity, and why."""

    entity: str
    name: str
    names: list[str]
    reasons: list[str]


class KeptApart(_Strict):
    """Names that look alike but were not merged, and why."""

    names: list[str]
    reason: str


class TopicMerge(_Strict):
    """Wordings of one stance target (a topic, not a named entity) read as one, shown under `name`."""

    name: str
    wordings: list[str] = Field(description="The other wordings, each as a brief wrote it, with its article labels.")
    reasons: list[str] = Field(
        default_factory=list, description="Why wordings that the head-word test does not join were read as one (the model's answer)."
    )


class StanceStrength(_Strict):
    """How strongly the briefs hold a row: ranked by basis, then articles, then evidence sentences."""

    basis: StanceBasis = Field(description="stated: a stance word or the parse says it in at least one article; else judged.")
    articles: int = Field(ge=0, description="Articles that show the stance.")
    evidence: int = Field(ge=0, description="Distinct evidence sentences that name the target.")


class StanceCell(_Strict):
    article: str
    label: StanceLabel
    evidence: Passage | None = None
    basis: StanceBasis = Field(default="judged", description="As in the brief: stated by a stance word, or judged by a model.")


class StanceRow(_Strict):
    holder: str = Field(description="Entity name of the holder.")
    target: str = Field(description="Entity name, or the topic phrase as the brief gave it.")
    target_is_entity: bool = False
    cells: list[StanceCell] = Field(description="One per article that shows this stance.")
    strength: StanceStrength
    default_view: bool = Field(default=True, description="Among the strongest rows shown first; the others are under 'All stances'.")


class Quote(Passage):
    """A passage in the speaker's own words."""


class Statement(_Strict):
    article: str
    text: str


class Speaker(_Strict):
    name: str
    entity: str | None = Field(default=None, description="Entity id when the speaker is also an actor.")
    types: list[SourceType]
    affiliations: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    names: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)


class Position(_Strict):
    holder: str
    article: str
    label: StanceLabel
    evidence: Passage | None = None
    basis: StanceBasis = Field(default="stated", description="stated: a stance word in the evidence says it; judged: the model's reading.")


class Agreement(_Strict):
    target: str
    label: StanceLabel
    holders: list[Position] = Field(description="Two or more distinct holders sharing the stance.")


class FigureMention(_Strict):
    """One figure stated for a disputed thing: the number as written, who states it, and its sentence."""

    value: str
    holder: str
    article: str
    passage: Passage


class Contradiction(_Strict):
    kind: Literal["stance_shift", "opposed_sources", "disputed_claim", "disputed_figure", "rebuttal"]
    summary: str
    positions: list[Position] = Field(default_factory=list)
    claims: list[Statement] = Field(default_factory=list)
    figures: list[FigureMention] = Field(default_factory=list, description="Of a disputed figure: every figure stated for the thing.")
    found_by: Literal["rules", "model"] = "rules"


def day_without_number(date: str, sort_key: str) -> bool:
    """Whether a date as written names a whole day by no number (a day of the week, 'Tuesday') that was read as a
    full date (`sort_key` YYYY-MM-DD): the reader needs that date shown beside the words."""
    return len(sort_key) == 10 and not any(ch.isdigit() for ch in date)


class TimelineEvent(_Strict):
    date: str = Field(description="The date as the article writes it.")
    sort_key: str = Field(
        description="YYYY, YYYY-MM or YYYY-MM-DD; --MM or --MM-DD when the year is not stated (listed after the dated events)."
    )
    year_from: YearFrom = Field(
        default="stated",
        description="Where the year came from: the date itself, the article's date, a year stated in the same sentence "
        "or in the sentence before, or nowhere.",
    )
    passage: Passage
    also: list[Passage] = Field(
        default_factory=list,
        description="The same event on the same date as other articles tell it (their words mostly the first "
        "passage's), one row for the event.",
    )


class FramingTerm(_Strict):
    article: str
    term: str
    kind: Literal["loaded_term", "scare_quote"] = Field(
        default="loaded_term", description="A loaded word, or a phrase of one or two words set in quotation marks."
    )
    tone: Literal["negative", "positive"] | None = Field(default=None, description="Of a loaded term; None for a scare quote.")
    actor: str | None = Field(default=None, description="Entity the term is applied to, when one is near.")
    voice: Literal["author", "quoted"] = Field(description="The article's own words, or inside a quotation.")
    passage: Passage


class DroppedItem(_Strict):
    article: str
    kind: str
    text: str
    item: str
    reason: str


class QuoteMove(_Strict):
    """A quote a brief gave to one speaker that the memo shows under another (or under none), and why."""

    passage: Passage
    given_to: str
    shown_under: str | None = Field(description="The speaker it is shown under; None when it is only framing.")
    kind: Literal["scare_quote", "statement_about"] = Field(
        default="statement_about", description="A scare quote (shown as framing), or a statement about the speaker (not their words)."
    )
    reason: str


class FailedArticle(_Strict):
    article: str
    reason: str


class Method(_Strict):
    backends: list[str] = Field(default_factory=list)
    models: list[str] = Field(default_factory=list)
    strategies: list[str] = Field(default_factory=list)
    prompt_versions: list[str] = Field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    cached_calls: int = 0
    batch_calls: int = Field(default=0, description="Calls answered by a batch job, read from the cache (also in cached_calls).")
    batch_prompt_tokens: int = 0
    batch_completion_tokens: int = 0
    estimated_cost_usd: float | None = Field(
        description="Live tokens at the standard price plus batch tokens at the batch price; None when the model's price is unknown."
    )
    seconds: float = 0.0
    bottom_line: Literal["model", "code", "none"] = Field(
        default="none", description="model: at least one sentence phrased by the model passed the checks; code: none did."
    )
    bottom_line_note: str = ""
    bottom_line_filled: list[str] = Field(
        default_factory=list,
        description="Sentences written by code for the strongest facts that none of the model's sentences which passed "
        "the checks states.",
    )
    dropped: list[DroppedItem] = Field(
        default_factory=list, description="Items not shown, and why: unverified, failed a check, or not a stance to show."
    )
    quote_moves: list[QuoteMove] = Field(default_factory=list)
    failed: list[FailedArticle] = Field(default_factory=list)


class Memo(_Strict):
    title: str
    focus: str | None = None
    articles: list[ArticleEntry]
    bottom_line: list[CitedSentence] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list, description="The checkable facts the bottom line is built from.")
    entities: list[Entity] = Field(default_factory=list)
    merges: list[Merge] = Field(default_factory=list)
    kept_apart: list[KeptApart] = Field(default_factory=list)
    topic_merges: list[TopicMerge] = Field(default_factory=list, description="Wordings of one topic target read as one (matrix.same_topics).")
    stances: list[StanceRow] = Field(default_factory=list, description="Every row, strongest first.")
    speakers: list[Speaker] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    timeline: list[TimelineEvent] = Field(default_factory=list)
    framing: list[FramingTerm] = Field(default_factory=list)
    method: Method

    @property
    def ok(self) -> bool:
        """True when every article was briefed."""
        return not self.method.failed

    def label(self, article_id: str) -> str:
        return next((a.label for a in self.articles if a.id == article_id), article_id)


# --------------------------------------------------------------------------- schema file


def memo_json_schema() -> str:
    """The text of `schemas/memo.schema.json`, formatted like the other schema files."""
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **Memo.model_json_schema()}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schema(directory: Path | None = None) -> Path:
    """Regenerate `memo.schema.json` in `directory` (default: the package's schemas folder)."""
    from ..resources import data_dir

    path = (directory or data_dir("schemas")) / "memo.schema.json"
    path.write_text(memo_json_schema(), encoding="utf-8")
    return path
