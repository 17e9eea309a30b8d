"""`summarizer eval memo`: the memo gold format and its metrics, each with the value it must have."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_memo_gold import ROOT, seed_articles
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.evaluation.memo_gold import MemoGoldError, load_memo_gold, load_memo_gold_set, score_memo
from summarizer.memos.schema import CitedSentence, Entity, Memo, Method, StanceCell, StanceRow, StanceStrength

SEEDS = ROOT / "evals" / "memo-gold" / "seeds.yaml"
CLUSTER = ROOT / "evals" / "memo-gold" / "cluster_yerevan_bar.yaml"
A1, A2, A3, A4, A5 = (a.id for a in seed_articles())


@pytest.fixture(scope="module")
def seeds():
    return load_memo_gold_set(SEEDS, ROOT / "evals" / "articles")


def row(holder: str, target: str, *cells: tuple[str, str], entity: bool = True, default: bool = True) -> StanceRow:
    return StanceRow(
        holder=holder, target=target, target_is_entity=entity, default_view=default,
        cells=[StanceCell(article=a, label=label, basis="stated") for a, label in cells],  # type: ignore[arg-type]
        strength=StanceStrength(basis="stated", articles=len(cells), evidence=len(cells)),
    )  # fmt: skip


def made(sentences=(), rows=(), entities=()) -> Memo:
    return Memo(
        title="t", articles=[{"id": a.id, "label": f"A{n}", "status": "ok"} for n, a in enumerate(seed_articles(), 1)],
        bottom_line=[CitedSentence(text=t, articles=list(a)) for t, a in sentences], stances=list(rows),
        entities=list(entities), method=Method(estimated_cost_usd=0.0),
    )  # fmt: skip


def test_both_memo_golds_load_and_fit_their_articles(seeds):
    assert [f.id for f in seeds.gold.facts][:2] == ["maduro-backs-russia", "us-outreach-to-split"]
    assert len(seeds.articles) == 5 and set(seeds.briefs) == {"A1", "A2", "A3", "A4", "A5"}
    cluster = load_memo_gold_set(CLUSTER, ROOT / "evals" / "dev" / "articles")
    assert len(cluster.articles) == 4 and len(cluster.briefs) == 4
    assert ["Hampig Khapazyan", "Mgrdich Khapazyan"] in [list(p) for p in cluster.gold.apart]


def test_fact_recall_needs_every_term_group_and_a_cited_article(seeds):
    m = made(
        [
            ("All five articles report that Nicolás Maduro supports Russia.", [A1, A2, A3, A4, A5]),
            ("Russia and China support Nicolás Maduro's Venezuela.", [A1]),  # right words, but A1 does not state it
            ("Joseph Humire warned of Russia.", [A1]),
        ]
    )
    facts = {f["id"]: f for f in score_memo(m, seeds).details["facts"]}
    assert facts["maduro-backs-russia"]["by_sentences"] == [1]  # ordered: in the second, Russia is the one supporting
    assert not facts["russia-china-back-maduro"]["carried"]
    assert facts["humire-alliance-holds"]["carried"]
    assert score_memo(m, seeds).metrics["fact_recall"] == round(2 / 6, 4)


@pytest.mark.parametrize(
    "text, cited, problem",
    [
        ("All five articles report that Nicolás Maduro supports Russia.", [A1, A2, A3, A4, A5], None),
        ("Jens Stoltenberg condemned the repressive regime in Venezuela.", [A3], None),
        ("Jens Stoltenberg condemned the repressive regime in Venezuela.", [A1], "names 'Jens Stoltenberg', which no cited article's gold has"),
        ("Nicolás Maduro opposes Russia.", [A2], "says 'opposes' of no holder and target a cited article's gold gives that stance"),
        ("Seven articles report that Nicolás Maduro supports Russia.", [A1, A2], "gives the number 7, which no cited article's gold has"),
        ("The US deployed 10,000 troops near Venezuela.", [A5], None),
        ("Maduro said “we will never leave Russia”.", [A2], "quotes “we will never leave Russia”, which no cited article has"),
    ],
)
def test_sentence_precision_checks_names_stances_numbers_and_quotes_against_the_cited_gold(seeds, text, cited, problem):
    score = score_memo(made([(text, cited)]), seeds)
    problems = score.details["sentences"][0]["problems"]
    assert problems == ([problem] if problem else [])
    assert score.metrics["sentence_precision"] == (0.0 if problem else 1.0)


def test_matrix_precision_and_recall_against_the_gold_stances(seeds):
    rows = [
        row("Nicolás Maduro", "Russia", (A1, "supports"), (A2, "supports")),
        row("Nicolás Maduro", "NATO", (A2, "opposes")),
        row("United States", "Ukraine", (A1, "opposes")),  # in no gold
        row("Russia", "any unilateral intervention", (A5, "opposes"), entity=False),
        row("Nicolás Maduro", "China", (A5, "opposes")),  # gold says supports
        row("Hugo Chávez", "Russia", (A2, "supports"), default=False),  # right, but not in the default view
    ]
    score = score_memo(made(rows=rows), seeds)
    assert [r["right"] for r in score.details["rows"]] == [True, True, False, True, False]
    assert score.metrics["matrix_precision"] == 0.6
    shown = {s["holder"] + " → " + s["target"]: s["shown"] for s in score.details["stances"]}
    assert shown["Nicolás Maduro → Russia"] and shown["Nicolás Maduro → NATO"]
    assert shown["Russia → a U.S. military intervention in Venezuela"] and not shown["Yuri Borisov → Venezuela"]
    assert score.metrics["matrix_recall"] == 0.3


def test_wrong_merges_count_apart_pairs_in_one_entity(seeds):
    merged = Entity(id="putin", name="Vladimir Putin", kind="person", names=["Vladimir Putin", "Vladimir Padrino", "Putin"])
    apart = [Entity(id="p", name="Vladimir Putin", kind="person", names=["Vladimir Putin"]), Entity(id="q", name="Vladimir Padrino", kind="person", names=["Padrino"])]
    assert score_memo(made(entities=[merged]), seeds).metrics["wrong_merges"] == 1
    assert score_memo(made(entities=apart), seeds).metrics["wrong_merges"] == 0


def test_a_malformed_memo_gold_is_one_clear_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\narticles: [a.txt]\nfacts:\n  - {id: f, fact: y, articles: [A2], terms: [[z]]}\n", encoding="utf-8")
    with pytest.raises(MemoGoldError, match="fact 'f' cites A2, not one of A1..A1"):
        load_memo_gold(bad)
    bad.write_text("name: x\narticles: [a.txt]\nstances:\n  - {holder: h, target: t, label: likes}\n", encoding="utf-8")
    with pytest.raises(MemoGoldError, match="stances.0.label"):
        load_memo_gold(bad)


def test_eval_memo_on_the_recorded_seeds_meets_the_targets(tmp_path):
    out = tmp_path / "run.json"
    result = CliRunner().invoke(
        app,
        ["eval", "memo", str(SEEDS), "--articles", str(ROOT / "evals" / "articles"), "--replay", str(ROOT / "evals" / "recordings"), "--json", str(out)],
    )
    assert result.exit_code == 0, result.output  # every memo target met
    report = json.loads(out.read_text(encoding="utf-8"))
    metrics = report["metrics"]
    # The targets. Matrix precision is 0.857 (12 of 14 rows): two right readings the gold does not list
    # ('Chavismo opposes the extradition of Alex Saab', 'Maduro supports military aid') count against it; the gold
    # is not edited after seeing output.
    assert metrics["fact_recall"] >= 0.6 and metrics["sentence_precision"] == 1.0
    assert metrics["matrix_precision"] >= 0.85 and metrics["wrong_merges"] == 0
    assert "fact_recall" in result.output and report["name"] == "seeds"


def test_eval_memo_names_a_missing_article_in_one_line(tmp_path):
    result = CliRunner().invoke(app, ["eval", "memo", str(SEEDS), "--articles", str(tmp_path), "--replay", str(ROOT / "evals" / "recordings")])
    assert result.exit_code != 0 and "not found in" in result.output and "Traceback" not in result.output
    assert Path(SEEDS).name in result.output


BASELINE = ROOT / "evals" / "memo-gold" / "baseline.json"
SETS = {  # memo gold, articles, recordings
    "seeds": (SEEDS, ROOT / "evals" / "articles", ROOT / "evals" / "recordings"),
    "cluster_yerevan_bar": (CLUSTER, ROOT / "evals" / "dev" / "articles", ROOT / "evals" / "memo-gold" / "recordings"),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_recorded_memos_score_no_lower_than_the_baseline(name):
    """Each memo gold set, replayed from the embedded model's recordings, against evals/memo-gold/baseline.json.

    Skipped (saying why) when a set's recordings no longer match the prompts; re-record its briefs and its
    memo on the embedded model: `summarizer memo FILES --backend local --record DIR` (the set's recordings folder).
    """
    from summarizer.config import Settings
    from summarizer.extract.pipeline import Summarizer, run_sync
    from summarizer.memos.build import make_memo

    gold, articles, recordings = SETS[name]
    gold_set = load_memo_gold_set(gold, articles)
    with Summarizer(Settings(replay_dir=str(recordings))) as s:
        m = run_sync(lambda: make_memo(s, gold_set.articles))
    if m.method.failed:
        pytest.skip(f"the recordings of {name} are stale: {m.method.failed[0].reason[:200]}")
    assert "no recording" not in m.method.bottom_line_note, m.method.bottom_line_note
    metrics = score_memo(m, gold_set).metrics
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    for key, floor in baseline.items():
        if key == "wrong_merges":
            assert metrics[key] <= floor, (key, metrics)
        else:
            assert metrics[key] >= floor - 0.02, (key, metrics)
