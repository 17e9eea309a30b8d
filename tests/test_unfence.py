"""A Markdown fence around a whole answer is taken off; anything else is left for validation to judge."""

from __future__ import annotations

import asyncio

import pytest
from openai.types.chat import ChatCompletion

from summarizer.llm.backends.unfence import unfence, unfence_response, unfencing


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ('```json\n{"a": 1}\n```', '{"a": 1}'),
        ('```json {"a": 1}```', '{"a": 1}'),
        ('  ```\n[1, 2]\n```\n', "[1, 2]"),
        ('```JSON{"a": "```"}```', '{"a": "```"}'),
        ('~~~json\n{}\n~~~', "{}"),
        ('````json\n{"x": "```"}\n````', '{"x": "```"}'),
        ('{"a": 1}', '{"a": 1}'),
        ('Here it is: ```json {}```', 'Here it is: ```json {}```'),
        ('```json\n{}\n```\nHope this helps.', '```json\n{}\n```\nHope this helps.'),
        ("", ""),
    ],
)
def test_only_a_fence_around_the_whole_answer_is_taken_off(text: str, body: str) -> None:
    assert unfence(text) == body


def completion(content: str | None, arguments: str | None = None) -> ChatCompletion:
    message: dict = {"role": "assistant", "content": content}
    if arguments is not None:
        message["tool_calls"] = [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": arguments}}]
    return ChatCompletion.model_validate({
        "id": "x", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
    })  # fmt: skip


def test_content_and_tool_arguments_are_unwrapped() -> None:
    response = unfence_response(completion('```json\n{"a": 1}\n```', arguments='```\n{"b": 2}\n```'))
    assert response.choices[0].message.content == '{"a": 1}'
    assert response.choices[0].message.tool_calls[0].function.arguments == '{"b": 2}'


def test_sync_and_async_create_functions_are_both_wrapped() -> None:
    def create(**kwargs):
        return completion("```json\n{}\n```")

    async def acreate(**kwargs):
        return completion("```json\n[]\n```")

    assert unfencing(create)().choices[0].message.content == "{}"
    assert asyncio.run(unfencing(acreate)()).choices[0].message.content == "[]"
