"""What batch rounds remember between commands: the ledger beside the call cache.

It lives in `<cache dir>/batch` (diskcache, safe across processes) and holds,
as JSON:

- per prepared call (by its cache key, the batch line's custom_id): the job it
  belongs to, its article and question, how many of its batch answers failed
  and the last failure (with the invalid answer, from which the re-ask is built);
- per job: the input paths (absolute), the focus, whether a memo follows, and
  the settings that decide the questions (model, mode, strategy, generation
  settings, view and size limits, max_reasks), so `collect` can rebuild the
  questions from a results file alone;
- per submitted batch: its id, the requests file's name and line count.

Never an API key, a base URL or a header: the endpoint comes from the usual
settings each time.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any, Iterable

__all__ = ["JOB_SETTINGS", "BatchLedger"]

JOB_SETTINGS = (
    "model", "mode", "strategy", "temperature", "max_tokens", "seed", "view_chars", "max_chars", "max_reasks", "context_tokens",
)  # fmt: skip
_CALL, _JOB, _BATCH = "call:", "job:", "batch:"


class BatchLedger:
    def __init__(self, cache_dir: str | Path) -> None:
        import diskcache

        self.directory = Path(cache_dir) / "batch"
        self.directory.mkdir(parents=True, exist_ok=True)
        self._db = diskcache.Cache(str(self.directory))

    # -- jobs ---------------------------------------------------------------------------

    def save_job(self, record: dict[str, Any]) -> str:
        """Store a job record (paths, focus, memo, settings); returns its id, a hash of the record."""
        blob = json.dumps(record, sort_keys=True, separators=(",", ":"))
        job_id = hashlib.sha256(blob.encode()).hexdigest()[:16]
        self._db.set(_JOB + job_id, blob)
        return job_id

    def job(self, job_id: str) -> dict[str, Any] | None:
        return _load(self._db.get(_JOB + job_id))

    # -- calls --------------------------------------------------------------------------

    def mark_prepared(self, calls: Iterable[tuple[str, str, str]], job_id: str) -> None:
        """Remember (key, article id, question) of each call written for `job_id`, keeping failure counts."""
        with self._db.transact():
            for key, article, question in calls:
                entry = self.call(key) or {"tries": 0, "error": None, "response": None}
                entry.update(job=job_id, article=article, question=question)
                self._db.set(_CALL + key, json.dumps(entry, ensure_ascii=False))

    def call(self, key: str) -> dict[str, Any] | None:
        return _load(self._db.get(_CALL + key))

    def failed(self, key: str, error: str, response: dict[str, Any] | None = None) -> int:
        """Count one failed batch answer of `key` (with the invalid answer, if any); returns the failures so far."""
        with self._db.transact():
            entry = self.call(key) or {"job": None, "article": None, "question": None, "tries": 0}
            entry.update(tries=int(entry.get("tries") or 0) + 1, error=error, response=response)
            self._db.set(_CALL + key, json.dumps(entry, ensure_ascii=False))
        return entry["tries"]

    def answered(self, key: str) -> None:
        """The call's answer is in the cache: forget its failures (its job stays findable)."""
        entry = self.call(key)
        if entry is not None:
            entry.update(tries=0, error=None, response=None)
            self._db.set(_CALL + key, json.dumps(entry, ensure_ascii=False))

    def tries(self, key: str) -> int:
        entry = self.call(key)
        return int(entry.get("tries") or 0) if entry else 0

    # -- submitted batches --------------------------------------------------------------

    def remember_batch(self, batch_id: str, requests_file: str, lines: int) -> None:
        record = {"id": batch_id, "requests": requests_file, "lines": lines, "submitted": int(time.time())}
        self._db.set(_BATCH + batch_id, json.dumps(record))

    def batches(self) -> list[dict[str, Any]]:
        found = [_load(self._db.get(k)) for k in self._db.iterkeys() if str(k).startswith(_BATCH)]
        return sorted((b for b in found if b), key=lambda b: b["submitted"])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "BatchLedger":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _load(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return None
    return data if isinstance(data, dict) else None
