"""Metric deltas between two eval reports, with regressions flagged."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..errors import InputError
from .metrics import METRIC_KEYS

__all__ = ["DEFAULT_TOLERANCE", "Delta", "compare_metrics", "load_report", "regressions"]

DEFAULT_TOLERANCE = 0.02
"""A metric may fall by this much before it counts as a regression (noise of a five-article gold set)."""


@dataclass(frozen=True)
class Delta:
    key: str
    before: float | None
    after: float | None
    tolerance: float

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
    """One delta per metric key of GOLD_FORMAT.md, in table order."""
    return [Delta(key, _number(before.get(key)), _number(after.get(key)), tolerance) for key in METRIC_KEYS]


def regressions(deltas: list[Delta]) -> list[Delta]:
    return [d for d in deltas if d.regressed]


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
