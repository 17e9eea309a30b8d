"""Interrupted runs resume from the cache; two processes share one cache; corrupt entries are recomputed.

These start the real CLI in subprocesses against the test server on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from openai_server import OpenAIServer, Received, article_text, brief_answer

from summarizer.articles import load_articles
from summarizer.cli.manifest import read_manifest
from summarizer.config import Settings
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.cache import CallCache
from summarizer.llm.request import Request
from summarizer.schema import BriefDraft

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[1]


def write_articles(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"story{i:02d}.txt").write_text(
            f"Story {i:02d}\n\nOfficial Kim Lee said \"story {i:02d} is about the new bridge\" on Monday. "
            f"The bridge number {i} opens next year.\n",
            encoding="utf-8",
        )
    return folder


def story(received: Received) -> str:
    return re.search(r"Story (\d\d)", received.user_text).group(1)


def slow_model(latency: float):
    def answer(received: Received) -> dict:
        time.sleep(latency)
        return brief_answer(article_text(received.user_text))

    return answer


def cli(server: OpenAIServer, folder: Path, out: Path, cache_dir: Path, *extra: str) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "summarizer", "brief", str(folder), "-f", "json", "-o", str(out),
        "--base-url", server.url, "--model", "test-model", "--cache-dir", str(cache_dir), *extra,
    ]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "COLUMNS": "200"}, preexec_fn=_default_sigint)


def _default_sigint() -> None:
    """Ctrl-C as a terminal delivers it: a suite started in the background by a shell without job control
    inherits SIGINT ignored (POSIX), and Python then never turns it into KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_for_answers(server: OpenAIServer, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(server.completions) < count:
        assert time.monotonic() < deadline, "the first run never got going"
        time.sleep(0.02)


def cache_keys(cache_dir: Path) -> list[str]:
    with CallCache(cache_dir) as cache:
        return [k for k in cache._cache.iterkeys() if not str(k).startswith("__")]


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "killed"])
def test_interrupted_run_resumes_without_repeating_a_finished_call(how, tmp_path, openai_server):
    folder = write_articles(tmp_path / "in", 20)
    out, cache_dir = tmp_path / "briefs.jsonl", tmp_path / "cache"
    signalled = threading.Event()
    answer = slow_model(0.15)

    def held_after_seven(received: Received) -> dict:
        if len(openai_server.completions) > 8:
            signalled.wait(30)  # the first run cannot finish before the signal, however loaded the machine
        return answer(received)

    openai_server.responder = held_after_seven
    first = cli(openai_server, folder, out, cache_dir, "--concurrency", "2")
    wait_for_answers(openai_server, 7)
    first.send_signal(how)
    signalled.set()
    _, stderr = first.communicate(timeout=30)
    if how == signal.SIGINT:
        assert first.returncode == 130
        assert "interrupted: finished calls are cached; rerun the same command to resume" in stderr
    finished = {r["id"] for r in read_manifest(Path(f"{out}.manifest.jsonl")) if r["status"] == "ok"}
    cached = len(cache_keys(cache_dir))
    assert 5 <= len(finished) <= cached < 20

    openai_server.reset()
    second = cli(openai_server, folder, out, cache_dir, "--concurrency", "2")
    _, stderr = second.communicate(timeout=60)
    assert second.returncode == 0, stderr
    asked_again = {f"story{story(r)}" for r in openai_server.completions}
    assert not asked_again & finished
    assert len(openai_server.completions) == 20 - cached
    assert f"resumed: {cached} of 20 articles already briefed (cache)" in stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 20
    records = read_manifest(Path(f"{out}.manifest.jsonl"))
    assert sorted(r["id"] for r in records) == [f"story{i:02d}" for i in range(20)]
    assert sum(r["cached"] for r in records) == cached
    assert all(r["status"] == "ok" and r["content_hash"] and r["seconds"] >= 0 for r in records)


def test_manifest_records_failures_and_load_errors(tmp_path, openai_server):
    folder = write_articles(tmp_path / "in", 3)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    openai_server.script("invalid", "invalid", "invalid")
    manifest = tmp_path / "runs" / "m.jsonl"
    run = cli(openai_server, folder, tmp_path / "o.jsonl", tmp_path / "cache", "--concurrency", "1",
              "--manifest", str(manifest))
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 1
    records = {r["source"].rsplit("/", 1)[-1]: r for r in read_manifest(manifest)}
    assert records["empty.txt"]["status"] == "failed" and records["empty.txt"]["error"] == "article is empty"
    failed = [r for r in records.values() if r["status"] == "failed" and r["id"]]
    assert len(failed) == 1 and failed[0]["attempts"] == 3 and "validation" in failed[0]["error"]
    ok = [r for r in records.values() if r["status"] == "ok"]
    assert len(ok) == 2 and all(r["tokens"]["prompt"] > 0 and r["attempts"] == 1 for r in ok)
    assert not (tmp_path / "o.jsonl.manifest.jsonl").exists()


def test_two_processes_briefing_the_same_folder_share_one_consistent_cache(tmp_path, openai_server):
    folder = write_articles(tmp_path / "in", 10)
    cache_dir = tmp_path / "cache"
    openai_server.responder = slow_model(0.05)
    runs = [cli(openai_server, folder, tmp_path / f"out{n}.jsonl", cache_dir, "--concurrency", "3") for n in (1, 2)]
    for run in runs:
        _, stderr = run.communicate(timeout=90)
        assert run.returncode == 0, stderr

    def briefs(path: Path) -> list[dict]:
        return [{k: v for k, v in json.loads(line).items() if k != "usage"}
                for line in path.read_text(encoding="utf-8").splitlines()]

    assert briefs(tmp_path / "out1.jsonl") == briefs(tmp_path / "out2.jsonl")
    assert len(briefs(tmp_path / "out1.jsonl")) == 10
    keys = cache_keys(cache_dir)
    assert len(keys) == 10
    probe = Request((), BriefDraft, None, "", "", "", "", "")  # type: ignore[arg-type]
    with CallCache(cache_dir) as cache:
        assert all(cache.get(k, probe) is not None for k in keys)
    assert len(openai_server.completions) <= 20


@pytest.mark.parametrize("garbage", ["text", "pickle"])
def test_corrupted_cache_entry_is_recomputed(garbage, tmp_path, openai_server, cache_dir):
    articles, _ = load_articles([write_articles(tmp_path / "in", 2)])
    settings = Settings(backend="openai", base_url=openai_server.url, model="test-model", cache_dir=str(cache_dir))
    with Summarizer(settings) as s:
        assert all(o.ok for o in s.brief_many(articles))
    victim = cache_keys(cache_dir)[0]
    if garbage == "text":
        with CallCache(cache_dir) as cache:
            cache._cache.set(victim, '{"output": {"main_issue": 3}, "usage": "\x00garbage')
    else:  # raw bytes in the SQLite row, marked as a pickle
        with sqlite3.connect(cache_dir / "cache.db") as db:
            db.execute("UPDATE Cache SET value = ?, mode = 4 WHERE key = ?", (os.urandom(64), victim))
    openai_server.reset()
    with Summarizer(settings) as s:
        outcomes = s.brief_many(articles)
        assert (s.cache.hits, s.cache.misses) == (1, 1)
    assert all(o.ok for o in outcomes)
    assert len(openai_server.completions) == 1
    probe = Request((), BriefDraft, None, "", "", "", "", "")  # type: ignore[arg-type]
    with CallCache(cache_dir) as cache:
        assert cache.get(victim, probe) is not None
