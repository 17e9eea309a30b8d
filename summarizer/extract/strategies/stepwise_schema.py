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

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from ...schema import limited

__all__ = ["Gist", "NO_ISSUE", "POSITION_OF_ANSWER", "PositionAnswer", "STANCE_OF_ANSWER", "StanceAnswer", "choice_model", "chosen", "grammar_safe", "safe_options"]


MAIN_ISSUE_WORDS = 15
NO_ISSUE = "none of these"
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


class PositionAnswer(_Answer):
    """A source's position on the story's contested issue (target-specific stance, as in SemEval-2016 Task 6:
    favour, against, or none).

    Asked 'does X support or oppose Y' (answers support/oppose/neither) rather than 'is X for or against Y'
    (for/against/neither), with the gold target as Y and the source's own sentences as the passage, the embedded
    model gave the gold label for 152 of 222 source-target pairs of the development gold, the seeds and a
    probe of ten invented news articles, and the opposite one for 63; asked 'for or against' it gave 75 and 33,
    and 'neither' for most of the rest."""

    answer: Literal["support", "oppose", "neither"]


POSITION_OF_ANSWER = {"support": "supports", "oppose": "opposes"}


def grammar_safe(option: str) -> str:
    """An option as a llama.cpp grammar can hold it.

    llama-cpp-python's JSON-schema-to-grammar converter (0.3.x) escapes a double
    quote or a backslash inside an enum string twice; llama.cpp then fails to parse
    the grammar and the process crashes (seen with the option `Microsoft's "The
    Internet Explorer 6 Countdown" site`). They become ' and /; `chosen` maps an
    answer back to the option as written.
    """
    return option.replace('"', "'").replace("\\", "/")


def safe_options(options: Sequence[str]) -> list[str]:
    """The options as a choice model holds them and a prompt shows them: `grammar_safe`, each once, in order."""
    return list(dict.fromkeys(map(grammar_safe, options)))


def choice_model(name: str, questions: dict[str, tuple[str, ...]]) -> type[BaseModel]:
    """An answer model with one field per question, each a choice among its options (`grammar_safe`).

    The same questions give the same class (built once, the last CHOICE_MODELS kept): a warm rerun neither
    builds it again nor hashes its schema again."""
    return _choice_model(name, tuple((key, tuple(options)) for key, options in questions.items()))


CHOICE_MODELS = 256


@lru_cache(maxsize=CHOICE_MODELS)
def _choice_model(name: str, questions: tuple[tuple[str, tuple[str, ...]], ...]) -> type[BaseModel]:
    fields: dict[str, Any] = {
        key: (Literal[tuple(safe_options(options))], ...)  # type: ignore[valid-type]
        for key, options in questions
    }
    return create_model(name, __config__=ConfigDict(extra="forbid"), **fields)


def chosen(answer: str | None, options: Sequence[str]) -> str | None:
    """The option as written that a `choice_model` answer stands for."""
    return {grammar_safe(o): o for o in options}.get(answer or "", answer)
