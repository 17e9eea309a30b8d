"""Pydantic models: the source of truth for every JSON Schema in `schemas/`.

Two layers:
- *Draft* models are what a model is asked to fill in: plain strings, no offsets.
- The `Brief` is what users get: every quote and evidence is a `Span` located in
  the article by `grounding`, and whatever could not be located is listed in
  `unverified` instead of being shown.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

__all__ = [
    "ActorKind",
    "StanceLabel",
    "SourceType",
    "Span",
    "ActorDraft",
    "StanceDraft",
    "SourceDraft",
    "ClaimDraft",
    "BriefDraft",
    "Actor",
    "Stance",
    "Source",
    "Claim",
    "Usage",
    "Unverified",
    "Brief",
    "count_sentences",
]

ActorKind = Literal["person", "country", "organization", "group"]
StanceLabel = Literal["supports", "opposes", "neutral", "mixed"]
StanceBasis = Literal["stated", "judged"]
SourceType = Literal["expert", "official", "media", "organization", "other"]

_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)(?=\s+[A-Z\"“‘(]|\s*$)")


def count_sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text.strip())) or (1 if text.strip() else 0)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- drafts


class ActorDraft(_Strict):
    name: str = Field(description="Full name as the article gives it most completely.")
    aliases: list[str] = Field(
        default_factory=list,
        description="Other exact forms the article uses for the same actor (surname, title + name, capital city).",
    )
    kind: ActorKind
    role: str = Field(default="", description="Office or role, e.g. 'President of Venezuela'; '' if none.")


class StanceDraft(_Strict):
    holder: str = Field(description="Name of the actor holding the stance.")
    target: str = Field(description="Actor, or policy/action phrased as an action, that the stance is about.")
    label: StanceLabel
    evidence: str = Field(default="", description="A short passage copied verbatim from the article.")
    basis: SkipJsonSchema[StanceBasis | None] = None  # set by code (stepwise), never asked of a model


class SourceDraft(_Strict):
    name: str = Field(description="Person or body the article cites.")
    type: SourceType
    affiliation: str = Field(default="", description="Organisation the article ties them to; '' if none.")
    role: str = Field(default="", description="Their role or title; '' if none.")
    quotes: list[str] = Field(
        default_factory=list,
        description="Their exact words copied verbatim from inside quotation marks in the article.",
    )
    statements: list[str] = Field(
        default_factory=list, description="What the article says they said, without quotation marks."
    )


class ClaimDraft(_Strict):
    text: str = Field(description="A key assertion of the article as one short plain sentence.")
    by: str = Field(default="author", description="'author', or the name of the source who makes the claim.")
    evidence: str = Field(default="", description="A short passage copied verbatim from the article.")


class BriefDraft(_Strict):
    main_issue: str = Field(description="What the story is about, in one line.")
    summary: str = Field(description="2 to 4 sentences.")
    actors: list[ActorDraft] = Field(default_factory=list)
    stances: list[StanceDraft] = Field(default_factory=list)
    sources: list[SourceDraft] = Field(default_factory=list)
    claims: list[ClaimDraft] = Field(default_factory=list)

    @field_validator("summary")
    @classmethod
    def _summary_length(cls, value: str) -> str:
        n = count_sentences(value)
        if n == 0 or n > 4:
            raise ValueError(f"summary must be 2 to 4 sentences, got {n}")
        return value.strip()

    @field_validator("main_issue")
    @classmethod
    def _one_line(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("main_issue must not be empty")
        return value


# --------------------------------------------------------------------------- brief


class Span(_Strict):
    """A passage of the article: `article.text[start:end] == text`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Actor(_Strict):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: ActorKind
    role: str = ""


class Stance(_Strict):
    holder: str
    target: str
    label: StanceLabel
    evidence: Span | None = None
    basis: StanceBasis = Field(
        default="judged",
        description="stated: a stance word in the evidence says it ('condemned', 'the support of'), found by code; "
        "judged: a model's reading of the evidence.",
    )


class Source(_Strict):
    name: str
    type: SourceType
    affiliation: str = ""
    role: str = ""
    quotes: list[Span] = Field(default_factory=list)
    statements: list[str] = Field(default_factory=list)


class Claim(_Strict):
    text: str
    by: str = "author"
    evidence: Span | None = None


class Usage(_Strict):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = Field(default=0, description="Model requests made, re-asks and transport retries included.")
    calls: int = Field(default=0, description="Logical model calls (one per question asked).")
    cached_calls: int = Field(default=0, description="Calls answered from the cache or recordings.")
    batch_calls: int = Field(
        default=0,
        description="Calls answered by a batch job (OpenAI Batch API, vllm run-batch) and read from the cache; "
        "counted in cached_calls too.",
    )
    batch_prompt_tokens: int = Field(default=0, description="Prompt tokens of the batch-answered calls (billed at the batch rate).")
    batch_completion_tokens: int = Field(default=0, description="Completion tokens of the batch-answered calls.")
    seconds: float = 0.0
    backend: str = ""
    model: str = ""
    prompt_version: str = ""
    strategy: str = ""


class Unverified(_Strict):
    kind: Literal["quote", "evidence", "alias"]
    text: str
    item: str = Field(description="Which item it came from, e.g. \"source 'Jens Stoltenberg'\".")
    reason: str = "not found in the article"


class Brief(_Strict):
    article_id: str
    title: str | None = None
    main_issue: str
    summary: str
    actors: list[Actor] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    unverified: list[Unverified] = Field(default_factory=list)
