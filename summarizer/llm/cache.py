"""The on-disk cache of model calls (diskcache, safe across processes).

Key: the backend's identity (kind, model, endpoint as scheme://host:port/path,
structured-output mode; `Backend.identity`) plus the request's identity
(prompt name, version and template hash, response-schema hash, article content
hash, generation settings, rendered messages; `Request.key`). Another server or
another mode with the same model name is another key. Values are JSON: the
validated output, token usage, raw text and the strings the pipeline
found cut off in it. No API key or header is ever part
of a key or a value.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from .request import Completion, Request, TokenUsage

__all__ = ["CallCache", "CacheStats", "default_cache_dir"]

_STATS_KEY = "__summarizer_stats__"


def default_cache_dir() -> Path:
    override = os.environ.get("SUMMARIZER_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("summarizer")) / "calls"


@dataclass
class CacheStats:
    entries: int
    size_bytes: int
    last_hits: int
    last_misses: int
    directory: str


class CallCache:
    def __init__(self, directory: str | Path | None = None) -> None:
        import diskcache

        self.directory = Path(directory) if directory else default_cache_dir()
        self.directory.mkdir(parents=True, exist_ok=True)
        self._cache = diskcache.Cache(str(self.directory), size_limit=2**32)
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(backend: Mapping[str, Any], request: Request) -> str:
        """sha256 of the backend's identity (`Backend.identity()`: backend, model, endpoint, mode)
        and the request's key for that model; 64 hex characters."""
        who = json.dumps(dict(backend), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(f"{who}\0{request.key(backend['model'])}".encode()).hexdigest()

    def get(self, key: str, request: Request) -> Completion | None:
        """The cached completion, or None; a corrupt or incompatible entry is dropped and recomputed."""
        try:
            value = self._cache.get(key)
            completion = None if value is None else _decode(value, request)
        except Exception:  # noqa: BLE001 - unreadable entry (garbage, pickled junk, truncated file)
            completion = None
            self._cache.delete(key)
        if completion is None:
            self.misses += 1
            return None
        self.hits += 1
        return completion

    def __contains__(self, key: object) -> bool:
        """Whether an entry is stored under `key` (not whether it still decodes)."""
        return key in self._cache

    def put(self, key: str, completion: Completion) -> None:
        value = {
            "output": completion.output.model_dump(mode="json"),
            "usage": vars(completion.usage),
            "raw": completion.raw,
            "cuts": completion.cuts,
            "cuts_by": completion.cuts_by,
        }
        self._cache.set(key, json.dumps(value, ensure_ascii=False))

    def get_value(self, key: str) -> str | None:
        """A stored JSON text (not a model call: e.g. an article's analysis), or None; not counted as a hit or miss."""
        try:
            value = self._cache.get(key)
        except Exception:  # noqa: BLE001 - an unreadable entry is a miss
            value = None
        return value if isinstance(value, str) else None

    def put_value(self, key: str, value: str) -> None:
        """Store a JSON text under `key` (see `get_value`)."""
        self._cache.set(key, value)

    def save_run_stats(self) -> None:
        with self._cache.transact():
            self._cache.set(_STATS_KEY, json.dumps({"hits": self.hits, "misses": self.misses}))

    def stats(self) -> CacheStats:
        last = json.loads(self._cache.get(_STATS_KEY) or '{"hits": 0, "misses": 0}')
        entries = sum(1 for k in self._cache.iterkeys() if k != _STATS_KEY)
        return CacheStats(entries, int(self._cache.volume()), last["hits"], last["misses"], str(self.directory))

    def clear(self) -> int:
        """Remove every entry; returns how many model calls were removed (bookkeeping not counted)."""
        bookkeeping = int(_STATS_KEY in self._cache)
        return int(self._cache.clear()) - bookkeeping

    def close(self) -> None:
        self._cache.close()

    def __enter__(self) -> "CallCache":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _decode(value: Any, request: Request) -> Completion:
    data = json.loads(value)
    output = request.response_model.model_validate(data["output"])
    return Completion(output, TokenUsage(**data["usage"]), data.get("raw"), data.get("cuts"), data.get("cuts_by"))
