"""Bootstrap intervals over articles for the micro-averaged metrics, and for the difference of two runs.

The unit of resampling is the article: an article's counts move together, so
the interval reflects how much a score depends on which articles happened to
be labelled. Each replicate draws articles with replacement, sums their counts
and recomputes the metric from the sums (the same micro-average as the score
itself). The interval is the percentile interval of the replicates (Efron and
Tibshirani 1993, *An Introduction to the Bootstrap*, ch. 13), quantiles by
definition 7 of Hyndman and Fan (1996), the default of numpy and R.

- For a metric, only the articles that contribute to it (its denominator is
  above 0) are resampled: an article that does not label the part, or has
  nothing to count for it, adds 0/0 and would change nothing but the number
  of contributing articles drawn.
- Fewer than `MIN_ARTICLES` contributing articles give no interval (None): a
  bootstrap over one or two articles has only one to four distinct resamples,
  and its interval would pass off that as certainty.
- Several gold sets are strata: each replicate draws from each set as many
  articles as it contributes, so a total over sets keeps each set's weight.
- Seeded and reproducible across platforms and Python versions: the draws come
  from `random.Random(f"{seed}:{metric}")`, whose `random()` sequence Python
  guarantees for a given seed, and an index is `int(random() * k)`. Within a
  replicate, strata are drawn in order, each one index at a time.
"""

from __future__ import annotations

import math
import random
from typing import Callable, Iterator, Mapping, Sequence, TypeVar

from .metrics import METRIC_KEYS, ratio_terms

__all__ = [
    "CONFIDENCE",
    "MIN_ARTICLES",
    "RESAMPLES",
    "SEED",
    "Interval",
    "bootstrap_settings",
    "difference_interval",
    "draws",
    "metric_intervals",
    "quantile",
    "ratio_interval",
]

RESAMPLES = 1000
"""Replicates per interval: enough for a stable 95% percentile interval (Efron and Tibshirani 1993, sec. 19.3)."""
SEED = 0
CONFIDENCE = 0.95
MIN_ARTICLES = 3
"""Least number of contributing articles (over all strata) for an interval."""

Interval = tuple[float, float]
Counts = Mapping[str, int]
T = TypeVar("T")


def bootstrap_settings(*, resamples: int = RESAMPLES, seed: int = SEED, confidence: float = CONFIDENCE) -> dict[str, object]:
    """How the intervals of a report were computed, for the report itself."""
    return {
        "method": "percentile bootstrap over articles, strata = gold sets",
        "resamples": resamples,
        "seed": seed,
        "confidence": confidence,
    }


def draws(strata: Sequence[Sequence[T]], rng: random.Random, resamples: int) -> Iterator[list[T]]:
    """`resamples` replicates, each drawing from every stratum as many units as it holds, with replacement."""
    for _ in range(resamples):
        yield [stratum[int(rng.random() * len(stratum))] for stratum in strata for _ in range(len(stratum))]


def quantile(ordered: Sequence[float], q: float) -> float:
    """The q-quantile (0 <= q <= 1) of sorted values, linear between order statistics (Hyndman-Fan type 7)."""
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (position - low) * (ordered[high] - ordered[low])


def _percentile_interval(values: list[float], confidence: float) -> Interval | None:
    if not values:
        return None
    values.sort()
    tail = (1 - confidence) / 2
    return quantile(values, tail), quantile(values, 1 - tail)


def _bootstrap(
    strata: Sequence[Sequence[T]], statistic: Callable[[list[T]], float | None], *, rng: random.Random,
    resamples: int, confidence: float,
) -> Interval | None:
    strata = [s for s in strata if s]
    if sum(len(s) for s in strata) < MIN_ARTICLES:
        return None
    values = [v for sample in draws(strata, rng, resamples) if (v := statistic(sample)) is not None]
    return _percentile_interval(values, confidence)


def _ratio(terms: Sequence[tuple[int, int]]) -> float | None:
    denominator = sum(d for _, d in terms)
    return sum(n for n, _ in terms) / denominator if denominator else None


def ratio_interval(
    strata: Sequence[Sequence[tuple[int, int]]], *, rng: random.Random, resamples: int = RESAMPLES,
    confidence: float = CONFIDENCE,
) -> Interval | None:
    """Percentile interval of sum(numerators) / sum(denominators), resampling units (numerator, denominator).

    Units with a denominator of 0 are left out; None when fewer than MIN_ARTICLES are left.
    """
    kept = [[t for t in stratum if t[1] > 0] for stratum in strata]
    return _bootstrap(kept, _ratio, rng=rng, resamples=resamples, confidence=confidence)


def _rng(seed: int, key: str) -> random.Random:
    return random.Random(f"{seed}:{key}")


def metric_intervals(
    strata: Sequence[Sequence[Counts]], *, resamples: int = RESAMPLES, seed: int = SEED, confidence: float = CONFIDENCE
) -> dict[str, Interval | None]:
    """The interval of every metric of METRIC_KEYS; `strata` holds each gold set's per-article counts.

    A metric fewer than MIN_ARTICLES articles contribute to gets None; a metric equal on
    every contributing article gets a point (low == high).
    """
    return {
        key: ratio_interval(
            [[ratio_terms(c, key) for c in stratum] for stratum in strata],
            rng=_rng(seed, key), resamples=resamples, confidence=confidence,
        )
        for key in METRIC_KEYS
    }


def difference_interval(
    strata: Sequence[Sequence[tuple[Counts, Counts]]], key: str, *, resamples: int = RESAMPLES, seed: int = SEED,
    confidence: float = CONFIDENCE,
) -> Interval | None:
    """Paired bootstrap interval of (after - before) for metric `key` over articles both runs scored.

    `strata` holds, per gold set, (before counts, after counts) of each shared article. Both
    runs' metrics are recomputed from the same drawn articles, so what the articles have in
    common (a hard article is hard for both) cancels out of the difference. Articles that
    contribute to neither run are left out; a replicate where either run has nothing to
    count is skipped. None when fewer than MIN_ARTICLES articles are left or no replicate
    can be computed.
    """
    units = [[(ratio_terms(b, key), ratio_terms(a, key)) for b, a in stratum] for stratum in strata]
    kept = [[u for u in stratum if u[0][1] > 0 or u[1][1] > 0] for stratum in units]

    def difference(sample: list[tuple[tuple[int, int], tuple[int, int]]]) -> float | None:
        before, after = _ratio([b for b, _ in sample]), _ratio([a for _, a in sample])
        return None if before is None or after is None else after - before

    return _bootstrap(kept, difference, rng=_rng(seed, key), resamples=resamples, confidence=confidence)
