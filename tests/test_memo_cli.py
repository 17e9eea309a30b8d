"""`summarizer memo` through a tiny Typer app, with the gold briefs behind a FakeBackend."""

from __future__ import annotations

import json

import pytest
import typer
from test_memo_gold import ARTICLES, gold_responder
from typer.testing import CliRunner

import summarizer.extract.pipeline
from summarizer.cli.memo import memo_command
from summarizer.errors import ValidationFailedError
from summarizer.llm.backends.fake import FakeBackend

FAILING = "002_c4d90af70d619d42"


@pytest.fixture
def app(monkeypatch) -> typer.Typer:
    def responder(request):
        if request.article_id == FAILING and "fail" in request.messages[-1]["content"]:
            raise ValidationFailedError("model kept giving invalid JSON", article=FAILING, backend="fake", attempts=3)
        return gold_responder(request)

    monkeypatch.setattr(summarizer.extract.pipeline, "make_backend", lambda settings: FakeBackend(responder=responder))
    app = typer.Typer()
    app.command("memo")(memo_command)
    app.callback()(lambda: None)
    return app


def run(app: typer.Typer, *args: str):
    return CliRunner().invoke(app, ["memo", *args, "--backend", "fake", "--no-cache"])


def test_markdown_to_stdout_by_default(app):
    result = run(app, str(ARTICLES))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Briefing memo on 5 articles")
    assert "## Who said what" in result.stdout


@pytest.mark.parametrize("name", ["memo.html", "memo.json", "memo.md"])
def test_output_format_follows_the_extension(app, tmp_path, name):
    out = tmp_path / name
    result = run(app, str(ARTICLES), "-o", str(out), "--title", "Venezuela and Russia", "--focus", "Russian support")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    if name.endswith(".json"):
        data = json.loads(text)
        assert data["title"] == "Venezuela and Russia" and data["focus"] == "Russian support"
    elif name.endswith(".html"):
        assert text.startswith("<!DOCTYPE html>") and "<title>Venezuela and Russia</title>" in text
    else:
        assert text.startswith("# Venezuela and Russia")


def test_an_output_folder_gets_memo_named_for_the_format(app, tmp_path):
    """`-o FOLDER` (two new users' first try) writes memo.md there, or memo.json with --format json."""
    result = run(app, str(ARTICLES), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "memo.md").read_text(encoding="utf-8").startswith("# Briefing memo on 5 articles")
    assert run(app, str(ARTICLES), "-o", str(tmp_path), "--format", "json").exit_code == 0
    assert json.loads((tmp_path / "memo.json").read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize("fmt", ["json", "html", "md"])
def test_format_named_on_the_command_line_goes_to_stdout(app, fmt):
    result = run(app, str(ARTICLES), "--format", fmt, "--title", "Venezuela and Russia")
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert json.loads(result.stdout)["title"] == "Venezuela and Russia"
    elif fmt == "html":
        assert result.stdout.startswith("<!DOCTYPE html>")
    else:
        assert result.stdout.startswith("# Venezuela and Russia")


def test_a_failed_article_is_reported_and_exits_non_zero(app, tmp_path):
    out = tmp_path / "memo.json"
    result = run(app, str(ARTICLES), "-o", str(out), "--focus", "fail")
    assert result.exit_code == 1
    assert f"{FAILING}: model kept giving invalid JSON" in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [a["status"] for a in data["articles"]].count("failed") == 1
    assert "Traceback" not in result.output


def test_an_unreadable_input_is_listed_as_failed(app, tmp_path):
    out = tmp_path / "memo.md"
    result = run(app, str(ARTICLES / f"{FAILING}.txt"), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert "missing.txt: no such file or folder" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert "**FAILED:** no such file or folder" in text
    assert text.startswith("# Briefing memo on 1 article\n"), "the title counts the articles the memo is about"
    (empty,) = [tmp_path / "empty.txt"]
    empty.write_text("", encoding="utf-8")
    run(app, str(ARTICLES / f"{FAILING}.txt"), str(tmp_path / "missing.txt"), str(empty), "-o", str(out))
    failed = out.read_text(encoding="utf-8").split("- Failed articles: 2\n")[1].split("\n\n")[0]
    assert len(failed.splitlines()) == 2, "one line per failed article, no blank line between them"


@pytest.mark.parametrize(
    "args, message, code",
    [
        (["nowhere.txt"], "no article could be read", 1),  # an input failed, as `brief` exits
        (["-o", "memo.pdf"], "cannot tell the memo format from 'memo.pdf'", 2),
        (["--format", "pdf"], "--format must be md, html or json, not 'pdf'", 2),
        (["--strategy", "clever"], "unknown strategy", 2),
    ],
)
def test_expected_errors_are_one_line_without_traceback(app, args, message, code):
    paths = [] if args[0] == "nowhere.txt" else [str(ARTICLES)]
    result = run(app, *paths, *args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1


def test_a_bottom_line_the_model_failed_to_phrase_is_a_warning_and_its_time_counts(monkeypatch, tmp_path):
    import time

    from summarizer.errors import BackendError

    def responder(request):
        if request.article_id == "memo":  # the bottom-line call: the embedded model hits its wall-time limit
            time.sleep(0.2)
            raise BackendError("the embedded model was stopped after 180 s of wall time", backend="fake")
        return gold_responder(request)

    result, memo = _memo_answered_by(responder, monkeypatch, tmp_path)
    assert "warning: bottom line: the model's phrasing failed" in result.stderr and "code wrote every sentence" in result.stderr
    assert memo["method"]["bottom_line"] == "code" and memo["method"]["seconds"] >= 0.2


def _memo_answered_by(responder, monkeypatch, tmp_path, *args: str):
    """Run `summarizer memo` over the seed articles with `responder` as the backend: (result, the memo's JSON)."""
    monkeypatch.setattr(summarizer.extract.pipeline, "make_backend", lambda settings: FakeBackend(responder=responder))
    app = typer.Typer()
    app.command("memo")(memo_command)
    app.callback()(lambda: None)
    out = tmp_path / "memo.json"
    result = run(app, str(ARTICLES), "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    return result, json.loads(out.read_text())


def test_model_sentences_dropped_from_the_bottom_line_are_a_warning(monkeypatch, tmp_path):
    """Two new users read the README's promise of a warning when the small model's sentences fail the checks, and
    saw none: four of five had been dropped, one kept. Any dropped sentence is now said on stderr."""
    from test_memo_gold import echo_facts, is_bottom_line

    from summarizer.memos.schema import BottomLineDraft

    def responder(request):
        if is_bottom_line(request):
            good = echo_facts(request, n=2)
            bad = {"text": "Zorro Quintana supports every plan in the world.", "facts": [good.sentences[0].facts[0]]}
            return BottomLineDraft(sentences=[*good.sentences, bad])
        return gold_responder(request)

    result, memo = _memo_answered_by(responder, monkeypatch, tmp_path, "--bottom-line", "model")
    assert memo["method"]["bottom_line"] == "model"
    assert "warning: bottom line: 1 of the model's sentences failed the checks and were dropped" in result.stderr


def test_a_bottom_line_whose_every_model_sentence_was_dropped_is_a_warning(monkeypatch, tmp_path):
    """A new user's model wrote two sentences in each item; all were dropped, code wrote the bottom line, and stderr
    said nothing, though `memo --help` promises a warning."""
    from test_memo_gold import echo_facts, is_bottom_line

    from summarizer.memos.schema import BottomLineDraft

    def responder(request):
        if is_bottom_line(request):
            good = echo_facts(request, n=3)
            doubled = [{"text": "Zorro Quintana spoke. He spoke again.", "facts": s.facts} for s in good.sentences]
            return BottomLineDraft(sentences=doubled)
        return gold_responder(request)

    result, memo = _memo_answered_by(responder, monkeypatch, tmp_path, "--bottom-line", "model")
    assert memo["method"]["bottom_line"] == "code"
    assert "warning: bottom line: 3 of the model's sentences failed the checks and were dropped" in result.stderr
    assert "code wrote every sentence of it" in result.stderr  # not 'code wrote 0' (a new user's rescore)

def spy_on_prompts(monkeypatch, kind: str | None = None) -> list[str]:
    """The prompt names the app's backend is asked, in order; `kind` makes it stand in for another backend."""
    asked: list[str] = []
    real = summarizer.extract.pipeline.make_backend

    def spied(settings):
        backend = real(settings)
        responder = backend.responder
        backend.responder = lambda request: (asked.append(request.prompt_name), responder(request))[1]
        if kind:
            backend.kind = kind
        return backend

    monkeypatch.setattr(summarizer.extract.pipeline, "make_backend", spied)
    return asked


def test_bottom_line_code_asks_the_model_nothing_for_it(app, monkeypatch, tmp_path):
    asked = spy_on_prompts(monkeypatch)
    out = tmp_path / "memo.json"
    result = run(app, str(ARTICLES), "-o", str(out), "--bottom-line", "code")
    assert result.exit_code == 0, result.output
    memo = json.loads(out.read_text())
    assert memo["method"]["bottom_line"] == "code" and "not asked" in memo["method"]["bottom_line_note"]
    assert asked and "memo_bottom_line" not in asked  # the briefs asked, the bottom line not
    assert run(app, str(ARTICLES), "--bottom-line", "prose").exit_code != 0  # one clear line, non-zero exit


def test_bottom_line_model_asks_the_model_for_it(app, monkeypatch):
    asked = spy_on_prompts(monkeypatch)
    assert run(app, str(ARTICLES)).exit_code == 0  # 'auto' on a backend other than the embedded model
    assert "memo_bottom_line" in asked


def test_bottom_line_auto_asks_the_embedded_model_nothing_for_it(app, monkeypatch, tmp_path):
    asked = spy_on_prompts(monkeypatch, kind="local")  # stands in for the embedded model
    out = tmp_path / "memo.json"
    assert run(app, str(ARTICLES), "-o", str(out), "--strategy", "single").exit_code == 0  # one call per article
    assert asked and "memo_bottom_line" not in asked
    assert "auto on the embedded model" in json.loads(out.read_text())["method"]["bottom_line_note"]
    asked.clear()
    assert run(app, str(ARTICLES), "--bottom-line", "model", "--strategy", "single").exit_code == 0
    assert "memo_bottom_line" in asked  # asked for, it is asked of any model


@pytest.mark.parametrize("command", ["brief", "memo"])
def test_help_on_an_80_column_terminal_cuts_no_option_short_and_names_the_json_fields(command, monkeypatch):
    from typer.testing import CliRunner

    from summarizer.cli import app

    monkeypatch.setenv("COLUMNS", "80")
    result = CliRunner().invoke(app, [command, "--help"], terminal_width=80)
    assert result.exit_code == 0
    assert "…" not in result.output  # 'SUMMARIZER_CONTEXT_TOKENS…' had been cut by the panel
    assert "'outlet'" in result.output and "'text'" in result.output
