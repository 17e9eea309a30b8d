"""A deterministic backend for tests: answers from a queue or a function.

Queue items may be dicts (validated against the request's response model),
model instances, exceptions (raised), or callables taking the request.
With an empty queue it answers with `responder(request)` when given, else
with the smallest valid object it can build for the response model.
"""

from __future__ import annotations

import json
from collections import deque
from typing import Any, Callable, ClassVar, Iterable

from pydantic import BaseModel

from ...errors import ValidationFailedError
from ..request import Completion, Request, TokenUsage
from .base import Backend

__all__ = ["FakeBackend", "minimal_output"]

Responder = Callable[[Request], Any]


class FakeBackend(Backend):
    kind: ClassVar[str] = "fake"

    def __init__(
        self,
        responses: Iterable[Any] = (),
        *,
        responder: Responder | None = None,
        model: str = "fake-model",
    ) -> None:
        self.queue: deque[Any] = deque(responses)
        self.responder = responder
        self.model = model
        self.requests: list[Request] = []

    def complete(self, request: Request) -> Completion:
        self.requests.append(request)
        item = self.queue.popleft() if self.queue else (self.responder or minimal_output)
        if isinstance(item, BaseException):
            raise item
        if callable(item) and not isinstance(item, BaseModel):
            item = item(request)
        output = _validate(item, request)
        prompt_tokens = sum(len(m["content"]) for m in request.messages) // 4
        raw = output.model_dump_json()
        return Completion(output, TokenUsage(prompt_tokens, len(raw) // 4, 1), raw)


def _validate(item: Any, request: Request) -> BaseModel:
    if isinstance(item, request.response_model):
        return item
    data = item.model_dump() if isinstance(item, BaseModel) else item
    try:
        return request.response_model.model_validate(json.loads(data) if isinstance(data, str) else data)
    except ValueError as e:
        raise ValidationFailedError(
            f"fake response does not validate as {request.response_model.__name__}: {e}",
            article=request.article_id,
            backend="fake",
            attempts=1,
            last_output=str(data),
        ) from e


def minimal_output(request: Request) -> BaseModel:
    """The smallest valid answer: for a brief, the first sentences as summary."""
    from ...schema import BriefDraft

    if request.response_model is BriefDraft:
        text = request.messages[-1]["content"]
        words = " ".join(text.split()[1:40]).rstrip(".")
        return BriefDraft(main_issue=words[:80] or "article", summary=f"{words}.")
    schema = request.response_model.model_json_schema()
    return request.response_model.model_validate(_smallest(schema, schema.get("$defs", {})))


def _smallest(schema: dict[str, Any], defs: dict[str, Any]) -> Any:
    """The smallest value `schema` accepts: its first choice, the word 'article', an empty or shortest list."""
    if "$ref" in schema:
        return _smallest(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in schema:
        return _smallest(next((b for b in schema["anyOf"] if b.get("type") != "null"), schema["anyOf"][0]), defs)
    if "const" in schema or "enum" in schema:
        return schema.get("const", (schema.get("enum") or [None])[0])
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type")
    if kind == "object":
        required = schema.get("required", [])
        return {name: _smallest(sub, defs) for name, sub in schema.get("properties", {}).items() if name in required}
    if kind == "array":
        return [_smallest(schema.get("items", {}), defs) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return "article"[: schema.get("maxLength", 7)].ljust(schema.get("minLength", 0), "e")
    return {"integer": schema.get("minimum", 0), "number": schema.get("minimum", 0.0), "boolean": False}.get(kind)
