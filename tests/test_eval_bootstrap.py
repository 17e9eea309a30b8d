"""Bootstrap intervals: a constant metric gives a point, a small sample matches a hand computation, seeds reproduce;
and `eval compare` tells a change outside the noise from one within it."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli.eval import eval_app
from summarizer.evaluation import metric_intervals
from summarizer.evaluation.bootstrap import difference_interval, draws, quantile
from summarizer.evaluation.compare import compare_reports
from summarizer.evaluation.metrics import ArticleScore, aggregate

runner = CliRunner()


def article(matched: int, gold: int, **more: int) -> dict[str, int]:
    return {"claims_matched": matched, "claims_gold": gold, "articles": 1, "valid": 1, **more}


def test_constant_metric_gives_a_point() -> None:
    # claim recall is 1/2 on every article, with different denominators: every resample gives 0.5
    counts = [article(1, 2), article(2, 4), article(3, 6), article(4, 8)]
    intervals = metric_intervals([counts])
    assert intervals["claim_recall"] == (0.5, 0.5)
    assert intervals["schema_validity"] == (1.0, 1.0)
    assert intervals["actors_f1"] is None  # no article has anything to count for it


def test_small_sample_matches_a_hand_computation() -> None:
    counts = [article(1, 2), article(0, 1), article(3, 3)]
    # the draws for seed 0 and this metric, from random.Random("0:claim_recall"): index = int(random() * 3)
    rng = random.Random("0:claim_recall")
    assert list(draws([[0, 1, 2]], rng, 4)) == [[0, 2, 2], [0, 1, 0], [1, 1, 0], [2, 0, 2]]
    # micro-averaged claim recall of each replicate, from the summed counts:
    #   [0,2,2]: (1+3+3)/(2+3+3) = 7/8     [0,1,0]: (1+0+1)/(2+1+2) = 2/5
    #   [1,1,0]: (0+0+1)/(1+1+2) = 1/4     [2,0,2]: (3+1+3)/(3+2+3) = 7/8
    # sorted 1/4, 2/5, 7/8, 7/8; type-7 quantiles at 0.025 and 0.975: positions 0.075 and 2.925
    low = 0.25 + 0.075 * (0.4 - 0.25)
    high = 0.875 + 0.925 * (0.875 - 0.875)
    assert metric_intervals([counts], resamples=4, seed=0)["claim_recall"] == pytest.approx((low, high))
    assert (low, high) == pytest.approx((0.26125, 0.875))


def test_seeded_intervals_reproduce_and_contain_the_score() -> None:
    counts = [article(m, 5) for m in (0, 1, 2, 3, 4, 5, 2, 3)]
    first, again = metric_intervals([counts], seed=7), metric_intervals([counts], seed=7)
    assert first == again
    low, high = first["claim_recall"]
    assert low < 20 / 40 < high and 0 <= low and high <= 1
    assert metric_intervals([counts], seed=8)["claim_recall"] != first["claim_recall"]


def test_too_few_articles_give_no_interval() -> None:
    assert metric_intervals([[article(1, 2), article(2, 2)]])["claim_recall"] is None
    # articles that do not label claims do not count towards the three
    assert metric_intervals([[article(1, 2), article(2, 2), article(0, 0), article(0, 0)]])["claim_recall"] is None


def test_strata_keep_their_sizes() -> None:
    rng = random.Random(1)
    for sample in draws([["a1", "a2"], ["b1", "b2", "b3"]], rng, 50):
        assert sum(x.startswith("a") for x in sample) == 2 and sum(x.startswith("b") for x in sample) == 3


def test_quantile_is_linear_between_order_statistics() -> None:
    assert quantile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert quantile([1.0, 2.0, 3.0, 4.0], 0.0) == 1.0 and quantile([1.0, 2.0, 3.0, 4.0], 1.0) == 4.0


def test_difference_interval_is_paired() -> None:
    # articles differ a lot (0.2 .. 1.0) but the second run finds one more claim of five on every one
    before = [article(m, 5) for m in (1, 2, 3, 4, 1, 2, 3, 4)]
    after = [article(m + 1, 5) for m in (1, 2, 3, 4, 1, 2, 3, 4)]
    low, high = difference_interval([list(zip(before, after))], "claim_recall")
    assert low == pytest.approx(0.2) and high == pytest.approx(0.2)  # the same gain on every article: no noise
    # the two runs' own intervals overlap, so comparing them would call this gain noise
    b, a = metric_intervals([before])["claim_recall"], metric_intervals([after])["claim_recall"]
    assert a[0] < b[1]
    same = difference_interval([list(zip(before, before))], "claim_recall")
    assert same == (0.0, 0.0)


# --------------------------------------------------------------------------- eval compare


def report(per_article: list[dict[str, int]], *, name: str = "dev") -> dict:
    """A report as `summarizer eval --json` writes it, reduced to what `compare` reads."""
    scores = [ArticleScore(f"a{i}", Counter(c)) for i, c in enumerate(per_article)]
    return {
        "metrics": aggregate(scores),
        "intervals": {k: list(v) if v else None for k, v in metric_intervals([per_article]).items()},
        "sets": [{"name": name}],
        "articles": [{"set": name, "article": f"a{i}", "counts": c} for i, c in enumerate(per_article)],
    }


def deltas(comparison) -> dict:
    return {d.key: d for d in comparison.deltas}


def test_compare_pairs_articles_and_calls_a_steady_gain_outside_the_noise() -> None:
    before = [article(m, 5) for m in (1, 2, 3, 4, 1, 2, 3, 4)]
    steady = report([article(m + 1, 5) for m in (1, 2, 3, 4, 1, 2, 3, 4)])
    comparison = compare_reports(report(before), steady)
    assert comparison.shared == 8 and comparison.method.startswith("paired bootstrap over the 8 article(s)")
    claim = deltas(comparison)["claim_recall"]
    assert claim.change == pytest.approx(0.2) and claim.noise == "outside" and claim.status == "improved"
    assert deltas(comparison)["schema_validity"].noise == "within"  # 1.0 -> 1.0


def test_compare_calls_a_gain_on_one_article_noise() -> None:
    before = [article(m, 5) for m in (1, 2, 3, 4, 1, 2, 3, 4)]
    lucky = [article(m, 5) for m in (1, 2, 3, 4, 1, 2, 3, 4)]
    lucky[0] = article(5, 5)  # 4 more claims on one article: +0.1 overall, all of it from one article
    claim = deltas(compare_reports(report(before), report(lucky)))["claim_recall"]
    assert claim.change == pytest.approx(0.1) and claim.status == "improved"
    assert claim.noise == "within" and claim.interval[0] == 0.0


def test_compare_against_a_baseline_without_articles_uses_the_interval() -> None:
    after = report([article(m, 5) for m in (1, 2, 3, 4, 1, 2, 3, 4)])  # claim recall 0.5, interval about 0.35..0.65
    low, high = after["intervals"]["claim_recall"]
    near, far = {"metrics": {"claim_recall": 0.55}}, {"metrics": {"claim_recall": high + 0.05}}
    assert deltas(compare_reports(near, after))["claim_recall"].noise == "within"
    judged = compare_reports(far, after)
    assert deltas(judged)["claim_recall"].noise == "outside"
    assert judged.method.startswith("one value against the after report's 95% interval")
    assert deltas(compare_reports({"metrics": {"claim_recall": 0.9}}, {"metrics": {"claim_recall": 0.5}}))[
        "claim_recall"
    ].noise is None


def test_compare_command_prints_the_noise(tmp_path: Path) -> None:
    before = [article(m, 5) for m in (1, 2, 3, 4, 1, 2, 3, 4)]
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(report(before)), encoding="utf-8")
    b.write_text(json.dumps(report([article(m - 1, 5) for m in (1, 2, 3, 4, 1, 2, 3, 4)])), encoding="utf-8")
    result = runner.invoke(eval_app, ["compare", str(a), str(b)])
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if "claim_recall" in line and "-0.200" in line)
    assert "outside" in line and "regression" in line and "-0.200…-0.200" in line
    assert "noise: paired bootstrap over the 8 article(s)" in result.output
    assert "claim_recall (outside the noise)" in result.output


def test_compare_reports_each_shared_set(tmp_path: Path) -> None:
    dev = [article(m, 5) for m in (1, 2, 3, 4)]
    test = [article(m, 5) for m in (2, 2, 2, 2)]

    def two_sets(dev_counts, test_counts) -> dict:
        one, two = report(dev_counts, name="dev"), report(test_counts, name="dev-test")
        total = report(dev_counts + test_counts)
        total["sets"] = [{"name": "dev", "metrics": one["metrics"]}, {"name": "dev-test", "metrics": two["metrics"]}]
        total["articles"] = one["articles"] + two["articles"]
        return total

    better_dev = [article(m + 1, 5) for m in (1, 2, 3, 4)]
    comparison = compare_reports(two_sets(dev, test), two_sets(better_dev, test))
    assert [s.name for s in comparison.sets] == ["dev", "dev-test"]
    dev_scope, test_scope = comparison.sets
    assert dev_scope.shared == 4 and deltas(dev_scope)["claim_recall"].noise == "outside"
    assert deltas(test_scope)["claim_recall"].change == 0 and deltas(test_scope)["claim_recall"].noise == "within"
    assert comparison.shared == 8 and deltas(comparison)["claim_recall"].noise == "outside"
