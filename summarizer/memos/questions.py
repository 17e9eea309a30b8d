"""The memo's questions to the model: its bottom line, and tie-breakers for ambiguous names.

Both go through `Summarizer.ask`, so they are cached, recorded and replayed
like every brief call. Both answers are constrained: a bottom-line sentence
can cite only the labels of briefed articles, a tie-breaker can answer only
one of its candidates or 'unclear'. Everything else in a memo is derived by code.
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
from ..extract.pipeline import Outcome, Summarizer, UsageMeter
from ..llm.prompting import fence
from ..schema import Usage
from .resolve import Ambiguity, Decision, Resolution
from .schema import BottomLineDraft, bottom_line_model
from .text import mention_context

__all__ = [
    "BOTTOM_LINE_PROMPT",
    "TIEBREAK_PROMPT",
    "UNCLEAR",
    "article_labels",
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


def _usage(summarizer: Summarizer, meter: UsageMeter, started: float) -> Usage:
    return meter.usage(
        backend=summarizer.backend.kind,
        model=summarizer.backend.model,
        strategy="memo",
        seconds=time.perf_counter() - started,
    )


# --------------------------------------------------------------------------- bottom line


def bottom_line_variables(outcomes: Sequence[Outcome], resolution: Resolution, focus: str | None) -> dict[str, Any]:
    """What the bottom-line prompt shows the model: the briefs, with resolved names."""
    labels = article_labels(outcomes)
    briefs = []
    for o in outcomes:
        if o.brief is None:
            continue
        b, aid = o.brief, o.article.id

        def named(surface: str, aid: str = aid) -> str:
            entity = resolution.lookup(surface, aid)
            return entity.name if entity else surface

        briefs.append(
            {
                "label": labels[aid],
                "title": b.title or o.article.title or aid,
                "main_issue": b.main_issue,
                "summary": b.summary,
                "stances": [f"{named(s.holder)} {s.label} {named(s.target)}" for s in b.stances],
                "claims": [{"id": f"{labels[aid]}.{n}", "text": c.text, "by": c.by} for n, c in enumerate(b.claims, 1)],
            }
        )
    blob = json.dumps(briefs, ensure_ascii=False, sort_keys=True)
    return {"briefs": briefs, "focus": focus, "marker": fence(blob, "BRIEFS"), "_blob": blob}


async def ask_bottom_line(
    summarizer: Summarizer, outcomes: Sequence[Outcome], resolution: Resolution, focus: str | None
) -> tuple[BottomLineDraft | None, str, list[Usage]]:
    """The model's bottom line (None with the reason when there is none) and the usage of asking."""
    variables = bottom_line_variables(outcomes, resolution, focus)
    if not variables["briefs"]:
        return None, "no article could be briefed", []
    labels = tuple(b["label"] for b in variables["briefs"])
    claim_ids = tuple(c["id"] for b in variables["briefs"] for c in b["claims"])
    subject = article_from_text(variables.pop("_blob"), id="memo", source="briefs")
    meter = UsageMeter()
    started = time.perf_counter()
    try:
        answer = await summarizer.ask(subject, meter, BOTTOM_LINE_PROMPT, bottom_line_model(labels, claim_ids), variables)
        draft = BottomLineDraft.model_validate(answer.model_dump())
    except SummarizerError as e:
        return None, f"the model's bottom line failed ({e})", []
    except (ValueError, AttributeError) as e:  # a backend returned something that is not a bottom line
        return None, f"the model's bottom line was unusable ({type(e).__name__})", []
    return draft, "", [_usage(summarizer, meter, started)]


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
    return decisions, [_usage(summarizer, meter, started)] if meter.calls else []


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
