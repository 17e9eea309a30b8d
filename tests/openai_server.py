"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions protocol.

    with OpenAIServer() as server:
        server.script("429", "500", "ok")      # one fault per request, in order
        backend = OpenAIBackend(model="m", base_url=server.url, ...)
        ...
        assert [r.mode for r in server.requests] == ["json_schema"] * 3

By default every POST /v1/chat/completions gets a valid answer computed from the
request: the schema is read from `response_format` (json_schema mode), from the
tool definition (tools mode) or from the system message (json mode), and the
answer goes back as message content or as a tool call, with token usage.
A `BriefDraft` request gets a brief grounded in the fenced article (its quotes
and evidence are real passages); any other schema gets its smallest valid
instance. `responder=` replaces that with your own function of the request.

Faults are queued with `script(...)` and consumed one per request:

    "ok"          a valid answer
    "429"         HTTP 429 with `Retry-After: 1` (Fault("429", retry_after=2) to change)
    "500", "503"  server errors (bursts: script("500", "500", "503", "ok"))
    "slow"        sleeps `delay` seconds (default 5) before a valid answer
    "drop"        closes the connection without a response
    "truncated"   200 with JSON content cut in half
    "length"      200, truncated content, finish_reason "length"
    "invalid"     200 with well-formed JSON that fails the schema
    "empty"       200 with empty content
    "400"         HTTP 400 (an invalid request)
    "fenced"      200, a valid answer inside a Markdown fence (```json ... ```), in any mode

`unsupported_modes={"json_schema"}` answers 400 to every request in those
modes, like a server without constrained decoding. `context_tokens=N` answers
400 to a request whose messages (4 characters a token) and `max_tokens` come to
more than N tokens, with OpenAI's and vLLM's wording ("This model's maximum
context length is N tokens. ..."); `context_message` replaces that wording
(`{limit}` and `{requested}` are filled in), e.g. with one that names no size. Every request received is
kept in `requests` (path, headers, parsed body, detected mode, fault applied).

It also speaks the Batch API, as the openai client drives it:

    POST /v1/files (multipart, purpose=batch)   GET /v1/files/{id}, /v1/files/{id}/content
    POST /v1/batches                            GET /v1/batches/{id}

A batch reports `in_progress` until it has been retrieved `batch_polls` times
(default 1), then runs every line of its input file as a chat completion above
(the same answers and the same fault script, one fault per line) and completes:
answers go to its output file, failed lines (429, 5xx, 400, "expired") to its
error file, in the Batch API's output format (`batch_output_line`).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

__all__ = ["Fault", "OpenAIServer", "Received", "batch_output_line", "brief_answer", "completion_payload", "minimal_instance"]

CONTEXT_MESSAGE = (
    "This model's maximum context length is {limit} tokens. However, you requested {requested} tokens. "
    "Please reduce the length of the messages or completion."
)
FAULTS = ("ok", "429", "500", "503", "400", "slow", "drop", "truncated", "length", "invalid", "empty", "fenced", "expired")


@dataclass(frozen=True)
class Fault:
    kind: str
    retry_after: float | None = 1
    delay: float = 5.0
    message: str = ""

    def __post_init__(self) -> None:
        if self.kind not in FAULTS:
            raise ValueError(f"unknown fault {self.kind!r}; choose from {FAULTS}")


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    mode: str
    fault: str
    at: float = field(default_factory=time.monotonic)

    @property
    def schema(self) -> dict[str, Any] | None:
        return request_schema(self.body)

    @property
    def user_text(self) -> str:
        return "\n".join(_text(m) for m in self.body.get("messages", []) if m.get("role") == "user")


Responder = Callable[[Received], Any]


class OpenAIServer:
    """Start with `start()` or `with`; `url` is the base URL to give the client."""

    def __init__(
        self,
        *,
        responder: Responder | None = None,
        unsupported_modes: set[str] | None = None,
        batch_polls: int = 1,
        context_tokens: int | None = None,
        context_message: str = CONTEXT_MESSAGE,
    ) -> None:
        self.responder = responder
        self.unsupported_modes = set(unsupported_modes or ())
        self.batch_polls = batch_polls
        self.context_tokens = context_tokens
        self.context_message = context_message
        self.requests: list[Received] = []
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self._script: deque[Fault] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port: int | None = None

    # -- lifecycle ------------------------------------------------------------------

    def start(self) -> "OpenAIServer":
        self._stopping.clear()
        handler = type("Handler", (_Handler,), {"server_state": self})
        self._httpd = _QuietServer(("127.0.0.1", self.port or 0), handler)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and cut open connections, so nothing can reach it any more."""
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        with self._lock:
            connections, self._connections = list(self._connections), set()
        for conn in connections:
            _close(conn)

    def __enter__(self) -> "OpenAIServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # -- scripting --------------------------------------------------------------------

    def script(self, *faults: str | Fault) -> "OpenAIServer":
        """Queue faults (or "ok"), consumed one per chat-completions request."""
        with self._lock:
            self._script.extend(f if isinstance(f, Fault) else Fault(f) for f in faults)
        return self

    @property
    def pending(self) -> int:
        return len(self._script)

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self.requests.clear()

    @property
    def completions(self) -> list[Received]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _next_fault(self) -> Fault:
        with self._lock:
            return self._script.popleft() if self._script else Fault("ok")

    def _record(self, received: Received) -> None:
        with self._lock:
            self.requests.append(received)

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            (self._connections.add if add else self._connections.discard)(conn)

    # -- Batch API ----------------------------------------------------------------------

    def _store_file(self, content: bytes, purpose: str, filename: str) -> dict[str, Any]:
        with self._lock:
            file_id = f"file-test{len(self.files) + 1}"
            stored = {"id": file_id, "content": content, "purpose": purpose, "filename": filename, "created_at": int(time.time())}
            self.files[file_id] = stored
        return stored

    def _create_batch(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        source = self.files.get(body.get("input_file_id", ""))
        if source is None or source["purpose"] != "batch":
            return 400, _error("input_file_id must name a file uploaded with purpose batch", "invalid_request_error")
        if body.get("endpoint") != "/v1/chat/completions" or body.get("completion_window") != "24h":
            return 400, _error("endpoint must be /v1/chat/completions and completion_window 24h", "invalid_request_error")
        lines = [line for line in source["content"].decode("utf-8").splitlines() if line.strip()]
        with self._lock:
            batch_id = f"batch_test{len(self.batches) + 1}"
            batch = {
                "id": batch_id, "object": "batch", "endpoint": body["endpoint"], "input_file_id": source["id"],
                "completion_window": "24h", "status": "validating", "created_at": int(time.time()),
                "output_file_id": None, "error_file_id": None, "errors": None, "metadata": body.get("metadata"),
                "request_counts": {"total": len(lines), "completed": 0, "failed": 0}, "_polls": 0,
            }  # fmt: skip
            self.batches[batch_id] = batch
        return 200, _public(batch)

    def _poll_batch(self, batch_id: str) -> dict[str, Any] | None:
        batch = self.batches.get(batch_id)
        if batch is None:
            return None
        batch["_polls"] += 1
        if batch["status"] in ("validating", "in_progress"):
            if batch["_polls"] >= self.batch_polls:
                self._run_batch(batch)
            else:
                batch["status"] = "in_progress"
        return _public(batch)

    def _run_batch(self, batch: dict[str, Any]) -> None:
        """Answer every line of the input file as a chat completion (consuming the fault script), then complete."""
        answers, failures = [], []
        for n, text in enumerate(self.files[batch["input_file_id"]]["content"].decode("utf-8").splitlines()):
            if text.strip():
                line, fault = json.loads(text), self._next_fault()
                received = Received(line["url"], {}, line["body"], request_mode(line["body"]), fault.kind)
                self._record(received)
                out = batch_output_line(self, line["custom_id"], received, fault, n)
                (answers if out["response"] and out["response"]["status_code"] == 200 else failures).append(out)
        for name, group in (("output_file_id", answers), ("error_file_id", failures)):
            if group:
                data = "".join(json.dumps(o) + "\n" for o in group).encode()
                batch[name] = self._store_file(data, "batch_output", f"{batch['id']}_{name}.jsonl")["id"]
        batch["request_counts"] = {"total": len(answers) + len(failures), "completed": len(answers), "failed": len(failures)}
        batch["status"], batch["completed_at"] = "completed", int(time.time())


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the default backlog of 5 resets connections at concurrency 32

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up (timeouts, dropped connections) is part of the tests


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_state: OpenAIServer

    def setup(self) -> None:
        super().setup()
        self.server_state._track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        self.server_state._track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0].rstrip("/")
        state = self.server_state
        state._record(Received(path, _headers(self.headers), {}, "plain", "ok"))
        if path.endswith("/models"):
            self._json(200, {"object": "list", "data": [{"id": "test-model", "object": "model", "owned_by": "test"}]})
        elif m := re.search(r"/files/([\w-]+)/content$", path):
            stored = state.files.get(m.group(1))
            if stored is None:
                self._json(404, _error(f"no file {m.group(1)}", "not_found"))
            else:
                self._bytes(200, stored["content"])
        elif m := re.search(r"/files/([\w-]+)$", path):
            stored = state.files.get(m.group(1))
            self._json(200, _file_object(stored)) if stored else self._json(404, _error("no such file", "not_found"))
        elif m := re.search(r"/batches/([\w-]+)$", path):
            batch = state._poll_batch(m.group(1))
            self._json(200, batch) if batch else self._json(404, _error(f"no batch {m.group(1)}", "not_found"))
        else:
            self._json(404, _error("not found", "not_found"))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        state = self.server_state
        path = self.path.rstrip("/")
        if path.endswith("/files"):
            self._upload(raw)
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        if path.endswith("/batches"):
            state._record(Received(path, _headers(self.headers), body, "plain", "ok"))
            status, payload = state._create_batch(body)
            self._json(status, payload)
            return
        mode = request_mode(body)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            state._record(Received(self.path, _headers(self.headers), body, mode, "404"))
            self._json(404, _error(f"no route {self.path}", "not_found"))
            return
        if mode in state.unsupported_modes:
            state._record(Received(self.path, _headers(self.headers), body, mode, "unsupported"))
            self._json(400, _error(f"this server does not support {mode} structured output", "invalid_request_error"))
            return
        requested = request_tokens(body)
        if state.context_tokens is not None and requested > state.context_tokens:
            state._record(Received(self.path, _headers(self.headers), body, mode, "context"))
            message = state.context_message.format(limit=state.context_tokens, requested=requested)
            self._json(400, _error(message, "invalid_request_error", code="context_length_exceeded"))
            return
        fault = state._next_fault()
        received = Received(self.path, _headers(self.headers), body, mode, fault.kind)
        state._record(received)
        self._answer(fault, received)

    def _upload(self, raw: bytes) -> None:
        state = self.server_state
        fields = _multipart(self.headers.get("Content-Type", ""), raw)
        state._record(Received(self.path, _headers(self.headers), {"purpose": fields.get("purpose", b"").decode()}, "plain", "ok"))
        if "file" not in fields or fields.get("purpose") != b"batch":
            self._json(400, _error("a file and purpose=batch are required", "invalid_request_error"))
            return
        self._json(200, _file_object(state._store_file(fields["file"], "batch", fields.get("_filename", "upload.jsonl"))))

    # -- answers ------------------------------------------------------------------------

    def _answer(self, fault: Fault, received: Received) -> None:
        kind = fault.kind
        if kind == "429":
            headers = {"Retry-After": _num(fault.retry_after)} if fault.retry_after is not None else {}
            self._json(429, _error(fault.message or "Rate limit reached; try again later", "rate_limit_exceeded"), headers)
        elif kind in ("500", "503", "400", "expired"):
            status = 500 if kind == "expired" else int(kind)
            self._json(status, _error(fault.message or f"injected HTTP {status}", "server_error"))
        elif kind == "drop":
            self.close_connection = True
            _close(self.connection)
        elif kind == "slow":
            if not self.server_state._stopping.wait(fault.delay):
                self._completion(received, _answer_text(self.server_state, received))
        elif kind == "empty":
            self._completion(received, "")
        elif kind in ("truncated", "length"):
            text = _answer_text(self.server_state, received)
            self._completion(received, text[: max(1, len(text) // 2)], finish="length" if kind == "length" else None)
        elif kind == "invalid":
            self._completion(received, json.dumps(_invalid_instance(received)))
        elif kind == "fenced":
            self._completion(received, "```json\n" + _answer_text(self.server_state, received) + "\n```")
        else:
            self._completion(received, _answer_text(self.server_state, received))

    def _completion(self, received: Received, text: str, *, finish: str | None = None) -> None:
        self._json(200, completion_payload(self.server_state, received, text, finish=finish))

    def _bytes(self, status: int, data: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            self.close_connection = True

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            self.close_connection = True


def completion_payload(state: OpenAIServer, received: Received, text: str, *, finish: str | None = None) -> dict[str, Any]:
    """A chat.completion answering `received` with `text` (as content, or as a tool call in tools mode)."""
    body = received.body
    message: dict[str, Any] = {"role": "assistant", "content": text}
    tool = _tool_name(body)
    if received.mode == "tools" and tool:
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": f"call_{len(state.requests)}", "type": "function", "function": {"name": tool, "arguments": text}}
            ],
        }
    prompt_tokens = max(1, sum(len(_text(m)) for m in body.get("messages", [])) // 4)
    completion_tokens = max(1, len(text) // 4)
    return {
        "id": f"chatcmpl-test-{len(state.requests)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "test-model"),
        "choices": [{
            "index": 0,
            "message": message,
            "finish_reason": finish or ("tool_calls" if message.get("tool_calls") else "stop"),
            "logprobs": None,
        }],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens, "total_tokens": prompt_tokens + completion_tokens},
    }  # fmt: skip


# --------------------------------------------------------------------------- requests


def request_mode(body: dict[str, Any]) -> str:
    """json_schema, tools, json or plain: how the client asked for structure."""
    kind = (body.get("response_format") or {}).get("type")
    if kind == "json_schema":
        return "json_schema"
    if body.get("tools"):
        return "tools"
    if kind == "json_object":
        return "json"
    return "plain"


def request_schema(body: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON Schema the request asks for, wherever the mode put it."""
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return (fmt.get("json_schema") or {}).get("schema")
    if body.get("tools"):
        return body["tools"][0].get("function", {}).get("parameters")
    for message in body.get("messages", []):
        text = _text(message)
        at = text.find("{", text.find("json_schema") if "json_schema" in text else 0)
        while at != -1:
            try:
                value, _ = json.JSONDecoder().raw_decode(text, at)
            except ValueError:
                at = text.find("{", at + 1)
                continue
            if isinstance(value, dict) and ("properties" in value or "$defs" in value):
                return value
            at = text.find("{", at + 1)
    return None


def batch_output_line(state: OpenAIServer, custom_id: str, received: Received, fault: Fault, n: int) -> dict[str, Any]:
    """One line of a batch output or error file (OpenAI's format) for a request answered with `fault`."""
    line: dict[str, Any] = {"id": f"batch_req_test{n}", "custom_id": custom_id, "response": None, "error": None}
    if fault.kind == "expired":
        line["error"] = {"code": "batch_expired", "message": "This request could not be executed before the completion window expired."}
        return line
    if fault.kind in ("429", "500", "503", "400"):
        body = _error(fault.message or f"injected HTTP {fault.kind}", "server_error")
        line["response"] = {"status_code": int(fault.kind), "request_id": f"req_{n}", "body": body}
        return line
    text = _answer_text(state, received)
    finish = None
    if fault.kind == "invalid":
        text = json.dumps(_invalid_instance(received))
    elif fault.kind == "empty":
        text = ""
    elif fault.kind in ("truncated", "length"):
        text, finish = text[: max(1, len(text) // 2)], ("length" if fault.kind == "length" else None)
    elif fault.kind == "fenced":
        text = "```json\n" + text + "\n```"
    line["response"] = {"status_code": 200, "request_id": f"req_{n}", "body": completion_payload(state, received, text, finish=finish)}
    return line


def _public(batch: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in batch.items() if not k.startswith("_")}


def _file_object(stored: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": stored["id"], "object": "file", "bytes": len(stored["content"]), "created_at": stored["created_at"],
        "filename": stored["filename"], "purpose": stored["purpose"], "status": "processed",
    }  # fmt: skip


def _multipart(content_type: str, raw: bytes) -> dict[str, Any]:
    """The fields of a multipart/form-data body (file contents as bytes; the file's name under `_filename`)."""
    from email.parser import BytesParser
    from email.policy import HTTP

    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            fields[name] = part.get_payload(decode=True) or b""
            if part.get_filename():
                fields["_filename"] = part.get_filename()
    return fields


def _tool_name(body: dict[str, Any]) -> str | None:
    tools = body.get("tools") or []
    return tools[0].get("function", {}).get("name") if tools else None


def _text(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


def _error(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code or kind}}


def request_tokens(body: dict[str, Any]) -> int:
    """What this server counts against its context: the messages at 4 characters a token, plus max_tokens."""
    return max(1, sum(len(_text(m)) for m in body.get("messages", [])) // 4) + int(body.get("max_tokens") or 0)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _close(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        conn.close()
    except OSError:
        pass


# --------------------------------------------------------------------------- answers


def _answer_text(state: OpenAIServer, received: Received) -> str:
    value = state.responder(received) if state.responder else default_answer(received)
    return value if isinstance(value, str) else json.dumps(value)


def default_answer(received: Received) -> Any:
    schema = received.schema or {}
    if "main_issue" in (schema.get("properties") or {}) or (not schema and "main_issue" in json.dumps(received.body)):
        return brief_answer(article_text(received.user_text))
    return minimal_instance(schema, schema)


_FENCE = re.compile(r"<<<(\w+)\n(.*?)\n\1>>>", re.S)
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{12,200})[”\"]")
_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b")


def article_text(user_message: str) -> str:
    """The fenced article inside a rendered brief prompt (the whole message if unfenced)."""
    match = _FENCE.search(user_message)
    text = match.group(2) if match else user_message
    return re.sub(r"^Title: .*\n", "", text, count=1)


def brief_answer(text: str) -> dict[str, Any]:
    """A valid BriefDraft for `text` whose quotes and evidence are real passages of it."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)[:8]
    topic = " ".join(words) or "an unnamed subject"
    first_sentence = re.split(r"(?<=[.!?])\s", " ".join(text.split()), maxsplit=1)[0][:160]
    quotes = [m.group(1) for m in _QUOTED.finditer(text)][:2]
    names = list(dict.fromkeys(_NAME.findall(text)))[:2]
    return {
        "main_issue": f"What the article says about {topic}",
        "summary": f"The article reports on {topic}. It was briefed by the test server.",
        "actors": [{"name": n, "aliases": [], "kind": "person", "role": ""} for n in names],
        "stances": [],
        "sources": [
            {"name": names[0] if names else "Unnamed source", "type": "other", "affiliation": "", "role": "",
             "quotes": quotes, "statements": []}
        ] if quotes else [],
        "claims": [{"text": f"The article opens with: {first_sentence}", "by": "author", "evidence": first_sentence}],
    }


def minimal_instance(schema: dict[str, Any], root: dict[str, Any]) -> Any:
    """The smallest value that satisfies a (pydantic-generated) JSON Schema."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return minimal_instance((root.get("$defs") or root.get("definitions") or {}).get(name, {}), root)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return minimal_instance(options[0], root)
    kind = schema.get("type", "object")
    kind = next((k for k in kind if k != "null"), "null") if isinstance(kind, list) else kind
    if kind == "object":
        props = schema.get("properties") or {}
        return {name: minimal_instance(props[name], root) for name in schema.get("required", []) if name in props}
    if kind == "array":
        return [minimal_instance(schema.get("items") or {}, root) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        return "x" * max(1, schema.get("minLength", 1))
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


def _invalid_instance(received: Received) -> dict[str, Any]:
    """Well-formed JSON that fails the schema: required fields missing, an unknown one added."""
    return {"definitely_not_a_field": "schema-invalid output from the test server"}


def _headers(message: Any) -> dict[str, str]:
    """Request headers with lower-case names (HTTP names are case-insensitive)."""
    return {name.lower(): value for name, value in message.items()}
