"""Eval harness: gold briefs, metrics that explain themselves, reports and comparisons.

    gold      load and check gold YAML (the format of docs/gold-format.md), partial gold included
    sets      gold sets: set folders (articles/, gold/, recordings/, baseline.json) and pairs of folders
    names     name normalisation, alias sets, fuzzy name matching
    phrases   content words, overlap and direction of topic phrases and claims
    matching  one-to-one assignment of predicted to gold items
    metrics   every metric key of docs/gold-format.md, per article and micro-averaged
    bootstrap seeded bootstrap intervals over articles, and of the difference of two runs
    report    the JSON report of an eval run over one or several gold sets
    html      the self-contained HTML report
    compare   metric deltas between two JSON reports, and whether each is outside the noise

The harness sits above the pipeline: it imports the library, nothing in the
library imports it.
"""

from __future__ import annotations

from .bootstrap import metric_intervals
from .gold import PARTS, GoldBrief, GoldError, GoldItem, check_gold, gold_as_draft, load_gold, load_gold_set
from .metrics import METRIC_KEYS, METRIC_PARTS, ArticleScore, Scorer, aggregate, metrics_from_counts, score_brief
from .sets import GoldSet, resolve_sets, sets_in

__all__ = [
    "METRIC_KEYS",
    "METRIC_PARTS",
    "PARTS",
    "ArticleScore",
    "GoldBrief",
    "GoldError",
    "GoldItem",
    "GoldSet",
    "Scorer",
    "aggregate",
    "check_gold",
    "gold_as_draft",
    "load_gold",
    "load_gold_set",
    "metric_intervals",
    "metrics_from_counts",
    "resolve_sets",
    "score_brief",
    "sets_in",
]
