"""Every batch command writes its run manifest beside its output: brief, memo and eval."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "evals" / "articles"
RECORDINGS = ROOT / "evals" / "recordings"


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_memo_writes_a_manifest_beside_its_output(tmp_path: Path) -> None:
    out = tmp_path / "memo.md"
    result = CliRunner().invoke(app, ["memo", str(ARTICLES), "--replay", str(RECORDINGS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = lines(tmp_path / "memo.md.manifest.jsonl")
    assert sorted(r["id"] for r in records) == sorted(p.stem for p in ARTICLES.glob("*.txt"))
    assert {r["status"] for r in records} == {"ok"}


def test_eval_writes_a_manifest_beside_its_json_report(tmp_path: Path) -> None:
    report = tmp_path / "run.json"
    manifest = tmp_path / "eval-run.jsonl"
    args = ["eval", "--articles", str(ARTICLES), "--gold", str(ROOT / "evals" / "gold"), "--replay", str(RECORDINGS)]
    result = CliRunner().invoke(app, [*args, "--json", str(report), "--manifest", str(manifest)])
    assert result.exit_code == 0, result.output
    assert len(lines(manifest)) == 5 and all(r["attempts"] >= 1 for r in lines(manifest))
