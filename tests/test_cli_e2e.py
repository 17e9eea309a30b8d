"""The `summarizer` command end to end, against the local OpenAI-compatible server.

Through typer's CliRunner (in process) and once as a real subprocess: briefs of
the seed articles as JSON lines and Markdown, reruns from the cache, record and
replay with the server stopped, and faults that end in retries or in one clean
line on stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEED_ARTICLES
from openai_server import Fault, OpenAIServer
from summarizer.articles import load_path
from summarizer.cli import app

SEEDS = sorted(SEED_ARTICLES.glob("*.txt"))
SCHEMA = ROOT / "schemas" / "brief.schema.json"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """Short timeouts and few attempts, so every failing case ends in seconds."""
    path = tmp_path / "config.toml"
    path.write_text(
        "[summarizer]\ntimeout = 1.5\nmax_seconds = 10\nmax_attempts = 3\nmax_reasks = 1\nstrategy = 'single'\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def cli(openai_server: OpenAIServer, config: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-e2e-test")
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(config))

    def invoke(*args: str, server: bool = True):
        flags = ["--base-url", openai_server.url, "--model", "test-model"] if server else []
        command = list(args[:1]) + [*args[1:], *flags] if args and args[0] == "brief" else list(args)
        return CliRunner().invoke(app, command, catch_exceptions=False)

    return invoke


def briefs_of(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def without_usage(briefs: list[dict]) -> list[dict]:
    return [{k: v for k, v in b.items() if k != "usage"} for b in briefs]


def assert_one_clean_line(stderr: str, *needles: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


# --------------------------------------------------------------------------- happy paths


def test_json_briefs_of_the_seed_articles(cli, openai_server: OpenAIServer) -> None:
    result = cli("brief", *map(str, SEEDS), "--format", "json")
    assert result.exit_code == 0, result.stderr
    briefs = briefs_of(result.stdout)
    articles = {a.id: a for p in SEEDS for a in load_path(p)}
    assert [b["article_id"] for b in briefs] == [p.stem for p in SEEDS]
    assert len(openai_server.completions) == len(SEEDS)
    for brief in briefs:
        text = articles[brief["article_id"]].text
        spans = [q for s in brief["sources"] for q in s["quotes"]]
        spans += [c["evidence"] for c in brief["claims"] if c["evidence"]]
        assert spans
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]
        assert brief["usage"]["backend"] == "openai" and brief["usage"]["model"] == "test-model"


def test_a_json_brief_of_a_page_carries_the_text_its_spans_index(cli, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Council votes on bus lanes</title></head><body><nav>Home | News</nav><article>"
        "<h1>Council votes on bus lanes</h1><p>The council voted on Monday to add two bus lanes on the ring road.</p>"
        "<p>&#8220;This will cut journeys by ten minutes,&#8221; said councillor Ann Lee.</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    result = cli("brief", str(page), "--format", "json")
    assert result.exit_code == 0, result.stderr
    (brief,) = briefs_of(result.stdout)
    text = brief["text"]
    assert text == load_path(page)[0].text and "Copyright" not in text and "<p>" not in text
    spans = [q for s in brief["sources"] for q in s["quotes"]] + [c["evidence"] for c in brief["claims"] if c["evidence"]]
    assert spans and all(text[span["start"] : span["end"]] == span["text"] for span in spans)


def test_json_briefs_validate_against_the_schema_file(cli) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip("schemas/brief.schema.json not generated")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    result = cli("brief", str(SEED_ARTICLES), "--format", "json")
    assert result.exit_code == 0, result.stderr
    briefs = briefs_of(result.stdout)
    assert len(briefs) == len(SEEDS)
    for brief in briefs:
        jsonschema.validate(brief, schema)


def test_markdown_briefs(cli, tmp_path: Path) -> None:
    out = tmp_path / "briefs.md"
    result = cli("brief", *map(str, SEEDS[:2]), "--format", "md", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("What the article says about") >= 2
    assert "#" in text and not text.lstrip().startswith("{")
    assert f"wrote {out}" in result.stderr  # a run writing to a file says where it wrote


def test_the_output_file_s_extension_chooses_the_format_unless_format_is_given(cli, tmp_path: Path) -> None:
    """A user's `-o briefs.json` gets one JSON array, `-o briefs.jsonl` JSON Lines, `-o briefs.md` Markdown; an
    explicit --format wins."""
    as_json = tmp_path / "briefs.json"
    assert cli("brief", str(SEEDS[0]), str(SEEDS[1]), "-o", str(as_json)).exit_code == 0
    assert [b["article_id"] for b in json.loads(as_json.read_text(encoding="utf-8"))] == [SEEDS[0].stem, SEEDS[1].stem]
    as_lines = tmp_path / "briefs.jsonl"
    assert cli("brief", str(SEEDS[0]), str(SEEDS[1]), "-o", str(as_lines)).exit_code == 0
    assert [b["article_id"] for b in briefs_of(as_lines.read_text(encoding="utf-8"))] == [SEEDS[0].stem, SEEDS[1].stem]
    as_md = tmp_path / "briefs.md"
    assert cli("brief", str(SEEDS[0]), "-o", str(as_md)).exit_code == 0
    assert "What the article says about" in as_md.read_text(encoding="utf-8")
    forced = tmp_path / "forced.jsonl"
    assert cli("brief", str(SEEDS[0]), "--format", "md", "-o", str(forced)).exit_code == 0
    assert not forced.read_text(encoding="utf-8").lstrip().startswith("{")


def test_an_output_folder_gets_a_file_named_for_the_format(cli, tmp_path: Path) -> None:
    """Two new users gave `-o` a folder: the run had failed after every article was briefed ('Is a directory') and
    left a manifest beside the folder. A folder now takes briefs.jsonl (--format json) or briefs.md."""
    folder = tmp_path / "out"
    folder.mkdir()
    result = cli("brief", str(SEEDS[0]), "--format", "json", "-o", str(folder))
    assert result.exit_code == 0, result.stderr
    assert [b["article_id"] for b in briefs_of((folder / "briefs.jsonl").read_text(encoding="utf-8"))] == [SEEDS[0].stem]
    assert (folder / "briefs.jsonl.manifest.jsonl").is_file() and not (tmp_path / "out.manifest.jsonl").exists()
    assert cli("brief", str(SEEDS[0]), "-o", str(folder)).exit_code == 0
    assert "What the article says about" in (folder / "briefs.md").read_text(encoding="utf-8")


def test_no_output_file_when_every_article_failed(cli, tmp_path: Path) -> None:
    out = tmp_path / "briefs.jsonl"
    result = cli("brief", str(tmp_path / "nope.txt"), "--format", "json", "-o", str(out))
    assert result.exit_code == 1 and "no such file or folder" in result.stderr
    assert not out.exists() and "wrote" not in result.stderr


def test_rerun_is_served_from_the_cache(cli, openai_server: OpenAIServer) -> None:
    first = cli("brief", *map(str, SEEDS), "--format", "json")
    calls = len(openai_server.completions)
    second = cli("brief", *map(str, SEEDS), "--format", "json")
    assert second.exit_code == 0
    assert len(openai_server.completions) == calls, "no request on a warm cache"
    assert without_usage(briefs_of(second.stdout)) == without_usage(briefs_of(first.stdout))
    assert all(b["usage"]["cached_calls"] == 1 for b in briefs_of(second.stdout))
    stats = cli("cache", "stats")
    assert f"entries:   {len(SEEDS)}" in stats.stdout and f"{len(SEEDS)} hits, 0 misses" in stats.stdout
    cleared = cli("cache", "clear")
    assert f"removed {len(SEEDS)} entries" in cleared.stdout


def test_no_cache_sends_every_request(cli, openai_server: OpenAIServer) -> None:
    for _ in range(2):
        assert cli("brief", str(SEEDS[0]), "--no-cache", "--format", "json").exit_code == 0
    assert len(openai_server.completions) == 2


def test_record_then_replay_with_the_server_stopped(cli, openai_server: OpenAIServer, tmp_path: Path) -> None:
    recordings = tmp_path / "recordings"
    recorded = cli("brief", *map(str, SEEDS), "--format", "json", "--record", str(recordings))
    assert recorded.exit_code == 0, recorded.stderr
    assert len(list(recordings.glob("*.json"))) == len(SEEDS)
    openai_server.stop()
    replayed = cli("brief", *map(str, SEEDS), "--format", "json", "--replay", str(recordings), "--no-cache", server=False)
    assert replayed.exit_code == 0, replayed.stderr
    assert without_usage(briefs_of(replayed.stdout)) == without_usage(briefs_of(recorded.stdout))


def test_replay_miss_is_one_clean_line(cli, tmp_path: Path) -> None:
    recordings = tmp_path / "recordings"
    cli("brief", str(SEEDS[0]), "--format", "json", "--record", str(recordings))
    result = cli("brief", str(SEEDS[1]), "--replay", str(recordings), server=False)
    assert result.exit_code != 0
    assert_one_clean_line(result.stderr, SEEDS[1].stem, "no recording")


# --------------------------------------------------------------------------- faults


@pytest.mark.parametrize(
    "faults",
    [
        [Fault("429", retry_after=1)],
        ["500", "503"],
        [Fault("slow", delay=4)],
        ["drop"],
        ["truncated"],
    ],
    ids=["429", "5xx", "timeout", "drop", "malformed-json"],
)
def test_faults_are_retried_to_success(cli, openai_server: OpenAIServer, faults: list) -> None:
    openai_server.script(*faults)
    result = cli("brief", str(SEEDS[0]), "--format", "json")
    assert result.exit_code == 0, result.stderr
    [brief] = briefs_of(result.stdout)
    assert brief["usage"]["attempts"] == len(faults) + 1
    assert "Traceback" not in result.stderr and "error" not in result.stderr.lower()


@pytest.mark.parametrize(
    ("faults", "needles"),
    [
        (["429"] * 5, ["HTTP 429", "3 attempts"]),
        (["500"] * 5, ["HTTP 500", "3 attempts"]),
        ([Fault("slow", delay=4)] * 5, ["timed out", "3 attempts"]),
        (["truncated"] * 5, ["BriefDraft validation", "2 attempts", "last output"]),
        (["length"], ["max_tokens"]),
    ],
    ids=["429", "500", "timeout", "malformed-json", "length"],
)
def test_persistent_faults_end_in_one_clean_line(cli, openai_server: OpenAIServer, faults: list, needles) -> None:
    openai_server.script(*faults)
    result = cli("brief", str(SEEDS[0]), "--format", "json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert_one_clean_line(result.stderr, SEEDS[0].stem, *needles)
    assert "sk-e2e-test" not in result.stderr


def test_model_output_with_markup_like_text_is_printed_verbatim(config: Path, monkeypatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(config))
    weird = '[/INST] [bold]not json[/bold] [/]'
    with OpenAIServer(responder=lambda received: weird) as server:
        result = CliRunner().invoke(
            app, ["brief", str(SEEDS[0]), "--base-url", server.url, "--model", "m"], catch_exceptions=False
        )
    assert result.exit_code == 1
    assert_one_clean_line(result.stderr, "[/INST]")


def test_one_failing_article_does_not_lose_the_others(cli, openai_server: OpenAIServer, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = cli("brief", str(SEEDS[0]), str(missing), str(SEEDS[1]), "--format", "json")
    assert result.exit_code == 1
    assert [b["article_id"] for b in briefs_of(result.stdout)] == [SEEDS[0].stem, SEEDS[1].stem]
    assert_one_clean_line(result.stderr, str(missing), "no such file")


def test_unreachable_server_is_one_clean_line(cli, openai_server: OpenAIServer) -> None:
    openai_server.stop()
    result = cli("brief", str(SEEDS[0]))
    assert result.exit_code == 1
    assert_one_clean_line(result.stderr, "connection failed")


# --------------------------------------------------------------------------- a real process


def test_real_subprocess(openai_server: OpenAIServer, config: Path, tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "summarizer"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "summarizer"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(OPENAI_API_KEY="sk-subprocess", SUMMARIZER_CONFIG=str(config), SUMMARIZER_CACHE_DIR=str(tmp_path / "c"))
    args = ["brief", str(SEEDS[0]), "--format", "json", "--base-url", openai_server.url, "--model", "test-model"]
    openai_server.script(Fault("429", retry_after=1), "500")
    result = subprocess.run(command + args, capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [brief] = briefs_of(result.stdout)
    assert brief["article_id"] == SEEDS[0].stem and brief["usage"]["attempts"] == 3
    assert "Traceback" not in result.stderr and result.stderr.strip() == ""

    openai_server.script(*["500"] * 5)
    failed = subprocess.run(command + args + ["--no-cache"], capture_output=True, text=True, timeout=120, env=env)
    assert failed.returncode == 1 and failed.stdout == ""
    assert_one_clean_line(failed.stderr, "HTTP 500")


def test_stderr_piped_to_a_log_gets_no_progress_bar_nor_its_blank_line(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "summarizer"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "summarizer"]
    root = ROOT / "evals"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(SUMMARIZER_CACHE_DIR=str(tmp_path / "c"))
    out = tmp_path / "memo.md"
    args = ["memo", str(root / "articles"), "--replay", str(root / "recordings"), "-o", str(out)]
    result = subprocess.run(command + args, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"wrote {out}\n"


def test_one_article_on_a_terminal_shows_that_it_is_working(monkeypatch) -> None:
    import io

    from rich.console import Console

    from summarizer.cli import support

    screen = io.StringIO()
    monkeypatch.setattr(support, "stderr", Console(file=screen, force_terminal=True, width=80))
    with support.progress(1) as advance:
        advance(None)
    assert "briefing 1 article" in screen.getvalue()
    monkeypatch.setattr(support, "stderr", Console(file=io.StringIO(), force_terminal=False))
    with support.progress(1) as advance:  # a log or a pipe: nothing
        advance(None)
    assert support.stderr.file.getvalue() == ""
