"""Name normalisation, fuzzy matching, topic direction, and one-to-one assignment."""

from __future__ import annotations

import pytest

from summarizer.evaluation.matching import assign
from summarizer.evaluation.names import NameSet, match_scores, name_score, normalize_name
from summarizer.evaluation.phrases import content_words, direction, opposite, overlap_f1


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("Nicolás Maduro", "nicolas maduro"),
        ("President Vladimir Putin", "vladimir putin"),
        ("Mr. Putin", "putin"),
        ("Dr Jane Doe", "jane doe"),
        ("The New York Times", "new york times"),
        ("U.S.", "us"),
        ("Russia's", "russia"),
        ("  DELCY   Rodríguez ", "delcy rodriguez"),
        ("President", "president"),  # a title alone is kept rather than emptied
    ],
)
def test_normalize_name(raw: str, normal: str) -> None:
    assert normalize_name(raw) == normal


def test_fuzzy_near_misses_match_and_short_names_do_not() -> None:
    assert name_score("sergey lavrov", "sergei lavrov") > 0.9
    assert name_score("delsy rodriguez", "delcy rodriguez") > 0.9
    assert name_score("iran", "iraq") == 0.0
    assert name_score("russia", "belarus") == 0.0


def test_nameset_prefers_primary_then_alias_then_fuzzy() -> None:
    gold = NameSet.of("Vladimir Putin", ["Putin"])
    assert NameSet.of("Vladimir Putin").score(gold) == 1.0
    assert NameSet.of("Mr Putin").score(gold) == 0.95
    assert 0 < NameSet.of("Vladimir Poutin").score(gold) < 0.95
    assert NameSet.of("Dmitry Peskov").score(gold) == 0.0


def test_match_scores_agrees_with_nameset_score() -> None:
    gold = [NameSet.of("Vladimir Putin", ["Putin"]), NameSet.of("Russia", ["Kremlin"])]
    predicted = [NameSet.of("Kremlin"), NameSet.of("Vladimir Poutin"), NameSet.of("Iran")]
    scores = match_scores(predicted, gold)
    assert set(scores) == {(0, 1), (1, 0)}
    assert scores[(0, 1)] == predicted[0].score(gold[1])
    assert scores[(1, 0)] == pytest.approx(predicted[1].score(gold[0]))


def test_assignment_is_one_to_one_and_maximal() -> None:
    # Greedy by score would give gold 0 to predicted 0 and leave predicted 1 with nothing.
    scores = {(0, 0): 1.0, (0, 1): 0.9, (1, 0): 0.95}
    assert assign(scores) == {0: 1, 1: 0}


def test_assignment_keeps_exact_pairs_together() -> None:
    scores = {(0, 0): 1.0, (1, 1): 1.0, (0, 1): 0.9, (1, 0): 0.9}
    assert assign(scores) == {0: 0, 1: 1}


def test_assignment_of_nothing() -> None:
    assert assign({}) == {}


def test_direction_words() -> None:
    assert direction("lifting the arms embargo") == -1
    assert direction("keeping the arms embargo") == 1
    assert direction("the arms embargo") == 0
    assert opposite("lifting the embargo", "keeping the embargo")
    assert opposite("lifting the embargo", "the embargo")
    assert not opposite("expanding military cooperation", "military cooperation")
    assert not opposite("ending the war", "stopping the war")


def test_content_words_fold_demonyms_and_stems() -> None:
    assert content_words("Russian military cooperation") == content_words("cooperation of the Russia military")
    assert content_words("Chinese support") == content_words("support from China")
    assert overlap_f1(content_words("a b"), frozenset()) == 0.0
