"""Answers wrapped in a Markdown code fence, unwrapped before instructor validates them.

Several open models answer a request for JSON with the JSON inside a fence,
```` ```json\\n{...}\\n``` ```` or ```` ```json {...}``` ````, whatever the
structured-output mode. instructor's JSON_SCHEMA, JSON and TOOLS handlers pass
the text straight to `model_validate_json` (only its MD_JSON mode looks for a
code block), so the answer fails validation, is re-asked with a growing prompt
and the call fails. A fence that encloses the whole answer is taken off here,
in the create function instructor calls, so it is one request and one attempt
in every mode. Text around a fence is left alone: that is not an answer made
of JSON, and validation says so.
"""

from __future__ import annotations

import functools
import inspect
import re
from typing import Any, Callable

__all__ = ["unfence", "unfence_response", "unfencing"]

# An opening fence of three or more backticks or tildes, an optional info string ("json"), the body,
# and the same fence closing the text (CommonMark fenced code blocks; also written on one line).
_WHOLE_FENCE = re.compile(
    r"\A\s*(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[A-Za-z][\w+.-]*)?[ \t]*\r?\n?(?P<body>.*?)\s*(?P=fence)\s*\Z",
    re.S,
)


def unfence(text: str | None) -> str | None:
    """The body of a fence that encloses all of `text`; `text` unchanged otherwise (None stays None)."""
    if not text:
        return text
    match = _WHOLE_FENCE.match(text)
    return match.group("body").strip() if match else text


def unfence_response(response: Any) -> Any:
    """Unwrap the message content and tool-call arguments of an OpenAI-style chat completion, in place."""
    for choice in getattr(response, "choices", None) or ():
        message = getattr(choice, "message", None)
        if message is None:
            continue
        if isinstance(getattr(message, "content", None), str):
            message.content = unfence(message.content)
        for call in getattr(message, "tool_calls", None) or ():
            function = getattr(call, "function", None)
            if function is not None and isinstance(getattr(function, "arguments", None), str):
                function.arguments = unfence(function.arguments)
    return response


def unfencing(create: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a chat-completions `create` (sync or async) so that its answers come back unfenced."""
    if _is_async(create):

        @functools.wraps(create)
        async def acreate(*args: Any, **kwargs: Any) -> Any:
            return unfence_response(await create(*args, **kwargs))

        return acreate

    @functools.wraps(create)
    def screate(*args: Any, **kwargs: Any) -> Any:
        return unfence_response(create(*args, **kwargs))

    return screate


def _is_async(func: Callable[..., Any]) -> bool:
    """Whether calling `func` gives a coroutine, looking through decorators (`__wrapped__`), as instructor does:
    the openai client's async `create` is wrapped in a plain function."""
    while True:
        if inspect.iscoroutinefunction(func):
            return True
        inner = getattr(func, "__wrapped__", None)
        if not callable(inner):
            return False
        func = inner
