"""Several gold sets in one run: set folders, folders of sets, --gold/--articles pairs; each set and the total."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import FakeBackend, Settings, Summarizer
from summarizer.cli.eval import eval_app
from summarizer.evaluation import GoldError, load_gold_set, resolve_sets, sets_in
from summarizer.evaluation.gold import gold_responder
from summarizer.evaluation.html import render_html
from summarizer.evaluation.report import build_report, build_sets_report, evaluate

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD, SEED_ARTICLES = ROOT / "evals" / "gold", ROOT / "evals" / "articles"
runner = CliRunner()
FIRST = ("000_ab91854256dc07a1", "001_11190842c8523b3b", "002_c4d90af70d619d42")
SECOND = ("003_526b264f4a3a7266", "004_c6cdf426b5678743")


def answers(items):
    """Gold answers with one claim per article and the last source dropped: scores below 1 that differ by article."""
    respond = gold_responder(items)

    def answer(request):
        draft = respond(request).model_copy(deep=True)
        draft.claims, draft.sources = draft.claims[:1], draft.sources[:-1]
        return draft

    return answer


def make_set(folder: Path, stems: tuple[str, ...], *, record: bool = True) -> Path:
    """A set folder with the named seed articles, their gold and (optionally) recorded answers."""
    for part, suffix, source in (("articles", ".txt", SEED_ARTICLES), ("gold", ".yaml", SEED_GOLD)):
        (folder / part).mkdir(parents=True)
        for stem in stems:
            shutil.copy(source / f"{stem}{suffix}", folder / part / f"{stem}{suffix}")
    if record:
        items = load_gold_set(folder / "gold", folder / "articles")
        settings = Settings(strategy="single", use_cache=False, record_dir=str(folder / "recordings"))
        with Summarizer(settings, backend=FakeBackend(responder=answers(items))) as s:
            s.brief_many([i.article for i in items])
    return folder


def run(items):
    with Summarizer(Settings(strategy="single", use_cache=False), backend=FakeBackend(responder=answers(items))) as s:
        return evaluate(items, s)


def test_two_gold_sets_report_separately_and_together(tmp_path: Path) -> None:
    a, b = make_set(tmp_path / "a", FIRST, record=False), make_set(tmp_path / "b", SECOND, record=False)
    items_a, items_b = load_gold_set(a / "gold", a / "articles"), load_gold_set(b / "gold", b / "articles")
    report = build_sets_report([("a", run(items_a)), ("b", run(items_b))])
    alone_a, alone_b = build_report(run(items_a)), build_report(run(items_b))
    together = build_report(run(items_a + items_b))  # all five articles as one set
    assert [s["name"] for s in report["sets"]] == ["a", "b"]
    assert report["sets"][0]["metrics"] == alone_a["metrics"] and report["sets"][1]["metrics"] == alone_b["metrics"]
    assert report["metrics"] == together["metrics"]  # the total is micro-averaged over every article
    assert alone_a["metrics"]["claim_recall"] != alone_b["metrics"]["claim_recall"]
    claims = [len(i.gold.claims) for i in items_a + items_b]
    assert report["metrics"]["claim_recall"] == round(5 / sum(claims), 4)  # one claim found per article
    assert report["sets"][0]["intervals"] == alone_a["intervals"]
    assert report["sets"][0]["run"]["articles"] == 3 and report["run"]["articles"] == 5 and report["run"]["sets"] == 2
    assert [a["set"] for a in report["articles"]] == ["a"] * 3 + ["b"] * 2
    assert report["coverage"]["files"] == 5 and report["sets"][1]["coverage"]["stances"] == 2
    low, high = report["intervals"]["claim_recall"]
    assert low <= report["metrics"]["claim_recall"] <= high
    page = render_html(report, {(a["set"], a["article"]): "" for a in report["articles"]})
    assert "id='a/000_ab91854256dc07a1'" in page and "<th>b</th>" in page and "all sets" in page


# --------------------------------------------------------------------------- naming the sets


def test_resolve_sets_from_folders_and_pairs(tmp_path: Path) -> None:
    a, b = make_set(tmp_path / "sets" / "a", FIRST, record=False), make_set(tmp_path / "sets" / "b", SECOND, record=False)
    assert [s.name for s in resolve_sets([a])] == [str(a)]
    assert [s.name for s in resolve_sets([tmp_path / "sets"])] == [str(a), str(b)]  # a folder of sets
    [one] = resolve_sets([a])
    assert one.recordings_dir == a / "recordings" and one.baseline_path == a / "baseline.json"
    shared = resolve_sets([], [a / "gold", b / "gold"], [SEED_ARTICLES])  # one articles folder serves both
    assert [(s.gold_dir, s.articles_dir) for s in shared] == [(a / "gold", SEED_ARTICLES), (b / "gold", SEED_ARTICLES)]
    paired = resolve_sets([], [a / "gold", b / "gold"], [a / "articles", b / "articles"])
    assert [s.articles_dir for s in paired] == [a / "articles", b / "articles"] and paired[0].recordings_dir is None
    nested = make_set(a / "extra", SECOND, record=False)
    assert [s.name for s in sets_in(a)] == [str(a)]
    assert [s.name for s in sets_in(a, with_children=True)] == [str(a), str(nested)]


@pytest.mark.parametrize(
    ("sets", "golds", "articles", "message"),
    [
        ([], [], [], "name a gold set: --set DIR"),
        ([], ["a/gold", "b/gold", "c/gold"], ["a/articles", "b/articles"], "3 --gold folders but 2 --articles folders"),
        ([], ["a/gold"], [], "--gold needs --articles"),
        (["a"], ["a/gold"], ["a/articles"], "gold set given twice"),
        (["nowhere"], [], [], "nowhere: no such folder"),
        (["a/gold"], [], [], "neither a gold set (gold/ and articles/) nor a folder of gold sets"),
    ],
)
def test_resolve_sets_refuses_what_does_not_pair(tmp_path: Path, sets, golds, articles, message) -> None:
    make_set(tmp_path / "a", FIRST, record=False)
    for name in ("b", "c"):
        (tmp_path / name / "gold").mkdir(parents=True)
    where = lambda paths: [tmp_path / p for p in paths]  # noqa: E731
    with pytest.raises(GoldError, match=message.replace("(", r"\(").replace(")", r"\)")):
        resolve_sets(where(sets), where(golds), where(articles))


# --------------------------------------------------------------------------- the command


@pytest.fixture(scope="module")
def sets(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sets")
    make_set(root / "a", FIRST)
    make_set(root / "b", SECOND)
    return root


def test_eval_command_scores_a_folder_of_sets_from_their_recordings(sets: Path, tmp_path: Path) -> None:
    out, page = tmp_path / "run.json", tmp_path / "run.html"
    result = runner.invoke(eval_app, ["--set", str(sets), "--recorded", "--strategy", "single", "--json", str(out), "--report", str(page)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [s["name"] for s in report["sets"]] == [str(sets / "a"), str(sets / "b")]
    assert set(report["intervals"]) == set(report["metrics"])
    assert "all sets (5)" in result.output
    # one column per set and one for all: score, then the interval (none for set b: two articles are too few)
    row = next(line for line in result.output.splitlines() if line.startswith("│ claim_recall"))
    a, b, total = (report["sets"][0]["metrics"], report["sets"][1]["metrics"], report["metrics"])
    assert report["sets"][1]["intervals"]["claim_recall"] is None
    assert [cell.split()[0] for cell in row.strip("│ ").split("│")[1:]] == [
        f"{a['claim_recall']:.3f}", f"{b['claim_recall']:.3f}", f"{total['claim_recall']:.3f}"
    ]
    low, high = report["intervals"]["claim_recall"]
    assert f"{low:.3f}–{high:.3f}" in result.output
    assert page.read_text(encoding="utf-8").count("<h2 id=") == 5


def test_gold_and_articles_pairs_with_one_replay_folder_give_the_same_scores(sets: Path, tmp_path: Path) -> None:
    recordings = tmp_path / "recordings"
    recordings.mkdir()
    for name in ("a", "b"):
        for path in (sets / name / "recordings").iterdir():
            shutil.copy(path, recordings / path.name)
    by_sets, by_pairs = tmp_path / "sets.json", tmp_path / "pairs.json"
    runner.invoke(eval_app, ["--set", str(sets / "a"), "--set", str(sets / "b"), "--recorded", "--strategy", "single", "--json", str(by_sets)])
    args = ["--gold", str(sets / "a" / "gold"), "--articles", str(sets / "a" / "articles")]
    args += ["--gold", str(sets / "b" / "gold"), "--articles", str(sets / "b" / "articles")]
    result = runner.invoke(eval_app, [*args, "--replay", str(recordings), "--strategy", "single", "--json", str(by_pairs)])
    assert result.exit_code == 0, result.output
    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (by_sets, by_pairs))
    assert one["metrics"] == two["metrics"] and one["intervals"] == two["intervals"]
    assert [s["metrics"] for s in one["sets"]] == [s["metrics"] for s in two["sets"]]


def test_recorded_needs_each_set_to_hold_recordings(sets: Path, tmp_path: Path) -> None:
    bare = make_set(tmp_path / "bare", SECOND, record=False)
    result = runner.invoke(eval_app, ["--set", str(sets / "a"), "--set", str(bare), "--recorded"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"error: {bare}: no recordings/ folder to replay (record one with: summarizer eval --set {bare} --record {bare / 'recordings'})"
    ]
    both = runner.invoke(eval_app, ["--set", str(sets / "a"), "--recorded", "--replay", str(sets / "a" / "recordings")])
    assert both.exit_code == 2 and "--recorded replays each set's recordings/; it cannot go with --replay" in both.output
    pairs = runner.invoke(eval_app, ["--gold", str(sets / "a" / "gold"), "--articles", str(sets / "a" / "articles"), "--recorded"])
    assert pairs.exit_code == 2 and "has no recordings/ of its own (use --replay DIR)" in pairs.output
    assert all("Traceback" not in r.output for r in (result, both, pairs))
