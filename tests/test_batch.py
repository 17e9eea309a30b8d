"""Batch runs: request files for the OpenAI Batch API and `vllm run-batch`, rounds, answers back into the cache.

Everything runs on 127.0.0.1: the test server speaks /v1/files and /v1/batches
(tests/openai_server.py) and tests/vllm_run_batch.py stands in for `vllm run-batch`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEED_ARTICLES
from openai_server import OpenAIServer, Received, _invalid_instance, request_mode
from typer.testing import CliRunner

from summarizer.articles import article_from_text, load_articles
from summarizer.cli import app
from summarizer.config import Settings
from summarizer.extract.batch import BatchRun, rounds_left
from summarizer.extract.pipeline import Summarizer
from summarizer.extract.strategies.stepwise_schema import Gist
from summarizer.llm.backends import GenerationSettings, Request
from summarizer.llm.backends.openai_compat import OpenAIBackend
from summarizer.llm.batch import (
    ResultLine,
    parse_answer,
    read_results,
    request_body,
    write_request_files,
)
from summarizer.llm.pricing import estimate_cost, usage_cost
from summarizer.llm.prompting import fence, load_template
from summarizer.llm.retry import RetryPolicy
from summarizer.schema import BriefDraft

KEY = "sk-batch-canary-3c5e7a9b1d2f4e6a8c0b"
RECORDINGS = ROOT / "evals" / "recordings"
STAND_IN = Path(__file__).parent / "vllm_run_batch.py"
RECORDED_MODEL = "qwen2.5-coder-1.5b-instruct@cc324af0"
SEEDS = [str(p) for p in sorted(SEED_ARTICLES.glob("*.txt"))]


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def status(*args: str) -> dict[str, Any]:
    result = run("batch", "status", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def gist_request(text: str = "Russia backs Maduro, the Kremlin said on Monday. Washington objected.") -> Request:
    article = article_from_text(text, id="a1")
    template = load_template("step_gist")
    prompt = template.render(text=article.text, marker=fence(article.text), title=None, focus=None)
    return Request(prompt.messages, Gist, GenerationSettings(), template.name, template.version, template.hash, article.id, article.content_hash)


def brief_request(text: str) -> Request:
    article = article_from_text(text, id="b1")
    template = load_template("brief")
    prompt = template.render(article=article, marker=fence(article.text), focus=None)
    return Request(prompt.messages, BriefDraft, GenerationSettings(), template.name, template.version, template.hash, article.id, article.content_hash)


def answers(received: Received) -> Any:
    """The test server's answer, with a gist for a gist question (its default would be a whole brief)."""
    from openai_server import default_answer

    if "main_issue" in json.dumps(received.schema or {}) and "summary" not in json.dumps(received.schema or {}):
        return {"main_issue": "Russia backs Maduro"}
    return default_answer(received)


@pytest.fixture
def server() -> Any:
    with OpenAIServer(responder=answers) as running:
        yield running


def live_backend(server: OpenAIServer, mode: str) -> OpenAIBackend:
    return OpenAIBackend(model="m", base_url=server.url, api_key=KEY, mode=mode, retry=RetryPolicy(max_attempts=1, max_seconds=10), max_reasks=1)


ARTICLE = (
    "Mayor Ana Ruiz said the city of {city} would open {n} new libraries next year.\n"
    "“We owe every child a quiet place to read,” Ruiz said at a press conference on Monday.\n"
    "Council member Tom Birch opposed the plan. “The budget for {city} cannot carry {n} buildings,” Birch said.\n"
)


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"a{n:03d}.txt").write_text(f"Libraries for city {n}\n" + ARTICLE.format(city=f"Town{n}", n=n + 2), encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- the lines themselves


@pytest.mark.parametrize("mode", ["json_schema", "tools", "json"])
def test_a_request_line_body_is_what_the_openai_backend_sends_live(server: OpenAIServer, mode: str) -> None:
    for request in (brief_request(ARTICLE.format(city="Leeds", n=3)), gist_request()):
        server.reset()
        live_backend(server, mode).complete(request)
        sent = server.completions[0].body
        assert request_body(request, model="m", mode=mode) == sent
        assert {"model", "messages", "temperature", "max_tokens", "seed"} <= set(sent)
        assert ("response_format" in sent) == (mode != "tools") and ("tools" in sent) == (mode == "tools")


@pytest.mark.parametrize("mode", ["json_schema", "tools"])
def test_a_reask_line_is_instructors_reask_of_the_invalid_answer(server: OpenAIServer, mode: str) -> None:
    request = gist_request()
    server.script("invalid", "ok")
    live_backend(server, mode).complete(request)
    first, second = server.completions
    invalid = json.dumps(_invalid_instance(first))
    from openai_server import completion_payload

    previous = completion_payload(server, Received(first.path, {}, first.body, request_mode(first.body), "invalid"), invalid)
    if mode == "tools":
        previous["choices"][0]["message"]["tool_calls"][0]["id"] = "call_1"  # the id the server gave the first answer
    body = request_body(request, model="m", mode=mode, previous=previous)
    assert body == second.body  # the invalid answer and the validation error, as instructor re-asks live
    assert len(body["messages"]) == len(request.messages) + 2 and "main_issue" in json.dumps(body["messages"][-1])


def test_an_answer_is_validated_as_the_live_path_validates_it(openai_server: OpenAIServer) -> None:
    from openai_server import completion_payload

    request = gist_request()
    received = Received("/v1/chat/completions", {}, request_body(request, model="m", mode="json_schema"), "json_schema", "ok")
    good = completion_payload(openai_server, received, '{"main_issue": "Russia backs Maduro"}')
    answer = parse_answer(request, good, model="m", mode="json_schema")
    assert answer.output.main_issue == "Russia backs Maduro" and answer.usage.batch and answer.usage.attempts == 1
    too_short = completion_payload(openai_server, received, '{"main_issue": "R"}')
    with pytest.raises(Exception, match=r"Gist validation: main_issue: String should have at least 3 characters"):
        parse_answer(request, too_short, model="m", mode="json_schema")
    cut = completion_payload(openai_server, received, '{"main_issue": "Rus', finish="length")
    with pytest.raises(Exception, match="cut off at max_tokens"):
        parse_answer(request, cut, model="m", mode="json_schema")


def test_result_lines_of_openai_and_vllm_are_read_with_their_errors(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    body = {"id": "c", "object": "chat.completion", "created": 0, "model": "m", "choices": []}
    lines = [
        {"id": "1", "custom_id": "ok", "response": {"status_code": 200, "request_id": "r", "body": body}, "error": None},
        {"id": "2", "custom_id": "http", "response": {"status_code": 500, "request_id": "r", "body": {"error": {"message": "boom"}}}, "error": None},
        {"id": "3", "custom_id": "expired", "response": None, "error": {"code": "batch_expired", "message": "not run in time"}},
        {"id": "4", "custom_id": "vllm", "response": {"status_code": 404, "request_id": "r", "body": None},
         "error": {"error": {"message": "The model `x` does not exist.", "code": 404}}},
        {"id": "5", "custom_id": "vllm-old", "response": {"status_code": 400, "request_id": "r"}, "error": "Request must not be sent in stream mode"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n", encoding="utf-8")
    read = list(read_results(path))
    assert [(r.custom_id, r.ok) for r in read[:5]] == [("ok", True), ("http", False), ("expired", False), ("vllm", False), ("vllm-old", False)]
    assert read[1].error == "HTTP 500: boom" and read[2].error == "batch_expired: not run in time"
    assert read[3].error == "HTTP 404: The model `x` does not exist." and read[4].error == "HTTP 400: Request must not be sent in stream mode"
    assert read[5] == ResultLine("", None, "not JSON", "results.jsonl:6")


def test_request_files_stay_within_the_batch_limits(tmp_path: Path) -> None:
    lines = [{"custom_id": str(n), "body": {"x": "y" * 50}} for n in range(7)]
    files = write_request_files(lines, tmp_path / "requests.jsonl", max_lines=3)
    assert [f.name for f in files] == ["requests-1.jsonl", "requests-2.jsonl", "requests-3.jsonl"]
    assert [len(jsonl(f)) for f in files] == [3, 3, 1]
    files = write_request_files(lines, tmp_path / "small.jsonl", max_bytes=200)
    assert all(f.stat().st_size <= 200 for f in files) and sum(len(jsonl(f)) for f in files) == 7
    assert write_request_files(lines[:2], tmp_path / "one.jsonl") == [tmp_path / "one.jsonl"]


def test_rounds_left_counts_from_the_earliest_pending_question() -> None:
    stages = (("ActorNames", "Gist"), ("SpeakerChoice",), ("AffiliationChoice",), ("StanceAnswer",))
    assert rounds_left(stages, ["Gist", "ActorNames"]) == 4
    assert rounds_left(stages, ["StanceAnswer"]) == 1
    assert rounds_left(stages, ["AffiliationChoice", "StanceAnswer"]) == 2
    assert rounds_left(stages, ["SomethingNew"]) == 4  # unknown: the most there can be


def test_batch_answers_are_priced_at_half_the_standard_price() -> None:
    assert estimate_cost("openai", "gpt-4o-mini", 1_000_000, 1_000_000, batch=True) == pytest.approx(0.375)
    assert estimate_cost("openai", "gpt-4o-mini", 1_000_000, 1_000_000) == pytest.approx(0.75)
    from summarizer.schema import Usage

    usage = Usage(backend="openai", model="gpt-4o-mini", prompt_tokens=1000, batch_prompt_tokens=2000, batch_completion_tokens=1000)
    assert usage_cost(usage) == pytest.approx((1000 * 0.15 + 2000 * 0.075 + 1000 * 0.30) / 1e6)


# --------------------------------------------------------------------------- OpenAI Batch API round trip


def test_200_articles_through_the_batch_api_then_brief_makes_no_call(tmp_path: Path, cache_dir: Path, monkeypatch) -> None:
    folder = write_articles(tmp_path / "articles", 200)
    out = tmp_path / "out"
    with OpenAIServer(batch_polls=2) as server:
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        flags = ["--model", "gpt-4o-mini", "--strategy", "single"]
        assert status(str(folder), *flags)["next_round_calls"] == 200

        prepared = run("batch", "prepare", str(folder), "-o", str(out / "requests.jsonl"), *flags)
        assert prepared.exit_code == 0, prepared.stderr
        lines = jsonl(out / "requests.jsonl")
        assert len(lines) == 200 and len({line["custom_id"] for line in lines}) == 200
        assert {line["url"] for line in lines} == {"/v1/chat/completions"} and {line["method"] for line in lines} == {"POST"}
        assert {line["body"]["model"] for line in lines} == {"gpt-4o-mini"}
        assert "rounds left: at most 1" in prepared.stderr

        submitted = run("batch", "submit", str(out / "requests.jsonl"))
        assert submitted.exit_code == 0, submitted.stderr
        batch_id = submitted.stdout.strip()
        assert batch_id == "batch_test1"
        upload = next(r for r in server.requests if r.path.endswith("/files"))
        assert upload.body == {"purpose": "batch"} and upload.headers["authorization"] == f"Bearer {KEY}"
        created = next(r for r in server.requests if r.path.endswith("/batches"))
        assert created.body["endpoint"] == "/v1/chat/completions" and created.body["completion_window"] == "24h"

        waiting = run("batch", "fetch", batch_id, "-o", str(out / "results.jsonl"))
        assert waiting.exit_code == 3 and "in_progress" in waiting.stderr and not (out / "results.jsonl").exists()
        fetched = run("batch", "fetch", batch_id, "-o", str(out / "results.jsonl"))
        assert fetched.exit_code == 0, fetched.stderr
        assert len(jsonl(out / "results.jsonl")) == 200 and not (out / "results.errors.jsonl").exists()

        collected = run("batch", "collect", str(out / "results.jsonl"))
        assert collected.exit_code == 0, collected.stderr
        assert "stored 200 answers for 200 articles" in collected.stderr
        done = status(str(folder), *flags)
        assert done["complete"] == 200 and done["next_round_calls"] == 0 and done["rounds_left"] == 0 and done["done"]
        assert [b["id"] for b in done["batches"]] == [batch_id]

        server.reset()
        briefed = run("brief", str(folder), "--backend", "openai", "-f", "json", "-o", str(out / "briefs.jsonl"), *flags)
        assert briefed.exit_code == 0, briefed.stderr
        assert server.completions == []  # every answer came from the cache
    briefs = jsonl(out / "briefs.jsonl")
    assert len(briefs) == 200 and all(b["usage"]["batch_calls"] == 1 == b["usage"]["cached_calls"] for b in briefs)
    assert all(b["sources"] and b["sources"][0]["quotes"] for b in briefs)
    manifest = jsonl(out / "briefs.jsonl.manifest.jsonl")
    first = briefs[0]["usage"]
    assert manifest[0]["batch_calls"] == 1 and manifest[0]["cost_usd"] == estimate_cost(
        "openai", "gpt-4o-mini", first["batch_prompt_tokens"], first["batch_completion_tokens"], batch=True
    ) > 0

    written = [p for folder_ in (tmp_path, cache_dir) for p in folder_.rglob("*") if p.is_file()]
    assert written and not [p for p in written if KEY.encode() in p.read_bytes()], "the API key was written to a file"
    url = server.url.encode()
    batch_files = [*out.glob("*.jsonl"), *(cache_dir / "batch").rglob("*")]
    assert not [p for p in batch_files if p.is_file() and url in p.read_bytes()], "the base URL was written to a batch file"


# --------------------------------------------------------------------------- vllm run-batch, stepwise, rounds


def stand_in(requests: Path, results: Path, model: str, *extra: str) -> None:
    subprocess.run(
        [sys.executable, str(STAND_IN), "-i", str(requests), "-o", str(results), "--model", model, *extra],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


@pytest.mark.skipif(not any(RECORDINGS.glob("*.json")), reason="no recordings in evals/recordings")
def test_stepwise_seeds_in_rounds_through_vllm_then_memo_from_the_cache_equals_the_replayed_memo(tmp_path: Path, monkeypatch) -> None:
    server = OpenAIServer().start()  # where `memo` would send live calls: the answers are cached for this endpoint
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    flags = ["--model", RECORDED_MODEL, "--strategy", "stepwise"]
    first = status(*SEEDS, "--memo", *flags)
    stepwise = len([p for p in RECORDINGS.glob("*.json") if ".step_" in p.name and ".step_position." not in p.name])
    assert (first["waiting"], first["next_round_calls"], first["memo"]) == (5, stepwise, "waiting")  # every first-round question at once
    seen_rounds_left, calls = [], 0
    for n in range(1, 10):
        requests, results = tmp_path / f"requests{n}.jsonl", tmp_path / f"results{n}.jsonl"
        prepared = run("batch", "prepare", *SEEDS, "--memo", "-o", str(requests), *flags)
        assert prepared.exit_code == 0, prepared.stderr
        if not requests.exists():
            assert "nothing to ask" in prepared.stderr and "done:" in prepared.stderr
            break
        seen_rounds_left.append(int(re.search(r"rounds left: at most (\d+)", prepared.stderr).group(1)))
        asked = len(jsonl(requests))
        assert f"round: {asked} call" in prepared.stderr
        calls += asked
        stand_in(requests, results, RECORDED_MODEL, "--recordings", str(RECORDINGS))
        collected = run("batch", "collect", str(results), "--record", str(tmp_path / "recorded"))
        assert collected.exit_code == 0, collected.stderr
    assert status(*SEEDS, "--memo", *flags)["done"]
    recordings = list(RECORDINGS.glob("*.json"))
    assert calls == len(recordings), "each recorded call was asked exactly once"
    assert seen_rounds_left[0] == 5  # two stepwise rounds (the sources' positions need the issue), tie-breaks, issue links, the bottom line
    assert all(a > b for a, b in zip(seen_rounds_left, seen_rounds_left[1:])) and seen_rounds_left[-1] == 1
    assert len(seen_rounds_left) == 4  # the first stepwise questions, the positions, the one issue link, then the bottom line
    recorded = {json.loads(p.read_text())["messages_hash"]: json.loads(p.read_text())["response"] for p in recordings}
    again = {json.loads(p.read_text())["messages_hash"]: json.loads(p.read_text())["response"] for p in (tmp_path / "recorded").glob("*.json")}
    assert again == recorded  # --record wrote the same answers

    gold = ["--articles", str(SEED_ARTICLES), "--gold", str(ROOT / "evals" / "gold")]
    try:
        memo = run("memo", *SEEDS, "--backend", "openai", *flags, "-o", str(tmp_path / "memo.json"))
        assert memo.exit_code == 0, memo.stderr
        scored = run("eval", *gold, "--backend", "openai", *flags, "--json", str(tmp_path / "eval.json"))
        assert scored.exit_code == 0, scored.stderr
        assert server.completions == []  # memo and eval: every answer from the cache
    finally:
        server.stop()
    monkeypatch.delenv("OPENAI_BASE_URL")  # the recordings were made in-process: no endpoint
    replayed = run("memo", *SEEDS, "--replay", str(RECORDINGS), "-o", str(tmp_path / "replayed.json"))
    assert replayed.exit_code == 0, replayed.stderr
    assert run("eval", *gold, "--replay", str(RECORDINGS), "--json", str(tmp_path / "eval_replayed.json")).exit_code == 0
    metrics = [json.loads((tmp_path / f).read_text())["metrics"] for f in ("eval.json", "eval_replayed.json")]
    assert metrics[0] == metrics[1]
    batch_memo, replay_memo = (json.loads((tmp_path / f).read_text()) for f in ("memo.json", "replayed.json"))
    method, replay_method = batch_memo.pop("method"), replay_memo.pop("method")
    assert batch_memo == replay_memo
    assert method["batch_calls"] == method["calls"] == calls
    for field in ("bottom_line", "bottom_line_note", "bottom_line_filled", "dropped", "failed"):
        assert method[field] == replay_method[field], field


# --------------------------------------------------------------------------- failures and re-asks


def test_failed_and_invalid_lines_are_reported_and_asked_again_next_round(tmp_path: Path, monkeypatch) -> None:
    folder = write_articles(tmp_path / "articles", 5)
    flags = ["--model", "gpt-4o-mini", "--strategy", "single"]
    with OpenAIServer() as server:
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        assert run("batch", "prepare", str(folder), "-o", str(tmp_path / "r1.jsonl"), *flags).exit_code == 0
        first = {line["custom_id"]: line for line in jsonl(tmp_path / "r1.jsonl")}
        server.script("ok", "invalid", "500", "expired", "fenced")  # one per line, in file order; a fenced answer is unwrapped as live
        batch_id = run("batch", "submit", str(tmp_path / "r1.jsonl")).stdout.strip()
        assert run("batch", "fetch", batch_id, "-o", str(tmp_path / "res1.jsonl")).exit_code == 0
        assert len(jsonl(tmp_path / "res1.jsonl")) == 3 and len(jsonl(tmp_path / "res1.errors.jsonl")) == 2
        collected = run("batch", "collect", str(tmp_path / "res1.jsonl"), "--errors", str(tmp_path / "res1.errors.jsonl"))
        assert collected.exit_code == 1
        errors = [line for line in collected.stderr.splitlines() if line.startswith("error:")]
        ids = list(first)
        assert len(errors) == 3 and all("asked again in the next round (re-ask 1 of 2)" in e for e in errors)
        assert "BriefDraft validation" in errors[0] and "a001" in errors[0]
        assert "HTTP 500" in errors[1] and "a002" in errors[1] and "batch_expired" in errors[2] and "a003" in errors[2]

        state = status(str(folder), *flags)
        assert "stored 2 answers" in collected.stderr
        assert (state["complete"], state["waiting"], state["next_round_calls"], state["reasks"]) == (2, 3, 3, 3)
        assert run("batch", "prepare", str(folder), "-o", str(tmp_path / "r2.jsonl"), *flags).exit_code == 0
        second = {line["custom_id"]: line for line in jsonl(tmp_path / "r2.jsonl")}
        assert set(second) == set(ids[1:4])
        assert second[ids[2]] == first[ids[2]] and second[ids[3]] == first[ids[3]]  # failed: the same request again
        reask = second[ids[1]]["body"]["messages"]
        assert len(reask) == 4 and reask[2]["role"] == "assistant" and "definitely_not_a_field" in reask[2]["content"]
        assert "Correct your JSON" in reask[3]["content"]  # invalid: instructor's re-ask with the validation error

        batch_id = run("batch", "submit", str(tmp_path / "r2.jsonl")).stdout.strip()
        assert run("batch", "fetch", batch_id, "-o", str(tmp_path / "res2.jsonl")).exit_code == 0
        assert run("batch", "collect", str(tmp_path / "res2.jsonl")).exit_code == 0
    assert status(str(folder), *flags)["done"]


def test_a_call_whose_answers_keep_failing_fails_its_article_after_max_reasks(tmp_path: Path, cache_dir: Path) -> None:
    articles, _ = load_articles([str(write_articles(tmp_path / "articles", 2))])
    settings = Settings(model="gpt-4o-mini", strategy="single", max_reasks=1, cache_dir=str(cache_dir))
    for attempt in (1, 2):
        with BatchRun(settings, articles) as batch:
            plan = batch.plan()
            assert len(plan.calls) == 2  # a000 (asked again after its first failure) and a001 (never answered)
            lines = [ResultLine(c.key, None, "HTTP 500: down", "r:1") for c in plan.calls if c.articles == ["a000"]]
            report = batch.store(plan, lines)
            assert report.failed[0][2:] == (attempt, attempt == 2)
    with BatchRun(settings, articles) as batch:
        plan = batch.plan()
    states = {a.id: a for a in plan.articles}
    assert states["a000"].state == "failed" and "2 batch answers failed, no re-ask left" in (states["a000"].error or "")
    assert "HTTP 500: down" in (states["a000"].error or "")
    assert states["a001"].state == "waiting" and [c.articles for c in plan.calls] == [["a001"]]


def test_vllm_error_lines_and_unknown_ids_are_reported_without_losing_the_others(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 3)
    flags = ["--model", "my-model", "--strategy", "single"]
    assert run("batch", "prepare", str(folder), "-o", str(tmp_path / "r.jsonl"), *flags).exit_code == 0
    stand_in(tmp_path / "r.jsonl", tmp_path / "wrong.jsonl", "another-model")
    wrong = run("batch", "collect", str(tmp_path / "wrong.jsonl"))
    assert wrong.exit_code == 1 and wrong.stderr.count("HTTP 404: The model `my-model` does not exist.") == 3
    stand_in(tmp_path / "r.jsonl", tmp_path / "right.jsonl", "my-model")
    with (tmp_path / "right.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"custom_id": "nobody-prepared-this", "response": {"status_code": 200, "body": {}}, "error": null}\nnot json\n')
    right = run("batch", "collect", str(tmp_path / "right.jsonl"))
    assert right.exit_code == 1 and "stored 3 answers for 3 articles" in right.stderr
    assert "custom_id nobody-prepared-this was not prepared" in right.stderr and "right.jsonl:5" in right.stderr
    assert "Traceback" not in right.stderr and status(str(folder), *flags)["done"]


def test_prepare_exits_1_when_an_input_failed_and_collect_reads_on_without_an_error_file(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 2)
    (folder / "zz_empty.txt").write_text("", encoding="utf-8")
    flags = ["--model", "my-model", "--strategy", "single", "--base-url", "http://user:pw@127.0.0.1:9/v1?k=1"]
    prepared = run("batch", "prepare", str(folder), "-o", str(tmp_path / "r.jsonl"), *flags)
    assert prepared.exit_code == 1 and "zz_empty.txt: article is empty" in prepared.stderr
    assert len(jsonl(tmp_path / "r.jsonl")) == 2, "the readable articles' requests are written"
    assert "then: summarizer batch collect results.jsonl --base-url http://127.0.0.1:9/v1 " in prepared.stderr
    stand_in(tmp_path / "r.jsonl", tmp_path / "results.jsonl", "my-model")
    collected = run("batch", "collect", str(tmp_path / "results.jsonl"), "--errors", str(tmp_path / "none.jsonl"), "--base-url", "http://127.0.0.1:9/v1")
    assert collected.exit_code == 0, collected.stderr
    assert "no such error file" in collected.stderr and "stored 2 answers for 2 articles" in collected.stderr


def test_batch_commands_refuse_what_cannot_work_in_one_line(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", 1)
    for args, needle, code in [
        (["batch", "prepare", "-", "-o", str(tmp_path / "r.jsonl")], "not stdin", 2),
        (["batch", "prepare", str(folder), "-o", str(tmp_path / "r.jsonl"), "--backend", "local"], "openai backend", 2),
        (["batch", "submit", str(tmp_path / "missing.jsonl")], "no such file", 2),
        (["batch", "fetch", "batch_x", "-o", str(tmp_path / "x.jsonl")], "needs OPENAI_API_KEY", 2),
    ]:
        result = run(*args)
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert result.exit_code == code and len(lines) == 1 and needle in lines[0], (args, result.stderr)


def test_independent_stepwise_questions_share_a_round(cache_dir: Path) -> None:
    """Code reads the article, so the gist, choice, stance and issue questions need no other answer: they share
    the first round; the sources' positions on the chosen issue follow in a second, the last."""
    articles, _ = load_articles(SEEDS[:1])
    settings = Settings(base_url="http://127.0.0.1:9/v1", model="m", strategy="stepwise", cache_dir=str(cache_dir))
    with BatchRun(settings, articles) as batch:
        plan = batch.plan()
    names = sorted(c.request.response_model.__name__ for c in plan.calls)
    assert names[0] == "Gist" and "IssueChoice" in names and set(names[1:]) <= {"Choices", "StanceAnswer", "IssueChoice"}
    assert plan.rounds_left == 2
    with Summarizer(settings.with_(backend="openai")) as summarizer:  # custom_id = the key of the same live call
        assert {summarizer.cache_key(c.request) for c in plan.calls} == {c.key for c in plan.calls}
    with Summarizer(settings.with_(backend="openai", base_url="http://127.0.0.1:8/v1")) as elsewhere:
        assert not {elsewhere.cache_key(c.request) for c in plan.calls} & {c.key for c in plan.calls}  # another server
