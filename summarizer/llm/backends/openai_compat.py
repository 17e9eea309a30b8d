"""OpenAI or any OpenAI-compatible server (vLLM, Ollama, llama.cpp server), via instructor.

Structured output uses JSON-schema-constrained decoding where the server
supports it; in `auto` mode a server that rejects it is asked again with tool
calls, then with plain JSON mode, and the mode that worked is remembered.
An answer wrapped whole in a Markdown fence is unwrapped before validation in
every mode (`unfence`). Transport errors are retried here with tenacity; validation failures are
re-asked by instructor. The API key lives only inside the client object.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from functools import lru_cache
from typing import Any, ClassVar

from ...config import MODES, setting_hint
from ...errors import BackendError, ConfigError, ContextLengthError, MissingDependencyError, RunError, ValidationFailedError
from ..budget import context_limit_in, is_context_refusal
from ..request import Completion, Request, TokenUsage
from ..retry import RetryPolicy, async_retrying, describe_wait, retry_after_header, retry_after_seconds, retrying
from .base import Backend, endpoint_of, quiet_instructor_logs
from .unfence import unfencing

__all__ = ["OpenAIBackend", "MODES", "chat_arguments", "instructor_mode", "openai_identity", "prepared_model", "quiet_instructor"]

_FALLBACK_ORDER = ("json_schema", "tools", "json")
OPENAI_BASE_URL = "https://api.openai.com/v1"  # the openai client's default


class OpenAIBackend(Backend):
    kind: ClassVar[str] = "openai"

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        mode: str = "auto",
        timeout: float = 120.0,
        retry: RetryPolicy = RetryPolicy(),
        max_reasks: int = 2,
        max_concurrency: int = 8,
        context_tokens: int | None = None,
    ) -> None:
        if mode not in MODES:
            raise ConfigError(f"unknown structured-output mode '{mode}' (choose from {', '.join(MODES)})")
        if not api_key and not base_url:
            raise ConfigError(
                "the openai backend needs OPENAI_API_KEY, or --base-url for a server that takes no key"
            )
        try:
            import openai
        except ImportError as e:  # pragma: no cover - core dependency
            raise MissingDependencyError("the openai backend needs: pip install openai instructor") from e
        self.model = model
        self.base_url = base_url
        self.mode = mode
        self.retry = retry
        self.max_reasks = max_reasks
        self.max_concurrency = max_concurrency
        self.context_tokens = context_tokens
        self._modes = _FALLBACK_ORDER if mode == "auto" else (mode,)
        self._working_mode: str | None = None if mode == "auto" else mode
        options = {"api_key": api_key or "no-key", "base_url": base_url, "timeout": timeout, "max_retries": 0}
        self._client = openai.OpenAI(**options)
        self._new_aclient = lambda: openai.AsyncOpenAI(**options)
        self._aclient = self._new_aclient()
        self._instructors: dict[tuple[str, bool], Any] = {}
        self._lock = threading.Lock()
        self._pause_until = 0.0
        self._pause_header: str | None = None

    # -- public interface ---------------------------------------------------------

    def identity(self) -> dict[str, Any]:
        """The server (its base URL, OpenAI's when none is set) and the configured mode are part of who answers."""
        return openai_identity(self.model, self.base_url, self.mode)

    def complete(self, request: Request) -> Completion:
        counter = AttemptCounter()
        try:
            for attempt in retrying(self.retry, _is_transient, self._retry_after):
                with attempt:
                    self._wait_for_gate_sync()
                    return self._with_mode_fallback(request, counter, asynchronous=False)
        except Exception as e:  # noqa: BLE001 - translated into the error tree
            raise self._scrubbed(self._translate(e, request, counter.requests)) from e
        raise AssertionError("unreachable")  # pragma: no cover

    async def acomplete(self, request: Request) -> Completion:
        counter = AttemptCounter()
        try:
            async for attempt in async_retrying(self.retry, _is_transient, self._retry_after):
                with attempt:
                    await self._wait_for_gate()
                    return await self._with_mode_fallback(request, counter, asynchronous=True)
        except Exception as e:  # noqa: BLE001
            raise self._scrubbed(self._translate(e, request, counter.requests)) from e
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        self._client.close()

    async def aclose(self) -> None:
        """Close the async client, whose connections belong to the running loop; the next loop gets a fresh one."""
        with self._lock:
            client, self._aclient = self._aclient, None  # made again on first use (~0.1 s of TLS set-up)
            self._instructors = {k: v for k, v in self._instructors.items() if not k[1]}
        if client is not None:
            await client.close()

    # -- structured call ------------------------------------------------------------

    def _with_mode_fallback(self, request: Request, counter: "AttemptCounter", *, asynchronous: bool):
        modes = (self._working_mode,) if self._working_mode else self._modes
        if asynchronous:
            return self._acall_modes(request, counter, modes)
        for mode in modes:
            try:
                return self._remember(mode, self._call(request, mode, counter, asynchronous=False))
            except Exception as e:  # noqa: BLE001
                _raise_unless_next_mode(e, mode, modes)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _acall_modes(self, request: Request, counter: "AttemptCounter", modes: tuple[str, ...]) -> Completion:
        for mode in modes:
            try:
                return self._remember(mode, await self._call(request, mode, counter, asynchronous=True))
            except Exception as e:  # noqa: BLE001
                _raise_unless_next_mode(e, mode, modes)
        raise AssertionError("unreachable")  # pragma: no cover

    def _remember(self, mode: str, completion: Completion) -> Completion:
        self._working_mode = mode
        return completion

    def _instructor(self, mode: str, asynchronous: bool):
        """instructor's structured create for `mode` over the client's create, answers unfenced first."""
        import instructor

        quiet_instructor()

        with self._lock:
            key = (mode, asynchronous)
            if key not in self._instructors:
                if asynchronous and self._aclient is None:
                    self._aclient = self._new_aclient()
                client = self._aclient if asynchronous else self._client
                self._instructors[key] = instructor.patch(create=unfencing(client.chat.completions.create), mode=instructor_mode(mode))
            return self._instructors[key]

    def _call(self, request: Request, mode: str, counter: "AttemptCounter", *, asynchronous: bool):
        kwargs = dict(
            **chat_arguments(request, self.model),
            response_model=prepared_model(request.response_model),
            max_retries=self.max_reasks,
            hooks=counter.hooks(),
        )
        create = self._instructor(mode, asynchronous)
        if asynchronous:
            async def run() -> Completion:
                output = await create(**kwargs)
                return counter.completion(output, getattr(output, "_raw_response", None))

            return run()
        output = create(**kwargs)
        return counter.completion(output, getattr(output, "_raw_response", None))

    # -- shared Retry-After gate ----------------------------------------------------

    def _retry_after(self, error: BaseException) -> float | None:
        cause = _root(error)
        headers = getattr(getattr(cause, "response", None), "headers", None)
        seconds = retry_after_seconds(headers)
        if seconds is not None and time.monotonic() + seconds > self._pause_until:
            self._pause_until = time.monotonic() + seconds
            self._pause_header = retry_after_header(headers)
        return seconds

    def _gate_delay(self) -> float:
        """Seconds every worker waits before sending; a pause longer than the budget fails at once."""
        delay = self._pause_until - time.monotonic()
        if delay > self.retry.max_seconds:
            raise ServerAskedToWait(delay, self._pause_header)
        return delay

    def _wait_for_gate_sync(self) -> None:
        delay = self._gate_delay()
        if delay > 0:
            time.sleep(delay)

    async def _wait_for_gate(self) -> None:
        delay = self._gate_delay()
        if delay > 0:
            await asyncio.sleep(delay)

    # -- errors ---------------------------------------------------------------------

    def _scrubbed(self, error: RunError) -> RunError:
        """A server may echo the key in an error body; it never reaches our messages."""
        key = self._client.api_key
        if key and len(key) >= 8:
            error.args = tuple(a.replace(key, "***") if isinstance(a, str) else a for a in error.args)
            error.last_output = error.last_output and error.last_output.replace(key, "***")
        return error

    def _translate(self, error: Exception, request: Request, attempts: int) -> RunError:
        import openai
        from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

        root = _root(error)
        where = {"article": request.article_id, "backend": f"openai ({self.model})"}
        if isinstance(error, InstructorRetryException) and root is error.__cause__:
            if not isinstance(root, openai.APIError):  # an HTTP 4xx is the endpoint's refusal, not bad output
                return ValidationFailedError(
                    f"output failed {request.response_model.__name__} validation: {_validation_summary(root)}",
                    attempts=attempts or getattr(error, "n_attempts", None),
                    last_output=_raw_text(getattr(error, "last_completion", None)),
                    **where,
                )
        if isinstance(root, IncompleteOutputException) or "length" in type(root).__name__.lower():
            return ValidationFailedError(
                cut_off_message(request),
                attempts=attempts,
                last_output=_raw_text(getattr(root, "last_completion", None)),
                **where,
            )
        if isinstance(root, openai.APIStatusError) and root.status_code in (400, 413, 422) and is_context_refusal(str(root)):
            return self._too_long(root, attempts, where)
        if isinstance(root, ServerAskedToWait):
            return BackendError(f"not sent: {describe_wait(root.seconds, root.header, self.retry.max_seconds)}", attempts=attempts, **where)
        return BackendError(f"request failed: {_describe(root)}{self._wait_asked(root)}", attempts=attempts, **where)

    def _too_long(self, error: Any, attempts: int, where: dict[str, str]) -> ContextLengthError:
        """A refusal of the prompt as too long: the window the server names is remembered for the next call."""
        limit = context_limit_in(_server_message(error), getattr(error, "body", None))
        if limit is not None and (self.context_tokens is None or limit < self.context_tokens):
            self.context_tokens = limit
        window = f"the model's context window is {limit} tokens" if limit else "the server names no window size"
        return ContextLengthError(
            f"the request is too long for the model (HTTP {error.status_code}: {_server_message(error)}); {window}: "
            f"set it with {setting_hint('context_tokens')} so long articles are split, or use --strategy stepwise",
            limit=limit,
            attempts=attempts,
            **where,
        )

    def _wait_asked(self, error: BaseException) -> str:
        """'; the server asked to wait 1 hour (Retry-After: 3600), ...' when the refusal carried a wait."""
        headers = getattr(getattr(error, "response", None), "headers", None)
        seconds = retry_after_seconds(headers)
        if seconds is None:
            return ""
        return "; " + describe_wait(seconds, retry_after_header(headers), self.retry.max_seconds)


def openai_identity(model: str, base_url: str | None, mode: str) -> dict[str, Any]:
    """Who answers for the cache key: the openai backend, `model`, the server (OpenAI's when no base URL
    is set) and the configured structured-output mode. Batch runs use it to key answers as live calls do."""
    return {"backend": OpenAIBackend.kind, "model": model, "endpoint": endpoint_of(base_url or OPENAI_BASE_URL), "mode": mode}


def instructor_mode(mode: str) -> Any:
    """instructor's Mode for one of our structured-output modes (json_schema, tools, json)."""
    import instructor

    return {"json_schema": instructor.Mode.JSON_SCHEMA, "tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON}[mode]


def chat_arguments(request: Request, model: str) -> dict[str, Any]:
    """The chat-completions arguments of `request` before instructor adds the structured-output part
    (response_format or tools): what every live call and every batch line is built from."""
    return dict(
        model=model,
        messages=[dict(m) for m in request.messages],
        temperature=request.settings.temperature,
        max_tokens=request.settings.max_tokens,
        seed=request.settings.seed,
    )


def quiet_instructor() -> None:
    """instructor's records go only where the application routes them (`quiet_instructor_logs`), and its
    async-validator checks are remembered per class."""
    quiet_instructor_logs()
    _remember_async_validator_checks()


@lru_cache(maxsize=None)
def prepared_model(model: type) -> type:
    """The response model as instructor wants it, built once: its wrapper class and JSON Schema.

    Given a plain model, instructor builds a new wrapper class per call and regenerates its
    schema (tens of ms of CPU a call); a model that is already wrapped is used as it is.
    """
    from instructor.v2.core.function_calls import response_schema

    wrapped = response_schema(model)
    frozen = json.dumps(wrapped.model_json_schema())
    generate = wrapped.model_json_schema

    def model_json_schema(cls: type, *args: Any, **kwargs: Any) -> dict[str, Any]:
        return generate(*args, **kwargs) if args or kwargs else json.loads(frozen)

    wrapped.model_json_schema = classmethod(model_json_schema)  # type: ignore[method-assign]
    return wrapped


def _remember_async_validator_checks() -> None:
    """instructor walks the whole response model for async validators four or five times a
    call (~1.5 ms each); a class that passed once passes again, so remember the classes that
    passed. Failures are not remembered and raise as before."""
    from instructor.v2.core import patch
    from instructor.v2.validation import async_validators

    check = async_validators.reject_async_validators
    if getattr(check, "remembers", False):
        return
    passed: set[Any] = set()

    def reject_async_validators(response_model: Any) -> None:
        try:
            if response_model in passed:
                return
        except TypeError:  # unhashable: check every time
            return check(response_model)
        check(response_model)
        passed.add(response_model)

    reject_async_validators.remembers = True  # type: ignore[attr-defined]
    async_validators.reject_async_validators = reject_async_validators
    patch.reject_async_validators = reject_async_validators


def cut_off_message(request: Request) -> str:
    """The one line for an answer stopped by its token limit, naming the flag that raises it."""
    return (
        f"output was cut off at max_tokens={request.settings.max_tokens} (finish_reason=length); "
        f"raise it with {setting_hint('max_tokens')}"
    )


class ServerAskedToWait(Exception):
    """A shared Retry-After pause longer than a call's whole budget: nothing is sent, the call fails now."""

    def __init__(self, seconds: float, header: str | None) -> None:
        self.seconds = seconds
        self.header = header
        super().__init__(f"the server asked to wait {seconds:.0f} s")


class AttemptCounter:
    """Instructor hooks for one logical call, across transport retries and mode fallbacks:
    counts requests sent, sums usage, keeps the last raw text."""

    def __init__(self) -> None:
        self.requests = 0
        self.responses = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.last_raw: str | None = None

    def hooks(self):
        from instructor.v2.core.hooks import Hooks

        hooks = Hooks()
        hooks.on("completion:kwargs", self._on_request)
        hooks.on("completion:response", self._on_response)
        return hooks

    def _on_request(self, *args: Any, **kwargs: Any) -> None:
        self.requests += 1

    def _on_response(self, response: Any) -> None:
        self.responses += 1
        usage = getattr(response, "usage", None)
        self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
        self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0
        self.last_raw = _raw_text(response)

    def completion(self, output: Any, raw_response: Any) -> Completion:
        usage = TokenUsage(self.prompt_tokens, self.completion_tokens, max(self.requests, 1))
        return Completion(output, usage, self.last_raw or _raw_text(raw_response))


def _raw_text(response: Any) -> str | None:
    try:
        message = response.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    if getattr(message, "content", None):
        return message.content
    calls = getattr(message, "tool_calls", None) or []
    return calls[0].function.arguments if calls else None


def _root(error: BaseException) -> BaseException:
    from instructor.core.exceptions import InstructorRetryException

    seen = error
    while isinstance(seen, InstructorRetryException) and seen.__cause__ is not None:
        seen = seen.__cause__
    return seen


def _is_transport(error: BaseException) -> bool:
    import openai

    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError)):
        return True
    return isinstance(error, openai.APIStatusError) and error.status_code >= 500


def _is_transient(error: BaseException) -> bool:
    return _is_transport(_root(error))


def _raise_unless_next_mode(error: Exception, mode: str, modes: tuple[str, ...]) -> None:
    """After `mode` failed: re-raise, unless the server refused that mode and another one is left to try."""
    if mode == modes[-1] or not _is_unsupported(error):
        raise error


def _is_unsupported(error: BaseException) -> bool:
    import openai

    root = _root(error)
    if not (isinstance(root, openai.APIStatusError) and root.status_code in (400, 404, 405, 415, 422, 501)):
        return False
    message = str(root).lower()
    if any(word in message for word in _NOT_A_MODE_PROBLEM):
        return False
    return root.status_code in (404, 405, 501) or any(word in message for word in _MODE_WORDS)


# A 4xx that names structured output means "try another mode"; one about the
# prompt's length or the key does not, and must not switch modes.
_MODE_WORDS = ("response_format", "json_schema", "schema", "tool", "function", "structured", "support", "grammar")
_NOT_A_MODE_PROBLEM = ("context length", "context window", "maximum context", "too long", "api key", "api_key")


def _describe(error: BaseException) -> str:
    import openai

    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code}: {_server_message(error)}"
    if isinstance(error, openai.APITimeoutError):
        return "timed out"
    if isinstance(error, openai.APIConnectionError):
        return f"connection failed ({_first_line(error.__cause__ or error)})"
    return f"{type(error).__name__}: {_first_line(error)}"


def _server_message(error: Any) -> str:
    """The message of an OpenAI-style error body, else the error's first line."""
    body = getattr(error, "body", None)
    inner = body.get("error", body) if isinstance(body, dict) else None
    message = inner.get("message") if isinstance(inner, dict) else None
    return " ".join(str(message).split())[:300] if message else _first_line(error)


def _validation_summary(error: BaseException, limit: int = 3) -> str:
    """'field: message' for the first few errors of a pydantic ValidationError, else the first line."""
    try:
        problems = error.errors()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - not a pydantic error
        return _first_line(error)
    parts = [f"{'.'.join(map(str, p.get('loc', ()))) or 'output'}: {p.get('msg', '')}" for p in problems[:limit]]
    more = f" (+{len(problems) - limit} more)" if len(problems) > limit else ""
    return "; ".join(parts) + more if parts else _first_line(error)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:300] if text else type(error).__name__
