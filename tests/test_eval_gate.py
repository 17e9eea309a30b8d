"""CI gate: the eval on the recorded responses of the embedded model must not fall below evals/baseline.json.

A metric may drop by at most `TOLERANCE` (noise of a five-article gold set).
Raising the baseline is a deliberate, reviewed change:

    summarizer eval --articles evals/articles --gold evals/gold --replay evals/recordings --json run.json
    python -c "import json; r = json.load(open('run.json')); json.dump({'metrics': r['metrics'], 'run': r['run']}, open('evals/baseline.json', 'w'), indent=2)"
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import FakeBackend, Settings, Summarizer
from summarizer.evaluation import load_gold_set
from summarizer.evaluation.compare import DEFAULT_TOLERANCE, compare_metrics, regressions
from summarizer.evaluation.gold import gold_responder
from summarizer.evaluation.report import evaluate
from summarizer.llm.recording import load_recordings

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "evals" / "gold"
ARTICLES = ROOT / "evals" / "articles"
RECORDINGS = ROOT / "evals" / "recordings"
BASELINE = ROOT / "evals" / "baseline.json"
TOLERANCE = DEFAULT_TOLERANCE


def gate(recordings: Path, baseline_path: Path) -> list[str]:
    """Problems that fail the gate: articles that fail on replay, metrics below baseline - tolerance."""
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))["metrics"]
    items = load_gold_set(GOLD, ARTICLES)
    with Summarizer(Settings(replay_dir=str(recordings), use_cache=False)) as summarizer:
        result = evaluate(items, summarizer)
    problems = [f"{o.article.id} failed on replay: {o.error}" for o in result.failed]
    worse = regressions(compare_metrics(baseline, result.metrics, tolerance=TOLERANCE))
    problems += [f"{d.key}: baseline {d.before} -> now {d.after} (tolerance {TOLERANCE})" for d in worse]
    return problems


def test_recorded_run_does_not_regress_below_baseline() -> None:
    if not RECORDINGS.is_dir() or not load_recordings(RECORDINGS):
        pytest.skip("evals/recordings holds no recordings yet (record with: summarizer eval ... --record evals/recordings)")
    assert BASELINE.is_file(), "evals/baseline.json is missing; create it from a replayed run (see this file's docstring)"
    problems = gate(RECORDINGS, BASELINE)
    assert not problems, "eval gate failed:\n" + "\n".join(problems)


def test_gate_fails_on_a_regression(tmp_path: Path) -> None:
    """The gate itself can fail: perfect recordings pass a perfect baseline, degraded ones do not."""
    items = load_gold_set(GOLD, ARTICLES)
    respond = gold_responder(items)

    def degraded(request):
        draft = respond(request).model_copy(deep=True)
        draft.claims = draft.claims[:1]
        return draft

    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"metrics": dict.fromkeys(["claim_recall", "actors_f1"], 1.0)}), encoding="utf-8")
    for name, responder in (("good", respond), ("bad", degraded)):
        settings = Settings(strategy="single", use_cache=False, record_dir=str(tmp_path / name))
        with Summarizer(settings, backend=FakeBackend(responder=responder)) as s:
            s.brief_many([i.article for i in items])
    assert gate(tmp_path / "good", baseline) == []
    [problem] = gate(tmp_path / "bad", baseline)
    assert problem.startswith("claim_recall: baseline 1.0 -> now 0.1")
