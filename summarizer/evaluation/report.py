"""Run the pipeline over gold sets and turn the scores into the JSON report of docs/gold-format.md.

    {"metrics": {<key>: float | null},            micro-averaged over every article of every set
     "intervals": {<key>: [low, high] | null},    95% bootstrap interval over articles (bootstrap.py)
     "coverage": {"files": n, <part>: files that label it},
     "sets": [{"name", "gold", "articles_dir", "metrics", "intervals", "coverage", "counts", "run"}],
     "articles": [{"set", "article", "gold_file", "labels", "ok", "error", "metrics", "counts",
                   "matched": {...}, "misses": {...}, "notes": {...}, "run": {...}}],
     "run": {backend, model, strategy, tokens, attempts, seconds, ...},
     "counts": {...}, "thresholds": {...}, "bootstrap": {method, resamples, seed, confidence}}

Every miss is listed by name, so that a low score explains itself. A metric is
null where nothing labelled was there to score (partial gold: `labels` says
which parts each gold file labels).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

from ..extract.pipeline import Outcome, Summarizer
from . import metrics as m
from .bootstrap import CONFIDENCE, RESAMPLES, SEED, Interval, bootstrap_settings, metric_intervals
from .gold import PARTS, GoldItem
from .metrics import ArticleScore, Scorer, aggregate
from .names import FUZZY_NAME_MIN

__all__ = ["EvalResult", "build_report", "build_sets_report", "coverage", "evaluate", "score_outcomes"]

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

    def intervals(self, *, resamples: int = RESAMPLES, seed: int = SEED) -> dict[str, Interval | None]:
        """The bootstrap interval of every aggregate metric (see bootstrap.metric_intervals)."""
        return metric_intervals([[s.counts for s in self.scores]], resamples=resamples, seed=seed)


def coverage(scores: Iterable[ArticleScore]) -> dict[str, int]:
    """How many gold files there are and how many label each part: `{"files": n, <part>: k, ...}`."""
    scores = list(scores)
    return {"files": len(scores), **{part: sum(part in s.labels for s in scores) for part in PARTS}}


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


def build_report(result: EvalResult, *, resamples: int = RESAMPLES, seed: int = SEED, **run: Any) -> dict[str, Any]:
    """The JSON-ready report of one gold set; `run` adds labels such as the gold and articles folders."""
    name = str(run.get("gold") or "gold")
    labels = {"gold": run.get("gold"), "articles_dir": run.get("articles_dir")}
    return build_sets_report([(name, result)], resamples=resamples, seed=seed, set_labels=[labels], **run)


def build_sets_report(
    results: Sequence[tuple[str, EvalResult]],
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
    set_labels: Sequence[dict[str, Any]] | None = None,
    **run: Any,
) -> dict[str, Any]:
    """The JSON-ready report of several gold sets, each `(name, result)`: each set, and all of them together.

    The total is micro-averaged over every article; its intervals resample within each set
    (the sets are strata). `set_labels` adds labels (e.g. the folders) to each set's entry.
    """
    scores = [s for _, result in results for s in result.scores]
    strata = [[s.counts for s in result.scores] for _, result in results]
    labels = list(set_labels or [{} for _ in results])
    sets = [
        _set_entry(name, result, labels[i], resamples=resamples, seed=seed) for i, (name, result) in enumerate(results)
    ]
    articles = [a for (name, result) in results for a in _articles(name, result)]
    return {
        "metrics": _rounded(aggregate(scores)),
        "intervals": _rounded_intervals(metric_intervals(strata, resamples=resamples, seed=seed)),
        "coverage": coverage(scores),
        "sets": sets,
        "articles": articles,
        "run": _run([r for _, r in results], run),
        "counts": _summed(scores),
        "thresholds": {
            "fuzzy_name_min": FUZZY_NAME_MIN / 100,
            "quote_overlap_min": m.QUOTE_OVERLAP_MIN,
            "target_min_overlap": m.TARGET_MIN_OVERLAP,
            "claim_min_overlap": m.CLAIM_MIN_OVERLAP,
        },
        "bootstrap": bootstrap_settings(resamples=resamples, seed=seed, confidence=CONFIDENCE),
    }


def _set_entry(name: str, result: EvalResult, labels: dict[str, Any], *, resamples: int, seed: int) -> dict[str, Any]:
    return {
        "name": name,
        **{k: str(v) for k, v in labels.items() if v is not None},
        "metrics": _rounded(result.metrics),
        "intervals": _rounded_intervals(result.intervals(resamples=resamples, seed=seed)),
        "coverage": coverage(result.scores),
        "counts": _summed(result.scores),
        "run": {"articles": len(result.items), "failed": len(result.failed), "seconds": round(result.seconds, 3)},
    }


def _articles(set_name: str, result: EvalResult) -> list[dict[str, Any]]:
    by_id = {o.article.id: o for o in result.outcomes}
    return [
        _article(set_name, item, score, by_id.get(item.article.id)) for item, score in zip(result.items, result.scores)
    ]


def _summed(scores: Iterable[ArticleScore]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for score in scores:
        total.update(score.counts)
    return dict(sorted(total.items()))


def _rounded(metrics: dict[str, float | None]) -> dict[str, float | None]:
    return {k: None if v is None else round(v, DIGITS) for k, v in metrics.items()}


def _rounded_intervals(intervals: dict[str, Interval | None]) -> dict[str, list[float] | None]:
    return {k: None if v is None else [round(v[0], DIGITS), round(v[1], DIGITS)] for k, v in intervals.items()}


def _article(set_name: str, item: GoldItem, score: ArticleScore, outcome: Outcome | None) -> dict[str, Any]:
    d = score.details
    return {
        "set": set_name,
        "article": item.article.id,
        "gold_file": item.path.name,
        "labels": list(score.labels),
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
            "wrong_actor_kinds": d["actors"].get("wrong_kind", []),
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


def _run(results: Sequence[EvalResult], labels: dict[str, Any]) -> dict[str, Any]:
    outcomes = [o for result in results for o in result.outcomes]
    usages = [o.brief.usage for o in outcomes if o.brief]
    first = usages[0] if usages else None
    per_article = [_article_run(o) for o in outcomes]
    return {
        "backend": first.backend if first else None,
        "model": first.model if first else None,
        "strategy": first.strategy if first else None,
        "prompt_version": first.prompt_version if first else None,
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **{k: str(v) for k, v in labels.items() if v is not None},
        "sets": len(results),
        "articles": sum(len(r.items) for r in results),
        "failed": sum(len(r.failed) for r in results),
        "seconds": round(sum(r.seconds for r in results), 3),
        **{k: sum(r[k] for r in per_article) for k in ("prompt_tokens", "completion_tokens", "attempts", "calls", "cached_calls")},
    }
