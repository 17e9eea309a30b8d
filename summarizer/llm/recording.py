"""Recordings: one small readable JSON file per model response.

`--record DIR` writes them; the replay backend answers only from them. They
hold what identifies the request (model, prompt, schema, article hash,
settings), the validated response, its raw text and token usage: never a key,
header or endpoint.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from .request import Completion, Request

__all__ = ["FORMAT", "Recorder", "explain_miss", "load_recordings", "recording_path"]

FORMAT = 1


def recording_path(directory: Path, request: Request, key: str) -> Path:
    safe_id = re.sub(r"[^A-Za-z0-9._-]+", "_", request.article_id)[:80]
    return directory / f"{safe_id}.{request.prompt_name}.{key[:16]}.json"


class Recorder:
    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def write(self, request: Request, *, model: str, backend: str, completion: Completion) -> Path:
        key = request.key(model)
        record: dict[str, Any] = {
            "format": FORMAT,
            "key": key,
            "backend": backend,
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


def load_recordings(directory: str | Path) -> dict[str, dict[str, Any]]:
    """Every recording under `directory`, by request key."""
    index: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(directory).rglob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(record, dict) and record.get("format") == FORMAT and "key" in record:
            record["_path"] = str(path)
            index[record["key"]] = record
    return index


def explain_miss(request: Request, model: str, recordings: dict[str, dict[str, Any]]) -> str:
    """Say what differs between this request and the closest recordings of the same article."""
    wanted = request.identity(model)
    same_article = [
        r for r in recordings.values()
        if r["article"]["hash"] == request.article_hash or r["article"]["id"] == request.article_id
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
