"""The memo's questions to the model: the phrasing of its bottom line, and tie-breakers for ambiguous names.

Both go through `Summarizer.ask`, so they are cached, recorded and replayed
like every brief call. Both answers are constrained: a bottom-line sentence
can cite only the ids of the facts it was shown (and is checked against them,
see `memos.bottom_line`), a tie-breaker can answer only one of its candidates
or 'unclear'. Everything else in a memo is derived by code.
"""

from __future__ import annotations

import asyncio
import json
import time
from functools import lru_cache
from typing import Any, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..articles import Article, article_from_text
from ..errors import SummarizerError
from ..extract.cutoff import Cut
from ..extract.pipeline import Outcome, Summarizer, UsageMeter
from ..llm.prompting import fence
from ..schema import Usage
from .resolve import Ambiguity, Decision, Resolution
from .schema import BottomLineDraft, Fact, bottom_line_model
from .text import mention_context

__all__ = [
    "BOTTOM_LINE_PROMPT",
    "PHRASING_FAILED",
    "PHRASING_NOT_ASKED",
    "PHRASING_UNUSABLE",
    "TIEBREAK_PROMPT",
    "UNCLEAR",
    "article_labels",
    "call_usage",
    "ask_bottom_line",
    "bottom_line_variables",
    "settle_ambiguities",
    "tiebreak_model",
    "tiebreak_variables",
]

BOTTOM_LINE_PROMPT = "memo_bottom_line"
TIEBREAK_PROMPT = "memo_tiebreak"
UNCLEAR = "unclear"
_CONTEXT_SHOWN = 160  # characters of the context quoted in a tie-breaker's reason


def article_labels(outcomes: Sequence[Outcome]) -> dict[str, str]:
    """A1, A2, ... in input order: the labels used in tables and in the bottom-line prompt."""
    return {o.article.id: f"A{n}" for n, o in enumerate(outcomes, 1)}


def call_usage(summarizer: Summarizer, meter: UsageMeter, started: float) -> Usage:
    """The usage of the memo's questions metered by `meter` since `started` (`time.perf_counter()`, seconds)."""
    return meter.usage(
        backend=summarizer.backend.kind,
        model=summarizer.backend.model,
        strategy="memo",
        seconds=time.perf_counter() - started,
    )


# --------------------------------------------------------------------------- bottom line


def bottom_line_variables(outcomes: Sequence[Outcome], facts: Sequence[Fact], focus: str | None) -> dict[str, Any]:
    """What the bottom-line prompt shows the model: the memo's facts, each with its id and its articles' labels."""
    labels = article_labels(outcomes)
    shown = [{"id": f.id, "articles": [labels.get(a, a) for a in f.articles], "text": f.text} for f in facts]
    blob = json.dumps(shown, ensure_ascii=False, sort_keys=True)
    return {"facts": shown, "articles": len(labels), "focus": focus, "marker": fence(blob, "FACTS"), "_blob": blob}


PHRASING_FAILED = "the model's phrasing failed"
PHRASING_UNUSABLE = "the model's phrasing was unusable"
PHRASING_NOT_ASKED = "the model was not asked to phrase it: --bottom-line code, or auto on the embedded model"
"""How a bottom-line note begins when the model's call failed or its answer was no bottom line."""


async def ask_bottom_line(
    summarizer: Summarizer, outcomes: Sequence[Outcome], facts: Sequence[Fact], focus: str | None
) -> tuple[BottomLineDraft | None, str, list[Usage], list[Cut]]:
    """The model's phrasing of the bottom line from `facts` (None with the reason when there is none), its usage,
    and the strings of it that the pipeline found cut off and trimmed (`summarizer.extract.cutoff`)."""
    if not facts:
        return None, "no fact to state" if any(o.brief for o in outcomes) else "no article could be briefed", [], []
    variables = bottom_line_variables(outcomes, facts, focus)
    subject = article_from_text(variables.pop("_blob"), id="memo", source="facts")
    meter = UsageMeter()
    started = time.perf_counter()
    try:
        model = bottom_line_model(tuple(f.id for f in facts))
        answer = await summarizer.ask(subject, meter, BOTTOM_LINE_PROMPT, model, variables)
        draft = BottomLineDraft.model_validate(answer.model_dump())
    except SummarizerError as e:  # the time it took still counts in the footer
        return None, f"{PHRASING_FAILED}: {e.args[0] if e.args else type(e).__name__}", [call_usage(summarizer, meter, started)], []
        # the error's own words, without its article and backend: this is the memo's one call
    except (ValueError, AttributeError) as e:  # a backend returned something that is not a bottom line
        return None, f"{PHRASING_UNUSABLE} ({type(e).__name__})", [call_usage(summarizer, meter, started)], []
    return draft, "", [call_usage(summarizer, meter, started)], [cut for _, cut in meter.cuts]


# --------------------------------------------------------------------------- tie-breakers


@lru_cache(maxsize=256)
def tiebreak_model(candidates: tuple[str, ...]) -> type[BaseModel]:
    """An answer that can only be one of `candidates` or 'unclear' (built once per candidate set)."""
    choice = Literal[(*candidates, UNCLEAR)]  # type: ignore[valid-type]
    return create_model(
        "TieBreak",
        __config__=ConfigDict(extra="forbid"),
        person=(choice, Field(description="The full name of the person the article means, or 'unclear'.")),
    )


async def settle_ambiguities(
    summarizer: Summarizer, outcomes: Sequence[Outcome], resolution: Resolution
) -> tuple[dict[tuple[str, str], Decision], list[Usage]]:
    """Ask the model about each ambiguous name in `resolution`; no call at all when there is none.

    Returns decisions for `resolve_entities(..., decisions=...)`: a candidate's
    name merges, 'unclear' (or a failed call) keeps the names apart.
    """
    if not resolution.ambiguities:
        return {}, []
    articles = {o.article.id: o.article for o in outcomes}
    labels = article_labels(outcomes)
    meter = UsageMeter()
    started = time.perf_counter()
    asked = list({(a.article, a.name): a for a in resolution.ambiguities if a.article in articles}.values())
    answers = await asyncio.gather(
        *(_tiebreak(summarizer, meter, articles[a.article], labels[a.article], a, resolution) for a in asked)
    )
    decisions = {(a.article, a.name): d for a, d in zip(asked, answers)}
    return decisions, [call_usage(summarizer, meter, started)] if meter.calls else []


async def _tiebreak(
    summarizer: Summarizer, meter: UsageMeter, article: Article, label: str, ambiguity: Ambiguity, resolution: Resolution
) -> Decision:
    variables = tiebreak_variables(article, ambiguity, resolution)
    context = variables["context"]
    try:
        answer = await summarizer.ask(article, meter, TIEBREAK_PROMPT, tiebreak_model(ambiguity.candidates), variables)
        choice = str(getattr(answer, "person"))
    except SummarizerError as e:
        return Decision(UNCLEAR, f"model tie-breaker failed ({e})")
    except (ValueError, AttributeError) as e:
        return Decision(UNCLEAR, f"model tie-breaker gave no usable answer ({type(e).__name__})")
    given = f"given “{_shorten(context)}”" if context else "with no sentence of the article naming them"
    if choice not in ambiguity.candidates:
        return Decision(UNCLEAR, f"model tie-breaker: unclear, {given}")
    return Decision(choice, f"model tie-breaker: '{ambiguity.name}' in {label} is {choice}, {given}")


def tiebreak_variables(article: Article, ambiguity: Ambiguity, resolution: Resolution) -> dict[str, Any]:
    """What the tie-breaker prompt shows: the name, its roles, the candidates and the article's sentence."""
    span = mention_context(article.text, ambiguity.name)
    context = article.text[span[0] : span[1]] if span else ""
    candidates = []
    for name in ambiguity.candidates:
        entity = next((e for e in resolution.entities if e.name == name), None)
        candidates.append({"name": name, "roles": entity.roles if entity else []})
    return {
        "name": ambiguity.name,
        "roles": list(ambiguity.roles),
        "title": article.title or article.id,
        "candidates": candidates,
        "context": context,
        "marker": fence(context, "PASSAGE"),
    }


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _CONTEXT_SHOWN else text[: _CONTEXT_SHOWN - 1].rstrip() + "…"
