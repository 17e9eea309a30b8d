"""Run manifests: one JSON line per article of a batch, written as each one finishes.

    {"id": "a1", "source": "in/a1.txt", "content_hash": "…", "status": "ok",
     "attempts": 1, "tokens": {"prompt": 812, "completion": 240}, "cached": false,
     "batch_calls": 0, "cost_usd": 0.000266, "seconds": 1.92, "error": null}

`batch_calls` counts the answers bought from a batch job (`summarizer batch`),
read from the cache; `cost_usd` prices live tokens at the standard rate and
batch tokens at the batch rate (`summarizer.llm.pricing`; None for an unknown price).

A line is flushed the moment its article is done, so a run that is killed
leaves an accurate record of what finished. Every finished model call is
already in the cache, so rerunning the same command repeats none of them;
`resumed_line` says how many articles came back from there.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Iterable

from ..articles import MANIFEST_SUFFIX
from ..errors import ConfigError, shorten
from ..llm.pricing import usage_cost

__all__ = ["ManifestWriter", "failure_record", "manifest_path", "manifest_record", "read_manifest", "resumed_line"]


def manifest_path(output: Path | None, explicit: Path | None) -> Path | None:
    """`--manifest PATH`, else `<output>.manifest.jsonl` next to `-o`, else none."""
    if explicit is not None:
        return explicit
    return output.with_name(output.name + MANIFEST_SUFFIX) if output is not None else None


def manifest_record(outcome: Any) -> dict[str, Any]:
    """The manifest line for one pipeline `Outcome` (a brief or an error)."""
    article, usage, error = outcome.article, outcome.brief.usage if outcome.brief else None, outcome.error
    return {
        "id": article.id,
        "source": article.source,
        "content_hash": article.content_hash,
        "status": "ok" if outcome.ok else "failed",
        "attempts": usage.attempts if usage else getattr(error, "attempts", None),
        "tokens": {"prompt": usage.prompt_tokens, "completion": usage.completion_tokens} if usage else None,
        "cached": bool(usage and usage.calls and usage.cached_calls == usage.calls),
        "batch_calls": usage.batch_calls if usage else 0,
        "cost_usd": usage_cost(usage) if usage else None,
        "seconds": round(outcome.seconds, 3),
        "error": shorten(str(error), 500) if error else None,
    }


def failure_record(source: str, reason: str) -> dict[str, Any]:
    """The manifest line for an input that never became an article."""
    return {
        "id": None, "source": source, "content_hash": None, "status": "failed", "attempts": 0,
        "tokens": None, "cached": False, "batch_calls": 0, "cost_usd": None, "seconds": 0.0, "error": shorten(reason, 500),
    }


class ManifestWriter:
    """Appends one flushed line per finished article to a fresh manifest file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file: IO[str] = path.open("w", encoding="utf-8")
        except OSError as e:
            raise ConfigError(f"cannot write manifest {path}: {e.strerror or e}") from e

    def write(self, record: dict[str, Any]) -> None:
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> "ManifestWriter":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def read_manifest(path: Path) -> list[dict[str, Any]]:
    """The records of a manifest; a line cut short by a killed process is skipped."""
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def resumed_line(records: Iterable[dict[str, Any]], total: int) -> str | None:
    """'resumed: 37 of 200 articles already briefed (cache)', or None when nothing was resumed."""
    cached = sum(1 for r in records if r.get("status") == "ok" and r.get("cached"))
    if not cached:
        return None
    return f"resumed: {cached} of {total} article{'s' if total != 1 else ''} already briefed (cache)"
