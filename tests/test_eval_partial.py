"""Partial gold (GOLD_FORMAT.md, "Partial gold"): a key left out is "not labelled" (its metrics are null, the
aggregates count only files that label it), an empty list is "labelled, none"; reports and check-gold say what each
file labels."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from summarizer import FakeBackend, Settings, Summarizer
from summarizer.cli.eval import eval_app
from summarizer.evaluation import METRIC_KEYS, PARTS, GoldBrief, GoldError, Scorer, aggregate, check_gold, load_gold, load_gold_set
from summarizer.evaluation.gold import describe_labels, gold_as_draft, gold_responder
from summarizer.evaluation.html import render_html
from summarizer.evaluation.report import build_report, evaluate
from summarizer.extract.grounding import ground
from summarizer.schema import BriefDraft, Usage
from test_eval_metrics import ARTICLE, GOLD

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD, SEED_ARTICLES = ROOT / "evals" / "gold", ROOT / "evals" / "articles"
runner = CliRunner()


def without(*keys: str, gold: GoldBrief = GOLD) -> GoldBrief:
    return GoldBrief.model_validate({k: v for k, v in gold.model_dump(exclude_unset=True).items() if k not in keys})


def flawed() -> BriefDraft:
    """A prediction with a mistake in every part: a missed actor, a wrong affiliation, a flipped stance, a lost claim."""
    draft = gold_as_draft(GOLD)
    draft.actors = [a for a in draft.actors if a.name != "China"]
    draft.sources[1].affiliation = "Brookings"
    draft.stances[0].label = "opposes"
    draft.claims = draft.claims[:1]
    return draft


def score(gold: GoldBrief, draft: BriefDraft) -> dict[str, float | None]:
    brief = ground(draft, ARTICLE, article_id="mini", title=None, usage=Usage())
    return Scorer(gold, ARTICLE, "mini").score(brief).metrics


def test_no_stances_gives_null_stance_metrics_and_leaves_the_others_unchanged() -> None:
    full = score(GOLD, flawed())
    partial = score(without("stances"), flawed())
    assert full["stance_recall"] == 1.0 and full["stance_accuracy"] == 0.5
    assert partial["stance_recall"] is None and partial["stance_accuracy"] is None
    others = [k for k in METRIC_KEYS if not k.startswith("stance_")]
    assert {k: partial[k] for k in others} == {k: full[k] for k in others}
    assert full["actors_recall"] == pytest.approx(2 / 3) and full["claim_recall"] == 0.5  # the others are not all 1


@pytest.mark.parametrize(
    ("left_out", "null"),
    [
        ("actors", {"actors_precision", "actors_recall", "actors_f1", "actor_kind_accuracy"}),
        ("claims", {"claim_recall"}),
        ("sources", {"sources_precision", "sources_recall", "sources_f1", "affiliation_accuracy", "quote_attribution"}),
        ("main_issue", set()),
    ],
)
def test_each_part_left_out_nulls_exactly_its_metrics(left_out: str, null: set[str]) -> None:
    full, partial = score(GOLD, flawed()), score(without(left_out), flawed())
    assert {k for k, v in partial.items() if v is None} == null
    assert {k: v for k, v in partial.items() if k not in null} == {k: v for k, v in full.items() if k not in null}


def test_an_empty_list_is_labelled_none_not_unlabelled() -> None:
    empty = GoldBrief.model_validate({**GOLD.model_dump(exclude_unset=True), "actors": []})
    assert "actors" in empty.labels
    metrics = score(empty, flawed())
    assert metrics["actors_precision"] == 0.0 and metrics["actors_f1"] == 0.0  # every predicted actor is invented
    assert metrics["actors_recall"] is None  # nothing to recall
    assert score(without("actors"), flawed())["actors_precision"] is None


def test_affiliations_left_out_of_sources() -> None:
    data = GOLD.model_dump(exclude_unset=True)
    data["sources"] = [{k: v for k, v in s.items() if k not in ("affiliation", "affiliation_aliases")} for s in data["sources"]]
    gold = GoldBrief.model_validate(data)
    assert gold.labels == ("main_issue", "actors", "sources", "stances", "claims")
    assert score(gold, flawed())["affiliation_accuracy"] is None
    assert score(GOLD, flawed())["affiliation_accuracy"] == 0.5


def test_aggregates_count_only_files_that_label_a_part() -> None:
    brief = ground(flawed(), ARTICLE, article_id="mini", title=None, usage=Usage())
    labelled = Scorer(GOLD, ARTICLE, "a").score(brief)
    unlabelled = Scorer(without("claims", "stances"), ARTICLE, "b").score(brief)
    total = aggregate([labelled, unlabelled])
    assert total["claim_recall"] == labelled.metrics["claim_recall"] == 0.5
    assert total["stance_accuracy"] == 0.5
    assert total["actors_recall"] == pytest.approx(4 / 6)  # both label actors
    assert unlabelled.details["stances"]["unmatched_predicted"] == [] and unlabelled.details["claims"]["missed"] == []


def test_labels_and_their_description() -> None:
    assert GOLD.labels == PARTS
    quotes_only = GoldBrief.model_validate(
        {"article": "mini.txt", "sources": [{"name": "Jane Doe", "type": "expert", "quotes": ["The alliance is growing stronger every year."]}]}
    )
    assert quotes_only.labels == ("sources",)
    assert describe_labels(quotes_only) == "sources 1 (1 quote); not labelled: main_issue, actors, affiliations, stances, claims"
    assert describe_labels(GOLD) == (
        "main_issue, actors 4 (1 optional), sources 3 (2 quotes, 2 affiliations), stances 2, claims 2; not labelled: none"
    )


def test_gold_must_label_something_and_null_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("article: a.txt\n", encoding="utf-8")
    with pytest.raises(GoldError, match="labels nothing: give at least one of main_issue, actors, sources, stances, claims"):
        load_gold(path)
    path.write_text("article: a.txt\nactors: []\nstances:\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"'stances' has no value: write \[\] for 'labelled, none', or leave the key out"):
        load_gold(path)
    path.write_text("article: a.txt\nsources:\n  - {name: X, type: other, affiliation: null}\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"sources\[0\] 'X': 'affiliation' has no value"):
        load_gold(path)


def test_check_gold_judges_names_only_against_what_is_labelled() -> None:
    no_actors = without("actors")
    assert check_gold(no_actors, ARTICLE) == []  # stance holders need not be actors when actors are not labelled
    data = GOLD.model_dump(exclude_unset=True)
    data["claims"] = [{"text": "Trade rose.", "by": "Someone Unlabelled"}]
    assert check_gold(GoldBrief.model_validate({k: v for k, v in data.items() if k != "sources"}), ARTICLE) == []
    [problem] = check_gold(GoldBrief.model_validate(data), ARTICLE)
    assert "'Someone Unlabelled' is neither 'author' nor an actor or source" in problem


# --------------------------------------------------------------------------- a quote-only gold set, end to end


@pytest.fixture(scope="module")
def quote_only(tmp_path_factory) -> Path:
    """The seed articles with gold that labels only sources and their quotes (like a quote-attribution corpus)."""
    folder = tmp_path_factory.mktemp("quotes")
    shutil.copytree(SEED_ARTICLES, folder / "articles")
    (folder / "gold").mkdir()
    for path in SEED_GOLD.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        keep = ("name", "aliases", "type", "quotes", "optional")
        sources = [{k: v for k, v in s.items() if k in keep} for s in data["sources"]]
        text = yaml.safe_dump({"article": data["article"], "sources": sources}, allow_unicode=True, sort_keys=False)
        (folder / "gold" / path.name).write_text(text, encoding="utf-8")
    return folder


def test_quote_only_gold_scores_sources_and_attribution_and_leaves_the_rest_null(quote_only: Path) -> None:
    items = load_gold_set(quote_only / "gold", quote_only / "articles")
    full = load_gold_set(SEED_GOLD, SEED_ARTICLES)
    respond = gold_responder(full)  # a model that answers with the full seed gold

    def answer(request):
        draft = respond(request).model_copy(deep=True)
        if draft.sources:
            draft.sources[0].quotes = draft.sources[0].quotes[1:]  # one gold quote missed
        return draft

    with Summarizer(Settings(strategy="single", use_cache=False), backend=FakeBackend(responder=answer)) as s:
        report = build_report(evaluate(items, s), gold=str(quote_only / "gold"))
    metrics = report["metrics"]
    scored = {"sources_precision", "sources_recall", "sources_f1", "quote_attribution", "quote_grounding", "schema_validity"}
    assert {k for k, v in metrics.items() if v is not None} == scored
    assert metrics["sources_f1"] == 1.0 and metrics["quote_grounding"] == 1.0
    gold_quotes = sum(len(s.quotes) for i in items for s in i.gold.sources if not s.optional)
    lost = sum(bool(i.gold.sources[0].quotes) for i in items)  # the first source has quotes only in seed 000
    assert (gold_quotes, lost) == (41, 1)
    assert metrics["quote_attribution"] == round(40 / 41, 4)  # the report rounds to 4 digits
    assert report["coverage"] == {"files": 5, "main_issue": 0, "actors": 0, "sources": 5, "affiliations": 0, "stances": 0, "claims": 0}
    assert all(a["labels"] == ["sources"] for a in report["articles"])
    assert {k for k, v in report["intervals"].items() if v is not None} <= scored
    first = report["articles"][0]
    assert first["misses"]["missed_actors"] == [] and first["notes"]["unmatched_predicted_stances"] == []
    page = render_html(report, {i.article.id: i.article.text for i in items})
    assert "Gold labels: sources; not labelled: main_issue, actors, affiliations, stances, claims" in page
    assert "What the gold labels" in page


def test_check_gold_command_says_what_each_file_labels(quote_only: Path) -> None:
    result = runner.invoke(eval_app, ["check-gold", str(quote_only)])  # a set folder: no --articles needed
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1] == "ok: 5 gold file(s) fit their articles"
    assert lines[0].startswith("000_ab91854256dc07a1.yaml: sources 1 (12 quotes); not labelled: main_issue, actors, affiliations")
    full = runner.invoke(eval_app, ["check-gold", str(SEED_GOLD), "--articles", str(SEED_ARTICLES)])
    assert "002_c4d90af70d619d42.yaml: main_issue, actors 16 (6 optional), sources 6 (6 quotes, 5 affiliations)" in full.output
    bare = runner.invoke(eval_app, ["check-gold", str(SEED_GOLD)])
    assert bare.exit_code == 2 and "not a gold set folder (no gold/ inside); give --articles DIR" in bare.output


def test_eval_command_shows_labels_of_partial_gold(quote_only: Path, tmp_path: Path) -> None:
    items = load_gold_set(SEED_GOLD, SEED_ARTICLES)
    with Summarizer(
        Settings(strategy="single", use_cache=False, record_dir=str(quote_only / "recordings")),
        backend=FakeBackend(responder=gold_responder(items)),
    ) as s:
        s.brief_many([i.article for i in items])
    out = tmp_path / "run.json"
    result = runner.invoke(eval_app, ["--set", str(quote_only), "--recorded", "--strategy", "single", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "gold labels (files): main_issue 0/5, actors 0/5, sources 5/5, affiliations 0/5, stances 0/5, claims 0/5" in result.output
    row = next(line for line in result.output.splitlines() if line.startswith("000_ab91854256dc07a1") and " src " in line)
    assert row.split()[1] == "src"
    assert json.loads(out.read_text(encoding="utf-8"))["metrics"]["stance_recall"] is None
