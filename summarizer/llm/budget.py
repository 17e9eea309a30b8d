"""Token budgets: how many tokens an answer can need, how many a prompt will take, what fits a context window.

- `answer_tokens(request)`: the generation limit for one answer, the smaller of
  `max_tokens` and what the response schema allows at most. Under a grammar
  compiled from the schema (the embedded model) no valid answer is longer, so a
  runaway generation stops there instead of at `max_tokens`.
- `estimate_tokens(text)`: a deliberate over-estimate of a text's tokens, for
  deciding before sending whether a prompt fits (UTF-8 bytes / 3: byte-level BPE
  tokenizers make about 4 characters a token of English and 1 to 1.5 of Chinese
  or Japanese, 3 bytes each).
- `context_limit_in(message, body)`: the window a server names when it refuses
  a request as too long, in the formats servers use.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from .request import Request

__all__ = [
    "BYTES_PER_TOKEN",
    "MESSAGE_OVERHEAD_TOKENS",
    "answer_tokens",
    "context_limit_in",
    "estimate_tokens",
    "schema_max_tokens",
]

BYTES_PER_TOKEN = 3
MESSAGE_OVERHEAD_TOKENS = 32  # role markers and separators per chat message, generously
# The JSON a llama.cpp grammar compiled from a JSON Schema allows (llama_cpp/llama_grammar.py): at most one
# space between tokens, a string character is at most 6 bytes ("\uXXXX"), an integer at most 17 characters
# ("-" and 16 digits), a number at most 52 ("-", 16 digits, ".", 16 digits, "e", sign, 16 digits).
_SPACE = 1
_CHAR_BYTES = 6
_INTEGER = 17
_NUMBER = 52


def estimate_tokens(text: str) -> int:
    """At least as many tokens as `text` takes with a byte-level BPE tokenizer, usually 20-40% more."""
    return len(text.encode("utf-8")) // BYTES_PER_TOKEN + 1


def answer_tokens(request: Request) -> int:
    """Tokens to allow for the answer: `max_tokens`, or fewer when the response schema bounds the answer."""
    bound = schema_max_tokens(request.response_model)
    return request.settings.max_tokens if bound is None else min(request.settings.max_tokens, bound)


@lru_cache(maxsize=256)
def schema_max_tokens(model: type[BaseModel]) -> int | None:
    """Most tokens a JSON answer valid for `model` can take (one token covers at least one byte);
    None when the schema does not bound it (a string without maxLength, a list without maxItems)."""
    schema = model.model_json_schema()
    size = _max_bytes(schema, schema, frozenset())
    return None if size is None else size + 2 * _SPACE  # a leading and a trailing space


def _max_bytes(schema: dict[str, Any], root: dict[str, Any], seen: frozenset[str]) -> int | None:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:  # a recursive model has no bound
            return None
        target = (root.get("$defs") or root.get("definitions") or {}).get(name, {})
        return _max_bytes(target, root, seen | {name})
    if "const" in schema:
        return len(json.dumps(schema["const"], ensure_ascii=False).encode())
    if "enum" in schema:
        return max(len(json.dumps(v, ensure_ascii=False).encode()) for v in schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            sizes = [_max_bytes(option, root, seen) for option in schema[key]]
            return None if None in sizes else max(sizes)  # type: ignore[type-var]
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _max_bytes(schema["allOf"][0], root, seen)
    return _max_bytes_of_type(schema, root, seen)


def _max_bytes_of_type(schema: dict[str, Any], root: dict[str, Any], seen: frozenset[str]) -> int | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        sizes = [_max_bytes({**schema, "type": k}, root, seen) for k in kind]
        return None if None in sizes else max(sizes)  # type: ignore[type-var]
    if kind == "string":
        limit = schema.get("maxLength")
        return None if limit is None else 2 + _CHAR_BYTES * limit
    if kind == "integer":
        return _INTEGER
    if kind == "number":
        return _NUMBER
    if kind == "boolean":
        return 5
    if kind == "null":
        return 4
    if kind == "array":
        return _array_bytes(schema, root, seen)
    if kind == "object" or "properties" in schema:
        return _object_bytes(schema, root, seen)
    return None


def _array_bytes(schema: dict[str, Any], root: dict[str, Any], seen: frozenset[str]) -> int | None:
    most = schema.get("maxItems")
    item = _max_bytes(schema.get("items") or {}, root, seen) if most else 0
    if most is None or item is None:
        return None
    return 2 + 2 * _SPACE + most * (item + 1 + _SPACE)  # "[", items with "," and a space, "]"


def _object_bytes(schema: dict[str, Any], root: dict[str, Any], seen: frozenset[str]) -> int | None:
    if schema.get("additionalProperties") not in (None, False):
        return None
    total = 2 + 2 * _SPACE
    for name, value in (schema.get("properties") or {}).items():
        size = _max_bytes(value, root, seen)
        if size is None:
            return None
        key = len(json.dumps(name, ensure_ascii=False).encode())
        total += key + 1 + size + 1 + 3 * _SPACE  # "name": value,
    return total


# A server's refusal of a prompt too long for its model, and the window it names (OpenAI and vLLM,
# LM Studio, Hugging Face TGI, Anthropic-style), as it appears in the error message.
_TOO_LONG = re.compile(
    r"context[ _-]?(?:length|window|size)|maximum context|too long|too many tokens|exceeds? the (?:available )?context|"
    r"context_length_exceeded|prompt is too long|must be <= \d+",
    re.I,
)
_LIMITS = (
    re.compile(r"maximum context length is (\d+)", re.I),
    re.compile(r"context (?:length|window|size) of (?:only )?(\d+)", re.I),
    re.compile(r"(?:tokens|inputs)[^.]*must be <= (\d+)", re.I),
    re.compile(r"> (\d+) maximum", re.I),
    re.compile(r"n_ctx[\"']?\s*[:=]\s*(\d+)", re.I),
)


def is_context_refusal(message: str) -> bool:
    """Whether a server's error message says the prompt is too long for the model."""
    return bool(_TOO_LONG.search(message))


def context_limit_in(message: str, body: Any = None) -> int | None:
    """The context window (tokens) a server's refusal names, or None when it names none.

    Looks at an error body's `n_ctx` (llama.cpp server) and at the message's wording.
    """
    inner = body.get("error", body) if isinstance(body, dict) else None
    if isinstance(inner, dict) and isinstance(inner.get("n_ctx"), int):
        return inner["n_ctx"]
    for pattern in _LIMITS:
        match = pattern.search(message)
        if match:
            return int(match.group(1))
    return None
