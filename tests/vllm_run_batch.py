"""A stand-in for `vllm run-batch -i INPUT -o OUTPUT --model M`, for tests on a machine with no GPU.

It reads and writes what vLLM's batch runner reads and writes
(`vllm/entrypoints/openai/run_batch.py`): each input line is
`{"custom_id", "method", "url", "body"}`; each output line, in input order, is
`{"id": "vllm-…", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}`.
Like vLLM it answers only `/v1/chat/completions`, only for the model it serves
(another `model` in a body gets a 404 error line, as vLLM's model check gives),
and puts failures in the same output file.

Answers come from a model stand-in: with `--recordings DIR`, the recorded
answer whose rendered messages and schema name match the request (the seed
recordings of the embedded model in evals/recordings); otherwise the test
server's answer for the request's schema (tests/openai_server.py). A request
no recording answers gets an error line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from openai_server import OpenAIServer, Received, completion_payload, request_mode  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="vllm run-batch", description="Stand-in for vLLM's OpenAI-compatible batch runner.")
    parser.add_argument("-i", "--input-file", required=True)
    parser.add_argument("-o", "--output-file", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--served-model-name", nargs="*", default=None)
    parser.add_argument("--recordings", default=None, help="stand-in only: answer from these recordings")
    args = parser.parse_args(argv)
    served = set(args.served_model_name or [args.model])
    recordings = _recordings(Path(args.recordings)) if args.recordings else None
    state = OpenAIServer()
    out = []
    for text in Path(args.input_file).read_text(encoding="utf-8").splitlines():
        if text.strip():
            out.append(_answer(json.loads(text), served, recordings, state))
    Path(args.output_file).write_text("".join(json.dumps(o) + "\n" for o in out), encoding="utf-8")
    return 0


def _answer(line: dict[str, Any], served: set[str], recordings: dict[tuple[str, str], dict[str, Any]] | None, state: OpenAIServer) -> dict[str, Any]:
    body = line["body"]
    if line.get("url") != "/v1/chat/completions":
        return _error(line, 400, f"URL {line.get('url')} was used. Supported endpoints: /v1/chat/completions")
    if body.get("model") not in served:
        return _error(line, 404, f"The model `{body.get('model')}` does not exist.")
    received = Received("/v1/chat/completions", {}, body, request_mode(body), "ok")
    if recordings is None:
        from openai_server import default_answer

        text = json.dumps(default_answer(received))
        usage = None
    else:
        record = recordings.get((_messages_hash(body["messages"]), _schema_name(body)))
        if record is None:
            return _error(line, 400, "the stand-in has no recorded answer for this request")
        text = record.get("raw") or json.dumps(record["response"])
        usage = record.get("usage")
    payload = completion_payload(state, received, text)
    payload["id"] = f"chatcmpl-{uuid.uuid4().hex}"
    if usage:
        p, c = usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)
        payload["usage"] = {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}
    return {
        "id": f"vllm-{uuid.uuid4().hex}",
        "custom_id": line["custom_id"],
        "response": {"status_code": 200, "request_id": f"vllm-batch-{uuid.uuid4().hex}", "body": payload},
        "error": None,
    }


def _error(line: dict[str, Any], status: int, message: str) -> dict[str, Any]:
    """vLLM's line for an ErrorResponse: the status in `response`, no body, the error object in `error`."""
    return {
        "id": f"vllm-{uuid.uuid4().hex}",
        "custom_id": line.get("custom_id", ""),
        "response": {"status_code": status, "request_id": f"vllm-batch-{uuid.uuid4().hex}", "body": None},
        "error": {"error": {"message": message, "type": "NotFoundError" if status == 404 else "BadRequestError", "param": None, "code": status}},
    }


def _recordings(directory: Path) -> dict[tuple[str, str], dict[str, Any]]:
    index = {}
    for path in sorted(directory.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        index[(record["messages_hash"], record["schema"]["name"])] = record
    return index


def _messages_hash(messages: list[dict[str, Any]]) -> str:
    """As `summarizer.llm.request.Request.messages_hash` hashes the rendered messages."""
    blob = json.dumps(messages, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def _schema_name(body: dict[str, Any]) -> str:
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return fmt["json_schema"]["name"]
    tools = body.get("tools") or []
    return tools[0]["function"]["name"] if tools else ""


if __name__ == "__main__":
    raise SystemExit(main())
