"""Pydantic models: the source of truth for every JSON Schema in `schemas/`.

Two layers:
- *Draft* models are what a model is asked to fill in: plain strings, no offsets.
- The `Brief` is what users get: every quote and evidence is a `Span` located in
  the article by `grounding`, and whatever could not be located is listed in
  `unverified` instead of being shown.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
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
    "FoundBriefDraft",
    "FoundSourceDraft",
    "Actor",
    "Stance",
    "Source",
    "Claim",
    "Usage",
    "Unverified",
    "Brief",
    "count_sentences",
    "limited",
    "CHARS_PER_WORD_LIMIT",
]

ActorKind = Literal["person", "country", "organization", "group"]
StanceLabel = Literal["supports", "opposes", "neutral", "mixed"]
StanceBasis = Literal["stated", "judged"]
SourceType = Literal["expert", "official", "media", "organization", "other"]

_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)(?=\s+[A-Z\"“‘(]|\s*$)")


# A string a model writes is asked for in words ("at most 15 words") and capped in characters at
# this many per word asked. An English word with its space averages about 6 characters, so a
# well-behaved answer stays near half the cap and never reaches it; one that does was cut off by a
# constrained decoder, and `summarizer.extract.cutoff` trims and reports it. The cap is not set
# higher because a small model that rambles (the embedded 1.5B model lists names in a main issue)
# runs on to whatever cap it is given, and each character generated costs time (measured on the
# seeds: 3 of 5 main issues ran to a 20-per-word cap, 300 characters).
CHARS_PER_WORD_LIMIT = 12


def limited(words: int, *, min_length: int = 0) -> Any:
    """The type of a string a model writes, asked for in at most `words` words.

    Its JSON Schema `maxLength` is `words * CHARS_PER_WORD_LIMIT` characters:
    the hard limit a grammar or a server enforces, well above the length asked
    for in the prompt and the field description.
    """
    return Annotated[str, StringConstraints(min_length=min_length, max_length=words * CHARS_PER_WORD_LIMIT)]


def count_sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text.strip())) or (1 if text.strip() else 0)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- drafts


class ActorDraft(_Strict):
    name: str = Field(description="Full name as the article gives it most completely (at most 8 words).")
    aliases: list[str] = Field(
        default_factory=list,
        description="Other exact forms the article uses for the same actor (surname, title + name, capital city).",
    )
    kind: ActorKind
    role: str = Field(default="", description="Office or role in at most 12 words, e.g. 'President of Venezuela'; '' if none.")


class StanceDraft(_Strict):
    holder: str = Field(description="Name of the actor holding the stance.")
    target: str = Field(
        description="Actor, or policy/action phrased as an action, that the stance is about (at most 15 words)."
    )
    label: StanceLabel
    evidence: str = Field(default="", description="A short passage copied verbatim from the article.")
    basis: SkipJsonSchema[StanceBasis | None] = None  # set by code (stepwise), never asked of a model


class SourceDraft(_Strict):
    name: str = Field(description="Person or body the article cites.")
    type: SourceType
    affiliation: str = Field(default="", description="Organisation the article ties them to; '' if none.")
    role: str = Field(default="", description="Their role or title in at most 12 words; '' if none.")
    quotes: list[str] = Field(
        default_factory=list,
        description="Their exact words copied verbatim from inside quotation marks in the article.",
    )
    statements: list[str] = Field(
        default_factory=list, description="What the article says they said, without quotation marks (at most 40 words each)."
    )


class ClaimDraft(_Strict):
    text: str = Field(description="A key assertion of the article as one short plain sentence (at most 30 words).")
    by: str = Field(default="author", description="'author', or the name of the source who makes the claim.")
    evidence: str = Field(default="", description="A short passage copied verbatim from the article.")


class BriefDraft(_Strict):
    """The whole brief as a model (single strategy) or code (stepwise) drafts it.

    Its strings carry no length cap: stepwise code fills them with the article's
    own sentences, and a single-call model is asked for lengths in words (prompt
    and descriptions) and bounded by `max_tokens`, whose cut is an error
    (re-asked, then reported), never a silently truncated string.
    """

    main_issue: str = Field(description="What the story is about, in one line of at most 20 words.")
    summary: str = Field(description="2 to 4 sentences, at most 100 words in all.")
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


class FoundSourceDraft(SourceDraft):
    """A source whose quotes code found in the article (stepwise): `spans[i]` is where `quotes[i]` stands.

    Never asked of a model; grounding keeps these spans instead of searching for the words again."""

    spans: list[tuple[int, int]] = Field(default_factory=list)
    anonymous: bool = False  # an unnamed source the article says speaks anonymously
    named: bool | None = None  # whether the article names the source (False: it only describes them)


class FoundBriefDraft(BriefDraft):
    """A draft built by code around a model's answers (stepwise), with the quotes no one is given for and the
    changes of position the article states, (holder, start, end) of the sentence stating each."""

    unattributed: list[tuple[int, int]] = Field(default_factory=list)
    changes: list[tuple[str, int, int]] = Field(default_factory=list)


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
    anonymous: bool = Field(
        default=False, description="An unnamed source the article says speaks anonymously ('who asked not to be named')."
    )
    named: bool | None = Field(
        default=None,
        description="Whether the article gives the source's name: false for one it only describes ('a spokesperson for "
        "the ministry', 'another man'), anonymous or not; null when not known (a brief written by the model alone).",
    )
    quotes: list[Span] = Field(default_factory=list)
    statements: list[str] = Field(default_factory=list)


class Claim(_Strict):
    text: str
    by: str = "author"
    evidence: Span | None = None


class PositionChange(_Strict):
    """A change of position the article states: who changed, and the sentence that says so."""

    holder: str
    evidence: Span


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
    """What the brief does not show as the model gave it: a passage not found in the article, or a cut-off answer."""

    kind: Literal["quote", "evidence", "alias", "cut"] = Field(
        description="quote/evidence/alias: not found in the article, so not shown; "
        "cut: a string the model wrote was cut off in mid-phrase and is shown up to its last complete clause."
    )
    text: str
    item: str = Field(description="Which item it came from, e.g. \"source 'Jens Stoltenberg'\".")
    reason: str = "not found in the article"


class Brief(_Strict):
    article_id: str
    title: str | None = None
    published: str | None = Field(
        default=None,
        description="The article's own date: as its page or record gave it, else its dateline's as ISO 8601.",
    )
    url: str | None = None
    author: str | None = Field(default=None, description="Who wrote the article (its byline), where the input says.")
    outlet: str | None = Field(default=None, description="The publication, where the input names it.")
    main_issue: str
    summary: str
    actors: list[Actor] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    unattributed_quotes: list[Span] = Field(
        default_factory=list, description="Quoted passages of the article whose speaker it does not make clear."
    )
    position_changes: list[PositionChange] = Field(
        default_factory=list,
        description="Changes of position the article states ('reversed its position', 'could no longer support the project'), found by code.",
    )
    usage: Usage = Field(default_factory=Usage)
    unverified: list[Unverified] = Field(default_factory=list)
    text: str | None = Field(
        default=None,
        description=(
            "The article's text as read, which every span's character offsets index: a page's extracted article, a "
            "JSON record's text field, a Markdown file's rendered text, a text file's contents."
        ),
    )
