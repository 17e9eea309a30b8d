"""The OpenAI-compatible backend, through the real openai client, against a local server.

Every fault the server can inject is checked for what the backend must do:
retry it (transport), re-ask it (validation), or fail once with an error that
names the article, the backend, the attempts and the last output.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest
from conftest import SEED_ARTICLES, brief_request
from openai_server import Fault, OpenAIServer

from summarizer.articles import load_path
from summarizer.config import Settings
from summarizer.errors import BackendError, ConfigError, RunError, ValidationFailedError
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.backends import make_backend
from summarizer.llm.backends.openai_compat import OpenAIBackend
from summarizer.llm.retry import RetryPolicy
from summarizer.schema import BriefDraft

ARTICLE = load_path(sorted(SEED_ARTICLES.glob("*.txt"))[0])[0]
KEY = "sk-test-backend"


def backend(server: OpenAIServer, *, mode: str = "auto", attempts: int = 4, timeout: float = 2, **kw) -> OpenAIBackend:
    policy = RetryPolicy(max_attempts=attempts, max_seconds=10, initial_wait=0.05, max_wait=0.1)
    return OpenAIBackend(
        model="test-model", base_url=server.url, api_key=KEY, mode=mode, timeout=timeout, retry=policy, **kw
    )


def complete(b: OpenAIBackend, *, asynchronous: bool = False):
    request = brief_request(ARTICLE)
    if asynchronous:
        async def run():
            try:
                return await b.acomplete(request)
            finally:
                await b.aclose()

        return asyncio.run(run())
    return b.complete(request)


both = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


# --------------------------------------------------------------------------- happy path


@both
def test_valid_answer_with_usage(openai_server: OpenAIServer, asynchronous: bool) -> None:
    result = complete(backend(openai_server), asynchronous=asynchronous)
    assert isinstance(result.output, BriefDraft)
    [received] = openai_server.completions
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert result.usage.attempts == 1
    assert json.loads(result.raw) == result.output.model_dump()
    body = received.body
    assert received.mode == "json_schema"
    assert body["model"] == "test-model"
    assert body["messages"][0]["role"] == "system" and ARTICLE.text[:200] in body["messages"][1]["content"]
    assert (body["temperature"], body["max_tokens"], body["seed"]) == (0.0, 2048, 0)
    assert received.schema and "main_issue" in received.schema["properties"]
    assert received.headers["authorization"] == f"Bearer {KEY}"


def test_server_without_key(openai_server: OpenAIServer) -> None:
    b = OpenAIBackend(model="m", base_url=openai_server.url)
    assert isinstance(complete(b).output, BriefDraft)
    assert openai_server.completions[0].headers["authorization"] == "Bearer no-key"


def test_needs_a_key_or_a_base_url() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        OpenAIBackend(model="m")


def test_unknown_mode_is_a_config_error(openai_server: OpenAIServer) -> None:
    with pytest.raises(ConfigError, match="structured-output mode 'xml'"):
        backend(openai_server, mode="xml")


def test_make_backend_passes_settings(openai_server: OpenAIServer) -> None:
    b = make_backend(Settings(base_url=openai_server.url, model="qwen", timeout=3, max_attempts=2, mode="tools"))
    assert isinstance(b, OpenAIBackend)
    assert (b.model, b.retry.max_attempts, b._modes) == ("qwen", 2, ("tools",))
    assert b._client.timeout == 3


# --------------------------------------------------------------------------- modes


@both
def test_auto_mode_falls_back_to_tools_and_remembers(asynchronous: bool) -> None:
    with OpenAIServer(unsupported_modes={"json_schema"}) as server:
        b = backend(server)
        first = complete(b, asynchronous=asynchronous)
        second = complete(b, asynchronous=asynchronous)
        assert [r.mode for r in server.completions] == ["json_schema", "tools", "tools"]
        assert (first.usage.attempts, second.usage.attempts) == (2, 1)
        tool_request = server.completions[1].body
        assert tool_request["tools"][0]["function"]["name"] and tool_request.get("tool_choice")
        assert isinstance(second.output, BriefDraft)


def test_auto_mode_falls_back_to_json_mode() -> None:
    with OpenAIServer(unsupported_modes={"json_schema", "tools"}) as server:
        result = complete(backend(server))
        assert [r.mode for r in server.completions] == ["json_schema", "tools", "json"]
        assert server.completions[-1].body["response_format"] == {"type": "json_object"}
        assert isinstance(result.output, BriefDraft) and result.usage.attempts == 3


def test_no_mode_works() -> None:
    with OpenAIServer(unsupported_modes={"json_schema", "tools", "json"}) as server:
        with pytest.raises(BackendError, match="HTTP 400") as info:
            complete(backend(server))
        assert len(server.completions) == 3, "each mode once, never retried"
        assert info.value.attempts == 3


@pytest.mark.parametrize("mode", ["json_schema", "tools", "json"])
def test_explicit_mode_is_used_and_never_falls_back(mode: str) -> None:
    with OpenAIServer() as server:
        complete(backend(server, mode=mode))
        assert [r.mode for r in server.completions] == [mode]
    with OpenAIServer(unsupported_modes={mode}) as server:
        with pytest.raises(BackendError, match="HTTP 400"):
            complete(backend(server, mode=mode))
        assert len(server.completions) == 1


# --------------------------------------------------------------------------- transport faults


@both
def test_429_honours_retry_after(openai_server: OpenAIServer, asynchronous: bool) -> None:
    openai_server.script(Fault("429", retry_after=1), "ok")
    result = complete(backend(openai_server), asynchronous=asynchronous)
    first, second = openai_server.completions
    assert second.at - first.at >= 0.95, "waited the Retry-After, not the 50 ms backoff"
    assert second.at - first.at < 3
    assert result.usage.attempts == 2


def test_429_with_fractional_retry_after(openai_server: OpenAIServer) -> None:
    openai_server.script(Fault("429", retry_after=0.3), Fault("429", retry_after=0.3), "ok")
    started = time.monotonic()
    assert complete(backend(openai_server)).usage.attempts == 3
    assert 0.55 <= time.monotonic() - started < 3


@both
def test_5xx_burst_is_retried(openai_server: OpenAIServer, asynchronous: bool) -> None:
    openai_server.script("500", "503", "500", "ok")
    result = complete(backend(openai_server), asynchronous=asynchronous)
    assert result.usage.attempts == 4
    assert [r.fault for r in openai_server.completions] == ["500", "503", "500", "ok"]


def test_persistent_5xx_gives_a_backend_error(openai_server: OpenAIServer) -> None:
    openai_server.script(*["500"] * 10)
    with pytest.raises(BackendError) as info:
        complete(backend(openai_server, attempts=3))
    error = info.value
    assert len(openai_server.completions) == 3
    assert (error.article, error.backend, error.attempts) == (ARTICLE.id, "openai (test-model)", 3)
    message = str(error)
    assert message == f"request failed: HTTP 500: injected HTTP 500 (article {ARTICLE.id}, backend openai (test-model), 3 attempts)"


@both
def test_slow_response_times_out_and_is_retried(openai_server: OpenAIServer, asynchronous: bool) -> None:
    openai_server.script(Fault("slow", delay=5), "ok")
    started = time.monotonic()
    result = complete(backend(openai_server, timeout=0.5), asynchronous=asynchronous)
    assert result.usage.attempts == 2
    assert time.monotonic() - started < 3


def test_persistent_timeouts_give_a_backend_error(openai_server: OpenAIServer) -> None:
    openai_server.script(*[Fault("slow", delay=5)] * 5)
    started = time.monotonic()
    with pytest.raises(BackendError, match="timed out") as info:
        complete(backend(openai_server, timeout=0.3, attempts=2))
    assert info.value.attempts == 2
    assert time.monotonic() - started < 3


@both
def test_dropped_connection_is_retried(openai_server: OpenAIServer, asynchronous: bool) -> None:
    openai_server.script("drop", "ok")
    assert complete(backend(openai_server), asynchronous=asynchronous).usage.attempts == 2


def test_connection_refused_gives_a_backend_error() -> None:
    server = OpenAIServer().start()
    server.stop()
    b = OpenAIBackend(
        model="m", base_url=server.url, api_key=KEY, timeout=1,
        retry=RetryPolicy(max_attempts=2, max_seconds=5, initial_wait=0.01, max_wait=0.02),
    )
    with pytest.raises(BackendError, match="connection failed") as info:
        complete(b)
    assert info.value.attempts == 2


def test_client_errors_are_backend_errors_and_not_retried(openai_server: OpenAIServer) -> None:
    openai_server.script(Fault("400", message="context length exceeded"), "ok")
    with pytest.raises(BackendError, match="HTTP 400: context length exceeded") as info:
        complete(backend(openai_server, mode="json_schema"))
    assert not isinstance(info.value, ValidationFailedError)
    assert len(openai_server.completions) == 1


# --------------------------------------------------------------------------- bad output


@both
@pytest.mark.parametrize("fault", ["truncated", "invalid", "empty"])
def test_bad_output_is_reasked(openai_server: OpenAIServer, fault: str, asynchronous: bool) -> None:
    openai_server.script(fault, "ok")
    result = complete(backend(openai_server), asynchronous=asynchronous)
    assert isinstance(result.output, BriefDraft)
    assert result.usage.attempts == 2
    assert len(openai_server.completions) == 2
    reask = openai_server.completions[1].body["messages"]
    assert len(reask) > 2, "the re-ask carries the failed answer and the error back to the model"


def test_usage_sums_over_reasks(openai_server: OpenAIServer) -> None:
    single = complete(backend(openai_server)).usage
    openai_server.script("invalid", "ok")
    twice = complete(backend(openai_server)).usage
    assert twice.prompt_tokens > single.prompt_tokens


def test_persistent_invalid_output_gives_a_validation_error() -> None:
    long_invalid = {"main_issue": "x", "summary": " ".join(f"Sentence {i}." for i in range(100))}
    with OpenAIServer(responder=lambda received: long_invalid) as server:
        with pytest.raises(ValidationFailedError) as info:
            complete(backend(server, max_reasks=2))
        assert len(server.completions) == 3, "first answer plus two re-asks"
    error = info.value
    assert isinstance(error, RunError)
    assert (error.article, error.backend, error.attempts) == (ARTICLE.id, "openai (test-model)", 3)
    assert json.loads(error.last_output) == long_invalid, "the full last output is kept on the error"
    message = str(error)
    assert "BriefDraft validation: summary: Value error, summary must be 2 to 4 sentences, got 100" in message
    assert "last output: " in message and len(message) < 800, "the last output is shortened in the message"
    assert "\n" not in message


def test_transport_retry_then_validation_failure_counts_every_request(openai_server: OpenAIServer) -> None:
    openai_server.script("500", "invalid", "invalid", "invalid")
    with pytest.raises(ValidationFailedError) as info:
        complete(backend(openai_server, max_reasks=2))
    assert info.value.attempts == 4


def test_finish_reason_length_is_a_clear_error(openai_server: OpenAIServer) -> None:
    openai_server.script("length", "ok")
    with pytest.raises(ValidationFailedError, match="cut off at max_tokens") as info:
        complete(backend(openai_server))
    assert len(openai_server.completions) == 1, "the same max_tokens would be cut again: not re-asked"
    assert info.value.last_output and info.value.attempts == 1


# --------------------------------------------------------------------------- through the pipeline


def test_sync_calls_on_one_summarizer_reuse_nothing_from_closed_loops(openai_server: OpenAIServer) -> None:
    with Summarizer(Settings(strategy="single", use_cache=False), backend=backend(openai_server)) as s:
        briefs = [s.brief(ARTICLE) for _ in range(3)]
    assert [b.usage.attempts for b in briefs] == [1, 1, 1]
    assert [r.fault for r in openai_server.completions] == ["ok"] * 3


def test_batch_with_faults_loses_no_article(openai_server: OpenAIServer, seed_paths: list[Path]) -> None:
    articles = [load_path(p)[0] for p in seed_paths]
    openai_server.script("429", "500", "drop", "invalid", "ok", "503")
    with Summarizer(Settings(strategy="single", use_cache=False, concurrency=3), backend=backend(openai_server)) as s:
        outcomes = s.brief_many(articles)
    assert [o.article.id for o in outcomes] == [a.id for a in articles]
    assert all(o.ok for o in outcomes), [str(o.error) for o in outcomes if not o.ok]
    assert sum(o.brief.usage.attempts for o in outcomes) == len(openai_server.completions)


def test_one_failing_article_does_not_stop_the_batch(seed_paths: list[Path]) -> None:
    articles = [load_path(p)[0] for p in seed_paths[:3]]
    doomed = articles[1].id

    def responder(received):
        from openai_server import article_text, brief_answer

        text = article_text(received.user_text)
        if text.strip() == articles[1].text.strip():
            return {"main_issue": "", "summary": ""}
        return brief_answer(text)

    with OpenAIServer(responder=responder) as server:
        with Summarizer(Settings(strategy="single", use_cache=False), backend=backend(server)) as s:
            outcomes = s.brief_many(articles)
    assert [o.ok for o in outcomes] == [True, False, True]
    assert isinstance(outcomes[1].error, ValidationFailedError) and outcomes[1].error.article == doomed


def test_grounded_brief_from_the_server(openai_server: OpenAIServer) -> None:
    with Summarizer(Settings(strategy="single", use_cache=False), backend=backend(openai_server)) as s:
        brief = s.brief(ARTICLE)
    spans = [q for src in brief.sources for q in src.quotes] + [c.evidence for c in brief.claims if c.evidence]
    assert spans
    for span in spans:
        assert ARTICLE.text[span.start : span.end] == span.text
    assert (brief.usage.backend, brief.usage.model, brief.usage.calls) == ("openai", "test-model", 1)


@pytest.mark.parametrize(
    ("status", "message", "switch"),
    [
        (400, "response_format json_schema is not supported by this server", True),
        (400, "tools are not supported for this model", True),
        (501, "not implemented", True),
        (400, "This model's maximum context length is 4096 tokens", False),
        (400, "messages: field required", False),
        (401, "invalid api key", False),
    ],
)
def test_only_errors_about_structured_output_switch_modes(status: int, message: str, switch: bool) -> None:
    import openai

    from summarizer.llm.backends.openai_compat import _is_unsupported

    try:  # openai 3 ships on httpx2, earlier versions on httpx
        import httpx2 as transport
    except ImportError:
        import httpx as transport
    request = transport.Request("POST", "http://127.0.0.1/v1/chat/completions")
    error = openai.APIStatusError(message, response=transport.Response(status, request=request), body=None)
    assert _is_unsupported(error) is switch
