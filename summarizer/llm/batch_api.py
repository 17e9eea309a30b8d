"""The OpenAI Batch API through the `openai` client: upload a requests file, create a batch, follow it, download.

    client = batch_client(api_key=..., base_url=...)     # any server with /v1/files and /v1/batches
    batch = submit(client, Path("requests.jsonl"))       # files.create(purpose="batch") + batches.create
    batch = client.batches.retrieve(batch.id)            # status: validating ... completed
    download(client, batch.output_file_id, Path("results.jsonl"))

A batch runs the chat-completions endpoint within the 24-hour window (the
only one offered). Statuses (openai-python `types/batch.py`): validating,
failed, in_progress, finalizing, completed, expired, cancelling, cancelled;
an expired or cancelled batch still has the answers it finished in its output
file, and its unfinished requests in its error file. Errors become one
BackendError line; the key stays inside the client and is scrubbed from messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import BackendError, ConfigError
from .batch import BATCH_URL, COMPLETION_WINDOW

__all__ = ["DONE", "batch_client", "describe", "download", "retrieve", "submit"]

DONE = ("completed", "expired", "cancelled", "failed")  # nothing more will happen to the batch


def batch_client(*, api_key: str | None, base_url: str | None, timeout: float = 120.0, max_attempts: int = 5) -> Any:
    """An `openai.OpenAI` client for the Batch API (OpenAI, or the server at `base_url`), with bounded retries."""
    if not api_key and not base_url:
        raise ConfigError("the Batch API needs OPENAI_API_KEY, or --base-url for a server that takes no key")
    import openai

    return openai.OpenAI(api_key=api_key or "no-key", base_url=base_url, timeout=timeout, max_retries=max(0, max_attempts - 1))


def submit(client: Any, requests_file: Path, *, metadata: dict[str, str] | None = None) -> Any:
    """Upload `requests_file` (purpose "batch") and create a chat-completions batch over it; returns the Batch."""
    with _translated(client, "upload"):
        with requests_file.open("rb") as handle:
            uploaded = client.files.create(file=handle, purpose="batch")
    with _translated(client, "batch create"):
        return client.batches.create(
            input_file_id=uploaded.id, endpoint=BATCH_URL, completion_window=COMPLETION_WINDOW, metadata=metadata
        )


def retrieve(client: Any, batch_id: str) -> Any:
    with _translated(client, f"batch {batch_id}"):
        return client.batches.retrieve(batch_id)


def download(client: Any, file_id: str, path: Path) -> int:
    """Write the content of file `file_id` to `path`; returns its number of lines."""
    with _translated(client, f"file {file_id}"):
        data = client.files.content(file_id).content
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as e:
        raise ConfigError(f"cannot write {path}: {e.strerror or e}") from e
    return sum(1 for line in data.splitlines() if line.strip())


def describe(batch: Any) -> str:
    """'batch_abc: in_progress, 120 of 200 requests done (3 failed)'."""
    counts = getattr(batch, "request_counts", None)
    done = f", {counts.completed} of {counts.total} requests done" if counts and counts.total else ""
    failed = f" ({counts.failed} failed)" if counts and counts.failed else ""
    errors = getattr(getattr(batch, "errors", None), "data", None) or []
    why = "; ".join(f"line {e.line}: {e.message}" if getattr(e, "line", None) else str(e.message) for e in errors[:3])
    return f"{batch.id}: {batch.status}{done}{failed}" + (f" ({why})" if why else "")


class _translated:
    """openai errors -> one BackendError line naming the step, with the key scrubbed."""

    def __init__(self, client: Any, step: str) -> None:
        self.client, self.step = client, step

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, error: BaseException | None, _tb: Any) -> bool:
        import openai

        if error is None or not isinstance(error, openai.OpenAIError):
            return False
        message = _message(error)
        key = getattr(self.client, "api_key", "") or ""
        if len(key) >= 8:
            message = message.replace(key, "***")
        raise BackendError(f"Batch API {self.step} failed: {message}", backend="openai batch") from error


def _message(error: Any) -> str:
    import openai

    if isinstance(error, openai.APIStatusError):
        body = error.body if isinstance(error.body, dict) else {}
        inner = body.get("error", body) if isinstance(body, dict) else {}
        text = inner.get("message") if isinstance(inner, dict) else None
        return f"HTTP {error.status_code}: {' '.join(str(text or error).split())[:300]}"
    if isinstance(error, openai.APITimeoutError):
        return "timed out"
    if isinstance(error, openai.APIConnectionError):
        return "connection failed"
    return " ".join(str(error).split())[:300]
