"""Small answer models for the stepwise strategy's focused questions.

Every answer is short on purpose: on a CPU, each generated token costs about
a tenth of a second, while the article itself is read once and reused from
llama.cpp's KV cache. Lists and strings are bounded in the schema, so the
grammar itself stops a runaway answer; the bounds sit well above the words asked
for (`summarizer.schema.limited`), so an answer that reaches one was cut off and
is trimmed and reported (`summarizer.extract.cutoff`). Models whose choices depend on the
article (speaker and affiliation candidates) are built per call.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from ...schema import limited

__all__ = ["Gist", "STANCE_OF_ANSWER", "StanceAnswer", "choice_model"]


MAIN_ISSUE_WORDS = 15
Line = limited(MAIN_ISSUE_WORDS, min_length=3)


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Gist(_Answer):
    main_issue: Line = Field(description=f"What the story is about, in one line of at most {MAIN_ISSUE_WORDS} words.")


class StanceAnswer(_Answer):
    """Measured on the seed gold: a 1.5B model answers 'supports' to almost any pair asked for a
    stance label, but tells an ally from an adversary well (the labels map onto supports/opposes)."""

    answer: Literal["ally", "adversary", "neither"]


STANCE_OF_ANSWER = {"ally": "supports", "adversary": "opposes"}


def choice_model(name: str, questions: dict[str, tuple[str, ...]]) -> type[BaseModel]:
    """An answer model with one field per question, each a choice among its options."""
    fields: dict[str, Any] = {key: (Literal[options], ...) for key, options in questions.items()}  # type: ignore[valid-type]
    return create_model(name, __config__=ConfigDict(extra="forbid"), **fields)
