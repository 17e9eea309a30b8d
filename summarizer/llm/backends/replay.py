"""A backend that answers only from recordings and names what changed on a miss."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from ...errors import ConfigError, ReplayMissError
from ..recording import explain_miss, pick_recording, read_recordings
from ..request import Completion, Request, TokenUsage
from .base import Backend

__all__ = ["ReplayBackend"]


class ReplayBackend(Backend):
    kind: ClassVar[str] = "replay"
    max_concurrency = 32

    def __init__(
        self, directory: str | Path, *, model: str | None = None, endpoint: str | None = None, mode: str | None = None
    ) -> None:
        """`endpoint` (as `endpoint_of` writes it) and `mode`, when given, pick recordings made there and so."""
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise ConfigError(f"replay folder {self.directory} does not exist")
        self.records = read_recordings(self.directory)
        self.by_key: dict[str, list[dict[str, Any]]] = {}
        for record in self.records:
            self.by_key.setdefault(record["key"], []).append(record)
        self.endpoint = endpoint
        self.mode = mode
        models = sorted({r["model"] for r in self.records})
        if model:
            self.model = model
        elif len(models) == 1:
            self.model = models[0]
        elif not models:
            raise ConfigError(f"replay folder {self.directory} holds no recordings")
        else:
            raise ConfigError(f"replay folder {self.directory} holds several models ({', '.join(models)}); pass --model")
        self.recorded_backend = next((r["backend"] for r in self.records if r["model"] == self.model), "replay")

    def identity(self) -> dict[str, Any]:
        return {**super().identity(), "endpoint": self.endpoint, "mode": self.mode}

    def complete(self, request: Request) -> Completion:
        found = self.by_key.get(request.key(self.model), [])
        record = pick_recording(found, endpoint=self.endpoint, mode=self.mode)
        if record is None:
            why = explain_miss(request, self.model, self.records, endpoint=self.endpoint, mode=self.mode)
            raise ReplayMissError(
                f"no recording for {request.prompt_name} in {self.directory}: {why}; re-record with --record",
                article=request.article_id,
                backend="replay",
                attempts=0,
            )
        output = request.response_model.model_validate(record["response"])
        usage = TokenUsage(**record.get("usage", {}))
        return Completion(output, usage, record.get("raw"))

    async def acomplete(self, request: Request) -> Completion:
        return self.complete(request)
