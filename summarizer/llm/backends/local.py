"""An embedded GGUF model run in-process with llama-cpp-python.

Structured output goes through instructor's JSON-schema mode
(`instructor.patch(create=llama.create_chat_completion_openai_v1,
mode=JSON_SCHEMA)`). llama-cpp-python only turns `response_format` of type
`json_object` into a grammar, so the create function given to instructor
compiles the requested JSON Schema into a llama.cpp grammar itself and fails
loudly if it cannot: output is always schema-constrained, never free JSON.

One model per (path, context size) is kept per process and every call into
it holds a lock; llama.cpp reuses its KV cache for the longest common prompt
prefix, so questions that start with the same article only pay for their
own tail. The context is sized to the prompt, grown (one reload, about 2 s)
only when a longer prompt arrives.

Every call is bounded in wall time by `max_seconds`, re-asks included:
llama.cpp's abort callback (checked between the steps of each decode, so also
while it reads a long prompt) stops the computation once the deadline has
passed, and the call fails with a line naming the limit. Each answer may take
at most the tokens its schema allows (`budget.answer_tokens`), which the
grammar enforces anyway, so no answer runs on to `max_tokens`.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import math
import os
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Iterator

from ...config import setting_hint
from ...errors import BackendError, ConfigError, ContextLengthError, MissingDependencyError, ValidationFailedError
from ..budget import MESSAGE_OVERHEAD_TOKENS, answer_tokens
from ..request import Completion, Request
from .base import Backend, quiet_instructor_logs
from .unfence import unfencing
from .openai_compat import AttemptCounter, _first_line, _raw_text, cut_off_message

if TYPE_CHECKING:
    from ...config import Settings

__all__ = ["LocalBackend", "available_threads", "check_runs_here", "require_llama_cpp", "PORTABLE_CMAKE_ARGS"]

INSTALL_HINT = 'pip install "summarizer[local]"  (in a checkout: pip install -e ".[local]")'
MIN_CONTEXT = 4096
CONTEXT_STEP = 1024


def require_llama_cpp() -> Any:
    try:
        import llama_cpp
    except ImportError as e:
        raise MissingDependencyError(f"the local backend needs llama-cpp-python; install it with: {INSTALL_HINT}") from e
    return llama_cpp


def available_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class Deadline:
    """A wall-clock time llama.cpp checks while it computes (its abort callback): past it, decoding stops
    (`llama_decode` returns 2, which llama-cpp-python raises as a RuntimeError)."""

    def __init__(self, llama: Any) -> None:
        llama_cpp = require_llama_cpp()
        self.at = math.inf
        self.passed = False

        @llama_cpp.ggml_abort_callback
        def past_deadline(_data: Any) -> bool:
            if time.monotonic() < self.at:
                return False
            self.passed = True
            return True

        self._callback = past_deadline  # llama.cpp keeps only the pointer: the function must stay alive
        llama_cpp.llama_set_abort_callback(llama.ctx, past_deadline, None)

    @contextlib.contextmanager
    def until(self, at: float) -> Iterator["Deadline"]:
        self.at, self.passed = at, False
        try:
            yield self
        finally:
            self.at = math.inf


@dataclass
class _Loaded:
    llama: Any
    n_ctx: int
    deadline: Deadline = field(init=False)

    def __post_init__(self) -> None:
        self.deadline = Deadline(self.llama)


_MODELS: dict[str, _Loaded] = {}
_LOCKS: dict[str, threading.RLock] = {}
_LOCKS_LOCK = threading.Lock()


def _path_lock(key: str) -> threading.RLock:
    """One lock per model file: loading, reloading and every call hold it."""
    with _LOCKS_LOCK:
        return _LOCKS.setdefault(key, threading.RLock())


def _model(key: str, path: Path, n_ctx: int, n_threads: int) -> _Loaded:
    """The process-wide model for `path`, reloaded only when a larger context is needed."""
    with _path_lock(key):
        loaded = _MODELS.get(key)
        if loaded is None or loaded.n_ctx < n_ctx:
            if loaded is not None:
                loaded.llama.close()
                del _MODELS[key]
            loaded = _MODELS[key] = _Loaded(_load(path, n_ctx, n_threads), n_ctx)
        return loaded


PORTABLE_CMAKE_ARGS = "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON"
"""The llama.cpp build the README installs: AVX2 and FMA (x86-64-v3, Intel from 2013 and AMD from 2015), not
`-march=native`. A native build (llama-cpp-python 0.3.36) died with a general protection fault in llama.cpp's
CPU library on its first prompt of several tokens on this project's 2-core virtual machines (an Intel Xeon
reporting AVX-512 and AMX); the portable build ran every test there (docs/embedded-model.md)."""

REBUILD_HINT = (
    f'CMAKE_ARGS="{PORTABLE_CMAKE_ARGS}" pip install --force-reinstall --no-cache-dir --no-deps "llama-cpp-python>=0.3.2"'
)

_CHECK_SECONDS = 300.0  # loading 1.1 GB and reading a short prompt takes 2 to 5 s on 2 cores; a swapping machine, longer

_CHECK_CODE = """
import sys
import llama_cpp
llama = llama_cpp.Llama(model_path=sys.argv[1], n_ctx=256, n_threads=1, n_batch=512, seed=0, verbose=False)
llama.create_completion("The council voted on Monday to close three libraries, and the mayor said the decision was final. " * 2, max_tokens=2, temperature=0.0)
"""
"""The check: a prompt of about 40 tokens read as one batch, then two tokens generated. A one-token prompt is
not enough: the broken build above read 'Hello' and died on 'Hello, my name is' (the matrix kernels a batch
of several tokens takes)."""

_CHECKED: set[str] = set()
_CRASHED: dict[str, str] = {}  # build key -> the error line, so a run of many articles checks once


def check_runs_here(path: Path, *, child: list[str] | None = None, marks: Path | None = None) -> None:
    """Run the model at `path` on a short prompt in a child process before this process loads it, once per
    llama.cpp build, CPU and model file (remembered by a mark file in `marks`, by default `llama-checks/` in the
    user cache directory, `~/.cache/summarizer/llama-checks` on Linux).

    A llama.cpp library built for instructions this CPU lacks or cannot use (a `-march=native` wheel from
    another machine or pip's cache; a native build on a virtual machine whose CPU reports more than it runs)
    kills the process with a signal on its first prompt, which no Python code can catch: the user would see
    `Segmentation fault` and lose the run. Raises ConfigError, one line naming the signal and the rebuild command
    (`REBUILD_HINT`), when the child dies by a signal. A child that fails otherwise (a file llama.cpp cannot
    read) or runs past `_CHECK_SECONDS` is not judged: the load in this process reports its own error. `child`
    replaces the command the check runs (its last argument is the model path), for tests."""
    key = _build_key(path)
    if key in _CHECKED:
        return
    if key in _CRASHED:
        raise ConfigError(_CRASHED[key])  # once per process: every other article would fail the same way
    if marks is None:
        import platformdirs

        marks = Path(platformdirs.user_cache_dir("summarizer")) / "llama-checks"
    mark = marks / f"{key}.ok"
    if mark.is_file():
        _CHECKED.add(key)
        return
    import signal
    import subprocess
    import sys

    command = [*(child or [sys.executable, "-c", _CHECK_CODE]), str(path)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=_CHECK_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        return
    if done.returncode < 0:
        try:
            name = signal.Signals(-done.returncode).name
        except ValueError:
            name = f"signal {-done.returncode}"
        _CRASHED[key] = (
            f"llama-cpp-python crashed ({name}) running the model on this machine: its build uses instructions "
            f"this CPU lacks or cannot use (a build for another machine, or for what a virtual machine's CPU "
            f"reports but does not run); rebuild it portably: {REBUILD_HINT}"
        )
        raise ConfigError(_CRASHED[key])
    if done.returncode == 0:
        _CHECKED.add(key)
        with contextlib.suppress(OSError):
            marks.mkdir(parents=True, exist_ok=True)
            mark.write_text(f"{path}\n", encoding="utf-8")


def _build_key(path: Path) -> str:
    """A hash of the llama.cpp libraries (folder, names, sizes, modification times), this CPU's model name and flags,
    and the model file (path, size, modification time): what decides whether the model runs here."""
    import hashlib

    llama_cpp = require_llama_cpp()
    libraries = Path(llama_cpp.__file__).resolve().parent / "lib"
    parts = [getattr(llama_cpp, "__version__", ""), str(libraries)]
    for lib in sorted(libraries.glob("*")) if libraries.is_dir() else []:
        with contextlib.suppress(OSError):
            info = lib.stat()
            parts.append(f"{lib.name}:{info.st_size}:{info.st_mtime_ns}")
    with contextlib.suppress(OSError):
        cpu = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").split("\n\n")[0]
        parts.extend(line for line in cpu.splitlines() if line.startswith(("model name", "flags")))
    with contextlib.suppress(OSError):
        info = path.stat()
        parts.append(f"{path.resolve()}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


def _load(path: Path, n_ctx: int, n_threads: int) -> Any:
    llama_cpp = require_llama_cpp()
    check_runs_here(path)
    try:
        llama = llama_cpp.Llama(
            model_path=str(path),
            n_ctx=n_ctx,
            n_threads=n_threads,
            n_threads_batch=n_threads,
            n_batch=512,
            seed=0,
            verbose=False,
        )
    except (ValueError, RuntimeError) as e:
        raise ConfigError(f"could not load the model {path}: {_first_line(e)}") from e
    # llama.cpp logs a stopped decode at error level ("decode: removing memory module entries ...") through
    # this logger, onto stderr; our own error line says what happened, once.
    logging.getLogger("llama-cpp-python").setLevel(logging.CRITICAL)
    return llama


def unload_all() -> None:
    """Free every loaded model (tests, long-lived processes, and at exit)."""
    for key in list(_MODELS):
        with _path_lock(key):
            loaded = _MODELS.pop(key, None)
            if loaded is not None:
                loaded.llama.close()


# llama_cpp frees a model in __del__, which fails during interpreter teardown
# ("Exception ignored in Llama.__del__"); free it while the interpreter is whole.
atexit.register(unload_all)


@lru_cache(maxsize=64)
def _grammar(schema_json: str) -> Any:
    """The llama.cpp grammar of a JSON schema; ConfigError for one it cannot enforce.

    A double quote or backslash inside an `enum` or `const` string is refused here: llama-cpp-python's
    converter (0.3.x) escapes it twice, and llama.cpp then fails to parse the grammar and crashes the process.
    """
    bad = _unsafe_literal(json.loads(schema_json))
    if bad is not None:
        raise ConfigError(f"the response schema's choice {bad!r} holds a double quote or backslash, which llama.cpp's grammar cannot hold")
    llama_cpp = require_llama_cpp()
    try:
        return llama_cpp.LlamaGrammar.from_json_schema(schema_json, verbose=False)
    except Exception as e:  # noqa: BLE001 - any failure means the schema cannot be enforced
        raise ConfigError(f"cannot turn the response schema into a llama.cpp grammar: {_first_line(e)}") from e


def _unsafe_literal(schema: Any) -> str | None:
    """The first enum or const string in `schema` holding a double quote or a backslash, else None."""
    if isinstance(schema, dict):
        literals = [*schema.get("enum", []), *([schema["const"]] if "const" in schema else [])]
        for value in literals:
            if isinstance(value, str) and ('"' in value or "\\" in value):
                return value
        found = (_unsafe_literal(v) for v in schema.values())
        return next((f for f in found if f is not None), None)
    if isinstance(schema, list):
        return next((f for f in map(_unsafe_literal, schema) if f is not None), None)
    return None


class LocalBackend(Backend):
    """A GGUF model in this process; `model` is a stable identity used in cache keys."""

    kind: ClassVar[str] = "local"
    max_concurrency = 1

    def __init__(
        self,
        model_path: str | Path,
        *,
        identity: str | None = None,
        n_threads: int | None = None,
        max_context: int = 32768,
        max_reasks: int = 1,
        max_seconds: float = 180.0,
    ) -> None:
        """`max_context` tokens at most (the model's window); `max_seconds` of wall time per call, re-asks included."""
        require_llama_cpp()
        self.path = Path(model_path).expanduser()
        if not self.path.is_file():
            raise ConfigError(f"model file {self.path} does not exist (set --model-path or SUMMARIZER_MODEL_PATH)")
        self._key = str(self.path.resolve())
        self.model = identity or f"{self.path.name}@{self.path.stat().st_size}"
        self.n_threads = n_threads or available_threads()
        self.max_context = max_context
        self.max_reasks = max_reasks
        self.max_seconds = max_seconds

    @classmethod
    def from_settings(cls, settings: "Settings") -> "LocalBackend":
        require_llama_cpp()
        limits = {"max_reasks": settings.max_reasks, "max_seconds": settings.max_seconds}
        if settings.context_tokens:
            limits["max_context"] = settings.context_tokens
        if settings.model_path:
            return cls(settings.model_path, **limits)
        from ..model_store import DEFAULT_MODEL, ensure_default_model

        return cls(ensure_default_model(), identity=DEFAULT_MODEL.identity, **limits)

    @property
    def context_tokens(self) -> int:
        """The largest context this backend gives the model, in tokens."""
        return self.max_context

    def identity(self) -> dict[str, Any]:
        """In this process (no endpoint); structure comes from a llama.cpp grammar compiled from the schema."""
        return {**super().identity(), "mode": "grammar"}

    # -- the call ---------------------------------------------------------------------

    def complete(self, request: Request) -> Completion:
        counter = AttemptCounter()
        with _path_lock(self._key):
            loaded = self._loaded_for(request)
            with loaded.deadline.until(time.monotonic() + self.max_seconds) as deadline:
                try:
                    output = self._instructor(loaded.llama)(
                        messages=[dict(m) for m in request.messages],
                        response_model=request.response_model,
                        max_retries=self.max_reasks + 1,
                        temperature=request.settings.temperature,
                        max_tokens=answer_tokens(request),
                        seed=request.settings.seed,
                        hooks=counter.hooks(),
                    )
                except Exception as e:  # noqa: BLE001 - translated into the error tree
                    if deadline.passed:
                        loaded.llama.reset()  # the aborted decode left no usable state to build on
                        raise self._out_of_time(request, counter) from e
                    raise self._translate(e, request, counter) from e
        return counter.completion(output, getattr(output, "_raw_response", None))

    def _out_of_time(self, request: Request, counter: AttemptCounter) -> BackendError:
        return BackendError(
            f"the embedded model was stopped after {self.max_seconds:g} s of wall time, the limit of one call "
            f"(raise it with {setting_hint('max_seconds')})",
            article=request.article_id,
            backend=f"local ({self.model})",
            attempts=max(counter.requests, 1),
            last_output=counter.last_raw,
        )

    def _loaded_for(self, request: Request) -> _Loaded:
        loaded = _MODELS.get(self._key)
        needed = self._tokens_needed(request, loaded.llama if loaded else None)
        if needed > self.max_context:
            raise ContextLengthError(
                f"the prompt and its answer need {needed} tokens, more than the {self.max_context} of this "
                f"model's context (set with {setting_hint('context_tokens')})",
                article=request.article_id,
                backend=f"local ({self.model})",
                attempts=0,
                limit=self.max_context,
            )
        if loaded is not None and loaded.n_ctx >= needed:
            return loaded
        size = max(MIN_CONTEXT, -(-needed // CONTEXT_STEP) * CONTEXT_STEP)
        return _model(self._key, self.path, min(size, self.max_context), self.n_threads)

    @staticmethod
    def _tokens_needed(request: Request, llama: Any) -> int:
        text = "".join(m["content"] for m in request.messages)
        if llama is None:
            prompt = len(text.encode()) // 3  # a safe overestimate before the tokenizer is loaded
        else:
            prompt = len(llama.tokenize(text.encode(), add_bos=False, special=False))
        return prompt + MESSAGE_OVERHEAD_TOKENS * len(request.messages) + answer_tokens(request)

    def _instructor(self, llama: Any) -> Any:
        import instructor

        quiet_instructor_logs()
        def create(**kwargs: Any) -> Any:
            response_format = kwargs.pop("response_format", None) or {}
            schema = response_format.get("json_schema", {}).get("schema")
            if schema is None:
                raise ConfigError("the local backend only answers schema-constrained requests")
            kwargs.pop("model", None)
            grammar = _grammar(json.dumps(schema, sort_keys=True))
            return llama.create_chat_completion_openai_v1(grammar=grammar, **kwargs)

        return instructor.patch(create=unfencing(create), mode=instructor.Mode.JSON_SCHEMA)

    # -- errors -----------------------------------------------------------------------

    def _translate(self, error: Exception, request: Request, counter: AttemptCounter) -> Exception:
        import instructor

        if isinstance(error, ConfigError):
            return error
        where = {"article": request.article_id, "backend": f"local ({self.model})", "attempts": max(counter.requests, 1)}
        root: BaseException = error
        while isinstance(root, instructor.core.exceptions.InstructorRetryException) and root.__cause__ is not None:
            root = root.__cause__
        last = counter.last_raw or _raw_text(getattr(root, "last_completion", None))
        if isinstance(root, instructor.core.exceptions.IncompleteOutputException):
            return ValidationFailedError(cut_off_message(request), last_output=last, **where)
        if isinstance(error, instructor.core.exceptions.InstructorRetryException) and _is_invalid_output(root):
            return ValidationFailedError(
                f"output failed {request.response_model.__name__} validation: {_first_line(root)}",
                last_output=last,
                **where,
            )
        return BackendError(f"the embedded model failed: {type(root).__name__}: {_first_line(root)}", **where)

    def close(self) -> None:
        """Models stay loaded for the process (they are shared); see `unload_all`."""


def _is_invalid_output(error: BaseException) -> bool:
    """Output that does not parse or validate (pydantic's ValidationError and JSON errors are ValueErrors),
    as against a failure of the model itself."""
    return isinstance(error, ValueError)
