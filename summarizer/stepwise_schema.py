"""Small answer models for the stepwise strategy's focused questions.

Every answer is short on purpose: on a CPU, each generated token costs about
a tenth of a second, while the article itself is read once and reused from
llama.cpp's KV cache. Lists and strings are bounded in the schema, so the
grammar itself stops a runaway answer. Models whose choices depend on the
article (speaker candidates, stance pairs) are built per call.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model

__all__ = ["Gist", "ActorNames", "STANCE_CHOICES", "choice_model", "gist_model"]

STANCE_CHOICES = ("supports", "opposes", "neutral", "mixed", "unclear")

Line = Annotated[str, StringConstraints(min_length=3, max_length=160)]
Sentence = Annotated[str, StringConstraints(min_length=10, max_length=220)]
Name = Annotated[str, StringConstraints(min_length=2, max_length=48)]


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Gist(_Answer):
    main_issue: Line = Field(description="What the story is about, in one line.")
    claims: list[Sentence] = Field(min_length=2, max_length=3, description="Key assertions, one short sentence each.")


def gist_model(actors: tuple[str, ...]) -> type[BaseModel]:
    """main_issue plus claims that each start from an actor ('who') so none reads 'The article says'."""
    claim = create_model(
        "Claim",
        __config__=ConfigDict(extra="forbid"),
        who=(Literal[actors], ...),  # type: ignore[valid-type]
        what=(Annotated[str, StringConstraints(min_length=8, max_length=150)], ...),
    )
    return create_model(
        "Gist",
        __config__=ConfigDict(extra="forbid"),
        main_issue=(Line, ...),
        claims=(list[claim], Field(min_length=2, max_length=3)),  # type: ignore[valid-type]
    )


class ActorNames(_Answer):
    actors: list[Name] = Field(max_length=10, description="People, countries, organisations and groups in the story.")


def choice_model(name: str, questions: dict[str, tuple[str, ...]]) -> type[BaseModel]:
    """An answer model with one field per question, each a choice among its options."""
    fields: dict[str, Any] = {key: (Literal[options], ...) for key, options in questions.items()}  # type: ignore[valid-type]
    return create_model(name, __config__=ConfigDict(extra="forbid"), **fields)
