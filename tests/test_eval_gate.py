"""CI gate: every gold set under evals/, replayed from its recordings, must not fall below its baseline.

The gated sets are found, not listed: evals/ itself (the seed set:
evals/{articles,gold,recordings,baseline.json}) and every subfolder of evals/
with the same inner layout (evals/dev/, evals/dev-test/, ...). A set added
there is gated with no code change; one that lacks its recordings or its
baseline fails the gate, naming the folder. evals/pool/ is the labellers'
staging area, split into dev/ and dev-test/ by the integrator, so it is not gated.

A metric may drop by at most `TOLERANCE`. Raising a baseline is a deliberate,
reviewed change (for the seed set, DIR is evals; for another, evals/dev etc.):

    summarizer eval --set DIR --recorded --json run.json
    python -c "import json; r = json.load(open('run.json')); json.dump({k: r[k] for k in ('metrics', 'intervals', 'run')}, open('DIR/baseline.json', 'w'), indent=2)"
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from summarizer import FakeBackend, Settings, Summarizer
from summarizer.evaluation import GoldSet, load_gold_set, sets_in
from summarizer.evaluation.compare import DEFAULT_TOLERANCE, compare_metrics, regressions
from summarizer.evaluation.gold import gold_responder
from summarizer.evaluation.report import evaluate
from summarizer.llm.recording import load_recordings

ROOT = Path(__file__).resolve().parents[1]
EVALS = ROOT / "evals"
STAGING = {"pool"}  # folders under evals/ that hold gold being written, not a gated set
TOLERANCE = DEFAULT_TOLERANCE


def gated_sets(root: Path = EVALS) -> list[GoldSet]:
    """The seed set at `root` and every set folder directly under it, except staging folders."""
    return [s for s in sets_in(root, with_children=True) if s.folder == root or s.folder.name not in STAGING]


def gate(gold_set: GoldSet) -> list[str]:
    """Problems that fail the gate for one set: missing recordings or baseline, failed replays, metrics below baseline."""
    recordings, baseline_path = gold_set.recordings_dir, gold_set.baseline_path
    assert recordings is not None and baseline_path is not None  # set folders always have both paths
    missing = []
    if not recordings.is_dir() or not load_recordings(recordings):
        missing.append(f"{gold_set.name}: no recordings in {recordings} (record: summarizer eval --set {gold_set.name} --record {recordings})")
    if not baseline_path.is_file():
        missing.append(f"{gold_set.name}: no {baseline_path} (write it from a replayed run; see tests/test_eval_gate.py)")
    if missing:
        return missing
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))["metrics"]
    items = load_gold_set(gold_set.gold_dir, gold_set.articles_dir)
    with Summarizer(Settings(replay_dir=str(recordings), use_cache=False)) as summarizer:
        result = evaluate(items, summarizer)
    problems = [f"{gold_set.name}: {o.article.id} failed on replay: {o.error}" for o in result.failed]
    worse = regressions(compare_metrics(baseline, result.metrics, tolerance=TOLERANCE))
    problems += [f"{gold_set.name}: {d.key}: baseline {d.before} -> now {d.after} (tolerance {TOLERANCE})" for d in worse]
    return problems


def test_the_seed_set_is_gated() -> None:
    assert [s.name for s in gated_sets()][0] == str(EVALS)
    assert all(s.folder is not None and s.folder.name not in STAGING for s in gated_sets()[1:])


@pytest.mark.parametrize("gold_set", gated_sets(), ids=lambda s: s.folder.relative_to(ROOT).as_posix())
def test_recorded_run_does_not_regress_below_baseline(gold_set: GoldSet) -> None:
    problems = gate(gold_set)
    assert not problems, "eval gate failed:\n" + "\n".join(problems)


# --------------------------------------------------------------------------- the gate itself


def recorded_set(folder: Path, respond, *, baseline: dict | None) -> GoldSet:
    """A set folder holding the seed articles and gold, answers recorded from `respond`, and a baseline."""
    shutil.copytree(EVALS / "articles", folder / "articles")
    shutil.copytree(EVALS / "gold", folder / "gold")
    gold_set = sets_in(folder)[0]
    items = load_gold_set(gold_set.gold_dir, gold_set.articles_dir)
    settings = Settings(strategy="single", use_cache=False, record_dir=str(folder / "recordings"))
    with Summarizer(settings, backend=FakeBackend(responder=respond(items))) as s:
        s.brief_many([i.article for i in items])
    if baseline is not None:
        (folder / "baseline.json").write_text(json.dumps({"metrics": baseline}), encoding="utf-8")
    return gold_set


def degraded(items):
    respond = gold_responder(items)

    def answer(request):
        draft = respond(request).model_copy(deep=True)
        draft.claims = draft.claims[:1]
        return draft

    return answer


def test_gate_fails_on_a_regression(tmp_path: Path) -> None:
    """Perfect recordings pass a perfect baseline, degraded ones do not."""
    perfect = dict.fromkeys(["claim_recall", "actors_f1"], 1.0)
    assert gate(recorded_set(tmp_path / "good", gold_responder, baseline=perfect)) == []
    [problem] = gate(recorded_set(tmp_path / "bad", degraded, baseline=perfect))
    assert problem.startswith(f"{tmp_path / 'bad'}: claim_recall: baseline 1.0 -> now 0.1")


def test_every_set_under_the_root_is_gated_and_one_without_baseline_or_recordings_fails(tmp_path: Path) -> None:
    root = tmp_path / "evals"
    perfect = {"claim_recall": 1.0}
    recorded_set(root, gold_responder, baseline=perfect)
    recorded_set(root / "dev", gold_responder, baseline=None)
    (root / "dev-test").mkdir()
    shutil.copytree(EVALS / "articles", root / "dev-test" / "articles")
    shutil.copytree(EVALS / "gold", root / "dev-test" / "gold")
    for part in ("articles", "gold"):
        shutil.copytree(EVALS / part, root / "pool" / part)  # staging: not gated
    sets = gated_sets(root)
    assert [s.name for s in sets] == [str(root), str(root / "dev"), str(root / "dev-test")]
    assert gate(sets[0]) == []
    [no_baseline] = gate(sets[1])
    assert no_baseline.startswith(f"{root / 'dev'}: no {root / 'dev' / 'baseline.json'}")
    no_recordings, no_baseline = gate(sets[2])
    assert no_recordings.startswith(f"{root / 'dev-test'}: no recordings in {root / 'dev-test' / 'recordings'}")
    assert "baseline.json" in no_baseline
