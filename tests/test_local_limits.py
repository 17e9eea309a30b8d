"""The embedded model within its limits: wall time per call (max_seconds) and tokens per answer (its schema)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from typing_extensions import Annotated

from summarizer.extract.strategies.stepwise_schema import Gist, StanceAnswer
from summarizer.llm.backends import GenerationSettings, Request
from summarizer.llm.budget import answer_tokens, schema_max_tokens
from summarizer.schema import BriefDraft

HAS_LLAMA = importlib.util.find_spec("llama_cpp") is not None
ARTICLE = """Colombia summons Russian envoy

Colombia's foreign ministry summoned the Russian ambassador, Nikolay Tavdumadze, on Monday over Russian military aid to Venezuela.
"We will not accept any threat to our borders," said Marta Lucía Ramírez, Colombia's vice president.
The ambassador promised that the equipment would not be used against Colombia.
"""


# --------------------------------------------------------------------------- tokens an answer can need


class Choice(BaseModel):
    model_config = ConfigDict(extra="forbid")
    answer: Literal["ally", "adversary", "neither"]


class Names(BaseModel):
    names: list[Annotated[str, StringConstraints(max_length=10)]] = Field(max_length=3)


class Open(BaseModel):
    names: list[str] = Field(max_length=3)


class Tree(BaseModel):
    label: Annotated[str, StringConstraints(max_length=5)]
    children: list["Tree"] = Field(max_length=2)


def test_an_answer_may_take_what_its_schema_allows() -> None:
    # {"answer": "adversary"}: braces 2, '"answer"' 8, ':' 1, '"adversary"' 11, ',' 1, spaces 1 each (3 + 2), edges 2
    assert schema_max_tokens(Choice) == 30
    # a string of 10 characters is at most 2 + 6 * 10 bytes ("\uXXXX" each); 3 of them with ',' and a space
    assert schema_max_tokens(Names) == 2 + 2 + (7 + 1 + (2 + 3 * (62 + 1 + 1) + 2) + 1 + 3) + 2
    assert schema_max_tokens(StanceAnswer) == 30
    assert schema_max_tokens(Open) is None, "a string without maxLength has no bound"
    assert schema_max_tokens(Tree) is None, "a recursive model has no bound"
    assert schema_max_tokens(BriefDraft) is None


def request_for(model: type[BaseModel], max_tokens: int = 2048) -> Request:
    return Request(({"role": "user", "content": "?"},), model, GenerationSettings(max_tokens=max_tokens), "p", "1", "h", "a", "x")


def test_answer_tokens_are_the_smaller_of_the_setting_and_the_schema() -> None:
    assert answer_tokens(request_for(StanceAnswer)) == 30
    assert answer_tokens(request_for(Gist)) == schema_max_tokens(Gist) < 2048
    assert answer_tokens(request_for(Gist, max_tokens=100)) == 100
    assert answer_tokens(request_for(BriefDraft)) == 2048


# --------------------------------------------------------------------------- wall time, on the real model


@pytest.mark.slow
@pytest.mark.skipif(not HAS_LLAMA, reason="needs the local extra")
def test_cli_stops_a_local_call_at_max_seconds_and_fails_only_that_article(tmp_path: Path) -> None:
    """As a user runs it (a real process, so no stray log line reaches stderr): one line per article."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    exe = Path(sys.executable).parent / "summarizer"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "summarizer"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(SUMMARIZER_CACHE_DIR=str(tmp_path / "cache"), SUMMARIZER_CONFIG=str(tmp_path / "none.toml"))
    args = ["brief", str(first), str(second), "--backend", "local", "--strategy", "single", "--max-seconds", "0.5"]
    started = time.monotonic()
    result = subprocess.run(command + args + ["--format", "json"], capture_output=True, text=True, timeout=300, env=env)
    elapsed = time.monotonic() - started
    assert result.returncode == 1 and result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 2, result.stderr
    for line, name in zip(lines, ("first", "second")):
        assert line.startswith(f"error: {name}: the embedded model was stopped after 0.5 s of wall time")
        assert "raise it with --max-seconds or SUMMARIZER_MAX_SECONDS" in line and "1 attempt)" in line
    assert elapsed < 60, "two calls stopped at 0.5 s each (plus loading the model), not generations run to their end"


@pytest.mark.slow
@pytest.mark.skipif(not HAS_LLAMA, reason="needs the local extra")
def test_the_model_answers_again_after_a_call_was_stopped() -> None:
    from summarizer.errors import BackendError
    from summarizer.llm.backends.local import LocalBackend
    from summarizer.llm.model_store import DEFAULT_MODEL, ensure_default_model

    path = ensure_default_model()
    question = Request(
        ({"role": "user", "content": "Is Russia an ally or an adversary of Venezuela in this text? " + ARTICLE},),
        StanceAnswer, GenerationSettings(), "probe", "1", "h", "probe", "x",
    )  # fmt: skip
    with pytest.raises(BackendError, match="stopped after 0.01 s of wall time"):
        LocalBackend(path, identity=DEFAULT_MODEL.identity, max_seconds=0.01).complete(question)
    answer = LocalBackend(path, identity=DEFAULT_MODEL.identity, max_seconds=600).complete(question)
    assert answer.output.answer in ("ally", "adversary", "neither")
    assert answer.usage.completion_tokens <= 30


# --------------------------------------------------------------------------- choices llama.cpp's grammar cannot hold


def test_a_choice_holding_a_double_quote_is_asked_safely_and_mapped_back() -> None:
    from summarizer.errors import ConfigError
    from summarizer.extract.strategies.stepwise_schema import choice_model, chosen
    from summarizer.llm.backends.local import LocalBackend, _grammar
    from summarizer.llm.model_store import DEFAULT_MODEL, ensure_default_model

    # Written as is, such an option crashed the process (llama.cpp failed to parse the grammar): refused instead.
    raw = '{"type": "object", "properties": {"x": {"enum": ["Microsoft\'s \\"IE6 Countdown\\" site", "none"]}}}'
    with pytest.raises(ConfigError, match="double quote or backslash"):
        _grammar(raw)
    options = ('Microsoft\'s "IE6 Countdown" site', "Web developers", "none of these")
    model = choice_model("IssueChoice", {"issue": options})
    assert model.model_json_schema()["properties"]["issue"]["enum"][0] == "Microsoft's 'IE6 Countdown' site"
    question = Request(
        ({"role": "user", "content": "Which of these does Microsoft campaign for? Options: " + " | ".join(options)},),
        model, GenerationSettings(), "probe", "1", "h", "probe", "x",
    )  # fmt: skip
    path = ensure_default_model()
    answer = LocalBackend(path, identity=DEFAULT_MODEL.identity, max_seconds=600).complete(question)
    assert chosen(answer.output.issue, options) in options
    assert chosen("Microsoft's 'IE6 Countdown' site", options) == 'Microsoft\'s "IE6 Countdown" site'
