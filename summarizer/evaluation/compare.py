"""Metric deltas between two eval reports: regressions beyond a tolerance, and whether a change is outside the noise.

Noise, in order of preference:

1. **Paired bootstrap** over the articles both reports scored (matched by set and
   article id; each report lists per-article counts). Both runs' metrics are
   recomputed from the same resampled articles, so what the articles contribute to
   both (a hard article is hard for every run) cancels out of the difference; two
   separate intervals would count that variation twice and call real changes noise.
   The change is outside the noise when the 95% interval of (after - before)
   excludes 0.
2. **The other report's interval**, when a report has no per-article counts (a
   baseline file holds only metrics and intervals): the change is outside the noise
   when the before value lies outside the after report's 95% interval (or the after
   value outside the before report's). This treats one side as a fixed reference.
3. Otherwise the noise is unknown.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import InputError
from .bootstrap import RESAMPLES, SEED, difference_interval
from .metrics import METRIC_KEYS

__all__ = [
    "DEFAULT_TOLERANCE",
    "Comparison",
    "Delta",
    "compare_metrics",
    "compare_reports",
    "load_report",
    "regressions",
]

DEFAULT_TOLERANCE = 0.02
"""A metric may fall by this much before it counts as a regression (noise of a five-article gold set)."""


@dataclass(frozen=True)
class Delta:
    key: str
    before: float | None
    after: float | None
    tolerance: float
    interval: tuple[float, float] | None = None  # 95% paired-bootstrap interval of after - before, when computed
    noise: str | None = None  # "outside" or "within" the noise; None when unknown

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def status(self) -> str:
        """`regression`, `improved`, `same`, `lost` (had a score, now none) or `new`."""
        if self.before is not None and self.after is None:
            return "lost"
        if self.before is None:
            return "new" if self.after is not None else "same"
        change = self.change or 0.0
        if change < -self.tolerance - 1e-9:
            return "regression"
        return "improved" if change > self.tolerance + 1e-9 else "same"

    @property
    def regressed(self) -> bool:
        return self.status in ("regression", "lost")


def load_report(path: str | Path) -> dict[str, Any]:
    """Read an eval JSON report (or a baseline holding just `{"metrics": ...}`)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from e
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: invalid JSON at line {e.lineno} ({e.msg})") from e
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise InputError(f"{path}: not an eval report (no 'metrics' object)")
    return data


def compare_metrics(
    before: Mapping[str, Any], after: Mapping[str, Any], *, tolerance: float = DEFAULT_TOLERANCE
) -> list[Delta]:
    """One delta per metric key of docs/gold-format.md, in table order."""
    return [Delta(key, _number(before.get(key)), _number(after.get(key)), tolerance) for key in METRIC_KEYS]


def regressions(deltas: list[Delta]) -> list[Delta]:
    return [d for d in deltas if d.regressed]


@dataclass(frozen=True)
class Comparison:
    """The deltas of one scope (all sets, or one set) and how their noise was judged."""

    name: str
    deltas: list[Delta]
    method: str
    shared: int = 0  # articles both reports scored (paired bootstrap only)
    sets: list["Comparison"] = field(default_factory=list)  # one per gold set both reports hold


def compare_reports(
    before: Mapping[str, Any], after: Mapping[str, Any], *, tolerance: float = DEFAULT_TOLERANCE,
    resamples: int = RESAMPLES, seed: int = SEED,
) -> Comparison:
    """Compare two reports over all sets, then over each gold set both hold (by name); see the module doc for the noise."""
    total = _compare_scope("all", before, after, None, tolerance=tolerance, resamples=resamples, seed=seed)
    sets_before = {s.get("name"): s for s in before.get("sets") or [] if isinstance(s, Mapping)}
    sets_after = [s for s in after.get("sets") or [] if isinstance(s, Mapping)]
    shared = [s for s in sets_after if s.get("name") in sets_before]
    if len(sets_before) > 1 or len(sets_after) > 1:
        total.sets.extend(
            _compare_scope(s["name"], sets_before[s["name"]], s, s["name"], tolerance=tolerance, resamples=resamples,
                           seed=seed, articles=(before, after))
            for s in shared
        )
    return total


def _compare_scope(
    name: str, before: Mapping[str, Any], after: Mapping[str, Any], set_name: str | None, *, tolerance: float,
    resamples: int, seed: int, articles: tuple[Mapping[str, Any], Mapping[str, Any]] | None = None,
) -> Comparison:
    deltas = compare_metrics(before.get("metrics") or {}, after.get("metrics") or {}, tolerance=tolerance)
    source_before, source_after = articles or (before, after)
    strata = _shared_articles(source_before, source_after, set_name)
    shared = sum(len(s) for s in strata)
    if shared:
        judged = [_paired(d, strata, resamples=resamples, seed=seed) for d in deltas]
        scored = max(len(_article_counts(source_before, set_name)), len(_article_counts(source_after, set_name)))
        also = "" if shared == scored else f"; the deltas shown are over all {scored}, the noise over these"
        method = f"paired bootstrap over the {shared} article(s) both runs scored ({resamples} resamples, seed {seed}{also})"
        return Comparison(name, judged, method, shared)
    after_iv, before_iv = _intervals(after), _intervals(before)
    if after_iv or before_iv:
        judged = [_against_interval(d, before_iv, after_iv) for d in deltas]
        which = "after" if after_iv else "before"
        method = f"one value against the {which} report's 95% interval (no per-article counts shared by both reports)"
        return Comparison(name, judged, method)
    return Comparison(name, deltas, "unknown: neither per-article counts in both reports nor intervals")


def _article_counts(report: Mapping[str, Any], set_name: str | None) -> list[tuple[Any, str, Mapping[str, int]]]:
    """(set, article id, counts) of every article a report lists with counts (of one set, when named)."""
    found = []
    for a in report.get("articles") or []:
        if not isinstance(a, Mapping) or not isinstance(a.get("counts"), Mapping) or "article" not in a:
            continue
        if set_name is None or a.get("set") == set_name:
            found.append((a.get("set"), str(a["article"]), a["counts"]))
    return found


def _shared_articles(
    before: Mapping[str, Any], after: Mapping[str, Any], set_name: str | None
) -> list[list[tuple[Mapping[str, int], Mapping[str, int]]]]:
    """(before, after) counts of every article both reports scored, grouped by gold set (the strata).

    Articles match by (set, article id); when no article matches so (a report from before
    sets were named, or a set folder given by another path), by article id where it is
    unique in both reports, all in one stratum.
    """
    b, a = _article_counts(before, set_name), _article_counts(after, set_name)
    by_set_b = {(s, i): c for s, i, c in b}
    by_set_a = {(s, i): c for s, i, c in a}
    keys = sorted(set(by_set_b) & set(by_set_a), key=str)
    if keys:
        strata: dict[Any, list[tuple[Mapping[str, int], Mapping[str, int]]]] = {}
        for key in keys:
            strata.setdefault(key[0], []).append((by_set_b[key], by_set_a[key]))
        return list(strata.values())
    unique_b, unique_a = _unique_ids(b), _unique_ids(a)
    shared = sorted(set(unique_b) & set(unique_a))
    return [[(unique_b[i], unique_a[i]) for i in shared]] if shared else []


def _unique_ids(articles: list[tuple[Any, str, Mapping[str, int]]]) -> dict[str, Mapping[str, int]]:
    times = Counter(i for _, i, _ in articles)
    return {i: c for _, i, c in articles if times[i] == 1}


def _paired(delta: Delta, strata: Sequence[Sequence[tuple[Mapping[str, int], Mapping[str, int]]]], *, resamples: int, seed: int) -> Delta:
    interval = difference_interval(strata, delta.key, resamples=resamples, seed=seed)
    if interval is None or delta.change is None:
        return delta
    outside = interval[0] > 0 or interval[1] < 0
    return _with(delta, interval=interval, noise="outside" if outside else "within")


def _intervals(report: Mapping[str, Any]) -> dict[str, tuple[float, float]]:
    raw = report.get("intervals")
    if not isinstance(raw, Mapping):
        return {}
    return {
        k: (float(v[0]), float(v[1]))
        for k, v in raw.items()
        if isinstance(v, (list, tuple)) and len(v) == 2 and all(_number(x) is not None for x in v)
    }


def _against_interval(delta: Delta, before: Mapping[str, tuple[float, float]], after: Mapping[str, tuple[float, float]]) -> Delta:
    if delta.before is None or delta.after is None:
        return delta
    if delta.key in after:
        low, high = after[delta.key]
        value = delta.before
    elif delta.key in before:
        low, high = before[delta.key]
        value = delta.after
    else:
        return delta
    outside = value < low - 1e-9 or value > high + 1e-9
    return _with(delta, noise="outside" if outside else "within")


def _with(delta: Delta, **changes: Any) -> Delta:
    return Delta(**{**delta.__dict__, **changes})


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
