"""Eval harness: gold briefs, metrics that explain themselves, reports and comparisons.

    gold      load and check gold YAML (the format of GOLD_FORMAT.md)
    names     name normalisation, alias sets, fuzzy name matching
    phrases   content words, overlap and direction of topic phrases and claims
    matching  one-to-one assignment of predicted to gold items
    metrics   every metric key of GOLD_FORMAT.md, per article and micro-averaged
    report    the JSON report of an eval run
    html      the self-contained HTML report
    compare   metric deltas between two JSON reports

The harness sits above the pipeline: it imports the library, nothing in the
library imports it.
"""

from __future__ import annotations

from .gold import GoldBrief, GoldError, GoldItem, check_gold, gold_as_draft, load_gold, load_gold_set
from .metrics import METRIC_KEYS, ArticleScore, Scorer, aggregate, metrics_from_counts, score_brief

__all__ = [
    "METRIC_KEYS",
    "ArticleScore",
    "GoldBrief",
    "GoldError",
    "GoldItem",
    "Scorer",
    "aggregate",
    "check_gold",
    "gold_as_draft",
    "load_gold",
    "load_gold_set",
    "metrics_from_counts",
    "score_brief",
]
