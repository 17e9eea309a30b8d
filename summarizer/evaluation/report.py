"""Run the pipeline over a gold set and turn the scores into the JSON report of GOLD_FORMAT.md.

    {"metrics": {<key>: float | null},
     "articles": [{"article", "gold_file", "ok", "error", "metrics", "counts",
                   "matched": {...}, "misses": {...}, "run": {...}}],
     "run": {backend, model, strategy, tokens, attempts, seconds, ...},
     "counts": {...}, "thresholds": {...}}

Every miss is listed by name, so that a low score explains itself.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable

from ..extract.pipeline import Outcome, Summarizer
from . import metrics as m
from .gold import GoldItem
from .metrics import ArticleScore, Scorer, aggregate
from .names import FUZZY_NAME_MIN

__all__ = ["EvalResult", "build_report", "evaluate", "score_outcomes"]

DIGITS = 4


@dataclass
class EvalResult:
    """Gold items, what the pipeline made of them, and their scores, in the same order."""

    items: list[GoldItem]
    outcomes: list[Outcome]
    scores: list[ArticleScore]
    seconds: float = 0.0

    @property
    def metrics(self) -> dict[str, float | None]:
        return aggregate(self.scores)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]


def score_outcomes(items: list[GoldItem], outcomes: Iterable[Outcome]) -> list[ArticleScore]:
    """Score each outcome against the gold of its article (matched by article id)."""
    by_id = {o.article.id: o for o in outcomes}
    scores = []
    for item in items:
        outcome = by_id.get(item.article.id)
        brief = outcome.brief if outcome else None
        error = str(outcome.error) if outcome and outcome.error else (None if outcome else "not run")
        scores.append(Scorer(item.gold, item.article.text, item.article.id).score(brief, error=error))
    return scores


def evaluate(items: list[GoldItem], summarizer: Summarizer, **options: Any) -> EvalResult:
    """Brief every gold-labelled article with the pipeline and score it."""
    started = time.perf_counter()
    outcomes = summarizer.brief_many([item.article for item in items], **options)
    seconds = time.perf_counter() - started
    return EvalResult(items, outcomes, score_outcomes(items, outcomes), seconds)


def build_report(result: EvalResult, **run: Any) -> dict[str, Any]:
    """The JSON-ready report; `run` adds labels such as the gold and articles folders."""
    total: Counter[str] = Counter()
    for score in result.scores:
        total.update(score.counts)
    by_id = {o.article.id: o for o in result.outcomes}
    articles = [_article(item, score, by_id.get(item.article.id)) for item, score in zip(result.items, result.scores)]
    return {
        "metrics": _rounded(result.metrics),
        "articles": articles,
        "run": _run(result, run),
        "counts": dict(sorted(total.items())),
        "thresholds": {
            "fuzzy_name_min": FUZZY_NAME_MIN / 100,
            "quote_overlap_min": m.QUOTE_OVERLAP_MIN,
            "target_min_overlap": m.TARGET_MIN_OVERLAP,
            "claim_min_overlap": m.CLAIM_MIN_OVERLAP,
        },
    }


def _rounded(metrics: dict[str, float | None]) -> dict[str, float | None]:
    return {k: None if v is None else round(v, DIGITS) for k, v in metrics.items()}


def _article(item: GoldItem, score: ArticleScore, outcome: Outcome | None) -> dict[str, Any]:
    d = score.details
    return {
        "article": item.article.id,
        "gold_file": item.path.name,
        "ok": score.error is None,
        "error": score.error,
        "metrics": _rounded(score.metrics),
        "counts": dict(sorted(score.counts.items())),
        "matched": {
            "actors": d["actors"]["matched"],
            "sources": d["sources"]["matched"],
            "affiliations": d["affiliations"]["correct"],
            "quotes": d["quotes"]["attributed"],
            "stances": d["stances"]["covered"],
            "claims": d["claims"]["matched"],
        },
        "misses": {
            "missed_actors": d["actors"]["missed"],
            "invented_actors": d["actors"]["invented"],
            "missed_sources": d["sources"]["missed"],
            "invented_sources": d["sources"]["invented"],
            "wrong_affiliations": d["affiliations"]["wrong"],
            "misattributed_quotes": d["quotes"]["misattributed"],
            "missed_quotes": d["quotes"]["missed"],
            "ungrounded_quotes": d["quotes"]["ungrounded"],
            "wrong_stances": d["stances"]["wrong"],
            "missed_stances": d["stances"]["missed"],
            "missed_claims": d["claims"]["missed"],
        },
        "notes": {
            "ignored_optional_actors": d["actors"]["ignored_optional"],
            "ignored_optional_sources": d["sources"]["ignored_optional"],
            "extra_quotes": d["quotes"]["extra"],
            "unmatched_predicted_stances": d["stances"]["unmatched_predicted"],
        },
        "run": _article_run(outcome),
    }


def _article_run(outcome: Outcome | None) -> dict[str, Any]:
    if outcome is None:
        return {}
    usage = outcome.brief.usage if outcome.brief else None
    return {
        "seconds": round(outcome.seconds, 3),
        "prompt_tokens": usage.prompt_tokens if usage else 0,
        "completion_tokens": usage.completion_tokens if usage else 0,
        "attempts": usage.attempts if usage else (getattr(outcome.error, "attempts", None) or 0),
        "calls": usage.calls if usage else 0,
        "cached_calls": usage.cached_calls if usage else 0,
    }


def _run(result: EvalResult, labels: dict[str, Any]) -> dict[str, Any]:
    usages = [o.brief.usage for o in result.outcomes if o.brief]
    first = usages[0] if usages else None
    per_article = [_article_run(o) for o in result.outcomes]
    return {
        "backend": first.backend if first else None,
        "model": first.model if first else None,
        "strategy": first.strategy if first else None,
        "prompt_version": first.prompt_version if first else None,
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **{k: str(v) for k, v in labels.items() if v is not None},
        "articles": len(result.items),
        "failed": len(result.failed),
        "seconds": round(result.seconds, 3),
        **{k: sum(r[k] for r in per_article) for k in ("prompt_tokens", "completion_tokens", "attempts", "calls", "cached_calls")},
    }
