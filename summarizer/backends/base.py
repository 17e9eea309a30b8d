"""The one backend interface: a request in, a validated object plus usage out."""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar

from pydantic import BaseModel

__all__ = ["Backend", "Completion", "GenerationSettings", "Request", "TokenUsage", "schema_hash"]


@dataclass(frozen=True)
class GenerationSettings:
    """Settings that change what a model answers; all of them are in the cache key."""

    temperature: float = 0.0
    max_tokens: int = 2048
    seed: int = 0

    def key(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "max_tokens": self.max_tokens, "seed": self.seed}


@lru_cache(maxsize=None)
def schema_hash(model: type[BaseModel]) -> str:
    schema = json.dumps(model.model_json_schema(), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(schema.encode()).hexdigest()


@dataclass(frozen=True)
class Request:
    """One question to a model about one article."""

    messages: tuple[dict[str, str], ...]
    response_model: type[BaseModel]
    settings: GenerationSettings
    prompt_name: str
    prompt_version: str
    prompt_hash: str
    article_id: str
    article_hash: str

    @property
    def schema_hash(self) -> str:
        return schema_hash(self.response_model)

    @property
    def messages_hash(self) -> str:
        blob = json.dumps(list(self.messages), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()

    def identity(self, model: str) -> dict[str, Any]:
        """Everything that decides the answer, for keys and replay diagnostics."""
        return {
            "model": model,
            "prompt": {"name": self.prompt_name, "version": self.prompt_version, "hash": self.prompt_hash},
            "schema": {"name": self.response_model.__name__, "hash": self.schema_hash},
            "article": {"id": self.article_id, "hash": self.article_hash},
            "settings": self.settings.key(),
            "messages_hash": self.messages_hash,
        }

    def key(self, model: str) -> str:
        identity = self.identity(model)
        identity["article"] = identity["article"]["hash"]  # the id is a label, not content
        blob = json.dumps(identity, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()


@dataclass
class TokenUsage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 1


@dataclass
class Completion:
    output: BaseModel
    usage: TokenUsage = field(default_factory=TokenUsage)
    raw: str | None = None


class Backend:
    """Subclasses implement `complete`; `acomplete` defaults to a worker thread.

    `kind` names the backend in keys, usage and errors; `model` names the model.
    `max_concurrency` bounds how many requests may run at once (1 = serialised).
    """

    kind: ClassVar[str] = "base"
    model: str = ""
    max_concurrency: int = 8

    def complete(self, request: Request) -> Completion:  # pragma: no cover - interface
        raise NotImplementedError

    async def acomplete(self, request: Request) -> Completion:
        return await asyncio.to_thread(self.complete, request)

    def close(self) -> None:
        """Release clients or models; the default holds nothing."""

    async def aclose(self) -> None:
        """Release what is bound to the running event loop (async connections); called before it ends."""
