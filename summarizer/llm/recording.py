"""Recordings: one small readable JSON file per model response.

`--record DIR` writes them; the replay backend answers only from them. They
hold what identifies the request (model, prompt, schema, article hash,
settings), who answered it (backend kind, endpoint as scheme://host:port/path,
structured-output mode), the validated response, its raw text and token usage:
never an API key, header, user name or query string.

A recording is found by its request key (`Request.key(model)`), which does not
depend on the endpoint: recordings replay wherever they were made. When the
replay is asked for a particular endpoint or mode (`--base-url`, `--mode`), a
recording of the same request from that endpoint and mode is preferred, and a
miss says which endpoint and mode the recordings were made with.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Iterable

from .request import Completion, Request

__all__ = ["FORMAT", "Recorder", "explain_miss", "load_recordings", "pick_recording", "read_recordings", "recording_path"]

FORMAT = 1


def recording_path(directory: Path, request: Request, key: str) -> Path:
    safe_id = re.sub(r"[^A-Za-z0-9._-]+", "_", request.article_id)[:80]
    return directory / f"{safe_id}.{request.prompt_name}.{key[:16]}.json"


class Recorder:
    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def write(self, request: Request, *, backend: dict[str, Any], completion: Completion) -> Path:
        """Write one response; `backend` is `Backend.identity()` (backend, model, endpoint, mode)."""
        model = backend["model"]
        key = request.key(model)
        record: dict[str, Any] = {
            "format": FORMAT,
            "key": key,
            "backend": backend["backend"],
            "endpoint": backend.get("endpoint"),
            "mode": backend.get("mode"),
            **request.identity(model),
            "response": completion.output.model_dump(mode="json"),
            "usage": vars(completion.usage),
            "raw": completion.raw,
        }
        path = recording_path(self.directory, request, key)
        text = json.dumps(record, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
        return path


def read_recordings(directory: str | Path) -> list[dict[str, Any]]:
    """Every recording under `directory` (sub-folders included), in path order; unreadable files are skipped."""
    records = []
    for path in sorted(Path(directory).rglob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(record, dict) and record.get("format") == FORMAT and "key" in record:
            record["_path"] = str(path)
            records.append(record)
    return records


def load_recordings(directory: str | Path) -> dict[str, dict[str, Any]]:
    """Every recording under `directory`, by request key (of several with one key, the last in path order)."""
    return {record["key"]: record for record in read_recordings(directory)}


def pick_recording(
    records: list[dict[str, Any]], *, endpoint: str | None = None, mode: str | None = None
) -> dict[str, Any] | None:
    """The recording made at `endpoint` in `mode` (either None: any); None when none fits."""
    return next((r for r in records if _fits(r, endpoint, mode)), None)


def _fits(record: dict[str, Any], endpoint: str | None, mode: str | None) -> bool:
    return (endpoint is None or record.get("endpoint") == endpoint) and (mode is None or record.get("mode") == mode)


def explain_miss(
    request: Request,
    model: str,
    recordings: Iterable[dict[str, Any]],
    *,
    endpoint: str | None = None,
    mode: str | None = None,
) -> str:
    """Say what differs between this request and the closest recordings of the same article."""
    wanted = {**request.identity(model), "endpoint": endpoint, "mode": mode}
    same_article = [
        r for r in recordings if r["article"]["hash"] == request.article_hash or r["article"]["id"] == request.article_id
    ]
    if not same_article:
        return f"no recording of article '{request.article_id}' at all"
    same_prompt = [r for r in same_article if r["prompt"]["name"] == request.prompt_name] or same_article
    best = min(same_prompt, key=lambda r: len(_differences(wanted, r)))
    differences = _differences(wanted, best)
    return "changed since recording: " + "; ".join(differences) if differences else "no difference found"


def _differences(wanted: dict[str, Any], record: dict[str, Any]) -> list[str]:
    out = []
    if record["article"]["hash"] != wanted["article"]["hash"]:
        out.append("article text (content hash differs)")
    if record["model"] != wanted["model"]:
        out.append(f"model (recorded {record['model']!r}, now {wanted['model']!r})")
    for part, label in (("endpoint", "endpoint"), ("mode", "structured-output mode")):
        if wanted[part] is not None and record.get(part) != wanted[part]:
            out.append(f"{label} (recorded {_shown(record.get(part))}, now {wanted[part]!r})")
    if record["prompt"]["name"] != wanted["prompt"]["name"]:
        out.append(f"prompt (recorded {record['prompt']['name']!r}, now {wanted['prompt']['name']!r})")
    elif record["prompt"]["hash"] != wanted["prompt"]["hash"]:
        out.append(
            f"prompt template {wanted['prompt']['name']} (recorded version {record['prompt']['version']}, "
            f"now {wanted['prompt']['version']}; template hash {record['prompt']['hash'][:8]} -> "
            f"{wanted['prompt']['hash'][:8]})"
        )
    if record["schema"]["hash"] != wanted["schema"]["hash"]:
        out.append(f"response schema {wanted['schema']['name']} (schema hash differs)")
    if record["settings"] != wanted["settings"]:
        out.append(f"generation settings (recorded {record['settings']}, now {wanted['settings']})")
    if not out and record["messages_hash"] != wanted["messages_hash"]:
        out.append("rendered messages (a prompt variable such as --focus differs)")
    return out


def _shown(value: Any) -> str:
    return repr(value) if value is not None else "none (made in-process or before endpoints were recorded)"
