"""The conversion of langextract's extractions into a Brief (benchmarks/peers_langextract.py).

langextract itself is a benchmark-only dependency; these tests build the reduced
`Found` items the conversion reads, so they run without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from peers_langextract import EXAMPLE_TEXTS, Found, brief_from_extractions

from summarizer.articles import article_from_text
from summarizer.evaluation import GoldBrief, Scorer

TEXT = (
    "Okafor, who leads the survey, spoke first on Monday. \u201cThe river has never been this low,\u201d said "
    "Dr. Jane Okafor, a hydrologist at the Delta Institute. Farmers\u2019 groups said the canal "
    "\u201cmust reopen now.\u201d The ministry did not reply."
)


def at(fragment: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


def found(cls: str, fragment: str, aligned: bool = True, **attributes: str) -> Found:
    start, end = at(fragment) if aligned else (None, None)
    return Found(cls=cls, text=fragment, start=start, end=end, attributes=attributes)


QUOTE = "The river has never been this low,"
ARTICLE = article_from_text(TEXT, id="river")
FOUND = [
    found("actor", "Okafor"),
    found("quote", QUOTE, speaker="Jane Okafor"),
    found("speaker", "Dr. Jane Okafor", name="Jane Okafor", type="expert", role="hydrologist",
          affiliation="Delta Institute"),
    found("actor", "Dr. Jane Okafor", name="Jane Okafor", kind="person", role="hydrologist"),
    found("actor", "Delta Institute", kind="organisation"),
    found("actor", "Monday", kind="date"),
    found("quote", "must reopen now.", speaker="unknown"),
    found("actor", "The ministry", kind="government"),
    found("quote", "the dam is safe", aligned=False, speaker="Jane Okafor"),
]


def test_a_surname_joins_the_full_name_found_later_and_kinds_are_mapped() -> None:
    brief, counts = brief_from_extractions(ARTICLE, FOUND)
    assert [(a.name, a.aliases, a.kind) for a in brief.actors] == [
        ("Jane Okafor", ["Dr. Jane Okafor", "Okafor"], "person"),
        ("Delta Institute", [], "organization"),
        ("The ministry", [], "organization"),
    ]
    assert brief.actors[0].role == "hydrologist"
    assert counts["actors_dropped_for_kind"] == 1  # "Monday", typed as a date


def test_a_speaker_named_only_in_attribution_is_an_actor_and_pronouns_are_no_alias() -> None:
    items = [
        found("quote", QUOTE, speaker="Jane Okafor"),
        found("speaker", "Okafor", name="Jane Okafor", type="expert"),
        Found(cls="speaker", text="she", start=None, end=None, attributes={"name": "Jane Okafor"}),
    ]
    brief, _ = brief_from_extractions(ARTICLE, items)
    assert [(a.name, a.aliases, a.kind) for a in brief.actors] == [("Jane Okafor", ["Okafor"], "person")]


def test_quotes_keep_langextract_spans_and_speakers_give_the_source() -> None:
    brief, counts = brief_from_extractions(ARTICLE, FOUND)
    assert len(brief.sources) == 1
    source = brief.sources[0]
    assert (source.name, source.type, source.role, source.affiliation) == (
        "Jane Okafor", "expert", "hydrologist", "Delta Institute"
    )
    start, end = at(QUOTE)
    assert [(q.text, q.start, q.end) for q in source.quotes] == [(QUOTE, start, end)]
    assert [(u.kind, u.text, u.item) for u in brief.unverified] == [("quote", "the dam is safe", "source 'Jane Okafor'")]
    assert counts == {"quotes": 3, "quotes_unaligned": 1, "quotes_unattributed": 1, "actors_dropped_for_kind": 1}
    assert brief.stances == [] and brief.claims == []


def test_the_converted_brief_scores_with_our_eval() -> None:
    gold = GoldBrief(
        article="river.txt",
        actors=[
            {"name": "Jane Okafor", "aliases": ["Okafor"], "kind": "person"},
            {"name": "Delta Institute", "kind": "organization"},
            {"name": "farmers' groups", "kind": "group"},
        ],
        sources=[
            {"name": "Jane Okafor", "type": "expert", "affiliation": "Delta Institute", "quotes": [QUOTE]},
            {"name": "farmers' groups", "type": "other", "quotes": ["must reopen now."]},
        ],
    )
    brief, _ = brief_from_extractions(ARTICLE, FOUND)
    metrics = Scorer(gold, TEXT).score(brief).metrics
    assert metrics["actors_precision"] == pytest.approx(2 / 3)  # "The ministry" is not in the gold
    assert metrics["actors_recall"] == pytest.approx(2 / 3)
    assert metrics["sources_precision"] == 1.0
    assert metrics["sources_recall"] == 0.5
    assert metrics["affiliation_accuracy"] == 1.0
    assert metrics["quote_attribution"] == 0.5  # the unattributed quote is not given to anyone
    assert metrics["quote_grounding"] == 0.5  # the unaligned quote counts against grounding


def test_the_few_shot_extractions_are_exact_text_of_their_examples() -> None:
    for text, extractions in EXAMPLE_TEXTS:
        for _, span, _ in extractions:
            assert span in text, span
