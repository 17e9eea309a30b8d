"""What a model is asked and what it answers: requests, completions, token usage.

These types are shared by the backends, the cache and the recordings; they
depend on nothing else in the package.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

__all__ = ["Completion", "GenerationSettings", "Request", "TokenUsage", "schema_hash"]


@dataclass(frozen=True)
class GenerationSettings:
    """Settings that change what a model answers; all of them are in the cache key."""

    temperature: float = 0.0
    max_tokens: int = 2048
    seed: int = 0

    def key(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "max_tokens": self.max_tokens, "seed": self.seed}


@lru_cache(maxsize=1024)  # bounded: a run over many articles builds many choice models
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
    """Tokens and requests of one answer; `batch` marks an answer bought from a batch job (billed at the batch rate)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 1
    batch: bool = False


@dataclass
class Completion:
    """A validated answer with its usage and raw text.

    `cuts` lists the strings of `output` that were cut off in mid-phrase, as
    found by the pipeline once (`summarizer.extract.cutoff`) and cached with the
    answer, so a warm run need not check again; None means not checked yet.
    `cuts_by` names the version of the rules that found them: cuts found by
    other rules are found again.
    """

    output: BaseModel
    usage: TokenUsage = field(default_factory=TokenUsage)
    raw: str | None = None
    cuts: list[dict[str, Any]] | None = None
    cuts_by: str | None = None
