"""Pydantic models of a briefing memo: the source of truth for `schemas/memo.schema.json`.

A memo is built from the briefs of many articles. Every passage it shows is a
`Passage`: a span of one article's text (`articles[*].text[start:end]`), so a
reader (or a program) can check it. Articles are referred to by their id.

Two layers, as for briefs: `BottomLineDraft` is what the model is asked to fill
in (sentences citing article labels); `Memo` is what users get, with every
citation checked against the articles that were actually briefed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model

from ..schema import ActorKind, SourceType, StanceBasis, StanceLabel

__all__ = [
    "CitedSentenceDraft",
    "DisputeDraft",
    "BottomLineDraft",
    "BottomLineRole",
    "DRAFT_SENTENCE_MAX",
    "YearFrom",
    "bottom_line_model",
    "Passage",
    "ArticleEntry",
    "CitedSentence",
    "Entity",
    "Merge",
    "KeptApart",
    "StanceCell",
    "StanceRow",
    "Quote",
    "Statement",
    "Speaker",
    "Position",
    "Agreement",
    "Contradiction",
    "TimelineEvent",
    "FramingTerm",
    "DroppedItem",
    "FailedArticle",
    "Method",
    "Memo",
    "memo_json_schema",
    "write_schema",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- drafts

BottomLineRole = Literal["development", "positions", "disagreement", "outlook"]
YearFrom = Literal["stated", "article_date", "same_sentence", "preceding_sentence", "not_stated"]
DRAFT_SENTENCE_MAX = 320  # characters; the grammar of a constrained model closes the string here
DraftSentence = Annotated[str, StringConstraints(min_length=10, max_length=DRAFT_SENTENCE_MAX)]


class CitedSentenceDraft(_Strict):
    text: DraftSentence = Field(description="One sentence, using only what the briefs say.")
    articles: list[str] = Field(min_length=1, description="Labels of the articles this sentence rests on, e.g. ['A1', 'A3'].")


class DisputeDraft(_Strict):
    claim_a: str = Field(description="Id of a claim, e.g. 'A1.2'.")
    claim_b: str = Field(description="Id of a claim from another article that disputes it, e.g. 'A3.1'.")
    note: str = Field(default="", max_length=160, description="What the two claims disagree about, in a few words.")


class BottomLineDraft(_Strict):
    """One sentence per role, so that even a small model writes different sentences, not one sentence four times."""

    development: CitedSentenceDraft = Field(description="What happened: the main event or development the articles report.")
    positions: CitedSentenceDraft = Field(description="Who stands where: the main actors and the side each takes.")
    disagreement: CitedSentenceDraft = Field(
        description="Where the articles or their sources disagree, or what remains uncertain or unconfirmed."
    )
    outlook: CitedSentenceDraft | None = Field(
        default=None, description="Optional: what may come next, only if the briefs say so."
    )
    disputes: list[DisputeDraft] = Field(
        default_factory=list, max_length=5, description="Pairs of claims from different articles that contradict each other."
    )

    def cited(self) -> list[tuple[BottomLineRole, CitedSentenceDraft]]:
        """The sentences in reading order, each with its role; a missing outlook is left out."""
        roles: tuple[BottomLineRole, ...] = ("development", "positions", "disagreement", "outlook")
        return [(role, getattr(self, role)) for role in roles if getattr(self, role) is not None]


@lru_cache(maxsize=64)
def bottom_line_model(labels: tuple[str, ...], claim_ids: tuple[str, ...] = ()) -> type[BottomLineDraft]:
    """`BottomLineDraft` whose citations can only be `labels` (and disputes only `claim_ids`), for constrained decoding.

    Built once per set of labels, so its schema hash (part of every cache and
    replay key) is stable.
    """
    label = Literal[labels]  # type: ignore[valid-type]
    sentence = create_model(
        "CitedSentenceDraft",
        __base__=CitedSentenceDraft,
        articles=(list[label], _like(CitedSentenceDraft, "articles", min_length=1, max_length=len(labels))),  # type: ignore[valid-type]
    )
    fields: dict[str, Any] = {role: (sentence, _like(BottomLineDraft, role)) for role in ("development", "positions", "disagreement")}
    fields["outlook"] = (sentence | None, _like(BottomLineDraft, "outlook", default=None))
    if claim_ids:
        claim = Literal[claim_ids]  # type: ignore[valid-type]
        dispute = create_model(
            "DisputeDraft",
            __base__=DisputeDraft,
            claim_a=(claim, _like(DisputeDraft, "claim_a")),
            claim_b=(claim, _like(DisputeDraft, "claim_b")),
        )
        fields["disputes"] = (list[dispute], _like(BottomLineDraft, "disputes", default_factory=list, max_length=5))  # type: ignore[valid-type]
    return create_model("BottomLineDraft", __base__=BottomLineDraft, **fields)


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
    published: str | None = None
    summary: str = Field(default="", description="One sentence: the brief's main issue.")
    error: str | None = None
    text: str | None = Field(default=None, description="The article text every passage points into.")


class CitedSentence(_Strict):
    text: str
    articles: list[str] = Field(description="Ids of the articles the sentence rests on (checked).")
    role: BottomLineRole | None = Field(default=None, description="The part of the model's answer it fills; None when filled in by code.")
    by: Literal["model", "code"] = Field(
        default="model", description="'code': taken from a brief's main issue, summary or claims, not written by the model."
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


class Agreement(_Strict):
    target: str
    label: StanceLabel
    holders: list[Position] = Field(description="Two or more distinct holders sharing the stance.")


class Contradiction(_Strict):
    kind: Literal["stance_shift", "opposed_sources", "disputed_claim"]
    summary: str
    positions: list[Position] = Field(default_factory=list)
    claims: list[Statement] = Field(default_factory=list)
    found_by: Literal["rules", "model"] = "rules"


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


class FramingTerm(_Strict):
    article: str
    term: str
    tone: Literal["negative", "positive"]
    actor: str | None = Field(default=None, description="Entity the term is applied to, when one is near.")
    voice: Literal["author", "quoted"] = Field(description="The article's own words, or inside a quotation.")
    passage: Passage


class DroppedItem(_Strict):
    article: str
    kind: str
    text: str
    item: str
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
    estimated_cost_usd: float | None = Field(description="None when the model's price is unknown.")
    seconds: float = 0.0
    bottom_line: Literal["model", "extractive", "none"] = "none"
    bottom_line_note: str = ""
    bottom_line_filled: list[str] = Field(
        default_factory=list,
        description="Sentences code added to the model's bottom line, from the briefs, because the model's answer "
        "had fewer than 3 distinct cited sentences.",
    )
    dropped: list[DroppedItem] = Field(default_factory=list, description="Items not shown because unverified.")
    failed: list[FailedArticle] = Field(default_factory=list)


class Memo(_Strict):
    title: str
    focus: str | None = None
    articles: list[ArticleEntry]
    bottom_line: list[CitedSentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    merges: list[Merge] = Field(default_factory=list)
    kept_apart: list[KeptApart] = Field(default_factory=list)
    stances: list[StanceRow] = Field(default_factory=list)
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
