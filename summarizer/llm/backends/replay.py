"""A backend that answers only from recordings and names what changed on a miss."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from ...errors import ConfigError, ReplayMissError
from ..recording import explain_miss, load_recordings
from ..request import Completion, Request, TokenUsage
from .base import Backend

__all__ = ["ReplayBackend"]


class ReplayBackend(Backend):
    kind: ClassVar[str] = "replay"
    max_concurrency = 32

    def __init__(self, directory: str | Path, *, model: str | None = None) -> None:
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise ConfigError(f"replay folder {self.directory} does not exist")
        self.recordings = load_recordings(self.directory)
        models = sorted({r["model"] for r in self.recordings.values()})
        if model:
            self.model = model
        elif len(models) == 1:
            self.model = models[0]
        elif not models:
            raise ConfigError(f"replay folder {self.directory} holds no recordings")
        else:
            raise ConfigError(f"replay folder {self.directory} holds several models ({', '.join(models)}); pass --model")
        self.recorded_backend = next(
            (r["backend"] for r in self.recordings.values() if r["model"] == self.model), "replay"
        )

    def complete(self, request: Request) -> Completion:
        record = self.recordings.get(request.key(self.model))
        if record is None:
            raise ReplayMissError(
                f"no recording for {request.prompt_name} in {self.directory}: "
                f"{explain_miss(request, self.model, self.recordings)}; re-record with --record",
                article=request.article_id,
                backend="replay",
                attempts=0,
            )
        output = request.response_model.model_validate(record["response"])
        usage = TokenUsage(**record.get("usage", {}))
        return Completion(output, usage, record.get("raw"))

    async def acomplete(self, request: Request) -> Completion:
        return self.complete(request)
