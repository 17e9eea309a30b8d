"""Batch files: model calls written as request lines for a batch engine, and its answers read back.

The format is the OpenAI Batch API's, which `vllm run-batch` reads and writes too:

    input   {"custom_id": KEY, "method": "POST", "url": "/v1/chat/completions", "body": {...}}
    output  {"id": ..., "custom_id": KEY, "response": {"status_code": 200, "request_id": ...,
             "body": <chat.completion>}, "error": null}

(OpenAI API reference, "The request input object" and "The request output
object"; vLLM `vllm/entrypoints/openai/run_batch.py`, `BatchRequestInput` and
`BatchRequestOutput`). A failed line has no body and an `error` (an object
with `code` and `message` at OpenAI, a string or an error response at vLLM).

`custom_id` is the call's cache key, so an answer goes back into the cache
under the key a live call would have used. The body is built by instructor's
own request preparation for the structured-output mode, from the same
arguments as the live `openai` backend (`chat_arguments`), so a line carries
exactly what that backend would send: model, messages, temperature,
max_tokens, seed and `response_format` (json_schema) or `tools` and
`tool_choice`. Nothing else: no key, no base URL, no header. An answer is
validated by instructor's own response parsing for the same mode, as live,
and a re-ask line is built by instructor's own re-ask handler from the
previous invalid answer and its validation error, as instructor does live.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterable, Iterator

from ..errors import BackendError, ConfigError, InputError, ValidationFailedError
from .backends.base import Backend
from .backends.openai_compat import (
    MODES,
    AttemptCounter,
    _raw_text,
    _validation_summary,
    chat_arguments,
    instructor_mode,
    openai_identity,
    prepared_model,
    quiet_instructor,
)
from .backends.unfence import unfencing
from .request import Completion, Request

__all__ = [
    "BATCH_URL",
    "COMPLETION_WINDOW",
    "MAX_BYTES",
    "MAX_LINES",
    "Deferred",
    "DeferringBackend",
    "ResultLine",
    "batch_mode",
    "parse_answer",
    "read_results",
    "request_body",
    "request_line",
    "write_request_files",
]

BATCH_URL = "/v1/chat/completions"
COMPLETION_WINDOW = "24h"  # the only window the OpenAI Batch API offers
MAX_LINES = 50_000  # OpenAI Batch API: at most 50,000 requests per input file ...
MAX_BYTES = 200 * 1000 * 1000  # ... and at most 200 MB (openai-python 3.3, `batches.create` docstring)


def batch_mode(mode: str) -> str:
    """The structured-output mode of batch lines: `auto` means json_schema, the mode a live `auto` call tries first."""
    if mode not in MODES:
        raise ConfigError(f"unknown structured-output mode '{mode}' (choose from {', '.join(MODES)})")
    return "json_schema" if mode == "auto" else mode


# --------------------------------------------------------------------------- request lines


class _Captured(Exception):
    """Carries the arguments instructor handed to the client's `create`: the request body."""

    def __init__(self, kwargs: dict[str, Any]) -> None:
        super().__init__("captured")
        self.kwargs = kwargs


def request_body(request: Request, *, model: str, mode: str, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """The chat-completions body the `openai` backend would send for `request` in `mode`.

    With `previous` (an earlier chat.completion whose answer failed validation),
    the body is instructor's re-ask: the first request plus the invalid answer and
    the validation error, as instructor's own retry builds it live.
    """
    from openai.types.chat import ChatCompletion

    quiet_instructor()
    answers = [ChatCompletion.model_validate(previous)] if previous is not None else []

    def send(*_args: Any, **kwargs: Any) -> Any:
        if answers:
            return answers.pop(0)
        raise _Captured(json.loads(json.dumps(kwargs)))

    create = _patched(send, mode)
    arguments = chat_arguments(request, model)
    try:
        create(response_model=prepared_model(request.response_model), max_retries=1 if answers else 0, **arguments)
    except Exception as e:  # noqa: BLE001 - instructor wraps what the create function raised
        captured = _cause(e, _Captured)
        if captured is not None:
            return captured.kwargs
        raise
    # the previous answer validates after all (a newer schema accepts it): ask afresh
    return request_body(request, model=model, mode=mode)


def request_line(custom_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """One line of a batch input file."""
    return {"custom_id": custom_id, "method": "POST", "url": BATCH_URL, "body": body}


def write_request_files(
    lines: Iterable[dict[str, Any]], output: Path, *, max_lines: int = MAX_LINES, max_bytes: int = MAX_BYTES
) -> list[Path]:
    """Write request lines to `output`, or, past `max_lines` lines or `max_bytes` bytes, to
    `<stem>-1<suffix>`, `<stem>-2<suffix>`, ... (each within the limits). Returns the files written."""
    parts: list[list[bytes]] = [[]]
    size = 0
    for line in lines:
        data = (json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        if len(data) > max_bytes:
            raise InputError(f"one request is {len(data):,} bytes, more than a batch file may hold ({max_bytes:,})")
        if parts[-1] and (len(parts[-1]) >= max_lines or size + len(data) > max_bytes):
            parts.append([])
            size = 0
        parts[-1].append(data)
        size += len(data)
    names = [output] if len(parts) == 1 else [output.with_name(f"{output.stem}-{n}{output.suffix}") for n in range(1, len(parts) + 1)]
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        for path, part in zip(names, parts):
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_bytes(b"".join(part))
            tmp.replace(path)
    except OSError as e:
        raise ConfigError(f"cannot write {output}: {e.strerror or e}") from e
    return names


# --------------------------------------------------------------------------- answers


@dataclass(frozen=True)
class ResultLine:
    """One line of a batch output or error file: the answer's body, or why there is none."""

    custom_id: str
    body: dict[str, Any] | None
    error: str | None
    where: str  # file:line, for messages

    @property
    def ok(self) -> bool:
        return self.body is not None and self.error is None


def read_results(path: Path) -> Iterator[ResultLine]:
    """The lines of a batch output or error file (OpenAI's or vLLM's); a line that is not one says so."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from e
    with handle:
        for number, text in enumerate(handle, 1):
            if text.strip():
                yield _result_line(text, f"{path.name}:{number}")


def _result_line(text: str, where: str) -> ResultLine:
    try:
        record = json.loads(text)
    except ValueError:
        return ResultLine("", None, "not JSON", where)
    if not isinstance(record, dict) or not isinstance(record.get("custom_id"), str):
        return ResultLine("", None, "no custom_id", where)
    response = record.get("response") if isinstance(record.get("response"), dict) else {}
    status, body, error = response.get("status_code"), response.get("body"), record.get("error")
    if error or (status is not None and status != 200) or not isinstance(body, dict):
        return ResultLine(record["custom_id"], None, _error_text(error, status, body), where)
    return ResultLine(record["custom_id"], body, None, where)


def _error_text(error: Any, status: Any, body: Any) -> str:
    """'HTTP 500: message' from whichever place the engine put it."""
    inner = error.get("error", error) if isinstance(error, dict) else None
    message = inner.get("message") if isinstance(inner, dict) else (error if isinstance(error, str) else None)
    if message is None and isinstance(body, dict) and isinstance(body.get("error"), dict):
        message = body["error"].get("message")
    code = inner.get("code") if isinstance(inner, dict) else None
    head = f"HTTP {status}" if status not in (None, 200) else (str(code) if code else "failed")
    return f"{head}: {' '.join(str(message or 'no answer').split())[:300]}"


def parse_answer(request: Request, body: dict[str, Any], *, model: str, mode: str) -> Completion:
    """Validate a chat.completion `body` for `request` with instructor's response parsing for `mode` (as live).

    Returns the Completion (usage marked `batch`); raises ValidationFailedError naming what failed.
    """
    from openai.types.chat import ChatCompletion
    from pydantic import ValidationError

    where = {"article": request.article_id, "backend": f"batch ({model})", "attempts": 1}
    try:
        completion = ChatCompletion.model_validate(body)
    except ValidationError as e:
        raise ValidationFailedError(f"the answer is not a chat completion: {_validation_summary(e)}", **where) from e
    quiet_instructor()
    counter = AttemptCounter()
    create = _patched(lambda *_a, **_k: completion, mode)
    try:
        output = create(
            response_model=prepared_model(request.response_model), max_retries=0, hooks=counter.hooks(), **chat_arguments(request, model)
        )
    except Exception as e:  # noqa: BLE001 - instructor's parse and validation errors
        raise ValidationFailedError(_why_invalid(e, request), last_output=_raw_text(completion), **where) from e
    answer = counter.completion(output, completion)
    answer.usage.batch = True
    answer.usage.attempts = 1
    return answer


def _why_invalid(error: Exception, request: Request) -> str:
    from instructor.core.exceptions import IncompleteOutputException

    if _cause(error, IncompleteOutputException) is not None:
        return "output was cut off at max_tokens (finish_reason=length)"
    root: BaseException = error
    while root.__cause__ is not None:
        root = root.__cause__
    return f"output failed {request.response_model.__name__} validation: {_validation_summary(root)}"


def _patched(create: Callable[..., Any], mode: str) -> Callable[..., Any]:
    """instructor's structured create over `create`, answers unfenced first: the live backend's wrapping."""
    import instructor

    return instructor.patch(create=unfencing(create), mode=instructor_mode(mode))


def _cause(error: BaseException | None, kind: type) -> Any:
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, kind):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


# --------------------------------------------------------------------------- deferring backend


class Deferred(Exception):
    """A question went into the batch instead of to a model (not a SummarizerError: nothing failed)."""

    def __init__(self, request: Request) -> None:
        super().__init__(f"deferred to a batch: {request.prompt_name} for {request.article_id}")
        self.request = request


class DeferringBackend(Backend):
    """Stands where the `openai` backend would: same identity (model, endpoint, configured mode), so the same cache keys.

    It answers nothing. Every question that reaches it (a cache miss) is kept in
    `asked` and raises `Deferred`, unless `refuse(request)` gives a reason (its
    batch answers failed too often), which raises BackendError as a failed call would.
    """

    kind: ClassVar[str] = "openai"
    max_concurrency = 64

    def __init__(
        self,
        *,
        model: str,
        mode: str = "auto",
        base_url: str | None = None,
        refuse: Callable[[Request], str | None] | None = None,
    ) -> None:
        self.model = model
        self.mode = mode
        self.base_url = base_url
        self.refuse = refuse or (lambda _request: None)
        self.asked: list[Request] = []
        self.refused: list[str] = []

    def identity(self) -> dict[str, Any]:
        return openai_identity(self.model, self.base_url, self.mode)

    def complete(self, request: Request) -> Completion:
        reason = self.refuse(request)
        if reason:
            self.refused.append(f"{request.article_id}: {reason}")
            raise BackendError(reason, article=request.article_id, backend=f"batch ({self.model})")
        self.asked.append(request)
        raise Deferred(request)

    async def acomplete(self, request: Request) -> Completion:
        return self.complete(request)
