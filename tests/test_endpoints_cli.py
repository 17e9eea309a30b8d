"""Endpoints as people really run them, through the real CLI against the local OpenAI-compatible server:
long waits asked by the server, answers cut at the token limit, answers in a Markdown fence, the cache
kept per endpoint and mode, and articles longer than the model's context window."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEED_ARTICLES
from openai_server import Fault, OpenAIServer
from summarizer.cli import app

SEED = sorted(SEED_ARTICLES.glob("*.txt"))[0]


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """Short timeouts and few attempts, so every failing case ends in seconds."""
    path = tmp_path / "config.toml"
    path.write_text(
        "[summarizer]\ntimeout = 3\nmax_seconds = 20\nmax_attempts = 3\nmax_reasks = 1\nstrategy = 'single'\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def cli(config: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(config))

    def invoke(server: OpenAIServer, *args: str):
        command = [args[0], *args[1:], "--base-url", server.url, "--model", "test-model"]
        return CliRunner().invoke(app, command, catch_exceptions=False)

    return invoke


def error_lines(stderr: str) -> list[str]:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr
    return lines


def briefs_of(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


# --------------------------------------------------------------------------- a long wait


def test_a_server_asking_for_an_hour_fails_fast_and_says_so(cli, openai_server: OpenAIServer) -> None:
    openai_server.script(Fault("429", retry_after=3600))
    started = time.monotonic()
    result = cli(openai_server, "brief", str(SEED), "--format", "json")
    assert time.monotonic() - started < 10, "an hour is not waited for"
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert "HTTP 429" in line
    assert "the server asked to wait 1 hour (Retry-After: 3600)" in line
    assert "more than the 20 s budget of one call (--max-seconds)" in line
    assert len(openai_server.completions) == 1


def test_other_articles_do_not_wait_out_a_pause_longer_than_the_budget(cli, openai_server: OpenAIServer, tmp_path: Path) -> None:
    """One 429 asking for an hour pauses every worker: the others fail at once, unsent, with the same reason."""
    paths = sorted(SEED_ARTICLES.glob("*.txt"))[:3]
    openai_server.script(Fault("429", retry_after=3600))
    started = time.monotonic()
    result = cli(openai_server, "brief", *map(str, paths), "--format", "json", "--concurrency", "1")
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 3
    assert all("the server asked to wait" in line and "--max-seconds" in line for line in lines)
    assert len(openai_server.completions) == 1, "nothing more is sent during the pause"


# --------------------------------------------------------------------------- the token limit


def test_an_answer_cut_at_the_token_limit_names_a_flag_that_exists(cli, openai_server: OpenAIServer) -> None:
    openai_server.script("length", "length")
    result = cli(openai_server, "brief", str(SEED), "--format", "json", "--max-tokens", "900")
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert "cut off at max_tokens=900" in line and "--max-tokens or SUMMARIZER_MAX_TOKENS" in line
    assert {r.body["max_tokens"] for r in openai_server.completions} == {900}, "the flag reached the request"


# --------------------------------------------------------------------------- JSON in a Markdown fence


@pytest.mark.parametrize("mode", ["json_schema", "tools", "json"])
def test_an_answer_in_a_fence_is_one_attempt_in_every_mode(cli, mode: str, tmp_path: Path) -> None:
    """Every answer comes fenced (```json ... ```): each article is briefed on its first request."""
    paths = sorted(SEED_ARTICLES.glob("*.txt"))[:2]
    out = tmp_path / "briefs.jsonl"
    with OpenAIServer() as server:
        server.script(*["fenced"] * 10)
        result = cli(server, "brief", *map(str, paths), "--format", "json", "--mode", mode, "-o", str(out))
        assert result.exit_code == 0, result.stderr
        assert len(server.completions) == 2, "no re-ask"
        assert {r.mode for r in server.completions} == {mode}
    briefs = briefs_of(out.read_text(encoding="utf-8"))
    assert [b["usage"]["attempts"] for b in briefs] == [1, 1]
    assert all(b["main_issue"].startswith("What the article says about") for b in briefs)
    manifest = [json.loads(line) for line in Path(f"{out}.manifest.jsonl").read_text().splitlines()]
    assert [m["attempts"] for m in manifest] == [1, 1]


def test_a_fence_written_on_one_line_is_unwrapped_too(cli) -> None:
    from openai_server import default_answer

    with OpenAIServer(responder=lambda r: "```json " + json.dumps(default_answer(r)) + "```") as server:
        result = cli(server, "brief", str(SEED), "--format", "json", "--mode", "json")
        assert result.exit_code == 0, result.stderr
        assert len(server.completions) == 1
    [brief] = briefs_of(result.stdout)
    assert brief["usage"]["attempts"] == 1


def test_text_around_a_fence_is_not_taken_for_the_answer(cli) -> None:
    """Only a fence enclosing the whole answer is unwrapped: prose around JSON still fails validation, one line."""
    from openai_server import default_answer

    with OpenAIServer(responder=lambda r: "Here is the brief:\n```json\n" + json.dumps(default_answer(r)) + "\n```") as server:
        result = cli(server, "brief", str(SEED), "--format", "json", "--mode", "json", "--max-reasks", "1")
        assert result.exit_code == 1
        assert len(server.completions) == 2, "asked once and re-asked once"
    [line] = error_lines(result.stderr)
    assert "validation" in line


# --------------------------------------------------------------------------- one cache, several servers


def briefing_server(label: str) -> OpenAIServer:
    """A server whose briefs say which server wrote them."""
    from openai_server import default_answer

    def answer(received):
        value = default_answer(received)
        if isinstance(value, dict) and "main_issue" in value:
            value["main_issue"] = f"{label}: {value['main_issue']}"
        return value

    return OpenAIServer(responder=answer)


def test_another_server_with_the_same_model_name_is_not_a_cache_hit(cli) -> None:
    with briefing_server("server A") as a, briefing_server("server B") as b:
        first = cli(a, "brief", str(SEED), "--format", "json")
        second = cli(b, "brief", str(SEED), "--format", "json")
        again = cli(a, "brief", str(SEED), "--format", "json")
        assert (len(a.completions), len(b.completions)) == (1, 1), "B asked, A's second run cached"
    assert briefs_of(first.stdout)[0]["main_issue"].startswith("server A: ")
    assert briefs_of(second.stdout)[0]["main_issue"].startswith("server B: ")
    assert briefs_of(again.stdout)[0]["main_issue"].startswith("server A: ")
    assert briefs_of(again.stdout)[0]["usage"]["cached_calls"] == 1


def test_another_structured_output_mode_is_not_a_cache_hit(cli, openai_server: OpenAIServer) -> None:
    for mode in ("json_schema", "tools", "json_schema"):
        result = cli(openai_server, "brief", str(SEED), "--format", "json", "--mode", mode)
        assert result.exit_code == 0, result.stderr
    assert [r.mode for r in openai_server.completions] == ["json_schema", "tools"], "the third run was a cache hit"


def test_replay_names_the_endpoint_and_mode_it_was_recorded_with(cli, tmp_path: Path) -> None:
    recordings = tmp_path / "rec"
    with briefing_server("server A") as a:
        recorded = cli(a, "brief", str(SEED), "--format", "json", "--mode", "tools", "--record", str(recordings))
        assert recorded.exit_code == 0, recorded.stderr
        a_endpoint = f"http://127.0.0.1:{a.port}/v1"
    [record] = [json.loads(p.read_text()) for p in recordings.glob("*.json")]
    assert (record["endpoint"], record["mode"]) == (a_endpoint, "tools")
    assert "sk-" not in json.dumps(record)

    def replay(*flags: str):
        return CliRunner().invoke(app, ["brief", str(SEED), "--format", "json", "--replay", str(recordings), *flags])

    anywhere = replay()
    assert anywhere.exit_code == 0, anywhere.stderr
    assert briefs_of(anywhere.stdout)[0]["main_issue"].startswith("server A: ")
    assert replay("--base-url", a_endpoint + "/", "--mode", "tools").exit_code == 0, "same endpoint, spelled another way"

    elsewhere = replay("--base-url", "http://127.0.0.1:9/v1")
    assert elsewhere.exit_code == 1
    [line] = error_lines(elsewhere.stderr)
    assert f"endpoint (recorded '{a_endpoint}', now 'http://127.0.0.1:9/v1')" in line
    other_mode = replay("--mode", "json")
    [line] = error_lines(other_mode.stderr)
    assert "structured-output mode (recorded 'tools', now 'json')" in line


# --------------------------------------------------------------------------- longer than the context window

SPEAKERS = ["Maria Lopez", "Tom Birch", "Ana Ruiz", "Joe Park", "Lena Hart", "Omar Said", "Ines Vogel", "Raj Patel"]


def long_article(chars: int = 33_600) -> str:
    """A long report (about `chars` characters): numbered paragraphs, each speaker quoted in one place."""
    paragraphs, n = ["Harbour expansion divides the city", ""], 0
    while sum(map(len, paragraphs)) < chars:
        n += 1
        if n % 15 == 0:
            who = SPEAKERS[(n // 15 - 1) % len(SPEAKERS)]
            paragraphs.append(f"“The harbour plan changes everything for district {n},” said {who} at the hearing on day {n}.")
        else:
            paragraphs.append(
                f"Paragraph {n}: the port authority said the new quay in district {n} would take {n + 3} months to "
                f"build and employ {10 * n} workers, while residents asked about noise, traffic and the cost to them."
            )
    return "\n".join(paragraphs)[:chars] + "\n"


@pytest.fixture
def long_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(long_article(), encoding="utf-8")
    return path


def test_a_long_article_is_split_after_the_server_names_its_window(cli, long_file: Path) -> None:
    text = long_file.read_text(encoding="utf-8")
    assert len(text) == 33_601
    with OpenAIServer(context_tokens=8192) as server:
        result = cli(server, "brief", str(long_file), "--format", "json")
        assert result.exit_code == 0, result.stderr
        faults = [r.fault for r in server.completions]
    assert faults[0] == "context" and set(faults[1:]) == {"ok"}, "refused once, then every piece fits"
    assert len(faults) - 1 >= 3
    [brief] = briefs_of(result.stdout)
    quotes = [q for s in brief["sources"] for q in s["quotes"]]
    assert len(quotes) >= 4 and all(q["text"].startswith("The harbour plan changes everything for district") for q in quotes)
    assert max(q["start"] for q in quotes) > len(text) * 0.7, "quotes from the last pieces are in the brief"
    assert all(text[q["start"] : q["end"]] == q["text"] for q in quotes)
    assert brief["main_issue"].startswith("What the article says about Harbour expansion divides the city")


def test_a_known_window_splits_before_sending(cli, long_file: Path) -> None:
    with OpenAIServer(context_tokens=8192) as server:
        result = cli(server, "brief", str(long_file), "--format", "json", "--context-tokens", "8192")
        assert result.exit_code == 0, result.stderr
        sizes = [len(r.user_text) for r in server.completions]
        assert {r.fault for r in server.completions} == {"ok"}, "nothing refused"
    assert len(sizes) >= 3 and max(sizes) < 8192 * 4
    assert briefs_of(result.stdout)[0]["usage"]["calls"] == len(sizes)


def test_a_refusal_that_names_no_window_says_how_to_set_it(cli, long_file: Path, tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("Ferry fares rise\n\nFerry fares will rise by five per cent in May, the operator said on Friday.\n")
    message = "the request exceeds the available context size, try increasing it"
    with OpenAIServer(context_tokens=8192, context_message=message) as server:
        result = cli(server, "brief", str(long_file), str(short), "--format", "json")
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert line.startswith("error: harbour: the request is too long for the model (HTTP 400: " + message)
    assert "the server names no window size: set it with --context-tokens or SUMMARIZER_CONTEXT_TOKENS" in line
    assert [b["article_id"] for b in briefs_of(result.stdout)] == ["short"], "the other article is briefed"


def test_a_window_too_small_for_any_piece_fails_before_sending(cli, long_file: Path) -> None:
    with OpenAIServer() as server:
        result = cli(server, "brief", str(long_file), "--format", "json", "--context-tokens", "2500")
        assert server.completions == []
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert "the model's context window of 2500 tokens leaves 0 for the article" in line
    assert "raise --context-tokens or SUMMARIZER_CONTEXT_TOKENS if the model has more, or lower --max-tokens" in line
