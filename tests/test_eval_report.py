"""The eval through the real pipeline: gold as a model's answer scores 1.0; JSON and HTML reports; the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import FakeBackend, Settings, Summarizer
from summarizer.cli.eval import eval_app
from summarizer.errors import BackendError
from summarizer.evaluation import METRIC_KEYS, load_gold_set
from summarizer.evaluation.gold import gold_responder
from summarizer.evaluation.html import render_html
from summarizer.evaluation.report import build_report, evaluate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "evals" / "gold"
ARTICLES = ROOT / "evals" / "articles"
runner = CliRunner()


@pytest.fixture(scope="module")
def items():
    return load_gold_set(GOLD, ARTICLES)


def summarizer_for(items, **settings) -> Summarizer:
    backend = FakeBackend(responder=gold_responder(items))
    return Summarizer(Settings(strategy="single", use_cache=False, **settings), backend=backend)


def test_gold_answer_scores_one_through_the_pipeline(items) -> None:
    with summarizer_for(items) as s:
        result = evaluate(items, s)
    assert result.failed == []
    assert result.metrics == dict.fromkeys(METRIC_KEYS, 1.0)


def test_failed_article_counts_as_invalid_and_missed(items) -> None:
    respond = gold_responder(items)
    broken = items[0].article.content_hash

    def responder(request):
        if request.article_hash == broken:
            raise BackendError("server down", article=request.article_id, backend="fake", attempts=3)
        return respond(request)

    with Summarizer(Settings(strategy="single", use_cache=False), backend=FakeBackend(responder=responder)) as s:
        result = evaluate(items, s)
    metrics = result.metrics
    assert metrics["schema_validity"] == pytest.approx(4 / 5)
    assert metrics["actors_precision"] == 1.0
    missed_claims = len(items[0].gold.claims)
    total_claims = sum(len(i.gold.claims) for i in items)
    assert metrics["claim_recall"] == pytest.approx(1 - missed_claims / total_claims)
    report = build_report(result)
    first = report["articles"][0]
    assert first["ok"] is False and "server down" in first["error"]
    assert first["run"]["attempts"] == 3
    assert report["run"]["failed"] == 1


def test_report_shape_and_explanations(items) -> None:
    draft_for = gold_responder(items)
    target = items[2].article.content_hash

    def responder(request):
        draft = draft_for(request)
        if request.article_hash == target:
            draft = draft.model_copy(deep=True)
            draft.actors = [a for a in draft.actors if a.name != "China"]
            draft.sources[1].affiliation = "European Union"
            draft.stances[0].label = "opposes"
        return draft

    with Summarizer(Settings(strategy="single", use_cache=False), backend=FakeBackend(responder=responder)) as s:
        report = build_report(evaluate(items, s), gold="evals/gold")
    json.dumps(report)  # serialisable
    assert set(report) >= {"metrics", "articles", "run", "counts", "thresholds"}
    assert list(report["metrics"]) == list(METRIC_KEYS)
    assert all(v is None or 0 <= v <= 1 for v in report["metrics"].values())
    article = report["articles"][2]
    assert article["article"] == items[2].article.id and list(article["metrics"]) == list(METRIC_KEYS)
    misses = article["misses"]
    assert misses["missed_actors"] == ["China"]
    assert misses["wrong_affiliations"] == [{"source": "Jens Stoltenberg", "gold": "NATO", "predicted": "European Union"}]
    assert misses["wrong_stances"][0]["stance"] == "supports" and misses["wrong_stances"][0]["predicted_stance"] == "opposes"
    assert {k for k, v in report["articles"][0]["misses"].items() if v} == set()
    for key in ("prompt_tokens", "completion_tokens", "attempts", "seconds"):
        assert key in article["run"] and key in report["run"]
    assert report["run"]["backend"] == "fake" and report["run"]["gold"] == "evals/gold"


def test_html_report_is_self_contained_and_highlights_quotes(items) -> None:
    respond = gold_responder(items)

    def responder(request):
        draft = respond(request).model_copy(deep=True)
        if draft.sources:
            draft.sources[-1].quotes = ["Words that nobody ever said."]
        return draft

    with Summarizer(Settings(strategy="single", use_cache=False), backend=FakeBackend(responder=responder)) as s:
        report = build_report(evaluate(items, s))
    page = render_html(report, {i.article.id: i.article.text for i in items})
    assert page.startswith("<!doctype html>") and "<style>" in page
    assert not re.search(r"<script|<link|src=|https?://", page)
    assert "<mark class='found'" in page and "<mark class='missed'" in page
    assert "Words that nobody ever said." in page
    for item in items:
        assert f"id='{item.article.id}'" in page


# --------------------------------------------------------------------------- the command


@pytest.fixture(scope="module")
def recordings(items, tmp_path_factory) -> Path:
    """Gold answers recorded through the pipeline, so the CLI can replay them."""
    folder = tmp_path_factory.mktemp("recordings")
    with summarizer_for(items, record_dir=str(folder)) as s:
        assert all(o.ok for o in s.brief_many([i.article for i in items]))
    return folder


def test_eval_command_replays_scores_and_writes_reports(recordings: Path, tmp_path: Path) -> None:
    out, page = tmp_path / "run.json", tmp_path / "run.html"
    args = ["--articles", str(ARTICLES), "--gold", str(GOLD), "--replay", str(recordings), "--strategy", "single"]
    result = runner.invoke(eval_app, [*args, "--json", str(out), "--report", str(page)])
    assert result.exit_code == 0, result.output
    assert "Metrics" in result.output and "Per article" in result.output and "quote_attribution" in result.output
    assert result.output.count(f"wrote {out}") == 1 and result.output.count(f"wrote {page}") == 1  # each said once
    html = page.read_text(encoding="utf-8")
    assert "What each metric counts" in html and "gold (holder, target) pairs the brief covers, whatever the label" in html
    for item in GOLD.glob("*.yaml"):
        assert item.stem in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["metrics"] == dict.fromkeys(METRIC_KEYS, 1.0)
    assert report["intervals"] == dict.fromkeys(METRIC_KEYS, [1.0, 1.0])  # every article scores 1: no spread
    assert report["bootstrap"] == {
        "method": "percentile bootstrap over articles, strata = gold sets", "resamples": 1000, "seed": 0, "confidence": 0.95,
    }
    assert "1.000–1.000" in result.output and "95% bootstrap interval over articles" in result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "<span class='iv'>1.000–1.000</span>" in html


def test_eval_command_exits_1_when_an_article_fails(recordings: Path, tmp_path: Path) -> None:
    partial = tmp_path / "partial"
    partial.mkdir()
    for path in recordings.glob("*.json"):
        if not path.name.startswith("000_"):
            (partial / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "run.json"
    args = ["--articles", str(ARTICLES), "--gold", str(GOLD), "--replay", str(partial), "--strategy", "single"]
    result = runner.invoke(eval_app, [*args, "--json", str(out)])
    assert result.exit_code == 1
    assert "error: 000_ab91854256dc07a1: no recording" in result.output
    assert "Traceback" not in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["metrics"]["schema_validity"] == pytest.approx(4 / 5)


def test_eval_command_expected_errors_are_one_line(tmp_path: Path) -> None:
    missing = runner.invoke(eval_app, ["--articles", str(ARTICLES)])
    assert missing.output.strip().splitlines() == ["error: --articles needs --gold (or give set folders with --set)"]
    assert missing.exit_code == 2
    nothing = runner.invoke(eval_app, [])
    assert nothing.exit_code == 2 and "name a gold set: --set DIR" in nothing.output
    nogold = runner.invoke(eval_app, ["--articles", str(ARTICLES), "--gold", str(tmp_path)])
    assert nogold.exit_code == 2
    assert nogold.output.strip().splitlines() == [f"error: {tmp_path}: folder holds no gold files (*.yaml)"]
    empty = tmp_path / "empty"
    empty.mkdir()
    noreplay = runner.invoke(
        eval_app, ["--articles", str(ARTICLES), "--gold", str(GOLD), "--replay", str(empty)]
    )
    assert noreplay.exit_code == 2 and "holds no recordings" in noreplay.output
    assert "Traceback" not in noreplay.output
