"""Comparing two eval reports: deltas, regressions beyond the tolerance, and `summarizer eval compare`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli.eval import eval_app
from summarizer.errors import InputError
from summarizer.evaluation import METRIC_KEYS
from summarizer.evaluation.compare import compare_metrics, load_report, regressions

runner = CliRunner()
BASE = dict.fromkeys(METRIC_KEYS, 0.8) | {"stance_accuracy": None}


def test_deltas_and_statuses() -> None:
    after = BASE | {"actors_f1": 0.79, "sources_f1": 0.75, "claim_recall": 0.9, "stance_accuracy": 0.5,
                    "quote_grounding": None}
    deltas = {d.key: d for d in compare_metrics(BASE, after, tolerance=0.02)}
    assert list(deltas) == list(METRIC_KEYS)
    assert deltas["actors_f1"].status == "same"  # within tolerance
    assert deltas["sources_f1"].status == "regression" and deltas["sources_f1"].change == pytest.approx(-0.05)
    assert deltas["claim_recall"].status == "improved"
    assert deltas["stance_accuracy"].status == "new"
    assert deltas["quote_grounding"].status == "lost"
    assert {d.key for d in regressions(list(deltas.values()))} == {"sources_f1", "quote_grounding"}


def test_drop_exactly_at_tolerance_is_not_a_regression() -> None:
    [delta] = [d for d in compare_metrics(BASE, BASE | {"actors_f1": 0.78}, tolerance=0.02) if d.key == "actors_f1"]
    assert delta.status == "same"


def write(path: Path, metrics: dict) -> Path:
    path.write_text(json.dumps({"metrics": metrics, "articles": []}), encoding="utf-8")
    return path


def test_compare_command_flags_regressions(tmp_path: Path) -> None:
    a = write(tmp_path / "a.json", BASE)
    b = write(tmp_path / "b.json", BASE | {"quote_attribution": 0.6})
    result = runner.invoke(eval_app, ["compare", str(a), str(b)])
    assert result.exit_code == 1
    assert "quote_attribution" in result.output and "-0.200" in result.output and "regression" in result.output
    loose = runner.invoke(eval_app, ["compare", str(a), str(b), "--tolerance", "0.25"])
    assert loose.exit_code == 0, loose.output


def test_compare_command_no_change(tmp_path: Path) -> None:
    a = write(tmp_path / "a.json", BASE)
    result = runner.invoke(eval_app, ["compare", str(a), str(a)])
    assert result.exit_code == 0 and "regression" not in result.output


def test_compare_bad_inputs_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(eval_app, ["compare", str(bad), str(bad)])
    assert result.exit_code == 2 and result.output.startswith(f"error: {bad}: invalid JSON")
    assert "Traceback" not in result.output
    other = tmp_path / "other.json"
    other.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match="not an eval report"):
        load_report(other)
    missing = runner.invoke(eval_app, ["compare", str(tmp_path / "none.json"), str(other)])
    assert missing.exit_code == 2 and "cannot read" in missing.output
