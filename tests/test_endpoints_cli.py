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
