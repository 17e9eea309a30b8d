"""The memo's question to the model: its bottom line.

It goes through `Summarizer.ask`, so it is cached, recorded and replayed like
every brief call, and its answer is constrained: a bottom-line sentence can
cite only the labels of briefed articles. Everything else in a memo is derived by code.
"""

from __future__ import annotations

import json
import time
from typing import Any, Sequence

from .articles import article_from_text
from .errors import SummarizerError
from .memo_schema import BottomLineDraft, bottom_line_model
from .pipeline import Outcome, Summarizer, UsageMeter
from .prompting import fence
from .resolve import Resolution
from .schema import Usage

__all__ = [
    "BOTTOM_LINE_PROMPT",
    "article_labels",
    "ask_bottom_line",
    "bottom_line_variables",
]

BOTTOM_LINE_PROMPT = "memo_bottom_line"


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
